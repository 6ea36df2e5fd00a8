/**
 * Collects the article's text blocks under the chosen container(s): the leaf blocks (paragraphs, list items,
 * quotes, subheads) outside furniture, minus the h1 headline, bylines, link lists and ad labels (furniture.ts).
 */

import { blockText, visibleLength } from './dom';
import { isFurniture, isFurnitureLine } from './furniture';
import { isLeafBlock } from './paragraphs';
import { ELEMENT_NODE, walkDescendants } from './tree';

/** A block whose links cover more than this share of its text is a link list or a "Read more" line. */
const MAX_LINK_SHARE = 0.6;

/** Share of the block's visible text that sits inside links. */
function linkShare(block: Element, length: number): number {
  const links = block.getElementsByTagName('a');
  let linked = 0;
  for (let i = 0; i < links.length; i++) linked += visibleLength(links[i].textContent ?? '');
  return length > 0 ? linked / length : 0;
}

function isHeadline(el: Element): boolean {
  return el.localName === 'h1' || el.getAttribute('itemprop') === 'headline';
}

/** One kept block: its element and exact text (see `blockText`). */
export interface CollectedBlock {
  element: Element;
  text: string;
}

/** The leaf blocks under `roots` (the roots are not checked for furniture), in document order. */
export function collectBlocks(roots: Element[]): CollectedBlock[] {
  const blocks: CollectedBlock[] = [];
  const consider = (el: Element) => {
    const text = blockText(el);
    const length = visibleLength(text);
    if (length === 0 || isFurnitureLine(text) || linkShare(el, length) > MAX_LINK_SHARE) return;
    blocks.push({ element: el, text });
  };
  for (const root of roots) {
    if (isLeafBlock(root)) {
      consider(root);
      continue;
    }
    walkDescendants(root, (node) => {
      if (node.nodeType !== ELEMENT_NODE) return false;
      const el = node as Element;
      if (isHeadline(el) || isFurniture(el)) return false;
      if (!isLeafBlock(el)) return true;
      consider(el);
      return false;
    });
  }
  return blocks;
}
