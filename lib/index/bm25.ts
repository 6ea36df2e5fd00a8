/**
 * An inverted index with BM25 ranking over weighted feature keys (stems, concept ids, entity keys).
 * Lookup touches only the postings of the query's keys, and skips keys so common that they cannot
 * tell documents apart, so its cost grows far slower than the reference set.
 *
 * Keys are numbered; each key's postings are typed arrays (document numbers ascending, and weights) grown by
 * doubling, and per-document data sits in typed arrays too, so the index is a few hundred arrays rather than
 * millions of small objects, and it snapshots to (and restores from) a handful of buffers (snapshot/postings.ts,
 * which holds that format).
 */

export interface IndexedDocument {
  /** Feature keys with their weights (each key once; the weight scales its contribution). */
  keys: ReadonlyMap<string, number>;
}

export interface Hit {
  doc: number;
  score: number;
}

/**
 * Everything an index holds, as its arrays: what its snapshot is written from and restored to
 * (snapshot/postings.ts). Postings of key `id` are `postingDocs[id]` and `postingWeights[id]`, valid up to
 * `postingCount[id]`, of which `postingLive[id]` are of live documents; document `d`'s keys are `docKeys` from
 * `docKeyEnds[d - 1]` (0 for the first) to `docKeyEnds[d]`.
 */
export interface Bm25Columns {
  keyNames: string[];
  postingDocs: Int32Array[];
  postingWeights: Float64Array[];
  postingCount: Int32Array;
  postingLive: Int32Array;
  /** Per document: its length (sum of key weights) and whether it is live (1) or removed (0). */
  lengths: Float64Array;
  alive: Uint8Array;
  docKeyEnds: Int32Array;
  docKeys: Int32Array;
  /** Documents ever added (numbers are never reused), and of them the live ones. */
  docCount: number;
  live: number;
  /** Sum of the live documents' lengths. */
  totalLength: number;
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

/**
 * Documents scored together in a search. A large set's query reads thousands of postings spread over all its
 * documents: adding them up in one score array per document goes to memory for almost every posting (100,000
 * documents' scores are 800 KB), while a block's scores (32 KB) stay in the processor's fastest cache.
 */
const BLOCK = 4096;

/** The array, or a copy at least `size` long (doubling), keeping its contents. */
function ensure<T extends Int32Array | Float64Array | Uint8Array>(array: T, size: number): T {
  if (array.length >= size) return array;
  const grown = new (array.constructor as new (length: number) => T)(Math.max(size, array.length * 2, 16));
  grown.set(array);
  return grown;
}

/** Placeholders for the per-search posting lists once a search is done. */
const EMPTY_DOCS = new Int32Array(0);
const EMPTY_IMPACTS = new Float64Array(0);

export class Bm25Index {
  private readonly keyIds = new Map<string, number>();
  private keyNames: string[] = [];
  /** Per key: its postings (valid up to `postingCount`), and how many of them are live. */
  private postingDocs: Int32Array[] = [];
  private postingWeights: Float64Array[] = [];
  private postingCount: Int32Array = new Int32Array(0);
  private postingLive: Int32Array = new Int32Array(0);
  /** Per document: length, whether it is live, and the end of its keys in `docKeys`. */
  private lengths: Float64Array = new Float64Array(0);
  private alive: Uint8Array = new Uint8Array(0);
  private docKeyEnds: Int32Array = new Int32Array(0);
  private docKeys: Int32Array = new Int32Array(0);
  private docCount = 0;
  private totalLength = 0;
  private live = 0;
  /** Bumped by every add and remove, so callers can tell when weights they derived are stale. */
  revision = 0;
  /** Scores of one block of documents (see search), and which of them are set: all 0 between searches. */
  private readonly scores = new Float64Array(BLOCK);
  private readonly touched = new Int32Array(BLOCK);
  /**
   * The keys of a search (weight, first posting not read yet, of the next block's documents; postings, their
   * impacts and how many), and the best documents so far, best first: kept between searches rather than made as
   * objects for each one (a page searches hundreds of times, and each object made is garbage to collect). A key's
   * postings and impacts are looked up once per search, not once per block (impacts sit in a sparse array, slow
   * to read).
   */
  private termWeights = new Float64Array(64);
  private termNext = new Int32Array(64);
  private termCounts = new Int32Array(64);
  private readonly termDocs: Int32Array[] = [];
  private readonly termImpacts: Float64Array[] = [];
  private bestDocs = new Int32Array(64);
  private bestScores = new Float64Array(64);

  private keyId(key: string): number {
    let id = this.keyIds.get(key);
    if (id === undefined) {
      id = this.keyNames.length;
      this.keyIds.set(key, id);
      this.keyNames.push(key);
      this.postingDocs.push(new Int32Array(4));
      this.postingWeights.push(new Float64Array(4));
      this.postingCount = ensure(this.postingCount, id + 1);
      this.postingLive = ensure(this.postingLive, id + 1);
    }
    return id;
  }

  /** Adds a document and returns its number (numbers are never reused). */
  add(doc: IndexedDocument): number {
    const id = this.docCount;
    const keyStart = id > 0 ? this.docKeyEnds[id - 1] : 0;
    this.docKeys = ensure(this.docKeys, keyStart + doc.keys.size);
    let length = 0;
    let at = keyStart;
    for (const [key, weight] of doc.keys) {
      const k = this.keyId(key);
      const count = this.postingCount[k];
      const docs = ensure(this.postingDocs[k], count + 1);
      const weights = ensure(this.postingWeights[k], count + 1);
      docs[count] = id;
      weights[count] = weight;
      this.postingDocs[k] = docs;
      this.postingWeights[k] = weights;
      this.postingCount[k] = count + 1;
      this.postingLive[k] += 1;
      this.docKeys[at] = k;
      at += 1;
      length += weight;
    }
    this.docCount = id + 1;
    this.lengths = ensure(this.lengths, id + 1);
    this.alive = ensure(this.alive, id + 1);
    this.docKeyEnds = ensure(this.docKeyEnds, id + 1);
    this.lengths[id] = length;
    this.alive[id] = 1;
    this.docKeyEnds[id] = at;
    this.totalLength += length;
    this.live += 1;
    this.revision += 1;
    return id;
  }

  /** Removes a document; its postings are skipped from then on. */
  remove(id: number): void {
    if (id < 0 || id >= this.docCount || this.alive[id] === 0) return;
    for (let at = id > 0 ? this.docKeyEnds[id - 1] : 0; at < this.docKeyEnds[id]; at += 1) {
      this.postingLive[this.docKeys[at]] -= 1;
    }
    this.totalLength -= this.lengths[id];
    this.alive[id] = 0;
    this.live -= 1;
    this.revision += 1;
  }

  get size(): number {
    return this.live;
  }

  /** Number of live documents holding the key. */
  frequency(key: string): number {
    const id = this.keyIds.get(key);
    return id === undefined ? 0 : this.postingLive[id];
  }

  /** Inverse document frequency of a key (BM25+ style, never negative). */
  idf(key: string): number {
    const df = this.frequency(key);
    return Math.log(1 + (this.live - df + 0.5) / (df + 0.5));
  }

  /** Per document, the length part of BM25's denominator for the current average length (kept per revision). */
  private norms: Float64Array = new Float64Array(0);
  private normsFor = -1;
  /**
   * Per key, each posting's BM25 term factor (tf·(k1+1) / (tf + norm)) for the revision in `impactsFor`:
   * worked out when the key is first looked up after a change, so repeated lookups only multiply and add.
   */
  private impacts: Float64Array[] = [];
  private impactsFor: number[] = [];

  private impactsOf(id: number, norms: Float64Array): Float64Array {
    const count = this.postingCount[id];
    let impacts = this.impacts[id];
    if (this.impactsFor[id] === this.revision && impacts !== undefined && impacts.length >= count) return impacts;
    if (impacts === undefined || impacts.length < count) impacts = new Float64Array(this.postingDocs[id].length);
    const docs = this.postingDocs[id];
    const weights = this.postingWeights[id];
    for (let i = 0; i < count; i += 1) {
      const tf = weights[i];
      impacts[i] = (tf * (K1 + 1)) / (tf + norms[docs[i]]);
    }
    this.impacts[id] = impacts;
    this.impactsFor[id] = this.revision;
    return impacts;
  }

  private lengthNorms(avgLength: number): Float64Array {
    if (this.normsFor !== this.revision || this.norms.length < this.docCount) {
      if (this.norms.length < this.docCount) this.norms = new Float64Array(this.lengths.length);
      for (let doc = 0; doc < this.docCount; doc += 1) {
        this.norms[doc] = K1 * (1 - B + (B * this.lengths[doc]) / avgLength);
      }
      this.normsFor = this.revision;
    }
    return this.norms;
  }

  /**
   * The `k` best documents for the weighted query keys, best first. Term at a time within blocks of BLOCK
   * documents: the query's postings are read in order, and each block's scores are added up in a small array
   * before the next block's (see BLOCK). Each document's score is the same sum, in the same order of keys, as
   * over the whole index at once.
   */
  search(query: ReadonlyMap<string, number>, k: number, commonShare = COMMON_SHARE): Hit[] {
    const { scores, alive, touched } = this;
    const avgLength = this.live > 0 ? this.totalLength / this.live : 1;
    const norms = this.lengthNorms(avgLength);
    const common = this.live > SMALL_INDEX ? this.live * commonShare : Number.POSITIVE_INFINITY;
    this.termWeights = ensure(this.termWeights, query.size);
    this.termNext = ensure(this.termNext, query.size);
    this.termCounts = ensure(this.termCounts, query.size);
    const { termWeights, termNext, termDocs, termImpacts, termCounts } = this;
    let termCount = 0;
    // Keys, then each one's weight: iterating entries makes a [key, weight] pair for each.
    for (const key of query.keys()) {
      const id = this.keyIds.get(key);
      if (id === undefined) continue;
      const df = this.postingLive[id];
      if (df === 0 || df > common) continue;
      const queryWeight = query.get(key) as number;
      termWeights[termCount] = queryWeight * Math.log(1 + (this.live - df + 0.5) / (df + 0.5));
      termNext[termCount] = 0;
      termDocs[termCount] = this.postingDocs[id];
      termImpacts[termCount] = this.impactsOf(id, norms);
      termCounts[termCount] = this.postingCount[id];
      termCount += 1;
    }
    // With nothing removed (the usual case), every posting is live: no need to check.
    const check = this.live < this.docCount;
    const best = Math.max(k, 0);
    this.bestDocs = ensure(this.bestDocs, best);
    this.bestScores = ensure(this.bestScores, best);
    const top: Best = { docs: this.bestDocs, scores: this.bestScores, count: 0, k: best };
    for (let start = 0; start < this.docCount; start += BLOCK) {
      const end = start + BLOCK;
      let touchedCount = 0;
      for (let t = 0; t < termCount; t += 1) {
        const docs = termDocs[t];
        const impacts = termImpacts[t];
        const count = termCounts[t];
        const weight = termWeights[t];
        let i = termNext[t];
        for (; i < count && docs[i] < end; i += 1) {
          const doc = docs[i];
          if (check && alive[doc] === 0) continue;
          const at = doc - start;
          const score = scores[at];
          if (score === 0) touched[touchedCount++] = at;
          scores[at] = score + weight * impacts[i];
        }
        termNext[t] = i;
      }
      // keepBest also sets the touched scores back to 0 for the next block.
      keepBest(top, touched, touchedCount, scores, start);
    }
    const hits: Hit[] = [];
    for (let n = 0; n < top.count; n += 1) hits.push({ doc: top.docs[n], score: top.scores[n] });
    // Hold no posting arrays between searches: a removed source's would stay in memory.
    termDocs.fill(EMPTY_DOCS, 0, termCount);
    termImpacts.fill(EMPTY_IMPACTS, 0, termCount);
    return hits;
  }

  /**
   * The index's arrays as they are, for its snapshot (snapshot/postings.ts), which copies what it keeps: read
   * them, never change them.
   */
  columns(): Readonly<Bm25Columns> {
    return {
      keyNames: this.keyNames,
      postingDocs: this.postingDocs,
      postingWeights: this.postingWeights,
      postingCount: this.postingCount,
      postingLive: this.postingLive,
      lengths: this.lengths,
      alive: this.alive,
      docKeyEnds: this.docKeyEnds,
      docKeys: this.docKeys,
      docCount: this.docCount,
      totalLength: this.totalLength,
      live: this.live,
    };
  }

  /**
   * An index over these arrays, as a snapshot restores them (snapshot/postings.ts). The index keeps them (it
   * copies one only when it grows): do not change them afterwards.
   */
  static fromColumns(columns: Bm25Columns): Bm25Index {
    const index = new Bm25Index();
    columns.keyNames.forEach((key, id) => {
      index.keyIds.set(key, id);
    });
    index.keyNames = columns.keyNames;
    index.postingDocs = columns.postingDocs;
    index.postingWeights = columns.postingWeights;
    index.postingCount = columns.postingCount;
    index.postingLive = columns.postingLive;
    index.lengths = columns.lengths;
    index.alive = columns.alive;
    index.docKeyEnds = columns.docKeyEnds;
    index.docKeys = columns.docKeys;
    index.docCount = columns.docCount;
    index.totalLength = columns.totalLength;
    index.live = columns.live;
    return index;
  }
}

/** The best documents of a search so far, best first: `count` of them in `docs` and `scores`, at most `k`. */
interface Best {
  docs: Int32Array;
  scores: Float64Array;
  count: number;
  k: number;
}

/** A document with this score ranks before the one at `place` of the best: higher score, then lower number. */
function better(doc: number, score: number, top: Best, place: number): boolean {
  const other = top.scores[place];
  return score > other || (score === other && doc < top.docs[place]);
}

/**
 * Adds the touched documents of a block (numbered from `start`) to `top`, the k best so far, best first (ties:
 * lower number first), without sorting them all. Sets each touched score back to 0 as it reads it (one pass).
 */
function keepBest(top: Best, touched: Int32Array, count: number, scores: Float64Array, start: number) {
  const { k } = top;
  // Score of the k-th best so far: a document below it cannot enter (checked before placing it).
  let floor = k > 0 && top.count === k ? top.scores[k - 1] : Number.NEGATIVE_INFINITY;
  for (let n = 0; n < count; n += 1) {
    const at = touched[n];
    const score = scores[at];
    scores[at] = 0;
    if (k <= 0 || score < floor) continue;
    const doc = start + at;
    if (top.count === k && !better(doc, score, top, k - 1)) continue;
    let place = top.count === k ? k - 1 : top.count;
    while (place > 0 && better(doc, score, top, place - 1)) {
      top.docs[place] = top.docs[place - 1];
      top.scores[place] = top.scores[place - 1];
      place -= 1;
    }
    top.docs[place] = doc;
    top.scores[place] = score;
    if (top.count < k) top.count += 1;
    if (top.count === k) floor = top.scores[k - 1];
  }
}
