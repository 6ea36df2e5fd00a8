/**
 * The start-up snapshot: the engine's whole index (sources, claims with features and groups, postings) as
 * plain data with typed arrays, in one record, so a restarted background restores the index without reading
 * one record per claim or indexing anything. It is only used when its store revision is the store's and the
 * engine can still read it (same snapshot format and feature version), and its content still has the checksum
 * it was written with; otherwise the tables are read and a new snapshot is written. It is a cache: whatever
 * state it is found in, the tables decide.
 */
import type { ReferenceIndex } from '../index/reference-index';
import { type IndexSnapshot, isCurrentSnapshot } from '../index/snapshot/index-snapshot';
import { runStepsPausing, SLICE_MS } from '../steps';
import type { ClaimLensDb } from './db';
import { currentRevision } from './revision';
import type { IndexSnapshotRecord } from './schema';
import { snapshotDigest, snapshotDigestSteps } from './snapshot-digest';

const KEY = 'index';

/**
 * The stored index snapshot, or undefined when there is none, it is out of date, this engine cannot read it,
 * or it is damaged (not the shape written, or content that no longer matches its checksum).
 */
export async function readSnapshot(db: ClaimLensDb): Promise<IndexSnapshot | undefined> {
  const { revision, record } = await db.transaction('r', db.meta, db.indexSnapshot, async () => ({
    revision: await currentRevision(db),
    record: (await db.indexSnapshot.get(KEY)) as unknown,
  }));
  if (typeof record !== 'object' || record === null) return undefined;
  const { revision: shows, snapshot, digest } = record as Partial<IndexSnapshotRecord>;
  if (shows !== revision || typeof snapshot !== 'object' || snapshot === null || !isCurrentSnapshot(snapshot)) {
    return undefined;
  }
  return digest === snapshotDigest(snapshot) ? snapshot : undefined;
}

/**
 * Writes the snapshot of `index`, which must show the store at `revision`; does nothing (false) when the
 * store has moved on since (a later write will cover it). The snapshot is taken in steps that let messages
 * be answered in between, and so is its checksum (the index must not change meanwhile: callers run it among the
 * store's writes). nb. The one put of the record is not: Chromium serialises the whole record in that call
 * (about 1.3-2 s for a 100,000-claim snapshot of some 200 MB on a busy 2-core machine, 2026-12).
 */
export async function writeSnapshot(db: ClaimLensDb, index: ReferenceIndex, revision: number): Promise<boolean> {
  const { snapshot } = await index.toSnapshotInSteps();
  const { value: digest } = await runStepsPausing(snapshotDigestSteps(snapshot), undefined, { sliceMs: SLICE_MS });
  return db.transaction('rw', db.meta, db.indexSnapshot, async () => {
    if ((await currentRevision(db)) !== revision) return false;
    await db.indexSnapshot.put({ key: KEY, revision, snapshot, digest });
    return true;
  });
}
