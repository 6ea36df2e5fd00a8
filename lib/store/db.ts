/**
 * The reference store: one Dexie database owned by the background. Content scripts never open it (they see
 * the page's IndexedDB, not the extension's); everything else reaches it through typed messages.
 */
import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { PackSubscription } from '../packs/refresh';
import type { ReferenceClaim, ReferenceSource } from '../types';
import { fitStoreToLimits } from './legacy';
import {
  type FeedbackRecord,
  type IndexSnapshotChunkRecord,
  type IndexSnapshotRecord,
  type MetaRecord,
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  SCHEMA_V4,
  SCHEMA_V5,
  SCHEMA_V6,
  type SettingsRecord,
} from './schema';

export const DB_NAME = 'claimlens';

export class ClaimLensDb extends Dexie {
  sources!: EntityTable<ReferenceSource, 'id'>;
  claims!: EntityTable<ReferenceClaim, 'id'>;
  feedback!: Dexie.Table<FeedbackRecord, [string, string, string]>;
  settings!: EntityTable<SettingsRecord, 'key'>;
  meta!: EntityTable<MetaRecord, 'key'>;
  indexSnapshot!: EntityTable<IndexSnapshotRecord, 'key'>;
  packs!: EntityTable<PackSubscription, 'id'>;
  indexSnapshotChunks!: Dexie.Table<IndexSnapshotChunkRecord, [string, number]>;

  constructor(name = DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade(async (tx) => {
        // v1 claims may lack a group: each becomes its own group until the next regroup.
        await tx
          .table('claims')
          .toCollection()
          .modify((claim: ReferenceClaim) => {
            if (claim.groupId === undefined) claim.groupId = claim.id;
          });
        await tx
          .table('sources')
          .toCollection()
          .modify((source: ReferenceSource) => {
            if (typeof source.enabled !== 'boolean') source.enabled = true;
          });
      });
    // Nothing to carry over: the old snapshot is derived data, rewritten from the tables at the next start.
    this.version(3).stores(SCHEMA_V3);
    this.version(4)
      .stores(SCHEMA_V4)
      .upgrade(async (tx) => {
        const { shortened, rekeyed, splitSources } = await fitStoreToLimits(tx);
        if (shortened + rekeyed + splitSources > 0) {
          console.warn(
            `ClaimLens fitted records stored before its limits to them: ${shortened} shortened, ${rekeyed} given ` +
              `a new id, ${splitSources} sources split into parts.`,
          );
        }
      });
    this.version(5).stores(SCHEMA_V5);
    // The one-record snapshot (up to some 200 MB) is not read again: deleted, and rewritten in chunks at the next start.
    this.version(6)
      .stores(SCHEMA_V6)
      .upgrade(async (tx) => {
        await tx.table('indexSnapshot').clear();
      });
    // Dexie notes every key a transaction writes or deletes, for live queries, and posts them all to the other
    // windows of the extension when it commits (a BroadcastChannel message): removing a pack of 100,000 claims held
    // the event loop a quarter of a second for that alone. No live query reads this database and only the background
    // opens it, so nothing would hear them.
    this.unuse({ stack: 'dbcore', name: 'Observability' });
  }
}

/** Opens (creating or upgrading) the reference store. */
export async function openStore(name = DB_NAME, options?: DexieOptions): Promise<ClaimLensDb> {
  const db = new ClaimLensDb(name, options);
  await db.open();
  return db;
}
