/**
 * Only the reader acts on ClaimLens's page UI. A page's own scripts can dispatch clicks and key presses at any
 * element, but the browser marks those events untrusted (`isTrusted` false, and a page cannot forge it), so
 * every action of the badge and the popover (open, close, "Not a match") goes through `byReader`.
 *
 * nb. Content script only.
 */

/** `action` wrapped so that it runs only for events the browser made from the reader's input. */
export function byReader<E extends Event>(action: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) action(event);
  };
}
