/**
 * Keeps same-fact groups current after a change without regrouping the whole set: only the changed claims
 * and the members of groups that lost or changed a member are looked up again (in the full index, with the
 * engine's `linkSameFacts`), and the groups they link to are merged with them. The cost grows with the size
 * of the change, about linearly, so a 100,000-claim import is grouped like a one-claim edit. Group ids follow
 * the engine's rule: the smallest claim id of the group.
 */
import { GroupUnion, linkSameFacts, type ReferenceIndex } from '../engine';
import type { ReferenceClaim } from '../types';
import type { ClaimLensDb } from './db';
import { indexClaims, type Library } from './library';
import { bumpRevision } from './revision';

/** Group ids written per bulk call. */
const WRITE_CHUNK = 5_000;

export interface GroupChange {
  /** Claims added or whose text changed. */
  changed: readonly string[];
  /** Groups that lost a member or whose member changed (their rest may split). */
  touchedGroups: readonly string[];
}

const groupOf = (claim: ReferenceClaim) => claim.groupId ?? claim.id;

/** New group ids (claim id → group id) for the claims whose group changes after `change`. */
export function regroupedIds(index: ReferenceIndex, change: GroupChange): Map<string, string> {
  // Without features: only the claims looked up again need theirs (decoded below).
  const claims = index.allClaims({ features: false });
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  const members = new Map<string, ReferenceClaim[]>();
  for (const claim of claims) {
    const list = members.get(groupOf(claim));
    if (list) list.push(claim);
    else members.set(groupOf(claim), [claim]);
  }
  const touched = new Set(change.touchedGroups);
  const changed = change.changed.map((id) => byId.get(id)).filter((claim) => claim !== undefined);
  for (const claim of changed) touched.add(groupOf(claim));
  // Looked up again: the changed claims and whatever is left of the groups they touched.
  const recheck = new Map(changed.map((claim) => [claim.id, claim]));
  for (const group of touched) for (const member of members.get(group) ?? []) recheck.set(member.id, member);
  for (const id of recheck.keys()) recheck.set(id, index.claim(id)!);

  const groups = new GroupUnion();
  const involved = new Map(recheck);
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
  linkSameFacts(
    index,
    recheck.values(),
    (a, b) => {
      involve(a);
      involve(b);
      groups.union(a.id, b.id);
    },
    (a, b) => groups.find(a.id) === groups.find(b.id),
  );
  const moved = new Map<string, string>();
  for (const claim of involved.values()) {
    const group = groups.find(claim.id);
    if (group !== groupOf(claim)) moved.set(claim.id, group);
  }
  return moved;
}

/** Regroups after a change and saves the new group ids (database, then index). Returns how many moved. */
export async function regroup(library: Library, change: GroupChange): Promise<number> {
  const moved = regroupedIds(library.index, change);
  if (moved.size === 0) return 0;
  await saveGroups(library.db, moved);
  const claims = [...moved].map(([id, groupId]) => ({ ...library.index.claim(id)!, groupId }));
  indexClaims(library, claims);
  return moved.size;
}

async function saveGroups(db: ClaimLensDb, moved: Map<string, string>): Promise<void> {
  const changes = [...moved].map(([key, groupId]) => ({ key, changes: { groupId } }));
  await db.transaction('rw', db.claims, db.meta, async () => {
    for (let i = 0; i < changes.length; i += WRITE_CHUNK) await db.claims.bulkUpdate(changes.slice(i, i + WRITE_CHUNK));
    await bumpRevision(db);
  });
}
