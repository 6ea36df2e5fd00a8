/**
 * Packs in the store: the subscriptions (the `packs` table) and each pack's sources and claims, which live in the
 * sources and claims tables with origin 'pack' and ids prefixed by the pack's id (lib/packs/refresh.ts,
 * packScopedId). A pack changes as one group: its version replaced in one transaction, turned off or removed in
 * one step, and nothing outside it touched. The index changes by the difference between the versions only: a
 * refresh that changes one claim of 100,000 re-indexes one claim.
 */

import type { PackSubscription } from '../packs/refresh';
import { packScopedId } from '../packs/refresh';
import type { ReferenceArticle } from '../reference/seeds';
import type { ReferenceClaim, ReferenceSource } from '../types';
import { checkRecords, checkRoom } from './capacity';
import { plainWrite, StoreError } from './errors';
import { finishRegroup, oweRegroup } from './grouping';
import { indexInSteps, type Library, unindex } from './library';
import { bumpRevision } from './revision';
import { groupsOf } from './sources';
import { addFeatures } from './transfer';

/**
 * Rows written or deleted per bulk call inside a pack's transaction: small enough that one call holds the event loop
 * about 100 ms (5,000 held it 400 ms).
 */
const WRITE_CHUNK = 1_000;

/** The prefix of the ids of a pack's sources and claims. */
function packPrefix(packId: string): string {
  return packScopedId(packId, '');
}

/** True when the source belongs to a pack (to the pack `packId` when given). */
export function isPackSource(source: ReferenceSource, packId?: string): boolean {
  return source.origin === 'pack' && (packId === undefined || source.id.startsWith(packPrefix(packId)));
}

/** A pack's sources and claims as the index holds them (claims without features). */
function packContents(library: Library, packId: string) {
  const sources = new Map<string, ReferenceSource>();
  for (const source of library.index.allSources()) if (isPackSource(source, packId)) sources.set(source.id, source);
  const claims = new Map<string, ReferenceClaim>();
  for (const claim of library.index.allClaims({ features: false }))
    if (sources.has(claim.sourceId)) claims.set(claim.id, claim);
  return { sources, claims };
}

/** The subscriptions, in the order they were made (the pack id grows with time). */
export async function listPacks(library: Library): Promise<PackSubscription[]> {
  return library.db.packs.orderBy('id').toArray();
}

/** One subscription, or a StoreError when it is gone. */
export async function getPack(library: Library, packId: string): Promise<PackSubscription> {
  const pack = await library.db.packs.get(packId);
  if (!pack) throw new StoreError('That pack is no longer in your subscriptions.');
  return pack;
}

/** Saves a subscription's row (its metadata, validators, pinned key, times); its claims are not touched. */
export async function savePack(library: Library, subscription: PackSubscription): Promise<void> {
  await plainWrite('Saving the pack', () => library.db.packs.put(subscription));
}

const sameSource = (a: ReferenceSource, b: ReferenceSource) =>
  a.title === b.title &&
  a.publisher === b.publisher &&
  a.url === b.url &&
  a.publishedAt === b.publishedAt &&
  a.enabled === b.enabled;

const sameClaim = (a: ReferenceClaim, b: ReferenceClaim) =>
  a.sourceId === b.sourceId &&
  a.text === b.text &&
  a.start === b.start &&
  a.end === b.end &&
  JSON.stringify(a.review) === JSON.stringify(b.review);

/**
 * Replaces every source and claim of the pack with `articles` (ids already scoped to the pack), in one
 * transaction: when it throws, the database and the index hold the pack's previous version, unchanged. Only the
 * difference is written and indexed; a claim whose text, place and review are unchanged keeps its features and
 * its same-fact group. Sources and claims outside the pack are never touched (their groups may be found again).
 */
export async function replacePackClaims(
  library: Library,
  packId: string,
  articles: readonly ReferenceArticle[],
  now = new Date(),
): Promise<void> {
  const prefix = packPrefix(packId);
  const before = packContents(library, packId);
  const sourceIds = new Set<string>();
  const claimIds = new Set<string>();
  const fresh: ReferenceArticle[] = [];
  const updatedSources: ReferenceSource[] = [];
  const changedClaims: ReferenceClaim[] = [];
  for (const article of articles) {
    const id = article.source.id;
    if (!id.startsWith(prefix) || sourceIds.has(id)) {
      throw new StoreError(`The pack's source "${id.slice(0, 60)}" is not scoped to the pack or comes twice.`);
    }
    sourceIds.add(id);
    const stored = before.sources.get(id);
    const source: ReferenceSource = {
      ...article.source,
      origin: 'pack',
      addedAt: stored?.addedAt ?? now.toISOString(),
    };
    const claims: ReferenceClaim[] = [];
    for (const claim of article.claims) {
      if (!claim.id.startsWith(prefix) || claim.sourceId !== id || claimIds.has(claim.id)) {
        throw new StoreError(`The pack's claim "${claim.id.slice(0, 60)}" is not scoped to its source or comes twice.`);
      }
      claimIds.add(claim.id);
      const old = before.claims.get(claim.id);
      if (old && sameClaim(old, claim)) continue;
      // Features and groups are the store's own: computed below and found again by the regroup.
      const { features: _given, ...plain } = claim;
      claims.push({ ...plain, groupId: plain.id });
    }
    if (!stored) fresh.push({ source, claims });
    else {
      if (!sameSource(stored, source)) updatedSources.push(source);
      changedClaims.push(...claims);
    }
  }
  const removedSources = [...before.sources.keys()].filter((id) => !sourceIds.has(id));
  const removedClaims = [...before.claims.values()].filter((claim) => !claimIds.has(claim.id));
  const replaced = changedClaims.map((claim) => before.claims.get(claim.id)).filter((claim) => claim !== undefined);
  const putSources = [...fresh.map((article) => article.source), ...updatedSources];
  const putClaims = [...fresh.flatMap((article) => article.claims), ...changedClaims];
  if (putSources.length === 0 && putClaims.length === 0 && removedSources.length + removedClaims.length === 0) return;

  checkRecords('Updating the pack', putSources, putClaims);
  checkRoom(
    library,
    'Updating the pack',
    fresh.map((article) => article.source),
    putClaims.filter((claim) => !before.claims.has(claim.id)),
  );
  await addFeatures(library, putClaims);
  const { db } = library;
  await plainWrite('Updating the pack', () =>
    db.transaction('rw', db.sources, db.claims, db.meta, async () => {
      const gone = removedClaims.map((claim) => claim.id);
      for (let i = 0; i < gone.length; i += WRITE_CHUNK) await db.claims.bulkDelete(gone.slice(i, i + WRITE_CHUNK));
      await db.sources.bulkDelete(removedSources);
      await db.sources.bulkPut(putSources);
      for (let i = 0; i < putClaims.length; i += WRITE_CHUNK) {
        await db.claims.bulkPut(putClaims.slice(i, i + WRITE_CHUNK));
      }
      await oweRegroup(db, {
        changed: putClaims.map((claim) => claim.id),
        touchedGroups: groupsOf([...removedClaims, ...replaced]),
      });
      await bumpRevision(db);
    }),
  );
  const goneSources = new Set(removedSources);
  unindex(library, {
    sourceIds: removedSources,
    claimIds: removedClaims.filter((claim) => !goneSources.has(claim.sourceId)).map((claim) => claim.id),
  });
  for (const source of updatedSources) library.index.updateSource(source);
  await indexInSteps(library, fresh, changedClaims);
  await finishRegroup(library);
}

/**
 * Turns a pack on or off: its sources' `enabled`, with the subscription's, in one transaction. A pack turned
 * off keeps its claims (and is not refreshed) but none of them is matched.
 */
export async function setPackEnabled(library: Library, packId: string, enabled: boolean): Promise<PackSubscription> {
  const pack = await getPack(library, packId);
  const updated = { ...pack, enabled };
  const sources = [...packContents(library, packId).sources.values()]
    .filter((source) => source.enabled !== enabled)
    .map((source) => ({ ...source, enabled }));
  const { db } = library;
  await plainWrite(enabled ? 'Turning the pack on' : 'Turning the pack off', () =>
    db.transaction('rw', db.packs, db.sources, db.meta, async () => {
      await db.packs.put(updated);
      for (let i = 0; i < sources.length; i += WRITE_CHUNK) await db.sources.bulkPut(sources.slice(i, i + WRITE_CHUNK));
      if (sources.length > 0) await bumpRevision(db);
    }),
  );
  for (const source of sources) library.index.updateSource(source);
  return updated;
}

/** Removes a subscription with all its sources and claims, in one transaction; nothing else is removed. */
export async function removePack(library: Library, packId: string): Promise<void> {
  await getPack(library, packId);
  const { sources, claims } = packContents(library, packId);
  const { db } = library;
  await plainWrite('Removing the pack', () =>
    db.transaction('rw', db.packs, db.sources, db.claims, db.meta, async () => {
      // By primary key, in chunks: a cursor over the pack's rows costs far more (fake-indexeddb: quadratic).
      const claimIds = [...claims.keys()];
      for (let i = 0; i < claimIds.length; i += WRITE_CHUNK) {
        await db.claims.bulkDelete(claimIds.slice(i, i + WRITE_CHUNK));
      }
      await db.sources.bulkDelete([...sources.keys()]);
      await db.packs.delete(packId);
      await oweRegroup(db, { changed: [], touchedGroups: groupsOf([...claims.values()]) });
      await bumpRevision(db);
    }),
  );
  unindex(library, { sourceIds: [...sources.keys()] });
  await finishRegroup(library);
}
