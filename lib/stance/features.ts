/**
 * The features the report-stance model reads for one (reference claim, sentence) pair: the sentence's cue
 * words (hedges, reporting verbs, refutations, ...), the claim's, how well the two align (the engine's own
 * `align`), whether aligned words are negated on one side only, and whether their numbers disagree. Every
 * value is 0..1 and named, so a fitted model can pick the features it was trained on.
 */
import { analyseSentence, type Lexicon } from '../features/analyse';
import { align, type WeightOf } from '../match/similarity';
import type { ClaimFeatures } from '../types';
import { CUE_GROUPS, type CueMatches, findCues } from './cues';

/** Named feature values of one pair, each 0..1; "bias" is always 1. */
export type StanceFeatures = Map<string, number>;

/** A count as a share that saturates: 0 → 0, 1 → 0.5, 3 → 0.75. */
const saturate = (count: number, half = 1) => count / (count + half);

/**
 * Every word weighs the same here (its `cap` still weighs common English words down): a pair's stance must
 * not depend on which other pairs are scored with it.
 */
const evenWeight: WeightOf = () => 1;

/** The cue-group counts of one side, as "<side>.<group>", plus the question mark and per-word indicators. */
function cueFeatures(into: StanceFeatures, side: 'sentence' | 'reference', cues: CueMatches): void {
  for (const group of CUE_GROUPS) into.set(`${side}.${group}`, saturate(cues.found[group].length));
  into.set(`${side}.questionMark`, cues.questionMark ? 1 : 0);
  if (side !== 'sentence') return;
  for (const group of CUE_GROUPS) for (const cue of cues.found[group]) into.set(`cue.${group}.${cue}`, 1);
}

/** Aligned word pairs negated on one side only, ignoring words in "if ..." clauses (they assert nothing). */
function polarityFeatures(
  into: StanceFeatures,
  sentence: ClaimFeatures,
  reference: ClaimFeatures,
  pairs: [number, number][],
) {
  let sentenceOnly = 0;
  let referenceOnly = 0;
  for (const [i, j] of pairs) {
    const a = sentence.words[i];
    const b = reference.words[j];
    if (a.hypothetical || b.hypothetical || a.negated === b.negated) continue;
    if (a.negated) sentenceOnly += 1;
    else referenceOnly += 1;
  }
  into.set('polarity.sentenceNegates', saturate(sentenceOnly));
  into.set('polarity.referenceNegates', saturate(referenceOnly));
  into.set('polarity.negationMismatch', sentence.negations > 0 !== reference.negations > 0 ? 1 : 0);
}

/**
 * The named features of a (reference claim, sentence) pair, with the given lexicon (the engine's WordNet lexicon
 * in the product). Pure: the same texts and lexicon give the same values.
 */
export function stanceFeatures(reference: string, sentence: string, lexicon: Lexicon): StanceFeatures {
  const features: StanceFeatures = new Map([['bias', 1]]);
  const page = analyseSentence(sentence, lexicon).features;
  const claim = analyseSentence(reference, lexicon).features;
  const sentenceCues = findCues(sentence);
  cueFeatures(features, 'sentence', sentenceCues);
  cueFeatures(features, 'reference', findCues(reference));

  const alignment = align(page, claim, evenWeight);
  features.set('align.score', alignment.score);
  features.set('align.sentenceCoverage', alignment.pageCoverage);
  features.set('align.referenceCoverage', alignment.referenceCoverage);
  features.set('align.predicate', alignment.predicateMatched ? 1 : 0);
  features.set('align.evidence', saturate(alignment.evidence, 3));
  features.set('align.none', alignment.evidence === 0 ? 1 : 0);
  polarityFeatures(features, page, claim, alignment.pairs);
  const conflicts = alignment.quantities.filter((pair) => pair.verdict === 'conflict').length;
  features.set('quantity.conflicts', saturate(conflicts));
  features.set('quantity.agreements', saturate(alignment.quantities.length - conflicts));

  features.set('sentence.length', saturate(page.words.length, 8));
  features.set('sentence.attributed', page.words.some((word) => word.attribution) ? 1 : 0);
  features.set('sentence.hypothetical', page.words.some((word) => word.hypothetical) ? 1 : 0);
  // How a cue counts may depend on how closely the sentence follows the claim ("X is a hoax" vs a story about X).
  for (const group of ['hedge', 'reporting', 'refuting', 'negation'] as const) {
    features.set(`cross.${group}.score`, (features.get(`sentence.${group}`) ?? 0) * alignment.score);
  }
  features.set('cross.questionMark.score', (sentenceCues.questionMark ? 1 : 0) * alignment.score);
  return features;
}
