/**
 * Feature words in one object shape. Words made field by field (only the fields that apply) come in dozens of
 * shapes, and the matcher, reading the same fields of thousands of words, then runs many times slower than on
 * words of a single shape. So the analysis, the snapshot decoder and the index give every word all fields, in
 * one order, undefined where they do not apply (JSON and equality checks treat those as absent).
 */
import type { ClaimFeatures, FeatureWord } from '../types';

/** The word with every field, in the one order. */
export function uniformWord(word: FeatureWord): FeatureWord {
  return {
    stem: word.stem,
    text: word.text,
    cue: word.cue,
    concepts: word.concepts,
    broader: word.broader,
    proper: word.proper,
    attribution: word.attribution,
    hypothetical: word.hypothetical,
    verb: word.verb,
    negated: word.negated,
    cap: word.cap,
    place: word.place,
  };
}

const uniform = new WeakSet<ClaimFeatures>();

/** Marks features whose words are all uniform (made by `uniformWord` or in its shape). */
export function markUniform(features: ClaimFeatures): ClaimFeatures {
  uniform.add(features);
  return features;
}

/** The features with uniform words: the same object when they are already, else a copy. */
export function uniformFeatures(features: ClaimFeatures): ClaimFeatures {
  if (uniform.has(features)) return features;
  return markUniform({ ...features, words: features.words.map(uniformWord) });
}
