/**
 * The BM25 postings as plain data: the part of the index snapshot (index-snapshot.ts) that holds the inverted
 * index, so a restored index scores bit for bit as the one written. Kept beside the other snapshot columns rather
 * than in bm25.ts, so the index's whole stored format (and its version numbers) is in one folder.
 */
import { runSteps, type Steps } from '../../steps';
import { Bm25Index } from '../bm25';
import { type PackedStrings, packStringsSteps, unpackStrings } from './packed-strings';
import { StaleSnapshotError } from './stale';

/** Bump when the snapshot layout changes (and INDEX_SNAPSHOT_FORMAT with it): older snapshots are refused. */
export const BM25_SNAPSHOT_FORMAT = 1;

/**
 * The index as plain data for storage (structured clone copies it cheaply): live documents only, renumbered
 * 0..n-1 in their order, with the postings of all keys one after the other.
 */
export interface Bm25Snapshot {
  format: number;
  keys: PackedStrings;
  /** End of each key's postings in `docs` and `weights`. */
  ends: Int32Array;
  docs: Int32Array;
  weights: Float64Array;
  /** Length (sum of key weights) of each document. */
  lengths: Float64Array;
  /** Sum of the lengths, as the index kept it (so scores come back bit for bit). */
  totalLength: number;
}

/** Postings copied per snapshot step. */
const POSTINGS_PER_STEP = 500_000;

/**
 * The index as plain data (see Bm25Snapshot): removed documents are left out and the others renumbered
 * 0..size-1 in their order, so document n of the restored index is the n-th live document of this one.
 */
export function postingsSnapshot(index: Bm25Index): Bm25Snapshot {
  return runSteps(postingsSnapshotSteps(index));
}

/** postingsSnapshot in steps of bounded size (see steps.ts); the index must not change until they are done. */
export function* postingsSnapshotSteps(index: Bm25Index): Steps<Bm25Snapshot> {
  const columns = index.columns();
  const { keyNames, postingDocs, postingWeights, postingCount, postingLive, alive, docCount, live } = columns;
  const renumbered = new Int32Array(docCount).fill(-1);
  const lengths = new Float64Array(live);
  let next = 0;
  for (let doc = 0; doc < docCount; doc += 1) {
    if (alive[doc] === 0) continue;
    renumbered[doc] = next;
    lengths[next] = columns.lengths[doc];
    next += 1;
  }
  const keys: string[] = [];
  const ends: number[] = [];
  let total = 0;
  keyNames.forEach((key, id) => {
    if (postingLive[id] === 0) return;
    keys.push(key);
    total += postingLive[id];
    ends.push(total);
  });
  yield;
  const docs = new Int32Array(total);
  const weights = new Float64Array(total);
  let at = 0;
  let sinceStep = 0;
  for (let id = 0; id < keyNames.length; id += 1) {
    if (postingLive[id] === 0) continue;
    const postings = postingDocs[id];
    const keyWeights = postingWeights[id];
    const count = postingCount[id];
    for (let i = 0; i < count; i += 1) {
      const doc = renumbered[postings[i]];
      if (doc < 0) continue;
      docs[at] = doc;
      weights[at] = keyWeights[i];
      at += 1;
    }
    sinceStep += count;
    if (sinceStep >= POSTINGS_PER_STEP) {
      sinceStep = 0;
      yield;
    }
  }
  yield;
  return {
    format: BM25_SNAPSHOT_FORMAT,
    keys: yield* packStringsSteps(keys),
    ends: Int32Array.from(ends),
    docs,
    weights,
    lengths,
    totalLength: columns.totalLength,
  };
}

/**
 * The index a snapshot was taken of (same documents, numbered as in the snapshot, same scores). The index
 * keeps the snapshot's arrays (it copies them only when it grows): do not change them afterwards.
 * Throws StaleSnapshotError when the snapshot has another format.
 */
export function postingsFromSnapshot(snapshot: Bm25Snapshot): Bm25Index {
  if (snapshot.format !== BM25_SNAPSHOT_FORMAT) {
    throw new StaleSnapshotError('format', snapshot.format, BM25_SNAPSHOT_FORMAT);
  }
  const { ends, docs, weights, lengths } = snapshot;
  const keys = unpackStrings(snapshot.keys);
  const docCount = lengths.length;
  const postingDocs: Int32Array[] = [];
  const postingWeights: Float64Array[] = [];
  const postingCount = new Int32Array(keys.length);
  const postingLive = new Int32Array(keys.length);
  const keysPerDoc = new Int32Array(docCount);
  let start = 0;
  for (let id = 0; id < keys.length; id += 1) {
    const end = ends[id];
    postingDocs.push(docs.subarray(start, end));
    postingWeights.push(weights.subarray(start, end));
    postingCount[id] = end - start;
    postingLive[id] = end - start;
    for (let i = start; i < end; i += 1) keysPerDoc[docs[i]] += 1;
    start = end;
  }
  // Each document's keys (for removal), filled key by key.
  const docKeyEnds = new Int32Array(docCount);
  let total = 0;
  for (let doc = 0; doc < docCount; doc += 1) {
    total += keysPerDoc[doc];
    docKeyEnds[doc] = total;
  }
  const docKeys = new Int32Array(total);
  const cursor = new Int32Array(docCount);
  for (let doc = 1; doc < docCount; doc += 1) cursor[doc] = docKeyEnds[doc - 1];
  start = 0;
  for (let id = 0; id < keys.length; id += 1) {
    for (let i = start; i < ends[id]; i += 1) docKeys[cursor[docs[i]]++] = id;
    start = ends[id];
  }
  return Bm25Index.fromColumns({
    keyNames: keys,
    postingDocs,
    postingWeights,
    postingCount,
    postingLive,
    lengths,
    alive: new Uint8Array(docCount).fill(1),
    docKeyEnds,
    docKeys,
    docCount,
    live: docCount,
    totalLength: snapshot.totalLength,
  });
}
