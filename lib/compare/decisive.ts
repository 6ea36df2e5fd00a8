/**
 * The words the popover highlights: only those that decide the verdict. The numbers, dates and times that
 * differ, the negation cue and the word it negates, and names or places when each side names one the other does
 * not (another actor, another place). A paraphrase ("deployed" / "sent") is left alone: marking every word a
 * restatement words differently drowned the one difference that matters.
 */
import type { Analysis } from '../features/analyse';
import { CALENDAR_WORDS } from '../features/quantity/word-tables';
import type { Difference, Stance, TextRange } from '../types';
import { differenceRanges, mergeRanges } from './locate';
import type { AnalysedSentence } from './reason';

/** The decisive ranges of a match, in the page sentence and in the reference claim. */
export interface DecisiveRanges {
  page: TextRange[];
  reference: TextRange[];
}

/**
 * Names and places of a sentence (proper words past its first, and places), attribution and weekdays or months
 * left out (the engine compares dates itself).
 */
function namesOf(analysis: Analysis) {
  const content = analysis.tokens.filter((token) => token.content);
  return analysis.features.words.flatMap((word, i) => {
    const token = content[i];
    const name = (word.proper || word.place) && !word.attribution && token && !CALENDAR_WORDS.has(token.lower);
    return name ? [{ word, token }] : [];
  });
}

/** The names of `one` that `other` has in no form: not as the same word, entity or place. */
function unshared(one: Analysis, other: Analysis): TextRange[] {
  const known = new Set([
    ...other.features.entities,
    ...other.features.words.flatMap((word) => (word.place ? [word.stem, word.place] : [word.stem])),
  ]);
  return namesOf(one)
    .filter(({ word }) => !known.has(word.stem) && !(word.place && known.has(word.place)))
    .map(({ token }) => ({ start: token.start, end: token.end }));
}

/**
 * The ranges to highlight in each sentence of a match: its differences as the engine named them; or, when it
 * named none that the text shows and the match is not an agreement, the names on which the two sides differ
 * (each names something the other does not: a name only one side adds is detail, not a difference).
 */
export function decisiveRanges(
  page: AnalysedSentence,
  reference: AnalysedSentence,
  match: { stance: Stance; differences: readonly Difference[] },
): DecisiveRanges {
  const ranges: DecisiveRanges = {
    page: differenceRanges(page.text, match.differences, 'page'),
    reference: differenceRanges(reference.text, match.differences, 'reference'),
  };
  // A named difference decides; names beside it are detail (and mostly the same actor worded another way).
  if (match.stance === 'supports' || ranges.page.length > 0 || ranges.reference.length > 0) return ranges;
  const pageNames = unshared(page.analysis, reference.analysis);
  const referenceNames = unshared(reference.analysis, page.analysis);
  if (pageNames.length === 0 || referenceNames.length === 0) return ranges;
  return {
    page: mergeRanges([...ranges.page, ...pageNames]),
    reference: mergeRanges([...ranges.reference, ...referenceNames]),
  };
}
