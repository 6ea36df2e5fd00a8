/**
 * The reference set in memory: sources, their claims with features, and the inverted index over them.
 * The background keeps one; the CLI and the benchmarks build one from files. It finds candidates and hands
 * out claims; ordering them for a reader (the ranking model, lib/engine/search.ts) and annotating pages are the
 * engine's, so the index and its snapshot format (./snapshot) change together here, apart from the engine.
 */
import { analyseSentence, FEATURES_VERSION, type Lexicon } from '../features/analyse';
import { isOutcome, outcomesComparedWith } from '../features/predicate';
import { defaultLexicon } from '../lexicon/default-lexicon';
import type { WeightOf } from '../match/similarity';
import { runSteps, runStepsPausing } from '../steps';
import type { ClaimFeatures, Quantity, ReferenceClaim, ReferenceSource } from '../types';
import { Bm25Index } from './bm25';
import {
  type IndexContents,
  type IndexSnapshot,
  type SnapshotBase,
  snapshotSteps,
  unpackSnapshot,
  worthExtending,
} from './snapshot/index-snapshot';
import { postingsFromSnapshot, postingsSnapshotSteps } from './snapshot/postings';

function keepHighest(keys: Map<string, number>, key: string, weight: number): void {
  keys.set(key, Math.max(keys.get(key) ?? 0, weight));
}

/**
 * Keys a sentence is indexed and looked up under: stems, entity keys, quantities and the outcomes they count.
 * Synonyms (concepts) are left to verification: as keys they cost more lookup time than they found candidates
 * (measured on the labelled pages and CheckThat!). An outcome is the one synonym kept: a toll restated in other
 * words ("110 people have died" / "the collapse killed 160") shares neither its verb nor its number.
 * Changing the keys: bump INDEX_SNAPSHOT_FORMAT (stored postings hold them).
 */
export function indexKeys(features: ClaimFeatures): Map<string, number> {
  const keys = new Map<string, number>();
  for (const word of features.words) keepHighest(keys, word.stem, 1);
  for (const entity of features.entities) keepHighest(keys, `@${entity}`, 0.2);
  for (const quantity of features.quantities) {
    keepHighest(keys, figureKey(quantity), 0.5);
    if (isOutcome(quantity.predicate)) keepHighest(keys, `!${quantity.predicate}`, 0.5);
  }
  return keys;
}

/** The index key of a figure: its unit and value. */
function figureKey(quantity: Quantity): string {
  return `#${quantity.unit}${quantity.value}`;
}

export interface ScoredClaim {
  claim: ReferenceClaim;
  /** BM25 score: for ranking only, not comparable across reference sets. */
  rank: number;
}

/** How claims are handed out: `features: false` leaves restored claims' features undecoded. */
export interface ClaimOptions {
  features?: boolean;
}

export class ReferenceIndex {
  readonly lexicon: Lexicon;
  private readonly sources = new Map<string, ReferenceSource>();
  private readonly claims: (ReferenceClaim | undefined)[] = [];
  private readonly docOfClaim = new Map<string, number>();
  /** The documents of each source's claims, in the order they were added. */
  private readonly docsOfSource = new Map<string, Set<number>>();
  private bm25 = new Bm25Index();
  /**
   * The snapshot the index was restored from or last wrote: features of restored claims not used yet are
   * decoded from it (see fromSnapshot), and the next snapshot copies from it what did not change.
   */
  private base: SnapshotBase | undefined;

  constructor(lexicon: Lexicon = defaultLexicon) {
    this.lexicon = lexicon;
  }

  /**
   * The whole index as plain data for storage (see IndexSnapshot): restoring it with `fromSnapshot` is far
   * faster than adding the claims again. Removed claims are left out. Claims and sources unchanged since the
   * last snapshot (taken or restored) are copied from it, so a snapshot after a small change costs little;
   * the index keeps the snapshot's arrays for that: do not change them.
   */
  toSnapshot(): IndexSnapshot {
    return runSteps(this.snapshotSteps());
  }

  /**
   * As toSnapshot, in steps with a pause between them (other tasks run), so that writing the snapshot of a
   * large set never holds up other work for long. The index must not change until it resolves. Also gives
   * the longest step (ms).
   */
  async toSnapshotInSteps(pause?: () => Promise<void>): Promise<{ snapshot: IndexSnapshot; longestStepMs: number }> {
    const { value, longestStepMs } = await runStepsPausing(this.snapshotSteps(), pause);
    return { snapshot: value, longestStepMs };
  }

  private *snapshotSteps() {
    const docs: number[] = [];
    this.claims.forEach((claim, doc) => {
      if (claim !== undefined) docs.push(doc);
    });
    const base = this.base && worthExtending(this.base, { docs }) ? this.base : undefined;
    const contents: IndexContents = {
      sources: this.allSources(),
      docs,
      // A claim copied from the base keeps its features undecoded; any other needs them.
      claims: docs.map((doc) => (base && base.rowOf(doc) >= 0 ? this.claims[doc]! : this.claimAt(doc)!)),
      postings: () => postingsSnapshotSteps(this.bm25),
    };
    const written = yield* snapshotSteps(contents, base);
    this.base = written.base;
    return written.snapshot;
  }

  /**
   * The index a snapshot was taken of: same sources and claims, same search results and annotations.
   * Throws StaleSnapshotError when the snapshot was written with another format or FEATURES_VERSION (check
   * first with isCurrentSnapshot); the caller then rebuilds the index from the claims. The index keeps the
   * snapshot's arrays: do not change them afterwards. A claim's features are decoded the first time the claim
   * is handed out with them (a candidate, `allClaims`, `claimsOf`), so restoring costs little whatever the
   * set's size.
   */
  static fromSnapshot(snapshot: IndexSnapshot, lexicon?: Lexicon): ReferenceIndex {
    const { sources, claims, base } = unpackSnapshot(snapshot);
    const bm25 = postingsFromSnapshot(snapshot.postings);
    if (bm25.size !== claims.length) throw new Error('The saved index is damaged; it must be rebuilt.');
    const index = new ReferenceIndex(lexicon);
    index.bm25 = bm25;
    index.base = base;
    for (const source of sources) index.sources.set(source.id, source);
    claims.forEach((claim, doc) => {
      index.claims[doc] = claim;
      index.docOfClaim.set(claim.id, doc);
      index.addDocOfSource(claim.sourceId, doc);
    });
    return index;
  }

  /** Features for a claim: the stored ones when current, else computed now. */
  featuresOf(claim: ReferenceClaim): ClaimFeatures {
    if (claim.features?.version === FEATURES_VERSION) return claim.features;
    return analyseSentence(claim.text, this.lexicon).features;
  }

  /** Adds (or replaces) a source and its claims. Claims get current features if theirs are missing or stale. */
  addSource(source: ReferenceSource, claims: readonly ReferenceClaim[]): void {
    this.removeSource(source.id);
    this.sources.set(source.id, source);
    for (const claim of claims) this.addClaim({ ...claim, features: this.featuresOf(claim) });
  }

  /** Adds or replaces one claim of a known source. */
  addClaim(claim: ReferenceClaim): void {
    this.removeClaim(claim.id);
    const features = this.featuresOf(claim);
    const doc = this.bm25.add({ keys: indexKeys(features) });
    this.claims[doc] = { ...claim, features };
    this.docOfClaim.set(claim.id, doc);
    this.addDocOfSource(claim.sourceId, doc);
  }

  private addDocOfSource(sourceId: string, doc: number): void {
    let docs = this.docsOfSource.get(sourceId);
    if (!docs) {
      docs = new Set();
      this.docsOfSource.set(sourceId, docs);
    }
    docs.add(doc);
  }

  removeClaim(id: string): void {
    const doc = this.docOfClaim.get(id);
    if (doc === undefined) return;
    const sourceId = this.claims[doc]?.sourceId;
    this.bm25.remove(doc);
    this.claims[doc] = undefined;
    this.docOfClaim.delete(id);
    if (sourceId === undefined) return;
    const docs = this.docsOfSource.get(sourceId);
    docs?.delete(doc);
    if (docs?.size === 0) this.docsOfSource.delete(sourceId);
  }

  removeSource(id: string): void {
    if (!this.sources.has(id)) return;
    for (const claim of this.claimsOf(id)) this.removeClaim(claim.id);
    this.sources.delete(id);
  }

  /**
   * Removes many sources with their claims in one pass over the claims: removeSource looks at every claim for each
   * source, too slow for a pack of many thousand sources.
   */
  removeSources(ids: ReadonlySet<string>): void {
    this.claims.forEach((claim) => {
      if (claim !== undefined && ids.has(claim.sourceId)) this.removeClaim(claim.id);
    });
    for (const id of ids) this.sources.delete(id);
  }

  /** Replaces a known source's fields (its title, its `enabled`), keeping its claims as they are indexed. */
  updateSource(source: ReferenceSource): void {
    if (this.sources.has(source.id)) this.sources.set(source.id, source);
  }

  source(id: string): ReferenceSource | undefined {
    return this.sources.get(id);
  }

  allSources(): ReferenceSource[] {
    return [...this.sources.values()];
  }

  /**
   * The claims of a source. With `{ features: false }`, restored claims not used yet come without their
   * features (decoding them costs time): for listing and counting.
   */
  claimsOf(sourceId: string, options?: ClaimOptions): ReferenceClaim[] {
    const docs = [...(this.docsOfSource.get(sourceId) ?? [])].sort((a, b) => a - b);
    return docs.map((doc) => this.handOut(doc, options));
  }

  /** How many claims a source has. */
  claimCount(sourceId: string): number {
    return this.docsOfSource.get(sourceId)?.size ?? 0;
  }

  /** All claims, in the order they were added; `options` as for claimsOf. */
  allClaims(options?: ClaimOptions): ReferenceClaim[] {
    const out: ReferenceClaim[] = [];
    this.claims.forEach((claim, doc) => {
      if (claim !== undefined) out.push(this.handOut(doc, options));
    });
    return out;
  }

  /** The claim with this id; `options` as for claimsOf. */
  claim(id: string, options?: ClaimOptions): ReferenceClaim | undefined {
    const doc = this.docOfClaim.get(id);
    return doc === undefined ? undefined : this.handOut(doc, options);
  }

  private handOut(doc: number, options: ClaimOptions | undefined): ReferenceClaim {
    return options?.features === false ? this.claims[doc]! : this.claimAt(doc)!;
  }

  /** The claim of a document, with its features (decoded now for a restored claim not used before). */
  private claimAt(doc: number): ReferenceClaim | undefined {
    const claim = this.claims[doc];
    if (claim !== undefined && claim.features === undefined) this.base?.fill(claim, doc);
    return claim;
  }

  get size(): number {
    return this.bm25.size;
  }

  /** Moves on whenever a claim is added or removed: what is worked out from the claims is good until it does. */
  get revision(): number {
    return this.bm25.revision;
  }

  private readonly weights = new Map<string, number>();
  private weightsFor = -1;

  /**
   * Weight of a stem for similarity: its IDF as a share of an unseen word's, so 0..1 for any size of set.
   * Remembered until the set changes (verification asks for the same words again and again).
   */
  weightOf: WeightOf = Object.defineProperty(
    (stem: string): number => this.stemWeight(stem),
    'revision',
    // Lets align keep a sentence's word weights until the set changes.
    { get: () => this.bm25.revision },
  );

  private stemWeight(stem: string): number {
    if (this.weightsFor !== this.bm25.revision) {
      this.weights.clear();
      this.weightsFor = this.bm25.revision;
    }
    let weight = this.weights.get(stem);
    if (weight === undefined) {
      weight = this.bm25.idf(stem) / this.bm25.idf('\u0000unseen');
      this.weights.set(stem, weight);
    }
    return weight;
  }

  /**
   * Candidate claims for a sentence's features, best first; claims of disabled sources are left out.
   * `commonShare`: see Bm25Index.search.
   */
  candidates(features: ClaimFeatures, k: number, commonShare?: number): ScoredClaim[] {
    return this.enabledHits(this.bm25.search(indexKeys(features), k * 2, commonShare), k);
  }

  /** The first k hits whose source is enabled, as claims. */
  private enabledHits(hits: readonly { doc: number; score: number }[], k: number): ScoredClaim[] {
    const out: ScoredClaim[] = [];
    for (const hit of hits) {
      const claim = this.claimAt(hit.doc);
      if (!claim || this.sources.get(claim.sourceId)?.enabled === false) continue;
      out.push({ claim, rank: hit.score });
      if (out.length === k) break;
    }
    return out;
  }

  /**
   * Claims that give one of these figures (same unit and value) or count the same outcome, best first; claims of
   * disabled sources are left out. A toll restated in other words shares its number or its outcome and little
   * else, so the word lookup can miss it.
   */
  candidatesByFigure(figures: readonly Quantity[], k: number, commonShare?: number): ScoredClaim[] {
    if (figures.length === 0) return [];
    const keys = new Map<string, number>();
    for (const figure of figures) {
      keys.set(figureKey(figure), 1);
      const { predicate } = figure;
      if (predicate === undefined || !isOutcome(predicate)) continue;
      for (const outcome of outcomesComparedWith(predicate)) keys.set(`!${outcome}`, 1);
    }
    return this.enabledHits(this.bm25.search(keys, k * 2, commonShare), k);
  }
}
