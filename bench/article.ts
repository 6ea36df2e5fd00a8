/**
 * The 2,000-word article the speed benchmark annotates: the labelled seed-story pages' article text
 * stitched together (so real restatements of reference claims are verified), topped up to the word count
 * with paragraphs of synthetic sentences from a fixed seed.
 */
import { loadPage } from '../cli/pages';
import type { TextBlock } from '../lib/types';
import { synthesiseClaims } from './synthetic-claims';

function wordCount(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

export interface BenchArticle {
  blocks: TextBlock[];
  words: number;
  /** Words taken from labelled pages (the rest is synthetic). */
  pageWords: number;
}

/**
 * Exactly `words` words of article text (or fewer if neither pages nor donors give any text): the pages'
 * blocks in the order given, then paragraphs of five synthetic sentences; the last block is cut to fit.
 */
export async function benchArticle(
  pages: readonly string[],
  donors: readonly string[],
  words = 2000,
): Promise<BenchArticle> {
  const texts: string[] = [];
  for (const page of pages) {
    for (const block of (await loadPage(page)).blocks) if (block.text.trim()) texts.push(block.text.trim());
  }
  const blocks: TextBlock[] = [];
  let total = 0;
  let pageWords = 0;
  const push = (text: string, fromPage: boolean) => {
    const room = words - total;
    const all = text.split(/\s+/);
    const kept = all.length > room ? `${all.slice(0, room).join(' ')}.` : text;
    const count = Math.min(all.length, room);
    blocks.push({ id: `a${blocks.length}`, text: kept });
    total += count;
    if (fromPage) pageWords += count;
  };
  for (const text of texts) {
    if (total >= words) break;
    push(text, true);
  }
  const synthetic = donors.length > 0 ? synthesiseClaims(donors, 2 * words, 2024) : [];
  for (let n = 0; total < words && n < synthetic.length; n += 5) push(synthetic.slice(n, n + 5).join(' '), false);
  return { blocks, words: blocks.reduce((sum, block) => sum + wordCount(block.text), 0), pageWords };
}
