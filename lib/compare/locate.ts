/**
 * Where a difference the engine named is written in a sentence. The engine reports each side of a difference
 * as text (a quantity as written, "about 1,000"; a negated word with its cue, "not … expressed"; dates joined,
 * "monday, friday"), so the popover's highlights and its reason line find that text again, as whole words.
 */
import type { Difference, TextRange } from '../types';
import { occurrences } from './highlight';

/** Separates a negation cue from the word it negates in a polarity difference ("not … expressed"). */
const CUE_GAP = ' … ';

/** The ranges of one side of a difference ("not … expressed") in `text`: the cue nearest before its word. */
function rangesOf(text: string, written: string): TextRange[] {
  const [cue, word] = written.includes(CUE_GAP) ? written.split(CUE_GAP, 2) : [undefined, written];
  const found = word.split(/,\s+/).flatMap((part) => occurrences(text, part));
  if (cue === undefined || found.length === 0) return found;
  const before = occurrences(text, cue).filter((range) => range.end <= found[0].start);
  const nearest = before[before.length - 1];
  return nearest ? [nearest, ...found] : found;
}

/**
 * Ranges in `text` of each difference's `side`, in order of the text, overlaps merged. A difference whose
 * wording is not in the text (a stem, say) gives nothing rather than a guess.
 */
export function differenceRanges(
  text: string,
  differences: readonly Difference[],
  side: 'page' | 'reference',
): TextRange[] {
  return mergeRanges(differences.flatMap((difference) => rangesOf(text, difference[side])));
}

/** Sorted, with overlapping or touching ranges joined. */
export function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const merged: TextRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}
