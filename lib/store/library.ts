/**
 * The reference set as the background holds it: the database and the in-memory index kept in step.
 * Every store operation writes the database in one transaction and only then updates the index, so matching
 * reflects a change as soon as the operation returns, and a failed write leaves both as they were.
 */

import type { Lexicon } from '../features/analyse';
import { ReferenceIndex } from '../index/reference-index';
import type { IndexSnapshot } from '../index/snapshot/index-snapshot';
import { runSteps, runStepsPausing, SLICE_MS, StepCut, type Steps } from '../steps';
import type { ClaimReview, ReferenceClaim, ReferenceSource } from '../types';
import type { ClaimLensDb } from './db';
import { finishRegroup, owedRegroup } from './grouping';
import { currentRevision } from './revision';
import { claimRowProblem, type SkippedRow, sourceRowProblem, usableRows } from './rows';
import { readSnapshot, writeSnapshot } from './snapshot';

/** Sources with their claims (claims of unknown sources are dropped when indexed). */
interface ReferenceSet {
  sources: ReferenceSource[];
  claims: ReferenceClaim[];
}

export interface Library {
  db: ClaimLensDb;
  index: ReferenceIndex;
  /** Fact-check verdicts of reviewed claims (claim id → review), for the stance of a match. */
  reviews: Map<string, ClaimReview>;
  /**
   * Waits between steps of long work (features of an import, regrouping, indexing) so other messages are
   * answered meanwhile; the next macrotask when absent. Tests give their own to stop work half-way.
   */
  pause?: () => Promise<void>;
}

export interface LoadReport {
  claims: number;
  /** True when the start-up snapshot was current and used. */
  fromSnapshot: boolean;
  /** Claims whose stored features were stale and were recomputed (and saved). */
  recomputed: number;
  /** Milliseconds spent reading (and decoding) the set, and building the index. */
  readMs: number;
  indexMs: number;
  /** Rows of the tables left out because they are damaged (a field missing or of the wrong kind). */
  skipped: SkippedRow[];
  /**
   * The same-fact regroup an earlier change still owed (the background was stopped before it, or it could not
   * be saved): none, finished now, still owed (it could not be saved now either), or left to the caller
   * (`finishRegroup: false`).
   */
  regroup: 'none' | 'finished' | 'still owed' | 'left';
}

/** Puts sources with their claims into the index (replacing earlier versions). */
export function indexSources(
  library: Library,
  articles: readonly { source: ReferenceSource; claims: readonly ReferenceClaim[] }[],
): void {
  for (const { source, claims } of articles) {
    if (library.index.source(source.id)) {
      for (const claim of library.index.claimsOf(source.id, { features: false })) library.reviews.delete(claim.id);
    }
    library.index.addSource(source, claims);
    for (const claim of claims) if (claim.review) library.reviews.set(claim.id, claim.review);
  }
}

/**
 * Claims indexed per step of indexInSteps: a few milliseconds, and in the background a step also ends once it has
 * run SLICE_MS (see stepCut). Steps of 2,000 claims held the event loop for up to 2.8 s in a pack of 100,000
 * claims: indexing allocates small typed arrays (a new key's postings), and with a large heap being marked those
 * allocations cost up to a few milliseconds per claim at times.
 */
const INDEX_STEP = 250;

/**
 * Where a step of the library's stepped work ends: after `size` items, or in the background (no pause of its own)
 * once it has run SLICE_MS.
 */
export function stepCut(library: Library, size = INDEX_STEP): StepCut {
  return new StepCut(size, library.pause ? Number.POSITIVE_INFINITY : SLICE_MS);
}

/**
 * Runs steps with the library's pauses, or, in the background (no pause of its own), in slices of SLICE_MS: the
 * steps of large changes are small, and run back to back until a slice is used up.
 */
export async function inSlices<T>(library: Library, steps: Steps<T>): Promise<T> {
  return (await runStepsPausing(steps, library.pause, { sliceMs: SLICE_MS })).value;
}

/**
 * indexSources and indexClaims for a large change (an import), in steps with pauses (inSlices) so that other
 * messages are answered meanwhile. Call only after the change is committed: a reader in a pause sees
 * part of it, never anything that is not stored.
 */
export async function indexInSteps(
  library: Library,
  articles: readonly { source: ReferenceSource; claims: readonly ReferenceClaim[] }[],
  claims: readonly ReferenceClaim[],
): Promise<void> {
  function* steps(): Steps<void> {
    const cut = stepCut(library);
    for (const article of articles) {
      indexSources(library, [article]);
      if (cut.due(article.claims.length + 1)) {
        yield;
        cut.restart();
      }
    }
    yield* claimSteps(library, claims, cut);
  }
  await inSlices(library, steps());
}

/** indexClaims one claim after another, with a step's end where `cut` puts it. */
function* claimSteps(library: Library, claims: readonly ReferenceClaim[], cut: StepCut): Steps<void> {
  for (const claim of claims) {
    indexClaims(library, [claim]);
    if (cut.due()) {
      yield;
      cut.restart();
    }
  }
}

/** Puts claims of sources already in the index into it (replacing earlier versions). */
export function indexClaims(library: Library, claims: readonly ReferenceClaim[]): void {
  for (const claim of claims) {
    library.index.addClaim(claim);
    if (claim.review) library.reviews.set(claim.id, claim.review);
    else library.reviews.delete(claim.id);
  }
}

/** Takes claims and whole sources out of the index. */
export function unindex(library: Library, removed: { sourceIds?: readonly string[]; claimIds?: readonly string[] }) {
  runSteps(unindexSteps(library, removed));
}

/**
 * unindex for a large removal (a pack's sources), in steps with pauses (inSlices). Call only after the
 * removal is committed: a reader in a pause sees part of the removed claims, never one that is still stored
 * and missing.
 */
export async function unindexInSteps(
  library: Library,
  removed: { sourceIds?: readonly string[]; claimIds?: readonly string[] },
): Promise<void> {
  await inSlices(library, unindexSteps(library, removed));
}

function* unindexSteps(
  library: Library,
  removed: { sourceIds?: readonly string[]; claimIds?: readonly string[] },
): Steps<void> {
  // Counted in tenths of a claim removed: looking at a claim costs about a tenth of removing one.
  const cut = stepCut(library, INDEX_STEP * 10);
  const forget = (id: string) => {
    library.index.removeClaim(id);
    library.reviews.delete(id);
  };
  for (const id of removed.claimIds ?? []) {
    forget(id);
    if (cut.due(10)) {
      yield;
      cut.restart();
    }
  }
  const sourceIds = new Set(removed.sourceIds);
  if (sourceIds.size === 0) return;
  // The sources' claims one by one (each a lookup by id), then the sources, which then have none left.
  const claims = library.index.allClaims({ features: false });
  yield;
  cut.restart();
  for (const claim of claims) {
    const theirs = sourceIds.has(claim.sourceId);
    if (theirs) forget(claim.id);
    if (cut.due(theirs ? 10 : 1)) {
      yield;
      cut.restart();
    }
  }
  // Then the sources, which have no claims left, in steps of their own: dropping 100,000 at once took some tens of
  // milliseconds.
  let part = new Set<string>();
  for (const id of sourceIds) {
    part.add(id);
    if (part.size === INDEX_STEP * 20) {
      yield;
      library.index.removeSources(part);
      part = new Set();
    }
  }
  yield;
  library.index.removeSources(part);
}

/** indexClaims for many claims (a regroup's moves), in steps with pauses (inSlices). */
export async function indexClaimsInSteps(library: Library, claims: readonly ReferenceClaim[]): Promise<void> {
  await inSlices(library, claimSteps(library, claims, stepCut(library)));
}

/** Empties the index (before it is filled again with a whole new set). */
export function clearIndex(library: Library): void {
  library.index = new ReferenceIndex(library.index.lexicon);
  library.reviews.clear();
}

/** Claims grouped under their sources, in source order; claims of unknown sources are dropped. */
function articlesOf(set: ReferenceSet) {
  const bySource = new Map<string, ReferenceClaim[]>(set.sources.map((source) => [source.id, []]));
  for (const claim of set.claims) bySource.get(claim.sourceId)?.push(claim);
  return set.sources.map((source) => ({ source, claims: bySource.get(source.id) ?? [] }));
}

/**
 * The index restored from a snapshot, or undefined when the engine refuses it (damaged or stale) or what it
 * restored is not a well-formed reference set (every source and claim whole, every claim's source there).
 */
function restoredIndex(snapshot: IndexSnapshot, lexicon?: Lexicon): ReferenceIndex | undefined {
  try {
    const index = ReferenceIndex.fromSnapshot(snapshot, lexicon);
    const sources = index.allSources();
    if (sources.some((source) => sourceRowProblem(source) !== undefined)) return undefined;
    const ids = new Set(sources.map((source) => source.id));
    const claims = index.allClaims({ features: false });
    if (claims.length !== index.size) return undefined;
    for (const claim of claims) if (claimRowProblem(claim) || !ids.has(claim.sourceId)) return undefined;
    return index;
  } catch {
    return undefined;
  }
}

/**
 * Loads the reference set from the database into a new index: restored from the snapshot when it is current,
 * else built from the tables (then saving recomputed features and a fresh snapshot for the next start).
 */
export async function loadLibrary(
  db: ClaimLensDb,
  lexicon?: Lexicon,
  options: { finishRegroup?: boolean } = {},
): Promise<{ library: Library; report: LoadReport }> {
  const finishOwed = (library: Library) => finishOwedRegroup(library, options.finishRegroup ?? true);
  const library: Library = { db, index: new ReferenceIndex(lexicon), reviews: new Map() };
  const started = performance.now();
  const snapshot = await readSnapshot(db).catch(() => undefined);
  const read = performance.now();
  const restored = snapshot && restoredIndex(snapshot, lexicon);
  if (restored) {
    library.index = restored;
    // Without features: decoding 100,000 claims' features would cost more than the whole restore.
    for (const claim of restored.allClaims({ features: false }))
      if (claim.review) library.reviews.set(claim.id, claim.review);
    const timings = { readMs: Math.round(read - started), indexMs: Math.round(performance.now() - read) };
    const regroup = await finishOwed(library);
    // The snapshot is a cache: a write that fails (a full disk) leaves the library loaded, to try again later.
    if (regroup === 'finished') await writeSnapshot(db, library.index, await currentRevision(db)).catch(() => false);
    const report = { claims: restored.size, fromSnapshot: true, recomputed: 0, ...timings, skipped: [], regroup };
    return { library, report };
  }
  const { revision, rows } = await db.transaction('r', db.sources, db.claims, db.meta, async () => ({
    revision: await currentRevision(db),
    rows: { sources: (await db.sources.toArray()) as unknown[], claims: (await db.claims.toArray()) as unknown[] },
  }));
  const skipped: SkippedRow[] = [];
  const set: ReferenceSet = {
    sources: usableRows('sources', rows.sources, skipped),
    claims: usableRows('claims', rows.claims, skipped),
  };
  const tablesRead = performance.now();
  const stale: ReferenceClaim[] = [];
  const claims = set.claims.map((claim) => {
    const features = library.index.featuresOf(claim);
    if (features === claim.features) return claim;
    const current = { ...claim, features };
    stale.push(current);
    return current;
  });
  indexSources(library, articlesOf({ sources: set.sources, claims }));
  const timings = { readMs: Math.round(tablesRead - started), indexMs: Math.round(performance.now() - tablesRead) };
  if (stale.length > 0) {
    // Same revision: features are derived data, the reference set itself is unchanged.
    await db.transaction('rw', db.claims, db.meta, async () => {
      if ((await currentRevision(db)) === revision) await db.claims.bulkPut(stale);
    });
  }
  const regroup = await finishOwed(library);
  await writeSnapshot(db, library.index, regroup === 'finished' ? await currentRevision(db) : revision).catch(
    () => false,
  );
  const report = {
    claims: library.index.size,
    fromSnapshot: false,
    recomputed: stale.length,
    ...timings,
    skipped,
    regroup,
  };
  return { library, report };
}

/** Does the regroup an earlier change still owes (see grouping.ts), if any and if `finish`. */
async function finishOwedRegroup(library: Library, finish: boolean): Promise<LoadReport['regroup']> {
  if (!(await owedRegroup(library.db))) return 'none';
  if (!finish) return 'left';
  return (await finishRegroup(library)) ? 'finished' : 'still owed';
}
