/**
 * The reference index as plain data, so the background can store it (IndexedDB) and restore it at start-up
 * without analysing or re-indexing a single claim: sources and claims (with their features) in typed-array
 * columns, and the BM25 postings as they are. See ReferenceIndex.toSnapshot / fromSnapshot.
 */
import { FEATURES_VERSION, UNTAGGED_FEATURES_VERSION } from '../../features/analyse';
import { taggerInstalled } from '../../nlp/parts-of-speech';
import type { Steps } from '../../steps';
import type { ReferenceClaim, ReferenceSource } from '../../types';
import { type ClaimColumns, packedRows, type SourceColumns, unpackClaimShells, unpackSources } from './claims';
import { unpackFeatures } from './features';
import type { Bm25Snapshot } from './postings';
import { StaleSnapshotError } from './stale';
import { type PackedTables, type Tables, TableWriter, unpackTables } from './tables';
import { writeClaimColumns, writeSourceColumns } from './writer';

export { StaleSnapshotError } from './stale';

/**
 * Bump when the snapshot layout changes, or when what the postings hold changes (indexKeys): a snapshot with
 * another format is refused.
 */
export const INDEX_SNAPSHOT_FORMAT = 5;

/**
 * A whole reference index as plain data that structured clone copies cheaply: a few typed arrays and big
 * strings, whatever the number of claims. Treat it as opaque; only its `format` and `featuresVersion` are
 * meant to be read, to tell a stale snapshot without restoring it.
 */
export interface IndexSnapshot {
  format: number;
  /** FEATURES_VERSION of the claims' features. */
  featuresVersion: number;
  /** The strings and string lists the columns refer to. */
  tables: PackedTables;
  /** Sources in the index's order. */
  sources: SourceColumns;
  /** Live claims with their features, in document order (claim n is document n of the postings). */
  claims: ClaimColumns;
  postings: Bm25Snapshot;
}

/**
 * What an index keeps of the snapshot it was restored from or last wrote: the features of claims not used
 * yet are decoded from it, and the next snapshot copies from it every claim and source unchanged since.
 */
export class SnapshotBase {
  /** Strings and lists written at the last full encoding (past twice that, the next snapshot starts afresh). */
  readonly fullTables: number;

  constructor(
    readonly snapshot: IndexSnapshot,
    readonly tables: Tables,
    /** Each document's row in the claim columns; -1 when its claim is not there (or kept whole). */
    readonly rowOfDoc: Int32Array,
    /** Each source's row in the source columns, by object (a changed source is a new object). */
    readonly rowOfSource: Map<ReferenceSource, number>,
    fullTables?: number,
  ) {
    this.fullTables = fullTables ?? tables.strings.length + tables.lists.length;
  }

  /** The claim's row in the claim columns, when document `doc` holds it unchanged since the snapshot. */
  rowOf(doc: number): number {
    return doc < this.rowOfDoc.length ? this.rowOfDoc[doc] : -1;
  }

  /** Gives the restored claim of document `doc` its features, if it has none yet. */
  fill(claim: ReferenceClaim, doc: number): void {
    const row = this.rowOf(doc);
    if (claim.features !== undefined || row < 0) return;
    claim.features = unpackFeatures(this.snapshot.claims.features, row, this.tables);
  }
}

/** True when a snapshot was written by this version of the engine (fromSnapshot would accept it). */
export function isCurrentSnapshot(snapshot: Pick<IndexSnapshot, 'format' | 'featuresVersion'>): boolean {
  return snapshot.format === INDEX_SNAPSHOT_FORMAT && snapshot.featuresVersion === FEATURES_VERSION;
}

/** What an index holds, for a snapshot: live documents in order with their claims, and the sources. */
export interface IndexContents {
  sources: readonly ReferenceSource[];
  docs: readonly number[];
  /** The claim of each of `docs`; one not in `base` must carry its features. */
  claims: readonly ReferenceClaim[];
  postings: () => Steps<Bm25Snapshot>;
}

/**
 * Writes the snapshot of an index in steps, copying from `base` (when given) what did not change; returns
 * it with the base for the next one. The index must not change until the steps are done.
 */
export function* snapshotSteps(
  contents: IndexContents,
  base: SnapshotBase | undefined,
): Steps<{ snapshot: IndexSnapshot; base: SnapshotBase }> {
  const tables = base
    ? TableWriter.extending({ packed: base.snapshot.tables, tables: base.tables })
    : new TableWriter();
  const sourceRows = Int32Array.from(contents.sources, (source) => base?.rowOfSource.get(source) ?? -1);
  const claimRows = Int32Array.from(contents.docs, (doc) => base?.rowOf(doc) ?? -1);
  const sources = yield* writeSourceColumns(
    contents.sources,
    tables,
    base && { columns: base.snapshot.sources, rows: sourceRows },
  );
  yield;
  const claims = yield* writeClaimColumns(
    contents.claims,
    tables,
    base && { columns: base.snapshot.claims, rows: claimRows },
  );
  yield;
  const postings = yield* contents.postings();
  yield;
  const snapshot: IndexSnapshot = {
    format: INDEX_SNAPSHOT_FORMAT,
    // Claims analysed while the tagger was missing make the snapshot stale for a start that has it.
    featuresVersion: taggerInstalled() ? FEATURES_VERSION : UNTAGGED_FEATURES_VERSION,
    tables: yield* tables.packSteps(),
    sources,
    claims,
    postings,
  };
  yield;
  const size = tables.size;
  const rowOfDoc = rowsOfDocs(contents.docs, packedRows(contents.docs.length, claims.wholeAt));
  yield;
  const rowOfSource = rowsOfSources(contents.sources, sources.wholeAt);
  yield;
  const next = new SnapshotBase(
    snapshot,
    tables.tables(),
    rowOfDoc,
    rowOfSource,
    base?.fullTables ?? size.strings + size.lists,
  );
  return { snapshot, base: next };
}

/** Whether a new snapshot should copy from `base`: when most claims are kept and the tables hold little waste. */
export function worthExtending(base: SnapshotBase, contents: Pick<IndexContents, 'docs'>): boolean {
  let kept = 0;
  for (const doc of contents.docs) if (base.rowOf(doc) >= 0) kept += 1;
  const tables = base.tables.strings.length + base.tables.lists.length;
  return kept * 2 >= contents.docs.length && tables <= 2 * base.fullTables;
}

function rowsOfDocs(docs: readonly number[], rows: Int32Array): Int32Array {
  const out = new Int32Array(docs.length === 0 ? 0 : docs[docs.length - 1] + 1).fill(-1);
  docs.forEach((doc, n) => {
    out[doc] = rows[n];
  });
  return out;
}

function rowsOfSources(sources: readonly ReferenceSource[], wholeAt: Int32Array): Map<ReferenceSource, number> {
  const rows = packedRows(sources.length, wholeAt);
  const out = new Map<ReferenceSource, number>();
  sources.forEach((source, n) => {
    if (rows[n] >= 0) out.set(source, rows[n]);
  });
  return out;
}

/**
 * The sources and claims of a snapshot, the claims without features (`base.fill` gives a claim, by its
 * number in the snapshot, its features when they are needed). Throws StaleSnapshotError when not
 * current.
 */
export function unpackSnapshot(snapshot: IndexSnapshot): {
  sources: ReferenceSource[];
  claims: ReferenceClaim[];
  base: SnapshotBase;
} {
  if (snapshot.format !== INDEX_SNAPSHOT_FORMAT) {
    throw new StaleSnapshotError('format', snapshot.format, INDEX_SNAPSHOT_FORMAT);
  }
  if (snapshot.featuresVersion !== FEATURES_VERSION) {
    throw new StaleSnapshotError('features', snapshot.featuresVersion, FEATURES_VERSION);
  }
  const tables = unpackTables(snapshot.tables);
  const { claims, rows } = unpackClaimShells(snapshot.claims, tables);
  const sources = unpackSources(snapshot.sources, tables);
  const base = new SnapshotBase(snapshot, tables, rows, rowsOfSources(sources, snapshot.sources.wholeAt));
  return { sources, claims, base };
}
