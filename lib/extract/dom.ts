/**
 * Read-only DOM helpers shared by the extractor and, later, by anchoring. They use only what both a live browser
 * DOM and linkedom provide (firstChild/nextSibling/parentNode, getAttribute, localName), never the globals
 * `document`, `window` or `Node`, and never write to the document.
 */

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Elements whose text is never article text, wherever they sit (also inside a paragraph). */
const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'button',
  'select',
  'option',
  'textarea',
  'input',
  'label',
  'iframe',
  'object',
  'svg',
  'math',
  'canvas',
  'audio',
  'video',
  'figure',
  'figcaption',
  'aside',
  'nav',
  'dialog',
]);

/** True for an element whose whole subtree is left out of block text (see SKIPPED_TAGS, `hidden`). */
export function isSkippedElement(el: Element): boolean {
  return SKIPPED_TAGS.has(el.localName) || el.hasAttribute('hidden');
}

/**
 * Visits the descendants of `root` in document order, without recursion. `visit` returns false to skip a
 * node's subtree. The root itself is not visited.
 */
export function walkDescendants(root: Node, visit: (node: Node) => boolean): void {
  let node: Node | null = root.firstChild;
  while (node) {
    const descend = visit(node);
    let next: Node | null = descend ? node.firstChild : null;
    while (!next && node && node !== root) {
      next = node.nextSibling;
      if (!next) node = node.parentNode;
    }
    if (node === root) return;
    node = next;
  }
}

/**
 * The text nodes that make up a block's text, in document order, leaving out skipped descendants. Their data,
 * concatenated, is exactly `blockText(block)`, so an offset in that text maps onto one of these nodes.
 */
export function blockTextNodes(block: Element): Text[] {
  const nodes: Text[] = [];
  walkDescendants(block, (node) => {
    if (node.nodeType === TEXT_NODE) nodes.push(node as Text);
    return node.nodeType === ELEMENT_NODE && !isSkippedElement(node as Element);
  });
  return nodes;
}

/** A block's text: the data of `blockTextNodes(block)`, concatenated as is (no whitespace is changed). */
export function blockText(block: Element): string {
  let text = '';
  for (const node of blockTextNodes(block)) text += node.data;
  return text;
}

/** Length of `text` without its whitespace runs collapsed, i.e. what a reader would count. */
export function visibleLength(text: string): number {
  return text.replace(/\s+/g, ' ').trim().length;
}

/** True when some element below `root` satisfies `test` (stops at the first). Cheaper than a selector here. */
export function hasDescendant(root: Element, test: (el: Element) => boolean): boolean {
  const pending: Element[] = [];
  for (let child = root.firstElementChild; child; child = child.nextElementSibling) pending.push(child);
  for (let el = pending.pop(); el; el = pending.pop()) {
    if (test(el)) return true;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) pending.push(child);
  }
  return false;
}

/** The nearest ancestor of `el` (not `el` itself) that satisfies `test`, or null. */
export function findAncestor(el: Element, test: (ancestor: Element) => boolean): Element | null {
  for (let ancestor = el.parentElement; ancestor; ancestor = ancestor.parentElement) {
    if (test(ancestor)) return ancestor;
  }
  return null;
}
