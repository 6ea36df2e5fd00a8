/**
 * Finds a quoted sentence in a block's text from its quote and position: the exact text at the given offsets
 * first, then the exact text anywhere in the block (best context wins), then a scored approximate match.
 * Pure string code: no DOM. A quote that cannot be found gives null (an orphan), never an exception.
 */
import { approximateMatches } from './fuzzy';

/** A sentence as the background located it: its text, the text around it and its offsets in the block. */
export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

/** Where a quote was found in the current text, and how. */
export interface QuoteMatch {
  start: number;
  end: number;
  /** 1 for the exact text at its position; lower for matches found by search. */
  score: number;
  method: 'position' | 'exact' | 'fuzzy';
}

/** Approximate matches need at least this share of the quote unchanged. */
export const MIN_FUZZY_SIMILARITY = 0.8;
/** Quotes shorter than this are only matched exactly (a short fuzzy match is a guess). */
const MIN_FUZZY_LENGTH = 12;
/** Weights of the parts of a candidate's score (the quote itself counts most): quote, prefix, suffix, position. */
const [QUOTE, PREFIX, SUFFIX, POSITION] = [50, 20, 20, 2];

/** Characters shared by the end of `before` and the end of `prefix`, as a share of the prefix. */
function prefixAgreement(text: string, start: number, prefix: string): number {
  if (prefix.length === 0) return 1;
  let same = 0;
  while (same < prefix.length && start - same > 0 && text[start - same - 1] === prefix[prefix.length - same - 1]) {
    same += 1;
  }
  return same / prefix.length;
}

/** Characters shared by the text after `end` and the start of `suffix`, as a share of the suffix. */
function suffixAgreement(text: string, end: number, suffix: string): number {
  if (suffix.length === 0) return 1;
  let same = 0;
  while (same < suffix.length && end + same < text.length && text[end + same] === suffix[same]) same += 1;
  return same / suffix.length;
}

/** Score of a candidate, 0..1: quote similarity, agreement of the context, nearness to the expected offset. */
function scoreCandidate(text: string, quote: TextQuote, start: number, end: number, similarity: number): number {
  const distance = Math.abs(start - quote.start);
  const nearness = 1 - Math.min(1, distance / Math.max(text.length, 1));
  const total =
    QUOTE * similarity +
    PREFIX * prefixAgreement(text, start, quote.prefix) +
    SUFFIX * suffixAgreement(text, end, quote.suffix) +
    POSITION * nearness;
  return total / (QUOTE + PREFIX + SUFFIX + POSITION);
}

/**
 * Locates `quote` in `text`. Guarantees: the exact text at the quoted offsets wins outright; otherwise the
 * best-scored exact occurrence; otherwise the best approximate match with at least MIN_FUZZY_SIMILARITY of
 * the quote unchanged; otherwise null.
 */
export function matchQuote(text: string, quote: TextQuote): QuoteMatch | null {
  const { exact } = quote;
  if (exact.length === 0) return null;
  if (text.slice(quote.start, quote.end) === exact) {
    return { start: quote.start, end: quote.end, score: 1, method: 'position' };
  }
  let best: QuoteMatch | null = null;
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    const score = scoreCandidate(text, quote, at, at + exact.length, 1);
    if (!best || score > best.score) best = { start: at, end: at + exact.length, score, method: 'exact' };
  }
  if (best || exact.length < MIN_FUZZY_LENGTH) return best;
  const maxErrors = Math.floor(exact.length * (1 - MIN_FUZZY_SIMILARITY));
  for (const candidate of approximateMatches(text, exact, maxErrors)) {
    const similarity = 1 - candidate.errors / exact.length;
    const score = scoreCandidate(text, quote, candidate.start, candidate.end, similarity);
    if (!best || score > best.score) best = { start: candidate.start, end: candidate.end, score, method: 'fuzzy' };
  }
  return best;
}
