/**
 * The start-up snapshot: the whole reference set (sources, claims with features and groups) in a few large
 * records, so a restarted background reads a handful of strings instead of one record per claim. It is only
 * used when its revision equals the store's; otherwise the tables are read and a new snapshot is written.
 */
import type { ReferenceClaim, ReferenceSource } from '../types';
import { type PackedClaim, packClaim, unpackClaim } from './claim-codec';
import type { ClaimLensDb } from './db';
import { currentRevision } from './revision';
import type { SnapshotRecord } from './schema';

const CLAIMS_PER_PART = 10_000;

export interface ReferenceSet {
  sources: ReferenceSource[];
  claims: ReferenceClaim[];
}

/** The snapshot's reference set, or undefined when there is none or it is out of date. */
export async function readSnapshot(db: ClaimLensDb): Promise<ReferenceSet | undefined> {
  return db.transaction('r', db.meta, db.snapshot, async () => {
    const revision = await currentRevision(db);
    const parts = await db.snapshot.toArray();
    const first = parts[0];
    if (first?.part !== 0 || parts.length !== first.parts) return undefined;
    if (parts.some((part) => part.revision !== revision)) return undefined;
    const claims: ReferenceClaim[] = [];
    for (const part of parts)
      for (const packed of JSON.parse(part.claims) as PackedClaim[]) claims.push(unpackClaim(packed));
    return { sources: JSON.parse(first.sources) as ReferenceSource[], claims };
  });
}

/**
 * Writes the snapshot of `set`, which must show the store at `revision`; does nothing when the store has
 * moved on since (a later write will cover it).
 */
export async function writeSnapshot(db: ClaimLensDb, set: ReferenceSet, revision: number): Promise<boolean> {
  const records: SnapshotRecord[] = [];
  const partCount = Math.max(1, Math.ceil(set.claims.length / CLAIMS_PER_PART));
  for (let part = 0; part < partCount; part++) {
    const claims = set.claims.slice(part * CLAIMS_PER_PART, (part + 1) * CLAIMS_PER_PART).map(packClaim);
    records.push({
      part,
      revision,
      parts: partCount,
      sources: part === 0 ? JSON.stringify(set.sources) : '',
      claims: JSON.stringify(claims),
    });
  }
  return db.transaction('rw', db.meta, db.snapshot, async () => {
    if ((await currentRevision(db)) !== revision) return false;
    await db.snapshot.clear();
    await db.snapshot.bulkPut(records);
    return true;
  });
}
