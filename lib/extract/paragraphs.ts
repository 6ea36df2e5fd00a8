/**
 * Which elements are the article's paragraph-like blocks: the leaves of the block structure (a <p>, a list
 * item, a subhead, a quote, or a <div> that holds only inline content, as in "div soup" pages).
 */

import { hasDescendant } from './tree';

/** Tags that can be a block of article text when they hold no other block. */
const BLOCK_TAGS = new Set(['p', 'pre', 'li', 'dd', 'dt', 'blockquote', 'h2', 'h3', 'h4', 'h5', 'h6', 'div']);

/** Elements inside which a block is not a leaf (the block's children are the blocks). */
const INNER_BLOCKS = new Set(
  'p pre li dd dt blockquote h1 h2 h3 h4 h5 h6 div section article ul ol dl table figure header footer aside nav form main'.split(
    ' ',
  ),
);

/** Selector for the elements the container scoring reads as paragraphs. */
export const PARAGRAPH_SELECTOR = 'p, pre, div';

/** True for a block-level element that holds no other block: its text is one block of the page. */
export function isLeafBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.localName) && !hasDescendant(el, (inner) => INNER_BLOCKS.has(inner.localName));
}

/** True for a heading that may be kept as a subhead block (the h1 headline never is). */
export function isSubhead(el: Element): boolean {
  return /^h[2-6]$/.test(el.localName);
}
