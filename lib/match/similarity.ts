/**
 * How much two sentences say the same thing: IDF-weighted coverage of each side's content words by the
 * other's, where a word is covered by the same stem, a shared concept (synonym), a close spelling of a
 * name (Zelensky/Zelenskyy), or an entity the other side names another way (an acronym, a capital).
 * The result is in 0..1 whatever the size of the reference set, so one threshold holds for all.
 */
import { alignQuantities, type QuantityPair } from '../features/quantities';
import type { ClaimFeatures, FeatureWord } from '../types';

export interface Alignment {
  /** Share of the page sentence's weight covered by the reference, 0..1. */
  pageCoverage: number;
  /** Share of the reference sentence's weight covered by the page, 0..1. */
  referenceCoverage: number;
  /** Combined score, 0..1. */
  score: number;
  /** Pairs of aligned words (index in page words, index in reference words). */
  pairs: [number, number][];
  /** Quantities that talk about the same thing, with whether their values agree. */
  quantities: QuantityPair[];
}

/** Weight of one quantity: a specific number is as telling as a rare word. */
const QUANTITY_WEIGHT = 3;

/** Weight of a stem: its inverse document frequency in the reference set. */
export type WeightOf = (stem: string) => number;

/** Jaro-Winkler-like closeness for names: same first 5 letters and lengths within 2, or edit distance 1. */
export function similarNames(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 5 || b.length < 5) return false;
  if (Math.abs(a.length - b.length) > 2) return false;
  const prefix = Math.min(a.length, b.length) - 1;
  return a.slice(0, Math.max(5, prefix)) === b.slice(0, Math.max(5, prefix)) || editDistanceAtMostOne(a, b);
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i += 1;
      j += 1;
      continue;
    }
    edits += 1;
    if (edits > 1) return false;
    if (a.length > b.length) i += 1;
    else if (b.length > a.length) j += 1;
    else {
      i += 1;
      j += 1;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

function wordsMatch(a: FeatureWord, b: FeatureWord): boolean {
  if (a.stem === b.stem) return true;
  if (a.place !== undefined && (a.place === b.place || a.place === b.stem)) return true;
  if (b.place !== undefined && b.place === a.stem) return true;
  if (a.concepts.length > 0 && b.concepts.length > 0 && a.concepts.some((c) => b.concepts.includes(c))) return true;
  return a.proper && b.proper && similarNames(a.stem, b.stem);
}

/** True when the word names an entity the other side mentions in another form (acronym, capital, full name). */
function coveredByEntity(word: FeatureWord, entities: ReadonlySet<string>): boolean {
  return entities.has(word.stem) || (word.place !== undefined && entities.has(word.place));
}

/** Two quantity heads (stems) name the same thing: same stem, or words of the two sentences that match. */
function sameHeadWord(a: string, b: string, page: ClaimFeatures, reference: ClaimFeatures): boolean {
  if (a === b) return true;
  const wordA = page.words.find((word) => word.stem === a);
  const wordB = reference.words.find((word) => word.stem === b);
  return wordA !== undefined && wordB !== undefined && wordsMatch(wordA, wordB);
}

/** Entity keys and each of their words ("north korea", "north", "korea"). */
function entityWords(entities: readonly string[]): Set<string> {
  const words = new Set(entities);
  for (const key of entities) for (const word of key.split(' ')) words.add(word);
  return words;
}

/** Aligns the content words of a page sentence with a reference sentence and scores the overlap. */
export function align(page: ClaimFeatures, reference: ClaimFeatures, weightOf: WeightOf): Alignment {
  const pairs: [number, number][] = [];
  const refEntities = entityWords(reference.entities);
  const pageEntities = entityWords(page.entities);
  const refUsed = new Set<number>();
  let pageTotal = 0;
  let pageCovered = 0;
  const seenPage = new Set<string>();
  page.words.forEach((word, i) => {
    if (seenPage.has(word.stem)) return;
    seenPage.add(word.stem);
    const weight = weightOf(word.stem);
    pageTotal += weight;
    const j = reference.words.findIndex((other) => wordsMatch(word, other));
    if (j >= 0) {
      pairs.push([i, j]);
      refUsed.add(j);
      pageCovered += weight;
    } else if (coveredByEntity(word, refEntities)) {
      pageCovered += weight;
    }
  });
  let refTotal = 0;
  let refCovered = 0;
  const seenRef = new Set<string>();
  reference.words.forEach((word, j) => {
    if (seenRef.has(word.stem)) return;
    seenRef.add(word.stem);
    const weight = weightOf(word.stem);
    refTotal += weight;
    if (refUsed.has(j) || page.words.some((other) => wordsMatch(word, other)) || coveredByEntity(word, pageEntities)) {
      refCovered += weight;
    }
  });
  const quantities = alignQuantities(page.quantities, reference.quantities, {
    sameHead: (a, b) => sameHeadWord(a, b, page, reference),
  });
  // Agreeing numbers count as shared content; conflicting ones count on neither side (the stance judges them);
  // a number only one side gives is content the other lacks.
  const agreeing = quantities.filter((pair) => pair.verdict === 'agree').length;
  const conflicting = quantities.length - agreeing;
  pageCovered += agreeing * QUANTITY_WEIGHT;
  refCovered += agreeing * QUANTITY_WEIGHT;
  pageTotal += (page.quantities.length - conflicting) * QUANTITY_WEIGHT;
  refTotal += (reference.quantities.length - conflicting) * QUANTITY_WEIGHT;
  const pageCoverage = pageTotal > 0 ? pageCovered / pageTotal : 0;
  const referenceCoverage = refTotal > 0 ? refCovered / refTotal : 0;
  // The page sentence is usually the shorter restatement: weigh its coverage more.
  const score = pageCoverage * 0.65 + referenceCoverage * 0.35;
  return { pageCoverage, referenceCoverage, score, pairs, quantities };
}
