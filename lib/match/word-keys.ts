/**
 * The words of a sentence as sorted integer keys, so that finding which words of two sentences match is one
 * merge of two short sorted arrays instead of a map lookup per word and key. Two words match (see
 * `wordsMatch` in similarity.ts) exactly when a key one is looked up under equals a key the other is indexed
 * under (its stem, a verb phrase's head ("hand" for "hand_over"), the place a capital or demonym stands for),
 * or when they share a concept. Concepts, broader concepts and entity names are keyed the same way, each in a
 * list of its own.
 * Keys are built once per sentence and kept with its features (reference claims are compared again and again).
 */
import type { ClaimFeatures } from '../types';

/** The lists of (key, word) pairs of a sentence, each sorted by key, then word. */
export const QUERY = 0;
export const INDEX = 1;
/** Broader concepts of each word. */
export const BROADER = 2;
/** Each word's stem and place, to look up in the other sentence's entity names. */
export const ENTITY_QUERY = 3;
/** Entity names and each of their words ("north korea", "north", "korea"), word numbers 0. */
export const ENTITIES = 4;
/**
 * Concepts of each word, looked up and indexed alike: kept once rather than in both QUERY and INDEX (a word has
 * many), so a sentence has fewer keys to sort.
 */
export const CONCEPTS = 5;
const LISTS = 6;

export interface SentenceKeys {
  /** All lists one after the other: list n is at [starts[n], starts[n + 1]). */
  keys: Int32Array;
  words: Int32Array;
  starts: Int32Array;
  /** Words written with a capital (names), in order. */
  names: number[];
  /**
   * For each of `names`: its stem's string number, length, and first and last letter (character codes), to rule
   * out pairs of names without reading their stems.
   */
  nameStems: Int32Array;
  nameLengths: Int32Array;
  nameFirsts: Int32Array;
  nameLasts: Int32Array;
  /** 1 for the first word with its stem (later ones repeat it and count once). */
  firstOfStem: Uint8Array;
  /**
   * The words' weights as similarity.ts last worked them out, and from what (its weigher and that one's revision):
   * kept here rather than in a map of their own, one look-up fewer per sentence compared.
   */
  weights?: { weightOf: unknown; revision: number; values: Float64Array };
}

/** Kinds of key: a key is a string's number times 8 plus its kind. */
const STEM = 0;
const PLACE = 1;
const PHRASE = 2;
const KINDS = 8;
/** Keys fit an Int32Array: past this many distinct strings, the numbering starts again (see pairKeys). */
const STRING_LIMIT = 2 ** 27;
/** Word numbers are packed below the key; words past this many in one sentence are not matched. */
const WORD_SPAN = 2 ** 16;

/** Numbers for every string used in a key (stems, places, concepts, entity names), shared by all sentences. */
const stringIds = new Map<string, number>();

function stringId(value: string): number {
  let id = stringIds.get(value);
  if (id === undefined) {
    id = stringIds.size;
    stringIds.set(value, id);
  }
  return id;
}

/** String numbers of concept lists, by list (the lexicon hands out the same arrays again and again). */
let listIds = new WeakMap<readonly string[], number[]>();

function stringIdsOf(list: readonly string[]): number[] {
  let ids = listIds.get(list);
  if (!ids) {
    ids = list.map(stringId);
    listIds.set(list, ids);
  }
  return ids;
}

/**
 * Per list, its (key, word) pairs packed in one number each (key, then word: sorting sorts by both). Lists are
 * kept apart and sorted one by one: several short sorts cost less than one of all the keys.
 */
const packed = Array.from({ length: LISTS }, () => new Float64Array(64));
const packedSizes = new Int32Array(LISTS);

function put(list: number, id: number, kind: number, word: number): void {
  const size = packedSizes[list];
  let values = packed[list];
  if (size === values.length) {
    values = new Float64Array(size * 2);
    values.set(packed[list]);
    packed[list] = values;
  }
  values[size] = (id * KINDS + kind) * WORD_SPAN + word;
  packedSizes[list] = size + 1;
}

function putAll(list: number, ids: readonly number[], kind: number, word: number): void {
  for (const id of ids) put(list, id, kind, word);
}

function buildKeys(features: ClaimFeatures): SentenceKeys {
  packedSizes.fill(0);
  const { words: all } = features;
  const names: number[] = [];
  const firstOfStem = new Uint8Array(all.length);
  const seen = new Set<string>();
  all.forEach((word, i) => {
    if (!seen.has(word.stem)) firstOfStem[i] = 1;
    seen.add(word.stem);
    if (word.proper) names.push(i);
  });
  for (let i = 0; i < Math.min(all.length, WORD_SPAN); i += 1) {
    const word = all[i];
    const stem = stringId(word.stem);
    put(QUERY, stem, STEM, i);
    put(QUERY, stem, PLACE, i);
    put(INDEX, stem, STEM, i);
    put(ENTITY_QUERY, stem, 0, i);
    if (word.place !== undefined) {
      const place = stringId(word.place);
      put(QUERY, place, STEM, i);
      put(QUERY, place, PLACE, i);
      put(INDEX, place, PLACE, i);
      put(ENTITY_QUERY, place, 0, i);
    }
    const cut = word.stem.indexOf('_');
    if (cut > 0) {
      const head = stringId(word.stem.slice(0, cut));
      put(QUERY, head, STEM, i);
      put(INDEX, head, PHRASE, i);
    } else put(QUERY, stem, PHRASE, i);
    putAll(CONCEPTS, stringIdsOf(word.concepts), 0, i);
    if (word.broader) putAll(BROADER, stringIdsOf(word.broader), 0, i);
  }
  for (const name of features.entities) {
    put(ENTITIES, stringId(name), 0, 0);
    for (const part of name.split(' ')) put(ENTITIES, stringId(part), 0, 0);
  }
  const nameStems = new Int32Array(names.length);
  const nameLengths = new Int32Array(names.length);
  const nameFirsts = new Int32Array(names.length);
  const nameLasts = new Int32Array(names.length);
  names.forEach((i, n) => {
    const { stem } = all[i];
    nameStems[n] = stringId(stem);
    nameLengths[n] = stem.length;
    nameFirsts[n] = stem.charCodeAt(0);
    nameLasts[n] = stem.charCodeAt(stem.length - 1);
  });
  let total = 0;
  for (let list = 0; list < LISTS; list += 1) total += packedSizes[list];
  const keys = new Int32Array(total);
  const words = new Int32Array(total);
  const starts = new Int32Array(LISTS + 1);
  let at = 0;
  for (let list = 0; list < LISTS; list += 1) {
    starts[list] = at;
    const sorted = packed[list].subarray(0, packedSizes[list]).sort();
    for (let n = 0; n < sorted.length; n += 1) {
      // Divisions by powers of two are exact: floor and subtract instead of the slower remainder.
      const key = Math.floor(sorted[n] / WORD_SPAN);
      keys[at] = key;
      words[at] = sorted[n] - key * WORD_SPAN;
      at += 1;
    }
  }
  starts[LISTS] = total;
  return { keys, words, starts, names, nameStems, nameLengths, nameFirsts, nameLasts, firstOfStem, weights: undefined };
}

let cache = new WeakMap<ClaimFeatures, SentenceKeys>();

/** The first sentence of the last pair and its keys: a page sentence is compared with candidate after candidate. */
let lastA: ClaimFeatures | undefined;
let lastKeysA: SentenceKeys | undefined;

function forgetAll(): void {
  stringIds.clear();
  listIds = new WeakMap();
  cache = new WeakMap();
  lastA = undefined;
  lastKeysA = undefined;
}

/**
 * The keys of two sentences' words, numbered alike (built on first use, then kept with their features).
 * Past STRING_LIMIT strings (never in practice), the numbering and the kept keys start again, between two
 * comparisons so that both sentences are always keyed with the same numbers.
 */
export function pairKeys(a: ClaimFeatures, b: ClaimFeatures): [SentenceKeys, SentenceKeys] {
  if (stringIds.size >= STRING_LIMIT) forgetAll();
  if (a !== lastA || !lastKeysA) {
    lastKeysA = sentenceKeys(a);
    lastA = a;
  }
  return [lastKeysA, sentenceKeys(b)];
}

function sentenceKeys(features: ClaimFeatures): SentenceKeys {
  let keys = cache.get(features);
  if (!keys) {
    keys = buildKeys(features);
    cache.set(features, keys);
  }
  return keys;
}

/**
 * For every pair of a word i (list `listA` of `a`) and a word j (list `listB` of `b`) that share a key:
 * lowers `firstOfA[i]` to the smallest such j, and sets `markB[j]`.
 */
export function joinFirst(
  a: SentenceKeys,
  listA: number,
  b: SentenceKeys,
  listB: number,
  firstOfA: Int32Array,
  markB: Uint8Array,
): void {
  const { keys: keysA, words: wordsA } = a;
  const { keys: keysB, words: wordsB } = b;
  const endA = a.starts[listA + 1];
  const endB = b.starts[listB + 1];
  let x = a.starts[listA];
  let y = b.starts[listB];
  while (x < endA && y < endB) {
    const keyA = keysA[x];
    const keyB = keysB[y];
    if (keyA < keyB) x += 1;
    else if (keyA > keyB) y += 1;
    else {
      let runB = y + 1;
      while (runB < endB && keysB[runB] === keyA) runB += 1;
      for (let z = y; z < runB; z += 1) markB[wordsB[z]] = 1;
      // b's words are sorted within a key: the first is the smallest.
      const first = wordsB[y];
      for (; x < endA && keysA[x] === keyA; x += 1) if (first < firstOfA[wordsA[x]]) firstOfA[wordsA[x]] = first;
      y = runB;
    }
  }
}

/** Sets `markA[i]` for every word i (list `listA` of `a`) sharing a key with list `listB` of `b`. */
export function joinMark(a: SentenceKeys, listA: number, b: SentenceKeys, listB: number, markA: Uint8Array): void {
  const { keys: keysA, words: wordsA } = a;
  const keysB = b.keys;
  const endA = a.starts[listA + 1];
  const endB = b.starts[listB + 1];
  let x = a.starts[listA];
  let y = b.starts[listB];
  while (x < endA && y < endB) {
    const keyA = keysA[x];
    const keyB = keysB[y];
    if (keyA < keyB) x += 1;
    else if (keyA > keyB) y += 1;
    else {
      markA[wordsA[x]] = 1;
      x += 1;
    }
  }
}
