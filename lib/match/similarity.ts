/**
 * How much two sentences say the same thing: IDF-weighted coverage of each side's content words by the
 * other's, where a word is covered by the same stem, a shared concept (synonym), a close spelling of a
 * name (Zelensky/Zelenskyy), or an entity the other side names another way (an acronym, a capital).
 * The result is in 0..1 whatever the size of the reference set, so one threshold holds for all.
 */
import { alignQuantities, compareQuantities, type QuantityPair } from '../features/quantities';
import type { ClaimFeatures, FeatureWord, Quantity } from '../types';

export interface Alignment {
  /** Share of the page sentence's weight covered by the reference, 0..1. */
  pageCoverage: number;
  /** Share of the reference sentence's weight covered by the page, 0..1. */
  referenceCoverage: number;
  /** Combined score, 0..1. */
  score: number;
  /** False when the page sentence has verbs and none of them is matched: the two share a topic, not a claim. */
  predicateMatched: boolean;
  /** How many things the two share: matched words of the page sentence plus quantities about the same thing. */
  evidence: number;
  /** Pairs of aligned words (index in page words, index in reference words). */
  pairs: [number, number][];
  /** Quantities that talk about the same thing, with whether their values agree. */
  quantities: QuantityPair[];
}

/**
 * Weight of one quantity, like a word's: small numbers ("two") are common, figures with several significant
 * digits or in the thousands ("2,700", "34,000") are as telling as a rare word.
 */
function quantityWeight(quantity: Quantity): number {
  if (quantity.unit === 'year' || quantity.unit === 'date') return 0.8;
  if (quantity.unit === '' && quantity.value <= 10) return 0.4;
  const digits = String(Math.round(quantity.value)).replace(/0+$/, '').length;
  return quantity.value >= 1000 || digits >= 2 ? 1.2 : 0.8;
}

function sumWeights(quantities: readonly Quantity[]): number {
  let total = 0;
  for (const quantity of quantities) total += quantityWeight(quantity);
  return total;
}

/** Weight of a stem: its inverse document frequency in the reference set, scaled so an unseen word weighs 1. */
export type WeightOf = (stem: string) => number;

/** A word's weight: the reference set's IDF, capped for words common in general English. */
function weigh(word: FeatureWord, weightOf: WeightOf): number {
  const weight = word.cap === undefined ? weightOf(word.stem) : Math.min(weightOf(word.stem), word.cap);
  return word.attribution ? weight * ATTRIBUTION_SHARE : weight;
}

/** How much the words naming a claim's source count, against the claim's own words. */
const ATTRIBUTION_SHARE = 0.3;

/** How much a match through a broader concept (a close kind, not a synonym) counts. */
const BROADER_CREDIT = 0.6;

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

/** A phrase verb and its verb written apart: "hand_over" and "hand" (in "hand the soldiers over"). */
function phraseOf(a: string, b: string): boolean {
  return a.length < b.length && b.startsWith(`${a}_`);
}

export function wordsMatch(a: FeatureWord, b: FeatureWord): boolean {
  if (a.stem === b.stem || phraseOf(a.stem, b.stem) || phraseOf(b.stem, a.stem)) return true;
  if (a.place !== undefined && (a.place === b.place || a.place === b.stem)) return true;
  if (b.place !== undefined && b.place === a.stem) return true;
  if (a.concepts.length > 0 && b.concepts.length > 0 && a.concepts.some((c) => b.concepts.includes(c))) return true;
  return a.proper && b.proper && similarNames(a.stem, b.stem);
}

/** True when the word names an entity the other side mentions in another form (acronym, capital, full name). */
function coveredByEntity(word: FeatureWord, entities: ReadonlySet<string>): boolean {
  return entities.has(word.stem) || (word.place !== undefined && entities.has(word.place));
}

/**
 * Quantities about the same thing: first by what they count (their heads), then, for those left, by the words
 * around them ("78% of members had voted" and "87% voted in favour").
 */
function pairQuantities(page: ClaimFeatures, reference: ClaimFeatures): QuantityPair[] {
  const pairs = alignQuantities(page.quantities, reference.quantities, {
    sameHead: (a, b) => sameHeadWord(a, b, page, reference),
  });
  const usedPage = new Set(pairs.map((pair) => pair.page));
  const usedRef = new Set(pairs.map((pair) => pair.reference));
  for (const quantity of page.quantities) {
    if (usedPage.has(quantity)) continue;
    let best: { reference: (typeof reference.quantities)[number]; shared: number } | undefined;
    for (const other of reference.quantities) {
      if (usedRef.has(other) || other.unit !== quantity.unit) continue;
      const shared = (quantity.context ?? []).filter((stem) => other.context?.includes(stem)).length;
      if (shared > 0 && (!best || shared > best.shared)) best = { reference: other, shared };
    }
    if (!best) continue;
    const verdict = compareQuantities(quantity, best.reference, { sameHead: () => true });
    if (verdict === 'incomparable') continue;
    usedRef.add(best.reference);
    pairs.push({ page: quantity, reference: best.reference, verdict });
  }
  return pairs;
}

/** Two quantity heads (stems) name the same thing: same stem, or words of the two sentences that match. */
function sameHeadWord(a: string, b: string, page: ClaimFeatures, reference: ClaimFeatures): boolean {
  if (a === b) return true;
  const wordA = page.words.find((word) => word.stem === a);
  const wordB = reference.words.find((word) => word.stem === b);
  return wordA !== undefined && wordB !== undefined && wordsMatch(wordA, wordB);
}

/** A verb phrase joined into one word ("take_part") counts as a verb when its first word is one. */
function hasMatchedVerbPhrase(page: ClaimFeatures, pairs: readonly [number, number][]): boolean {
  return pairs.some(([i]) => page.words[i].stem.includes('_'));
}

/**
 * The words of one sentence indexed by everything `wordsMatch` compares (stem, verb-phrase head, concepts,
 * place), so finding a word's first match costs a few map lookups instead of a scan with set comparisons.
 * Built once per sentence and kept with its features (reference claims are compared again and again).
 */
class WordLookup {
  private readonly keys = new Map<string, number[]>();
  private readonly broader = new Map<string, number>();
  private readonly names: number[] = [];

  constructor(private readonly words: readonly FeatureWord[]) {
    words.forEach((word, i) => {
      this.put(`s:${word.stem}`, i);
      const cut = word.stem.indexOf('_');
      if (cut > 0) this.put(`P:${word.stem.slice(0, cut)}`, i);
      if (word.place !== undefined) this.put(`L:${word.place}`, i);
      for (const concept of word.concepts) this.put(`~${concept}`, i);
      for (const concept of word.broader ?? []) if (!this.broader.has(concept)) this.broader.set(concept, i);
      if (word.proper) this.names.push(i);
    });
  }

  private put(key: string, i: number): void {
    const list = this.keys.get(key);
    if (!list) this.keys.set(key, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  }

  /** Index of the first word that `wordsMatch` the given one, or -1. */
  firstMatch(word: FeatureWord): number {
    let best = Number.POSITIVE_INFINITY;
    for (const key of queryKeys(word)) {
      const list = this.keys.get(key);
      if (list && list[0] < best) best = list[0];
    }
    if (word.proper) {
      for (const i of this.names) {
        if (i >= best) break;
        if (similarNames(word.stem, this.words[i].stem)) best = i;
      }
    }
    return best === Number.POSITIVE_INFINITY ? -1 : best;
  }

  /** Index of the first word sharing a broader concept with the given one (a close kind of it), or -1. */
  broaderMatch(word: FeatureWord): number {
    let best = -1;
    for (const concept of word.broader ?? []) {
      const i = this.broader.get(concept);
      if (i !== undefined && (best < 0 || i < best)) best = i;
    }
    return best;
  }
}

const wordKeys = new WeakMap<FeatureWord, string[]>();

/** The keys under which a word's matches are indexed in a WordLookup (kept per word: they never change). */
function queryKeys(word: FeatureWord): string[] {
  let keys = wordKeys.get(word);
  if (keys) return keys;
  keys = [`s:${word.stem}`, `L:${word.stem}`];
  if (word.place !== undefined) keys.push(`s:${word.place}`, `L:${word.place}`);
  const cut = word.stem.indexOf('_');
  keys.push(cut > 0 ? `s:${word.stem.slice(0, cut)}` : `P:${word.stem}`);
  for (const concept of word.concepts) keys.push(`~${concept}`);
  wordKeys.set(word, keys);
  return keys;
}

const lookups = new WeakMap<ClaimFeatures, WordLookup>();

function lookupOf(features: ClaimFeatures): WordLookup {
  let lookup = lookups.get(features);
  if (!lookup) {
    lookup = new WordLookup(features.words);
    lookups.set(features, lookup);
  }
  return lookup;
}

const entitySets = new WeakMap<ClaimFeatures, Set<string>>();

function entityWordsOf(features: ClaimFeatures): Set<string> {
  let set = entitySets.get(features);
  if (!set) {
    set = entityWords(features.entities);
    entitySets.set(features, set);
  }
  return set;
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
  const refEntities = entityWordsOf(reference);
  const pageEntities = entityWordsOf(page);
  const refUsed = new Set<number>();
  const refLookup = lookupOf(reference);
  const pageLookup = lookupOf(page);
  let pageTotal = 0;
  let pageCovered = 0;
  // Evidence counts shared words; names together count once ("North", "Korean" and "Russia" say who, not what).
  let evidence = 0;
  let sharedName = false;
  const countEvidence = (word: FeatureWord) => {
    if (word.attribution) return;
    if (!word.proper && word.place === undefined) evidence += 1;
    else if (!sharedName) {
      sharedName = true;
      evidence += 1;
    }
  };
  const broaderPairs: [number, number][] = [];
  const seenPage = new Set<string>();
  page.words.forEach((word, i) => {
    if (seenPage.has(word.stem)) return;
    seenPage.add(word.stem);
    const weight = weigh(word, weightOf);
    pageTotal += weight;
    const j = refLookup.firstMatch(word);
    if (j >= 0) {
      pairs.push([i, j]);
      refUsed.add(j);
      pageCovered += weight;
      countEvidence(word);
    } else if (coveredByEntity(word, refEntities)) {
      pageCovered += weight;
      countEvidence(word);
    } else {
      // A close kind of the same thing ("fled" / "defected") counts in part.
      const k = refLookup.broaderMatch(word);
      if (k >= 0) {
        pageCovered += weight * BROADER_CREDIT;
        broaderPairs.push([i, k]);
      }
    }
  });
  let refTotal = 0;
  let refCovered = 0;
  const seenRef = new Set<string>();
  reference.words.forEach((word, j) => {
    if (seenRef.has(word.stem)) return;
    seenRef.add(word.stem);
    const weight = weigh(word, weightOf);
    refTotal += weight;
    if (refUsed.has(j) || pageLookup.firstMatch(word) >= 0 || coveredByEntity(word, pageEntities)) {
      refCovered += weight;
    } else if (pageLookup.broaderMatch(word) >= 0) {
      refCovered += weight * BROADER_CREDIT;
    }
  });
  const quantities = pairQuantities(page, reference);
  // Agreeing numbers count as shared content. A conflicting pair about the same named thing ("100 soldiers" /
  // "300 soldiers") still shows the two sentences fill the same slot, so it counts as shared too; other
  // conflicting pairs count on neither side (the stance judges them). A number only one side gives is content
  // the other lacks.
  const sameSlot = quantities.filter(
    (pair) =>
      pair.verdict === 'agree' ||
      (pair.page.head !== '' && sameHeadWord(pair.page.head, pair.reference.head, page, reference)),
  );
  const neutral = quantities.filter((pair) => !sameSlot.includes(pair));
  evidence += quantities.length;
  for (const pair of sameSlot) {
    pageCovered += quantityWeight(pair.page);
    refCovered += quantityWeight(pair.reference);
  }
  pageTotal += sumWeights(page.quantities) - sumWeights(neutral.map((pair) => pair.page));
  refTotal += sumWeights(reference.quantities) - sumWeights(neutral.map((pair) => pair.reference));
  const pageCoverage = pageTotal > 0 ? pageCovered / pageTotal : 0;
  const referenceCoverage = refTotal > 0 ? refCovered / refTotal : 0;
  // The page sentence is usually the shorter restatement: weigh its coverage more.
  const score = pageCoverage * 0.65 + referenceCoverage * 0.35;
  const pageVerbs = page.words.filter((word) => word.verb);
  // Two agreeing figures ("34,000 ... since the late 1990s") pin the same fact down even when the verbs differ.
  const agreeing = quantities.filter((pair) => pair.verdict === 'agree').length;
  const predicateMatched =
    pageVerbs.length === 0 ||
    pairs.some(([i]) => page.words[i].verb) ||
    hasMatchedVerbPhrase(page, pairs) ||
    agreeing >= 2;
  return { pageCoverage, referenceCoverage, score, pairs, quantities, predicateMatched, evidence };
}
