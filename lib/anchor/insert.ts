/**
 * Puts marker elements (badge hosts) into the page right after the sentences they annotate, without
 * changing the page's text: a text node is split only when the sentence ends inside it, and a marker never
 * lands inside a link or another control (a click on the badge must not follow the link).
 *
 * nb. Writes to the DOM it is given; no browser globals.
 */
import type { DomPoint } from './block-text';

/** Elements a marker must not sit in: activating the marker would activate them. */
const INTERACTIVE = new Set(['a', 'button', 'label', 'summary', 'select', 'textarea']);

/** The outermost interactive ancestor of `node` below `block`, if any. */
function interactiveAncestor(node: Node, block: Element): Element | null {
  let found: Element | null = null;
  for (let el = node.parentElement; el && el !== block; el = el.parentElement) {
    if (INTERACTIVE.has(el.localName) || el.getAttribute('role') === 'link') found = el;
  }
  return found;
}

/**
 * Inserts `marker` right after the character at `end` (an end position inside `block`). When the end is
 * the last character of inline elements (`<em>won.</em>`), the marker goes after those elements; when the
 * end lies inside a link, after the link.
 */
export function insertAfterEnd(block: Element, end: DomPoint, marker: Element): void {
  const { node, offset } = end;
  const control = interactiveAncestor(node, block);
  if (!control && offset < node.data.length) node.splitText(offset);
  let before: Node = control ?? node;
  while (before.parentNode && before.parentNode !== block && before.nextSibling === null) before = before.parentNode;
  before.parentNode?.insertBefore(marker, before.nextSibling);
}

/**
 * Inserts several markers into one block, last end first, so splitting a text node for one marker leaves
 * the positions of the others valid.
 */
export function insertMarkers(block: Element, markers: readonly { end: DomPoint; textEnd: number; marker: Element }[]) {
  const ordered = [...markers].sort((a, b) => b.textEnd - a.textEnd);
  for (const { end, marker } of ordered) insertAfterEnd(block, end, marker);
}
