/**
 * The words of a sentence as sorted integer keys, so that finding which words of two sentences match is one
 * merge of two short sorted arrays instead of a map lookup per word and key. Two words match (see
 * `wordsMatch` in similarity.ts) exactly when a key one is looked up under equals a key the other is indexed
 * under: its stem, a verb phrase's head ("hand" for "hand_over"), the place a capital or demonym stands for,
 * or a shared concept. Broader concepts and entity names are keyed the same way, each for its own test.
 * Keys are built once per sentence and kept with its features (reference claims are compared again and again).
 */
import type { ClaimFeatures } from '../types';

/** (key, word) pairs sorted by key, then word. */
export interface KeyedWords {
  keys: Float64Array;
  words: Int32Array;
}

export interface SentenceKeys {
  /** Keys each word is looked up under, and indexed under (see the module comment). */
  query: KeyedWords;
  index: KeyedWords;
  /** Broader concepts of each word. */
  broader: KeyedWords;
  /** Each word's stem and place, to look up in the other sentence's entity names. */
  entityQuery: KeyedWords;
  /** Entity names and each of their words ("north korea", "north", "korea"), sorted, word numbers -1. */
  entities: KeyedWords;
  /** Words written with a capital (names), in order. */
  names: number[];
  /** 1 for the first word with its stem (later ones repeat it and count once). */
  firstOfStem: Uint8Array;
}

/** Kinds of key: a key is a string's number times 8 plus its kind. */
const STEM = 0;
const PLACE = 1;
const PHRASE = 2;
const CONCEPT = 3;
const BROADER = 4;
const ENTITY = 5;
const KINDS = 8;
/** Word numbers are packed below the key: sentences have fewer words than this. */
const WORD_SPAN = 2 ** 20;

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
const listIds = new WeakMap<readonly string[], number[]>();

function stringIdsOf(list: readonly string[]): number[] {
  let ids = listIds.get(list);
  if (!ids) {
    ids = list.map(stringId);
    listIds.set(list, ids);
  }
  return ids;
}

/** Collects (key, word) pairs packed in one number each, then sorts them. */
class PairList {
  private packed = new Float64Array(16);
  private size = 0;

  private push(value: number): void {
    if (this.size === this.packed.length) {
      const grown = new Float64Array(this.size * 2);
      grown.set(this.packed);
      this.packed = grown;
    }
    this.packed[this.size++] = value;
  }

  add(value: string, kind: number, word: number): void {
    this.push((stringId(value) * KINDS + kind) * WORD_SPAN + word);
  }

  addAll(values: readonly string[], kind: number, word: number): void {
    for (const id of stringIdsOf(values)) this.push((id * KINDS + kind) * WORD_SPAN + word);
  }

  sorted(): KeyedWords {
    const packed = this.packed.subarray(0, this.size).sort();
    const keys = new Float64Array(this.size);
    const words = new Int32Array(this.size);
    for (let n = 0; n < this.size; n += 1) {
      const word = packed[n] % WORD_SPAN;
      keys[n] = (packed[n] - word) / WORD_SPAN;
      words[n] = word;
    }
    return { keys, words };
  }
}

function buildKeys(features: ClaimFeatures): SentenceKeys {
  const query = new PairList();
  const index = new PairList();
  const broader = new PairList();
  const entityQuery = new PairList();
  const entities = new PairList();
  const names: number[] = [];
  const firstOfStem = new Uint8Array(features.words.length);
  const stems = new Set<string>();
  const words = features.words.length < WORD_SPAN ? features.words : features.words.slice(0, WORD_SPAN - 1);
  words.forEach((word, i) => {
    const { stem, place } = word;
    if (!stems.has(stem)) firstOfStem[i] = 1;
    stems.add(stem);
    const cut = stem.indexOf('_');
    query.add(stem, STEM, i);
    query.add(stem, PLACE, i);
    if (place !== undefined) {
      query.add(place, STEM, i);
      query.add(place, PLACE, i);
      index.add(place, PLACE, i);
    }
    if (cut > 0) {
      query.add(stem.slice(0, cut), STEM, i);
      index.add(stem.slice(0, cut), PHRASE, i);
    } else query.add(stem, PHRASE, i);
    index.add(stem, STEM, i);
    query.addAll(word.concepts, CONCEPT, i);
    index.addAll(word.concepts, CONCEPT, i);
    if (word.broader) broader.addAll(word.broader, BROADER, i);
    entityQuery.add(stem, ENTITY, i);
    if (place !== undefined) entityQuery.add(place, ENTITY, i);
    if (word.proper) names.push(i);
  });
  for (const name of features.entities) {
    entities.add(name, ENTITY, 0);
    for (const part of name.split(' ')) entities.add(part, ENTITY, 0);
  }
  return {
    query: query.sorted(),
    index: index.sorted(),
    broader: broader.sorted(),
    entityQuery: entityQuery.sorted(),
    entities: entities.sorted(),
    names,
    firstOfStem,
  };
}

const cache = new WeakMap<ClaimFeatures, SentenceKeys>();

/** The keys of a sentence's words (built on first use, then kept with its features). */
export function sentenceKeys(features: ClaimFeatures): SentenceKeys {
  let keys = cache.get(features);
  if (!keys) {
    keys = buildKeys(features);
    cache.set(features, keys);
  }
  return keys;
}

/**
 * For every pair of a word of `a` and a word of `b` that share a key: lowers `firstOfA[i]` to the smallest
 * such word of b, and sets `markB[j]`. Either output may be left out.
 */
export function joinKeys(a: KeyedWords, b: KeyedWords, firstOfA?: Int32Array, markA?: Uint8Array, markB?: Uint8Array) {
  const { keys: keysA, words: wordsA } = a;
  const { keys: keysB, words: wordsB } = b;
  let x = 0;
  let y = 0;
  while (x < keysA.length && y < keysB.length) {
    const keyA = keysA[x];
    const keyB = keysB[y];
    if (keyA < keyB) x += 1;
    else if (keyA > keyB) y += 1;
    else {
      let endB = y;
      while (endB < keysB.length && keysB[endB] === keyA) endB += 1;
      for (; x < keysA.length && keysA[x] === keyA; x += 1) {
        const i = wordsA[x];
        if (markA) markA[i] = 1;
        // b's words are sorted within a key: the first is the smallest.
        if (firstOfA && wordsB[y] < firstOfA[i]) firstOfA[i] = wordsB[y];
        if (markB) for (let z = y; z < endB; z += 1) markB[wordsB[z]] = 1;
      }
      y = endB;
    }
  }
}
