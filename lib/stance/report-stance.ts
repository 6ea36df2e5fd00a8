/**
 * Where a sentence stands on a reference claim it may report: `supports` (states it), `contradicts` (denies or
 * debunks it), `observing` (reports it without taking a side: "X says", "may", "reportedly") or `unrelated`
 * (not about the same claim). Used by `compare --pairs` and by the Emergent benchmark, through this one function.
 */

import type { Lexicon } from '../features/analyse';
import { defaultLexicon } from '../lexicon/default-lexicon';
import { stanceFeatures } from './features';
import { defaultStanceModel, type ModelStance, type StanceModel, stanceProbabilities } from './model';

export type ReportStance = ModelStance | 'unrelated';

/** Every stance `reportStance` can give, in the order they are listed to users. */
export const REPORT_STANCES: readonly ReportStance[] = ['supports', 'contradicts', 'observing', 'unrelated'];

export interface ReportStanceResult {
  stance: ReportStance;
  /** The model's probabilities (also given for an unrelated pair: what it would say if they were related). */
  probabilities: Record<ModelStance, number>;
}

/**
 * Below this alignment score, with no word, name or number in common, the sentence is about something else.
 * Deliberately strict: a headline may restate a claim in other words, and the model handles those.
 */
export const UNRELATED_BELOW = 0.05;

export interface ReportStanceOptions {
  model?: StanceModel;
  lexicon?: Lexicon;
}

/** The stance of `sentence` towards `reference`; the same pair always gives the same answer. */
export function reportStance(
  reference: string,
  sentence: string,
  options: ReportStanceOptions = {},
): ReportStanceResult {
  const features = stanceFeatures(reference, sentence, options.lexicon ?? defaultLexicon);
  const probabilities = stanceProbabilities(options.model ?? defaultStanceModel, features);
  if (features.get('align.none') === 1 && (features.get('align.score') ?? 0) < UNRELATED_BELOW) {
    return { stance: 'unrelated', probabilities };
  }
  const [stance] = (Object.entries(probabilities) as [ModelStance, number][]).reduce((best, entry) =>
    entry[1] > best[1] ? entry : best,
  );
  return { stance, probabilities };
}
