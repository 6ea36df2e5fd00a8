/**
 * A block's text as its text nodes give it, with where each node starts, so text offsets map back to DOM
 * positions. Uses the extractor's own notion of a block's text nodes (`blockTextNodes`), so offsets computed
 * on the extracted text land on the same characters here.
 *
 * nb. Needs a DOM (live or linkedom), but no browser globals.
 */
import { blockTextNodes } from '../extract/dom';

/** The text of one block and the text nodes it is made of. */
export interface BlockText {
  text: string;
  nodes: Text[];
  /** starts[i] is the offset of nodes[i]'s first character in `text`. */
  starts: number[];
}

/** A position in the DOM: a text node and an offset in its data. */
export interface DomPoint {
  node: Text;
  offset: number;
}

/** Reads a block's text in one pass over its text nodes. */
export function readBlockText(block: Element): BlockText {
  const nodes = blockTextNodes(block);
  const starts: number[] = [];
  let text = '';
  for (const node of nodes) {
    starts.push(text.length);
    text += node.data;
  }
  return { text, nodes, starts };
}

/**
 * The DOM position of the end of the character range that ends at `offset`: the text node holding the
 * character just before `offset`, so an end never lands at the start of the following node (which may sit in
 * another element). Null for offset 0 or past the text.
 */
export function endPoint(block: BlockText, offset: number): DomPoint | null {
  if (offset <= 0 || offset > block.text.length) return null;
  // Last node starting before `offset` (binary search): the character at offset - 1 lies in it.
  let low = 0;
  let high = block.nodes.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (block.starts[mid] < offset) low = mid;
    else high = mid - 1;
  }
  return { node: block.nodes[low], offset: offset - block.starts[low] };
}
