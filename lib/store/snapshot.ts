/**
 * The start-up snapshot: the engine's whole index (sources, claims with features and groups, postings) as
 * plain data with typed arrays, so a restarted background restores the index without reading one record per
 * claim or indexing anything. It is stored as chunks of a few MB (snapshot-chunks.ts) and a manifest written
 * after them. It is only used when its store revision is the store's and the engine can still read it (same
 * snapshot format and feature version), every chunk it names is there and its content still has the checksum it
 * was written with; otherwise the tables are read and a new snapshot is written. It is a cache: whatever state it
 * is found in, the tables decide.
 */
import type { ReferenceIndex } from '../index/reference-index';
import { type IndexSnapshot, isCurrentSnapshot } from '../index/snapshot/index-snapshot';
import { nextTask, runStepsPausing, SLICE_MS } from '../steps';
import type { ClaimLensDb } from './db';
import { currentRevision } from './revision';
import type { IndexSnapshotRecord } from './schema';
import { chunksOf, layoutOf, SnapshotAssembler } from './snapshot-chunks';
import { snapshotDigestSteps } from './snapshot-digest';

const KEY = 'index';

/** How the snapshot is stored: 2, a manifest and chunks (1, schema v3-v5: the whole snapshot in one record). */
export const SNAPSHOT_STORAGE = 2;

/** A snapshot as stored: the revision it shows, its content and its checksum. */
export interface StoredSnapshot {
  revision: number;
  snapshot: IndexSnapshot;
  digest: string;
}

let generations = 0;

/** A name no other write of this database uses (time, a counter and chance, should two workers overlap). */
function newGeneration(): string {
  generations += 1;
  return `${Date.now().toString(36)}-${generations}-${Math.random().toString(36).slice(2, 8)}`;
}

/**
 * The snapshot as stored, unchecked but for its chunks: undefined when there is no manifest of this storage, or
 * a chunk it names is missing or does not fit it. For readSnapshot, and for tests that damage a snapshot.
 */
export async function readStoredSnapshot(
  db: ClaimLensDb,
  pause: () => Promise<void> = nextTask,
): Promise<(StoredSnapshot & { storeRevision: number }) | undefined> {
  const { storeRevision, record } = await db.transaction('r', db.meta, db.indexSnapshot, async () => ({
    storeRevision: await currentRevision(db),
    record: (await db.indexSnapshot.get(KEY)) as unknown,
  }));
  if (typeof record !== 'object' || record === null) return undefined;
  const { storage, revision, generation, chunks, layout, digest } = record as Partial<IndexSnapshotRecord>;
  if (
    storage !== SNAPSHOT_STORAGE ||
    typeof revision !== 'number' ||
    typeof generation !== 'string' ||
    typeof digest !== 'string' ||
    !Number.isSafeInteger(chunks) ||
    chunks! < 0
  ) {
    return undefined;
  }
  const assembler = new SnapshotAssembler(layout);
  for (let n = 0; n < chunks!; n += 1) {
    // One get a task: Chromium deserialises a record in its request, so each costs one chunk's few MB.
    const chunk = (await db.indexSnapshotChunks.get([generation, n])) as unknown;
    if (typeof chunk !== 'object' || chunk === null) return undefined;
    const { pieces } = chunk as { pieces?: unknown };
    if (!Array.isArray(pieces) || !assembler.add(pieces)) return undefined;
    if (n + 1 < chunks!) await pause();
  }
  const snapshot = assembler.finish();
  if (typeof snapshot !== 'object' || snapshot === null) return undefined;
  return { storeRevision, revision, snapshot: snapshot as IndexSnapshot, digest };
}

/**
 * The stored index snapshot, or undefined when there is none, it is out of date, this engine cannot read it,
 * or it is damaged (not the shape written, a chunk missing, or content that no longer matches its checksum).
 * A snapshot stored whole (schema v5 and before) is not read: the upgrade to v6 deleted it.
 */
export async function readSnapshot(db: ClaimLensDb): Promise<IndexSnapshot | undefined> {
  const stored = await readStoredSnapshot(db);
  if (!stored || stored.revision !== stored.storeRevision || !isCurrentSnapshot(stored.snapshot)) return undefined;
  // In steps, as when it was written: at once, a 100,000-claim snapshot's checksum held the worker about 0.45 s.
  const { value: digest } = await runStepsPausing(snapshotDigestSteps(stored.snapshot), undefined, {
    sliceMs: SLICE_MS,
  });
  return stored.digest === digest ? stored.snapshot : undefined;
}

/**
 * Stores `stored` as a new generation of chunks, each put in a transaction of its own with a pause after it
 * (`pause`: the next task), then switches the manifest to it in one put, then deletes every other generation's
 * chunks. Stopped at any point, the store holds the previous snapshot whole (its manifest and chunks are only
 * deleted after the switch) or the new one whole. With `ifRevision`, the manifest is only switched while the
 * store is at `stored.revision`; else (false) the new chunks are deleted.
 */
export async function storeSnapshot(
  db: ClaimLensDb,
  stored: StoredSnapshot,
  options: { ifRevision?: boolean; pause?: () => Promise<void> } = {},
): Promise<boolean> {
  const pause = options.pause ?? nextTask;
  const generation = newGeneration();
  const { layout, longs } = layoutOf(stored.snapshot);
  let chunks = 0;
  try {
    for (const pieces of chunksOf(longs)) {
      await db.indexSnapshotChunks.put({ generation, n: chunks, pieces });
      chunks += 1;
      await pause();
    }
  } catch (error) {
    // A full disk or a closed database: this write's chunks are dropped at once, not left to take the space
    // the store's own writes need.
    await deleteChunksBut(db, undefined).catch(() => undefined);
    throw error;
  }
  const record: IndexSnapshotRecord = {
    key: KEY,
    storage: SNAPSHOT_STORAGE,
    revision: stored.revision,
    generation,
    chunks,
    layout,
    digest: stored.digest,
  };
  const switched = await db.transaction('rw', db.meta, db.indexSnapshot, async () => {
    if (options.ifRevision && (await currentRevision(db)) !== stored.revision) return false;
    await db.indexSnapshot.put(record);
    return true;
  });
  await deleteChunksBut(db, switched ? generation : undefined);
  return switched;
}

/**
 * Deletes the chunks of every generation but `kept` and the manifest's: the previous snapshot's, and those of a
 * write stopped before its switch. Writes are one at a time (the background's queue), so none is under way.
 */
async function deleteChunksBut(db: ClaimLensDb, kept: string | undefined): Promise<void> {
  await db.transaction('rw', db.indexSnapshot, db.indexSnapshotChunks, async () => {
    const manifest = (await db.indexSnapshot.get(KEY)) as Partial<IndexSnapshotRecord> | undefined;
    const keys = await db.indexSnapshotChunks.toCollection().primaryKeys();
    const stale = keys.filter(([generation]) => generation !== kept && generation !== manifest?.generation);
    if (stale.length > 0) await db.indexSnapshotChunks.bulkDelete(stale);
  });
}

/**
 * Writes the snapshot of `index`, which must show the store at `revision`; does nothing (false) when the
 * store has moved on since (a later write will cover it). The snapshot is taken in steps that let messages
 * be answered in between, and so is its checksum (the index must not change meanwhile: callers run it among the
 * store's writes), and it is stored in chunks of a few MB, a put each (storeSnapshot): Chromium serialises a
 * record inside its put, and a 100,000-claim snapshot of some 200 MB in one put held the worker 0.6-2.1 s (2026-12).
 */
export async function writeSnapshot(db: ClaimLensDb, index: ReferenceIndex, revision: number): Promise<boolean> {
  const { snapshot } = await index.toSnapshotInSteps();
  const { value: digest } = await runStepsPausing(snapshotDigestSteps(snapshot), undefined, { sliceMs: SLICE_MS });
  return storeSnapshot(db, { revision, snapshot, digest }, { ifRevision: true });
}
