/**
 * An inverted index with BM25 ranking over weighted feature keys (stems, concept ids, entity keys).
 * Lookup touches only the postings of the query's keys, and skips keys so common that they cannot
 * tell documents apart, so its cost grows far slower than the reference set.
 */

export interface IndexedDocument {
  /** Feature keys with their weights (each key once; the weight scales its contribution). */
  keys: ReadonlyMap<string, number>;
}

export interface Hit {
  doc: number;
  score: number;
}

interface Postings {
  docs: number[];
  weights: number[];
  /** Live documents holding the key (removed ones stay in `docs` until skipped). */
  live: number;
}

const K1 = 1.2;
const B = 0.75;
/**
 * In a large index, a key held by more than this share of documents is not used to find candidates (by
 * default: callers that only need the few best, like page annotation, may pass a smaller share).
 */
const COMMON_SHARE = 0.05;
/** ... unless the index is this small, where every key counts. */
const SMALL_INDEX = 2000;

export class Bm25Index {
  private readonly postings = new Map<string, Postings>();
  private readonly lengths: number[] = [];
  private readonly keysOf: (ReadonlyMap<string, number> | undefined)[] = [];
  private totalLength = 0;
  private live = 0;
  /** Bumped by every add and remove, so callers can tell when weights they derived are stale. */
  revision = 0;
  private scores = new Float64Array(0);

  /** Adds a document and returns its number (numbers are never reused). */
  add(doc: IndexedDocument): number {
    const id = this.lengths.length;
    let length = 0;
    for (const [key, weight] of doc.keys) {
      let list = this.postings.get(key);
      if (!list) {
        list = { docs: [], weights: [], live: 0 };
        this.postings.set(key, list);
      }
      list.docs.push(id);
      list.weights.push(weight);
      list.live += 1;
      length += weight;
    }
    this.lengths.push(length);
    this.keysOf.push(doc.keys);
    this.totalLength += length;
    this.live += 1;
    this.revision += 1;
    return id;
  }

  /** Removes a document; its postings are skipped from then on. */
  remove(id: number): void {
    const keys = this.keysOf[id];
    if (keys === undefined) return;
    for (const key of keys.keys()) {
      const list = this.postings.get(key);
      if (list) list.live -= 1;
    }
    this.totalLength -= this.lengths[id];
    this.keysOf[id] = undefined;
    this.live -= 1;
    this.revision += 1;
  }

  get size(): number {
    return this.live;
  }

  /** Number of live documents holding the key. */
  frequency(key: string): number {
    return this.postings.get(key)?.live ?? 0;
  }

  /** Inverse document frequency of a key (BM25+ style, never negative). */
  idf(key: string): number {
    const df = this.frequency(key);
    return Math.log(1 + (this.live - df + 0.5) / (df + 0.5));
  }

  /** The `k` best documents for the weighted query keys, best first. */
  search(query: ReadonlyMap<string, number>, k: number, commonShare = COMMON_SHARE): Hit[] {
    if (this.scores.length < this.lengths.length) this.scores = new Float64Array(this.lengths.length * 2);
    const scores = this.scores;
    const touched: number[] = [];
    const avgLength = this.live > 0 ? this.totalLength / this.live : 1;
    const common = this.live > SMALL_INDEX ? this.live * commonShare : Number.POSITIVE_INFINITY;
    for (const [key, queryWeight] of query) {
      const list = this.postings.get(key);
      if (!list || list.live === 0 || list.live > common) continue;
      const idf = this.idf(key);
      const { docs, weights } = list;
      for (let i = 0; i < docs.length; i += 1) {
        const doc = docs[i];
        if (this.keysOf[doc] === undefined) continue;
        const tf = weights[i];
        const norm = tf + K1 * (1 - B + (B * this.lengths[doc]) / avgLength);
        if (scores[doc] === 0) touched.push(doc);
        scores[doc] += queryWeight * idf * ((tf * (K1 + 1)) / norm);
      }
    }
    const hits = bestOf(touched, scores, k);
    for (const doc of touched) scores[doc] = 0;
    return hits;
  }
}

/** The k best of the touched documents, best first (ties: lower number first), without sorting them all. */
function bestOf(touched: readonly number[], scores: Float64Array, k: number): Hit[] {
  const top: Hit[] = [];
  const better = (a: Hit, b: Hit) => a.score > b.score || (a.score === b.score && a.doc < b.doc);
  for (const doc of touched) {
    const hit = { doc, score: scores[doc] };
    if (top.length === k && !better(hit, top[k - 1])) continue;
    let at = top.length === k ? k - 1 : top.length;
    while (at > 0 && better(hit, top[at - 1])) {
      top[at] = top[at - 1];
      at -= 1;
    }
    top[at] = hit;
  }
  return top;
}
