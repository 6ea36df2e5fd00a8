/**
 * An inverted index with BM25 ranking over weighted feature keys (stems, concept ids, entity keys).
 * Lookup touches only the postings of the query's keys, so its cost grows with how common those keys are,
 * not with the size of the reference set.
 */

export interface IndexedDocument {
  /** Feature keys with their weights (a key may appear once; weight scales its contribution). */
  keys: ReadonlyMap<string, number>;
}

export interface Hit {
  doc: number;
  score: number;
}

const K1 = 1.2;
const B = 0.75;

export class Bm25Index {
  private readonly postings = new Map<string, number[]>();
  /** Live documents per key (postings keep removed documents until they are skipped). */
  private readonly frequency = new Map<string, number>();
  private readonly lengths: number[] = [];
  private readonly keysOf: (ReadonlyMap<string, number> | undefined)[] = [];
  private totalLength = 0;
  private live = 0;

  /** Adds a document and returns its number (numbers are never reused). */
  add(doc: IndexedDocument): number {
    const id = this.lengths.length;
    let length = 0;
    for (const [key, weight] of doc.keys) {
      let list = this.postings.get(key);
      if (!list) {
        list = [];
        this.postings.set(key, list);
      }
      list.push(id);
      this.frequency.set(key, (this.frequency.get(key) ?? 0) + 1);
      length += weight;
    }
    this.lengths.push(length);
    this.keysOf.push(doc.keys);
    this.totalLength += length;
    this.live += 1;
    return id;
  }

  /** Removes a document; its postings are skipped from then on. */
  remove(id: number): void {
    const keys = this.keysOf[id];
    if (keys === undefined) return;
    for (const key of keys.keys()) this.frequency.set(key, (this.frequency.get(key) ?? 1) - 1);
    this.totalLength -= this.lengths[id];
    this.keysOf[id] = undefined;
    this.live -= 1;
  }

  get size(): number {
    return this.live;
  }

  /** Inverse document frequency of a key (BM25+ style, never negative). */
  idf(key: string): number {
    const df = this.frequency.get(key) ?? 0;
    return Math.log(1 + (this.live - df + 0.5) / (df + 0.5));
  }

  /** The `k` best documents for the weighted query keys, best first. */
  search(query: ReadonlyMap<string, number>, k: number): Hit[] {
    const scores = new Map<number, number>();
    const avgLength = this.live > 0 ? this.totalLength / this.live : 1;
    for (const [key, queryWeight] of query) {
      const list = this.postings.get(key);
      if (!list) continue;
      const idf = this.idf(key);
      for (const doc of list) {
        const keys = this.keysOf[doc];
        if (!keys) continue;
        const tf = keys.get(key) ?? 0;
        const norm = tf + K1 * (1 - B + (B * this.lengths[doc]) / avgLength);
        scores.set(doc, (scores.get(doc) ?? 0) + queryWeight * idf * ((tf * (K1 + 1)) / norm));
      }
    }
    return topK(scores, k);
  }
}

/** The k highest-scoring entries, best first (ties by lower id, so results are stable). */
function topK(scores: Map<number, number>, k: number): Hit[] {
  const hits: Hit[] = [];
  for (const [doc, score] of scores) hits.push({ doc, score });
  hits.sort((a, b) => b.score - a.score || a.doc - b.doc);
  return hits.slice(0, k);
}
