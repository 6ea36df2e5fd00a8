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
import { eachInSteps, type Steps } from '../steps';
import type { ReferenceClaim, ReferenceSource } from '../types';
import { checkRecordsSteps, checkRoomSteps } from './capacity';
import { plainWrite, StoreError } from './errors';
import { finishRegroup, oweRegroup, preparedOwed } from './grouping';
import { indexInSteps, inSlices, type Library, stepCut, unindexInSteps } from './library';
import { bumpRevision } from './revision';
import { groupsOf } from './sources';
import { addFeatures } from './transfer';

/**
 * Rows written or deleted per bulk call inside a pack's transaction. Inside it the background cannot pause (an
 * IndexedDB transaction ends at the first task with nothing asked of it), so each call is what holds the event loop:
 * copying a claim row with its features costs a fraction of a millisecond (1,000 rows held it up to half a second
 * in a store of 100,000 claims, 250 up to a tenth of a second with the collector's share).
 */
const WRITE_CHUNK = 100;
/** Records looked at per step while an update is planned (a millisecond or two; the steps run in slices). */
const PLAN_STEP = 500;
/** Claims whose features are computed per step (about a millisecond each). */
const FEATURE_STEP = 25;

/** The prefix of the ids of a pack's sources and claims. */
function packPrefix(packId: string): string {
  return packScopedId(packId, '');
}

/** True when a source belongs to a pack (to the pack `packId` when given). */
export function isPackSource(source: ReferenceSource, packId?: string): boolean {
  return source.origin === 'pack' && (packId === undefined || source.id.startsWith(packPrefix(packId)));
}

interface PackContents {
  sources: Map<string, ReferenceSource>;
  claims: Map<string, ReferenceClaim>;
}

/** A pack's sources and claims as the index holds them (claims without features), in steps. */
function* packContentsSteps(library: Library, packId: string): Steps<PackContents> {
  const prefix = packPrefix(packId);
  const sources = new Map<string, ReferenceSource>();
  const cut = stepCut(library, PLAN_STEP * 5);
  for (const source of library.index.allSources()) {
    if (source.origin === 'pack' && source.id.startsWith(prefix)) sources.set(source.id, source);
    if (cut.due()) {
      yield;
      cut.restart();
    }
  }
  yield;
  cut.restart();
  const claims = new Map<string, ReferenceClaim>();
  for (const claim of library.index.allClaims({ features: false })) {
    if (sources.has(claim.sourceId)) claims.set(claim.id, claim);
    if (cut.due()) {
      yield;
      cut.restart();
    }
  }
  return { sources, claims };
}

/**
 * The groups of the `removed` claims that keep a member outside them, in steps: only those can split once the
 * claims are gone (a group left with no member has nothing to regroup). A pack's claims are mostly groups of
 * their own, so the regroup a removal owes lists a few groups rather than one per claim (a record of 100,000
 * ids costs a quarter of a second to copy into the database, and again to read back, inside a transaction).
 */
function* groupsLeftSteps(library: Library, removed: ReadonlyMap<string, ReferenceClaim>): Steps<string[]> {
  const groups = new Set<string>();
  yield* eachInSteps(removed.values(), PLAN_STEP * 5, (claim) => groups.add(claim.groupId ?? claim.id));
  const left = new Set<string>();
  yield* eachInSteps(library.index.allClaims({ features: false }), PLAN_STEP * 5, (claim) => {
    const group = claim.groupId ?? claim.id;
    if (groups.has(group) && !removed.has(claim.id)) left.add(group);
  });
  return [...left];
}

/** Calls `write` on the rows in bulk calls of WRITE_CHUNK rows, one after another (inside a transaction). */
async function inChunks<T>(rows: readonly T[], write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += WRITE_CHUNK) await write(rows.slice(i, i + WRITE_CHUNK));
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

/** What an update writes, removes and indexes: the difference between the stored version and the new one. */
interface PackUpdate {
  before: PackContents;
  /** Sources new to the pack, with their claims. */
  fresh: ReferenceArticle[];
  updatedSources: ReferenceSource[];
  /** New or changed claims of sources already stored. */
  changedClaims: ReferenceClaim[];
  removedSources: string[];
  removedClaims: ReferenceClaim[];
  /** The stored versions of the changed claims. */
  replaced: ReferenceClaim[];
  putSources: ReferenceSource[];
  putClaims: ReferenceClaim[];
}

/**
 * The difference between the stored version of the pack and `articles`, checked against the limits, in steps; or
 * undefined when there is none. Throws a StoreError for an id not scoped to the pack or given twice.
 */
function* updateSteps(
  library: Library,
  packId: string,
  articles: readonly ReferenceArticle[],
  now: Date,
): Steps<PackUpdate | undefined> {
  const prefix = packPrefix(packId);
  const before = yield* packContentsSteps(library, packId);
  const sourceIds = new Set<string>();
  const claimIds = new Set<string>();
  const fresh: ReferenceArticle[] = [];
  const updatedSources: ReferenceSource[] = [];
  const changedClaims: ReferenceClaim[] = [];
  const cut = stepCut(library, PLAN_STEP);
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
      for (const claim of claims) changedClaims.push(claim);
    }
    if (cut.due(article.claims.length + 1)) {
      yield;
      cut.restart();
    }
  }
  yield;
  // In steps: each list looks at every stored source or claim of the pack (100,000 of each in a large one).
  const removedSources: string[] = [];
  yield* eachInSteps(before.sources.keys(), PLAN_STEP * 5, (id) => {
    if (!sourceIds.has(id)) removedSources.push(id);
  });
  const removedClaims: ReferenceClaim[] = [];
  yield* eachInSteps(before.claims.values(), PLAN_STEP * 5, (claim) => {
    if (!claimIds.has(claim.id)) removedClaims.push(claim);
  });
  const replaced: ReferenceClaim[] = [];
  yield* eachInSteps(changedClaims, PLAN_STEP * 5, (claim) => {
    const old = before.claims.get(claim.id);
    if (old) replaced.push(old);
  });
  // Each list in steps too: a pack's first version is 100,000 fresh sources with a claim each.
  const freshSources: ReferenceSource[] = [];
  const putClaims: ReferenceClaim[] = [];
  yield* eachInSteps(fresh, PLAN_STEP * 5, (article) => {
    freshSources.push(article.source);
    for (const claim of article.claims) putClaims.push(claim);
  });
  const putSources = freshSources.concat(updatedSources);
  yield* eachInSteps(changedClaims, PLAN_STEP * 5, (claim) => putClaims.push(claim));
  if (putSources.length === 0 && putClaims.length === 0 && removedSources.length + removedClaims.length === 0) {
    return undefined;
  }
  yield;
  yield* checkRecordsSteps('Updating the pack', putSources, putClaims);
  const newClaims: ReferenceClaim[] = [];
  yield* eachInSteps(putClaims, PLAN_STEP * 5, (claim) => {
    if (!before.claims.has(claim.id)) newClaims.push(claim);
  });
  yield* checkRoomSteps(library, 'Updating the pack', freshSources, newClaims);
  return {
    before,
    fresh,
    updatedSources,
    changedClaims,
    removedSources,
    removedClaims,
    replaced,
    putSources,
    putClaims,
  };
}

/**
 * Replaces every source and claim of the pack with `articles` (ids already scoped to the pack), in one
 * transaction: when it throws, the database and the index hold the pack's previous version, unchanged. Only the
 * difference is written and indexed; a claim whose text, place and review are unchanged keeps its features and
 * its same-fact group. Sources and claims outside the pack are never touched (their groups may be found again).
 * Everything but the transaction's own writes runs in steps with pauses in between (library.pause), so the
 * background answers other messages while a pack of 100,000 claims is stored: the difference is found and
 * checked, and the features computed, before the transaction; the index follows it.
 */
export async function replacePackClaims(
  library: Library,
  packId: string,
  articles: readonly ReferenceArticle[],
  now = new Date(),
): Promise<void> {
  await storePackVersion(library, packId, articles, now);
  // After the update's lists are let go (they are some hundreds of thousands of objects for a large pack's first
  // version): the regroup is the longest part of a subscribe, and every collection during it would mark them.
  await finishRegroup(library);
}

/** replacePackClaims but the regroup: writes and indexes the difference, and owes the regroup it needs. */
async function storePackVersion(
  library: Library,
  packId: string,
  articles: readonly ReferenceArticle[],
  now: Date,
): Promise<void> {
  const update = await inSlices(library, updateSteps(library, packId, articles, now));
  if (!update) return;
  const { fresh, updatedSources, changedClaims, removedSources, removedClaims, replaced, putSources, putClaims } =
    update;
  await addFeatures(library, putClaims, FEATURE_STEP);
  // In steps: listing the ids of a pack's first version in one go held the event loop some tens of milliseconds.
  const changed: string[] = [];
  await inSlices(
    library,
    eachInSteps(putClaims, PLAN_STEP * 5, (claim) => changed.push(claim.id)),
  );
  const change = { changed, touchedGroups: groupsOf([...removedClaims, ...replaced]) };
  const goneSources = new Set(removedSources);
  const goneClaims = removedClaims.filter((claim) => !goneSources.has(claim.sourceId)).map((claim) => claim.id);
  // The record of the regroup owed, as it is when nothing else is owed: a union of 100,000 ids that would otherwise
  // add tens of milliseconds to one run of the transaction.
  const prepared = await preparedOwed(library, change);
  const { db } = library;
  await plainWrite('Updating the pack', () =>
    db.transaction('rw', db.sources, db.claims, db.meta, async () => {
      await inChunks(
        removedClaims.map((claim) => claim.id),
        (ids) => db.claims.bulkDelete(ids),
      );
      await inChunks(removedSources, (ids) => db.sources.bulkDelete(ids));
      await inChunks(putSources, (rows) => db.sources.bulkPut(rows));
      await inChunks(putClaims, (rows) => db.claims.bulkPut(rows));
      await oweRegroup(db, change, { prepared });
      await bumpRevision(db);
    }),
  );
  await unindexInSteps(library, { sourceIds: removedSources, claimIds: goneClaims });
  for (const source of updatedSources) library.index.updateSource(source);
  await indexInSteps(library, fresh, changedClaims);
}

/**
 * Turns a pack on or off: its sources' `enabled`, with the subscription's, in one transaction. A pack turned
 * off keeps its claims (and is not refreshed) but none of them is matched.
 */
export async function setPackEnabled(library: Library, packId: string, enabled: boolean): Promise<PackSubscription> {
  const pack = await getPack(library, packId);
  const updated = { ...pack, enabled };
  const sources = [...(await inSlices(library, packContentsSteps(library, packId))).sources.values()]
    .filter((source) => source.enabled !== enabled)
    .map((source) => ({ ...source, enabled }));
  const { db } = library;
  await plainWrite(enabled ? 'Turning the pack on' : 'Turning the pack off', () =>
    db.transaction('rw', db.packs, db.sources, db.meta, async () => {
      await db.packs.put(updated);
      await inChunks(sources, (rows) => db.sources.bulkPut(rows));
      if (sources.length > 0) await bumpRevision(db);
    }),
  );
  for (const source of sources) library.index.updateSource(source);
  return updated;
}

/** Removes a subscription with all its sources and claims, in one transaction; nothing else is removed. */
export async function removePack(library: Library, packId: string): Promise<void> {
  await getPack(library, packId);
  const { sources, claims } = await inSlices(library, packContentsSteps(library, packId));
  const claimIds = [...claims.keys()];
  const sourceIds = [...sources.keys()];
  const touchedGroups = await inSlices(library, groupsLeftSteps(library, claims));
  const { db } = library;
  await plainWrite('Removing the pack', () =>
    db.transaction('rw', db.packs, db.sources, db.claims, db.meta, async () => {
      // By primary key, in chunks: a cursor over the pack's rows costs far more (fake-indexeddb: quadratic).
      await inChunks(claimIds, (ids) => db.claims.bulkDelete(ids));
      await inChunks(sourceIds, (ids) => db.sources.bulkDelete(ids));
      await db.packs.delete(packId);
      await oweRegroup(db, { changed: [], touchedGroups });
      await bumpRevision(db);
    }),
  );
  await unindexInSteps(library, { sourceIds });
  await finishRegroup(library);
}
