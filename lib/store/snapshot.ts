/**
 * The start-up snapshot: the engine's whole index (sources, claims with features and groups, postings) as
 * plain data with typed arrays, in one record, so a restarted background restores the index without reading
 * one record per claim or indexing anything. It is only used when its store revision is the store's and the
 * engine can still read it (same snapshot format and feature version); otherwise the tables are read and a
 * new snapshot is written.
 */
import { type IndexSnapshot, isCurrentSnapshot, type ReferenceIndex } from '../engine';
import type { ClaimLensDb } from './db';
import { currentRevision } from './revision';

const KEY = 'index';

/** The stored index snapshot, or undefined when there is none, it is out of date or this engine cannot read it. */
export async function readSnapshot(db: ClaimLensDb): Promise<IndexSnapshot | undefined> {
  return db.transaction('r', db.meta, db.indexSnapshot, async () => {
    const revision = await currentRevision(db);
    const record = await db.indexSnapshot.get(KEY);
    if (!record || record.revision !== revision || !isCurrentSnapshot(record.snapshot)) return undefined;
    return record.snapshot;
  });
}

/**
 * Writes the snapshot of `index`, which must show the store at `revision`; does nothing (false) when the
 * store has moved on since (a later write will cover it). The snapshot is taken in steps that let messages
 * be answered in between (the index must not change meanwhile: callers run it among the store's writes).
 */
export async function writeSnapshot(db: ClaimLensDb, index: ReferenceIndex, revision: number): Promise<boolean> {
  const { snapshot } = await index.toSnapshotInSteps();
  return db.transaction('rw', db.meta, db.indexSnapshot, async () => {
    if ((await currentRevision(db)) !== revision) return false;
    await db.indexSnapshot.put({ key: KEY, revision, snapshot });
    return true;
  });
}
