/**
 * Keeps same-fact groups current after a change without regrouping the whole set: only the changed claims,
 * their nearest candidates (with the groups those belong to) and the groups that lost or changed a member are
 * grouped again, with the engine's `groupClaims` run on a small index that borrows the full index's word
 * weights. Group ids follow the engine's rule: the smallest claim id of the group.
 */
import { groupClaims, ReferenceIndex } from '../engine';
import type { ReferenceClaim } from '../types';
import type { ClaimLensDb } from './db';
import { indexClaims, type Library } from './library';
import { bumpRevision } from './revision';

/** Candidates looked at per changed claim (as the engine's grouping does). */
const NEIGHBOURS = 8;
/** Past this many changed claims (a large import) claims keep their own group until the next regroup. */
export const REGROUP_LIMIT = 5_000;

export interface GroupChange {
  /** Claims added or whose text changed. */
  changed: readonly string[];
  /** Groups that lost a member or whose member changed (their rest may split). */
  touchedGroups: readonly string[];
}

/** New group ids (claim id → group id) for the claims whose group changes after `change`. */
export function regroupedIds(index: ReferenceIndex, change: GroupChange): Map<string, string> {
  const claims = index.allClaims();
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  const members = new Map<string, ReferenceClaim[]>();
  for (const claim of claims) {
    const group = claim.groupId ?? claim.id;
    const list = members.get(group);
    if (list) list.push(claim);
    else members.set(group, [claim]);
  }
  const changed = new Set(change.changed.filter((id) => byId.has(id)));
  const touched = new Set(change.touchedGroups);
  for (const id of changed) touched.add(byId.get(id)!.groupId ?? id);

  const involved = new Map<string, ReferenceClaim>();
  const include = (claim: ReferenceClaim) => {
    for (const member of members.get(claim.groupId ?? claim.id) ?? [claim]) involved.set(member.id, member);
    involved.set(claim.id, claim);
  };
  for (const group of touched) for (const member of members.get(group) ?? []) involved.set(member.id, member);
  for (const id of changed) {
    const claim = byId.get(id)!;
    include(claim);
    for (const { claim: near } of index.candidates(claim.features!, NEIGHBOURS)) include(near);
  }

  const local = new ReferenceIndex(index.lexicon);
  local.weightOf = index.weightOf;
  const bySource = new Map<string, ReferenceClaim[]>();
  for (const claim of involved.values()) {
    const list = bySource.get(claim.sourceId);
    if (list) list.push(claim);
    else bySource.set(claim.sourceId, [claim]);
  }
  for (const [sourceId, list] of bySource) {
    const source = index.source(sourceId);
    if (source) local.addSource(source, list);
  }
  const found = groupClaims(local);

  // Union the links found now with the memberships of untouched groups (still valid, maybe not all re-found).
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while ((parent.get(root) ?? root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra < rb) parent.set(rb, ra);
    else if (rb < ra) parent.set(ra, rb);
  };
  for (const [id, group] of found) union(id, group);
  for (const claim of involved.values()) {
    const group = claim.groupId ?? claim.id;
    if (!touched.has(group) && byId.has(group)) union(claim.id, group);
    else if (!touched.has(group)) {
      for (const member of members.get(group) ?? []) union(claim.id, member.id);
    }
  }
  const out = new Map<string, string>();
  for (const claim of involved.values()) {
    const group = find(claim.id);
    if (group !== (claim.groupId ?? claim.id)) out.set(claim.id, group);
  }
  return out;
}

/** Regroups after a change and saves the new group ids (database, then index). Returns how many moved. */
export async function regroup(library: Library, change: GroupChange): Promise<number> {
  if (change.changed.length > REGROUP_LIMIT) return 0;
  const moved = regroupedIds(library.index, change);
  if (moved.size === 0) return 0;
  await saveGroups(library.db, moved);
  const claims = library.index.allClaims().filter((claim) => moved.has(claim.id));
  indexClaims(
    library,
    claims.map((claim) => ({ ...claim, groupId: moved.get(claim.id) })),
  );
  return moved.size;
}

async function saveGroups(db: ClaimLensDb, moved: Map<string, string>): Promise<void> {
  await db.transaction('rw', db.claims, db.meta, async () => {
    await db.claims.bulkUpdate([...moved].map(([key, groupId]) => ({ key, changes: { groupId } })));
    await bumpRevision(db);
  });
}
