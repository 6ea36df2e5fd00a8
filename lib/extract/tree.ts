/**
 * Read-only walks of a DOM tree, for the extractor and anchoring. They use only what both a live browser DOM and
 * linkedom provide (firstChild/nextSibling/parentNode, localName), never the globals `document`, `window` or
 * `Node`, and loop rather than recurse (a page can nest tens of thousands of elements).
 */

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

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
