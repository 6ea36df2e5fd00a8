/**
 * Keeps same-fact groups current after a change without regrouping the whole set: only the changed claims
 * and the members of groups that lost or changed a member are looked up again (in the full index, with the
 * engine's `linkSameFacts`), and the groups they link to are merged with them. The cost grows with the size
 * of the change, about linearly, so a 100,000-claim import is grouped like a one-claim edit. Group ids follow
 * the engine's rule: the smallest claim id of the group.
 *
 * A change and its regroup are two transactions (the regroup looks the changed claims up in the index, so they
 * must be stored and indexed first). So that a background stopped between the two (Chrome stops a service
 * worker whenever it likes) or a regroup that cannot be saved (no room left) never leaves the groups stale for
 * good, the change's own transaction records the regroup it owes (`oweRegroup`); `finishRegroup` does what is
 * owed and clears the record in the transaction that saves the groups. Whatever is still owed is done by the
 * next change, the next snapshot or the next start (loadLibrary).
 */
import { GroupUnion, linkingSteps } from '../engine';
import type { ReferenceIndex } from '../index/reference-index';
import { eachInSteps, runSteps, type Steps } from '../steps';
import type { ReferenceClaim } from '../types';
import type { ClaimLensDb } from './db';
import { indexClaimsInSteps, inSlices, type Library } from './library';
import { bumpRevision, currentRevision } from './revision';
import type { PendingRegroupRecord } from './schema';

/**
 * Group ids written per bulk call: each call reads and writes whole claim rows, features and all (5,000 held the
 * event loop over half a second); as few as a pack's transaction writes per call (store/packs.ts, WRITE_CHUNK).
 */
const WRITE_CHUNK = 100;
/** Claims looked at per step while the regroup gathers the set's groups (a millisecond or two; run in slices). */
const GATHER_STEP = 1_000;
/**
 * The longest a step of the lookups runs in the background (see linkingSteps). Not when the library has a pause of
 * its own (tests that stop the work at its n-th pause): its steps are then the same on every run.
 */
const LINK_STEP_MS = 30;
/** The meta record of the regroup a committed change still owes. */
export const PENDING = 'regroupPending';

export interface GroupChange {
  /** Claims added or whose text changed. */
  changed: readonly string[];
  /** Groups that lost a member or whose member changed (their rest may split). */
  touchedGroups: readonly string[];
  /**
   * Changed claims that came with their groups (an export file's): the groups are kept as given (a claim joins
   * the claim its group id names), links between two settled claims are not looked for again, and only links
   * to other claims merge them with other groups. So an export imported into an empty store has exactly the
   * exporter's groups: grouping anew could differ, as a store's groups depend on the order claims came in.
   */
  settled?: readonly string[];
}

const groupOf = (claim: ReferenceClaim) => claim.groupId ?? claim.id;

/** New group ids (claim id → group id) for the claims whose group changes after `change`. */
export function regroupedIds(index: ReferenceIndex, change: GroupChange): Map<string, string> {
  return runSteps(regroupSteps(index, change));
}

/** regroupedIds in steps (the lookups are most of the work), so other messages are answered in between. */
function* regroupSteps(index: ReferenceIndex, change: GroupChange, stepMs?: number): Steps<Map<string, string>> {
  // Without features: only the claims looked up again need theirs (decoded below).
  const claims = index.allClaims({ features: false });
  yield;
  const byId = new Map<string, ReferenceClaim>();
  const members = new Map<string, ReferenceClaim[]>();
  yield* eachInSteps(claims, GATHER_STEP, (claim) => {
    byId.set(claim.id, claim);
    const list = members.get(groupOf(claim));
    if (list) list.push(claim);
    else members.set(groupOf(claim), [claim]);
  });
  yield;
  const settled = new Set(change.settled);
  const touched = new Set<string>();
  yield* eachInSteps(change.touchedGroups, GATHER_STEP, (group) => touched.add(group));
  const changed: ReferenceClaim[] = [];
  yield* eachInSteps(change.changed, GATHER_STEP, (id) => {
    const claim = byId.get(id);
    if (!claim) return;
    changed.push(claim);
    if (!settled.has(claim.id)) touched.add(groupOf(claim));
  });
  yield;
  // Looked up again: the changed claims and whatever is left of the groups they touched.
  const recheck = new Map<string, ReferenceClaim>();
  yield* eachInSteps(changed, GATHER_STEP, (claim) => recheck.set(claim.id, claim));
  yield* eachInSteps(touched, GATHER_STEP, (group) => {
    for (const member of members.get(group) ?? []) recheck.set(member.id, member);
  });
  yield;
  // Setting the value of a key already there leaves the map's keys as they are: safe while they are iterated.
  yield* eachInSteps(recheck.keys(), GATHER_STEP, (id) => recheck.set(id, index.claim(id)!));
  const groups = new GroupUnion();
  // Copied in steps: a change of 100,000 claims makes a map of that many.
  const involved = new Map<string, ReferenceClaim>();
  yield* eachInSteps(recheck, GATHER_STEP, ([id, claim]) => involved.set(id, claim));
  const kept = new Set<string>();
  /** An untouched group still holds: all its members go along with any link to one of them. */
  const involve = (claim: ReferenceClaim) => {
    const group = groupOf(claim);
    involved.set(claim.id, claim);
    if (touched.has(group) || kept.has(group)) return;
    kept.add(group);
    for (const member of members.get(group) ?? []) {
      involved.set(member.id, member);
      groups.union(member.id, claim.id);
    }
  };
  // A settled claim joins the claim its given group id names (in the change or already stored).
  for (const claim of changed) {
    const named = settled.has(claim.id) ? byId.get(groupOf(claim)) : undefined;
    if (!named || named.id === claim.id) continue;
    involve(claim);
    involve(named);
    groups.union(claim.id, named.id);
  }
  yield* linkingSteps(
    index,
    recheck.values(),
    (a, b) => {
      if (settled.has(a.id) && settled.has(b.id)) return;
      involve(a);
      involve(b);
      groups.union(a.id, b.id);
    },
    (a, b) => groups.find(a.id) === groups.find(b.id),
    stepMs,
  );
  const moved = new Map<string, string>();
  yield* eachInSteps(involved.values(), GATHER_STEP, (claim) => {
    const group = groups.find(claim.id);
    if (group !== groupOf(claim)) moved.set(claim.id, group);
  });
  return moved;
}

/**
 * Records, inside the transaction of a change, the regroup it calls for (added to any still owed; with
 * `replace`, instead of it: the change replaced the whole set). `prepared` is the record for when nothing is owed
 * (withOwed(undefined, change), from preparedOwed before the transaction): a large change's union of ids then
 * runs outside the transaction, in steps, instead of adding to the transaction's longest run.
 */
export async function oweRegroup(
  db: ClaimLensDb,
  change: GroupChange,
  options: { replace?: boolean; prepared?: PendingRegroupRecord } = {},
) {
  const before = options.replace ? undefined : await owedRegroup(db);
  const owed = before === undefined && options.prepared ? options.prepared : withOwed(before, change);
  if (owed.changed.length > 0 || owed.touchedGroups.length > 0) await db.meta.put({ key: PENDING, value: owed });
}

/**
 * The record oweRegroup writes for `change` when nothing is owed, in steps with the library's pauses: for a large
 * change (a pack's 100,000 claims), computed before its transaction and passed to oweRegroup as `prepared`.
 */
export function preparedOwed(library: Library, change: GroupChange): Promise<PendingRegroupRecord> {
  return inSlices(library, withOwedSteps(undefined, change));
}

/** The regroup owed after `change`, on top of what was owed `before`. */
export function withOwed(before: PendingRegroupRecord | undefined, change: GroupChange): PendingRegroupRecord {
  return runSteps(withOwedSteps(before, change));
}

/** Ids added per step of withOwedSteps (a millisecond or two). */
const OWED_STEP = 5_000;

/** withOwed in steps: a pack's first version changes 100,000 claims. */
function* withOwedSteps(before: PendingRegroupRecord | undefined, change: GroupChange): Steps<PendingRegroupRecord> {
  const settledNow = new Set(change.settled);
  // Only when something settled is still owed: a pack's first version changes 100,000 claims.
  const changedNow = before?.settled.length ? new Set(change.changed) : undefined;
  const changed = yield* unionSteps(before?.changed, change.changed);
  const touchedGroups = yield* unionSteps(before?.touchedGroups, change.touchedGroups);
  return {
    changed,
    touchedGroups,
    // A claim changed again (edited) is no longer as its file gave it.
    settled: [
      ...new Set([
        ...(before?.settled ?? []).filter((id) => !changedNow?.has(id) || settledNow.has(id)),
        ...settledNow,
      ]),
    ],
  };
}

/** The ids of both lists, each once, in order (without the copies a spread makes: lists of 100,000 ids). */
function* unionSteps(first: readonly string[] | undefined, second: readonly string[]): Steps<string[]> {
  const all = new Set<string>();
  yield* eachInSteps(first ?? [], OWED_STEP, (id) => all.add(id));
  yield* eachInSteps(second, OWED_STEP, (id) => all.add(id));
  const out: string[] = [];
  yield* eachInSteps(all, OWED_STEP, (id) => out.push(id));
  return out;
}

const isTextList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/** The owed regroup a meta record's value holds, or undefined when it is not one (damaged). */
export function owedRecord(value: unknown): PendingRegroupRecord | undefined {
  const owed = value as Partial<PendingRegroupRecord> | null;
  if (typeof owed !== 'object' || owed === null) return undefined;
  const whole = isTextList(owed.changed) && isTextList(owed.touchedGroups) && isTextList(owed.settled);
  return whole ? (owed as PendingRegroupRecord) : undefined;
}

/**
 * The regroup still owed, or undefined. A record damaged on disk is read as "every claim changed": slower,
 * but no group is left stale.
 */
export async function owedRegroup(db: ClaimLensDb): Promise<PendingRegroupRecord | undefined> {
  const record = await db.meta.get(PENDING);
  if (!record) return undefined;
  const owed = owedRecord(record.value);
  if (owed) return owed;
  return { changed: (await db.claims.toCollection().primaryKeys()) as string[], touchedGroups: [], settled: [] };
}

/**
 * Does the regroup the store owes (see oweRegroup): finds the groups again, with pauses so other messages are
 * answered, and saves them (database, then index) with the record cleared, in one transaction. Returns false
 * when it could not be saved (no room left, or the store changed meanwhile): the record stays, so the next
 * change, snapshot or start does it; the groups in the database and the index are the ones before, consistent
 * with each other. Never throws for a failed save: the change that called for it is already stored.
 */
export async function finishRegroup(library: Library): Promise<boolean> {
  const { db } = library;
  const { revision, owed } = await db.transaction('r', db.meta, db.claims, async () => ({
    revision: await currentRevision(db),
    owed: await owedRegroup(db),
  }));
  if (!owed) return true;
  const stepMs = library.pause ? undefined : LINK_STEP_MS;
  const moved = await inSlices(library, regroupSteps(library.index, owed, stepMs));
  const changes = [...moved].map(([key, groupId]) => ({ key, changes: { groupId } }));
  try {
    const saved = await db.transaction('rw', db.claims, db.meta, async () => {
      if ((await currentRevision(db)) !== revision) return false;
      for (let i = 0; i < changes.length; i += WRITE_CHUNK) {
        await db.claims.bulkUpdate(changes.slice(i, i + WRITE_CHUNK));
      }
      await db.meta.delete(PENDING);
      if (changes.length > 0) await bumpRevision(db);
      return true;
    });
    if (!saved) return false;
  } catch (error) {
    console.warn(`ClaimLens could not save the same-fact groups yet; it will finish them later (${String(error)}).`);
    return false;
  }
  await indexClaimsInSteps(
    library,
    [...moved].map(([id, groupId]) => ({ ...library.index.claim(id)!, groupId })),
  );
  return true;
}
