/**
 * The database layout, one entry per schema version. A version is never edited once shipped: a change adds
 * a new version with an upgrade that keeps existing data (tests open a database made by the previous version).
 */
import type { Settings } from './types';

/** v1: sources, claims (by source), "not a match" feedback, settings. */
export const SCHEMA_V1 = {
  sources: 'id, origin',
  claims: 'id, sourceId',
  feedback: '[pageUrl+sentenceHash+claimId], pageUrl',
  settings: 'key',
} as const;

/**
 * v2: claims are also found by same-fact group (regrouping after a change); a `meta` table (store revision,
 * seed marker) and a `snapshot` of the whole set for a fast start (see snapshot.ts).
 */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  claims: 'id, sourceId, groupId',
  meta: 'key',
  snapshot: 'part',
} as const;

/**
 * v3: the start-up snapshot is the engine's index snapshot (typed arrays, restored without re-indexing) in
 * one `indexSnapshot` record; the v2 `snapshot` table of JSON parts is dropped (derived data: the next start
 * reads the tables and writes the new snapshot).
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  snapshot: null,
  indexSnapshot: 'key',
} as const;

/**
 * v4: the same layout; the upgrade fits records stored before the limits existed to them (legacy.ts), so that
 * whatever is stored can be listed, deleted and put back.
 */
export const SCHEMA_V4 = SCHEMA_V3;

/**
 * v5: a `packs` table of subscriptions (lib/packs/refresh.ts, PackSubscription). A pack's sources and claims
 * stay in their tables, with origin 'pack' and ids prefixed by the pack's id, so the primary keys find them
 * (`where('id').startsWith(...)`) and the index snapshot keeps them in its columns. Nothing to carry over.
 */
export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  packs: 'id',
} as const;

/**
 * v6: the start-up snapshot is stored in chunks of a few MB (`indexSnapshotChunks`, by generation and number) and
 * a small manifest in `indexSnapshot` (see snapshot.ts), so that no one put serialises the whole snapshot. The v5
 * record (the whole snapshot in one) is deleted by the upgrade: derived data, rewritten from the tables at the next
 * start.
 */
export const SCHEMA_V6 = {
  ...SCHEMA_V5,
  indexSnapshotChunks: '[generation+n]',
} as const;

export const SCHEMA_VERSION = 6;

/** The reader's "not a match" verdict on one claim for one page sentence. */
export interface FeedbackRecord {
  /** Page URL without its #fragment. */
  pageUrl: string;
  /** textHash of the sentence as displayed (white space collapsed). */
  sentenceHash: string;
  claimId: string;
  verdict: 'not-a-match';
  /** ISO timestamp. */
  at: string;
}

export interface SettingsRecord {
  key: 'settings';
  value: Settings;
}

/**
 * Small facts about the store itself: its revision, when the seed set was installed, and the same-fact regroup
 * a committed change still owes (see pending.ts).
 */
export interface MetaRecord {
  key: string;
  value: string | number | PendingRegroupRecord;
}

/** Claims whose groups must be found again: written with the change that calls for it, cleared by the regroup. */
export interface PendingRegroupRecord {
  changed: string[];
  touchedGroups: string[];
  /** Changed claims that came with their groups (an export file's), kept as given. */
  settled: string[];
}

/**
 * The start-up snapshot's manifest (v6): what a start reads first. Its chunks, `chunks` records of
 * `generation`, hold the snapshot's long strings and typed arrays; `layout` holds the rest (snapshot-chunks.ts).
 * Written after all its chunks, in a put of its own, so a manifest never names a chunk not yet written.
 */
export interface IndexSnapshotRecord {
  key: 'index';
  /** SNAPSHOT_STORAGE (snapshot.ts); the v3-v5 record, the whole snapshot in one, has none and is ignored. */
  storage: number;
  /** The store revision the snapshot shows; a snapshot of another revision is ignored. */
  revision: number;
  /** Names the chunks of this snapshot; each write has its own, so one never mixes with another's chunks. */
  generation: string;
  chunks: number;
  layout: unknown;
  /**
   * snapshotDigest of the snapshot when it was written; a snapshot whose content no longer gives it (damaged on
   * disk), or a chunk of which is missing, is rebuilt from the tables.
   */
  digest: string;
}

/** A piece of the start-up snapshot (v6): `n`-th chunk of a write, a few MB of long strings and typed arrays. */
export interface IndexSnapshotChunkRecord {
  generation: string;
  n: number;
  pieces: unknown[];
}
