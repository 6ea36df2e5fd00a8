/**
 * The reference index as plain data, so the background can store it (IndexedDB) and restore it at start-up
 * without analysing or re-indexing a single claim: sources and claims (with their features) in typed-array
 * columns, and the BM25 postings as they are. See ReferenceIndex.toSnapshot / fromSnapshot.
 */
import { FEATURES_VERSION } from '../features/analyse';
import type { Bm25Snapshot } from '../index/bm25';
import {
  type ClaimColumns,
  packClaims,
  packSources,
  type SourceColumns,
  unpackClaimShells,
  unpackSources,
} from '../snapshot/claims';
import { DeferredFeatures } from '../snapshot/deferred-features';
import { StaleSnapshotError } from '../snapshot/stale';
import { type PackedTables, TableWriter, unpackTables } from '../snapshot/tables';
import type { ReferenceClaim, ReferenceSource } from '../types';

export { StaleSnapshotError } from '../snapshot/stale';

/**
 * Bump when the snapshot layout changes, or when what the postings hold changes (indexKeys): a snapshot with
 * another format is refused.
 */
export const INDEX_SNAPSHOT_FORMAT = 1;

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

interface References {
  sources: ReferenceSource[];
  claims: ReferenceClaim[];
}

/** True when a snapshot was written by this version of the engine (fromSnapshot would accept it). */
export function isCurrentSnapshot(snapshot: Pick<IndexSnapshot, 'format' | 'featuresVersion'>): boolean {
  return snapshot.format === INDEX_SNAPSHOT_FORMAT && snapshot.featuresVersion === FEATURES_VERSION;
}

/** Packs the index's sources and claims (claims must carry current features) with its postings. */
export function packSnapshot(references: References, postings: Bm25Snapshot): IndexSnapshot {
  const tables = new TableWriter();
  const sources = packSources(references.sources, tables);
  const claims = packClaims(references.claims, tables);
  return {
    format: INDEX_SNAPSHOT_FORMAT,
    featuresVersion: FEATURES_VERSION,
    tables: tables.pack(),
    sources,
    claims,
    postings,
  };
}

/**
 * The sources and claims of a snapshot, the claims without features (`features.fill` gives a claim, by its
 * number in the snapshot, its features when they are needed). Throws StaleSnapshotError when not current.
 */
export function unpackSnapshot(snapshot: IndexSnapshot): References & { features: DeferredFeatures } {
  if (snapshot.format !== INDEX_SNAPSHOT_FORMAT) {
    throw new StaleSnapshotError('format', snapshot.format, INDEX_SNAPSHOT_FORMAT);
  }
  if (snapshot.featuresVersion !== FEATURES_VERSION) {
    throw new StaleSnapshotError('features', snapshot.featuresVersion, FEATURES_VERSION);
  }
  const tables = unpackTables(snapshot.tables);
  const { claims, rows } = unpackClaimShells(snapshot.claims, tables);
  const features = new DeferredFeatures(snapshot.claims.features, tables, rows);
  return { sources: unpackSources(snapshot.sources, tables), claims, features };
}
