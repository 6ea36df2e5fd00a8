/**
 * A block's text, shared by the extractor and anchoring: the text nodes under a block element minus those of
 * skipped elements (furniture.ts), concatenated as they are. Read-only, and uses only what both a live browser
 * DOM and linkedom provide.
 */

import { isSkippedElement } from './furniture';
import { ELEMENT_NODE, TEXT_NODE, walkDescendants } from './tree';

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
