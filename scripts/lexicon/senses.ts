/**
 * Picks the senses of a lemma that the lexicon keeps: the frequent ones only, so that a word's concepts stay few and
 * concept expansion does not explode. WordNet lists senses most frequent first with SemCor tag counts. In each part
 * of speech we keep the first sense, then further senses while the kept ones cover less than `COVERAGE` of that
 * part of speech's tagged usage (at most `MAX_SENSES_PER_POS`, only senses seen in text). A part of speech with no
 * tagged usage at all keeps its first `MAX_UNTAGGED_SENSES` senses, since nothing says which one dominates.
 */
import type { LemmaSenses } from './wordnet';

const COVERAGE = 0.75;
const MAX_SENSES_PER_POS = 3;
const MAX_UNTAGGED_SENSES = 3;
/** A later sense is kept only if it is at least this share of the first sense's count. */
const MIN_SHARE_OF_FIRST = 0.1;

/** Sum of the tag counts of one part of speech of a lemma. */
export function taggedUsage(senses: LemmaSenses): number {
  return senses.tagCounts.reduce((sum, count) => sum + count, 0);
}

/** The kept synset keys of one part of speech of a lemma, most frequent first. */
export function frequentSenses(senses: LemmaSenses): string[] {
  const total = taggedUsage(senses);
  if (total === 0) return senses.synsets.slice(0, MAX_UNTAGGED_SENSES);
  const kept = [senses.synsets[0]];
  let covered = senses.tagCounts[0];
  for (let i = 1; i < senses.synsets.length && kept.length < MAX_SENSES_PER_POS; i += 1) {
    const count = senses.tagCounts[i];
    if (covered >= COVERAGE * total || count === 0 || count < MIN_SHARE_OF_FIRST * senses.tagCounts[0]) break;
    kept.push(senses.synsets[i]);
    covered += count;
  }
  return kept;
}

/**
 * Senses past the frequent ones that are still well attested for this lemma (at least `MIN_EXTRA_COUNT` tags and
 * `MIN_EXTRA_SHARE` of its usage). They are kept only when a synonym keeps the same sense as one of its frequent
 * ones (decided by the caller), so "catch" joins "capture" in "get, catch, capture" without taking all 29 senses.
 */
export function attestedSenses(senses: LemmaSenses): string[] {
  const total = taggedUsage(senses);
  return senses.synsets.filter(
    (_, i) => senses.tagCounts[i] >= MIN_EXTRA_COUNT && senses.tagCounts[i] >= MIN_EXTRA_SHARE * total,
  );
}
const MIN_EXTRA_COUNT = 5;
const MIN_EXTRA_SHARE = 0.05;
