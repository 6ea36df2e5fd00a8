/**
 * What the popover shows beyond the engine's verdict, computed in the background so the content script ships no
 * analysis: each match's decisive ranges (decisive.ts) and reason line (reason.ts), and the sentence's first line.
 */
import { analyseSentence, type Lexicon } from '../features/analyse';
import type { ClaimMatch, PageAnnotation } from '../types';
import { decisiveRanges } from './decisive';
import { type AnalysedSentence, matchReason, verdictReason } from './reason';

/**
 * The annotation with `reason` set, and each match's `decisive` and `reason`. The background calls this on what
 * it sends to a tab (annotatePage, checkText); null stays null.
 */
export function withComparisons<T extends PageAnnotation | null>(annotation: T, lexicon: Lexicon): T {
  if (!annotation) return annotation;
  const page: AnalysedSentence = { text: annotation.text, analysis: analyseSentence(annotation.text, lexicon) };
  const reasoned = annotation.matches.map((match) => {
    const reference = { text: match.referenceClaim, analysis: analyseSentence(match.referenceClaim, lexicon) };
    const reason = matchReason(
      {
        stance: match.stance,
        differences: match.differences,
        page,
        reference,
        time: match.time,
        undated: match.undated,
      },
      lexicon,
    );
    const shown: ClaimMatch = { ...match, decisive: decisiveRanges(page, reference, match), reason: reason.line };
    return { shown, reasoned: { stance: match.stance, source: match.source, reason, newer: match.time?.newer } };
  });
  return {
    ...annotation,
    reason: verdictReason(
      annotation.status,
      reasoned.map((entry) => entry.reasoned),
    ),
    matches: reasoned.map((entry) => entry.shown),
  };
}
