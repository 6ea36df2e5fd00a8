/**
 * How much work the content script does on one page, so a hostile or huge page (200,000 nodes, a
 * megabyte-long text node, thousands of paragraphs) cannot hang the tab or the extension.
 */
export interface PageLimits {
  /** Pages with more elements than this are not checked at all. */
  maxElements: number;
  /** Blocks sent per scan. */
  maxBlocks: number;
  /** Characters sent per scan. */
  maxChars: number;
  /** A block longer than this (one huge text node) is left out. */
  maxBlockChars: number;
  /** Badges per page. */
  maxBadges: number;
  /** A change scan that finds more new or changed blocks than this does a full rescan instead. */
  fullRescanBlocks: number;
}

export const DEFAULT_LIMITS: PageLimits = {
  maxElements: 100_000,
  maxBlocks: 400,
  maxChars: 200_000,
  maxBlockChars: 20_000,
  maxBadges: 200,
  fullRescanBlocks: 60,
};

/** What `withinLimits` kept and what it left out, and why. */
export interface Selection<T> {
  kept: T[];
  /** Left out because they are too long. */
  tooLong: T[];
  /** Left out because the scan's block or character budget ran out. */
  overBudget: T[];
}

/** Keeps blocks in order until the block or character budget runs out; leaves out over-long blocks. */
export function withinLimits<T extends { text: string }>(blocks: readonly T[], limits: PageLimits): Selection<T> {
  const selection: Selection<T> = { kept: [], tooLong: [], overBudget: [] };
  let chars = 0;
  for (const block of blocks) {
    if (block.text.length > limits.maxBlockChars) selection.tooLong.push(block);
    else if (selection.kept.length >= limits.maxBlocks || chars + block.text.length > limits.maxChars) {
      selection.overBudget.push(block);
    } else {
      selection.kept.push(block);
      chars += block.text.length;
    }
  }
  return selection;
}
