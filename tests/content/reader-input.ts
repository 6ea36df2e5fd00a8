/**
 * Events as the browser makes them from the reader's input. happy-dom has no `isTrusted`, so every event there
 * counts as a page script's; these define it as true on the event, which a page script cannot do in a browser
 * (there it is an own, unforgeable property).
 */

/** `event` marked as the reader's (trusted). */
export function fromReader<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

/** A click by the reader on `element` (composed, as a real click crosses shadow boundaries). */
export function readerClick(element: Element): void {
  element.dispatchEvent(fromReader(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true })));
}
