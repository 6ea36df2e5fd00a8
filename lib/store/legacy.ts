/**
 * Records stored before the limits (lib/limits.ts) existed may exceed them: an id of 5,000 characters, a
 * claim text of a megabyte, a source of 50,000 claims. Such a record could be listed but not managed: the
 * messages that name it (list its claims, delete, Undo, "not a match") and the import of its own export refuse
 * it, so a delete could not be undone. The schema v4 upgrade fits every stored record to the limits once,
 * losing as little as it can:
 * - an id over its limit gets a new short id (nothing of the content is lost): a source `legacy-<hash>`, its
 *   claims keep their `#n`; the groups and "not a match" answers that name a re-keyed claim follow it;
 * - a text over its limit (claim text, title, publisher, URL, fact-check rating) is shortened to the limit,
 *   ending in "…" (only what no door would take is cut; a claim shortened is matched and grouped anew);
 * - a fact-check with more appearance URLs than the limit keeps the first ones;
 * - a source with more claims than a source may hold is split into parts ("Title (part 2)"), claims unchanged;
 * - a date that is an ISO 8601 date in another form is normalised; one that is no date is cleared (publishedAt)
 *   or set to the epoch (addedAt, which only orders the list).
 * The upgrade runs in the versionchange transaction: the store is fitted whole or not at all.
 */
import type { Transaction } from 'dexie';
import { LIMITS, type LimitName } from '../limits';
import { addedTimestamp, publishedDate } from '../text/dates';
import { textHash } from '../text/hash';
import type { ReferenceClaim, ReferenceSource } from '../types';
import { owedRecord, PENDING, withOwed } from './grouping';
import type { FeedbackRecord, MetaRecord } from './schema';

/** What fitting the store changed, for the background's console. */
export interface FitReport {
  shortened: number;
  rekeyed: number;
  splitSources: number;
}

/** A text cut to `LIMITS[name]` characters, ending in "…" when it was cut. */
function shortened(text: string, name: LimitName): string {
  const limit = LIMITS[name];
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

/** A new id from an old one, not in `taken` (which it is added to). */
function freshId(prefix: string, old: string, taken: Set<string>): string {
  const base = `${prefix}${textHash(old)}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}~${n}`;
  taken.add(id);
  return id;
}

const isText = (value: unknown): value is string => typeof value === 'string';

/** The source with its text fields and dates fitted; true when something changed. */
function fitSource(source: ReferenceSource): boolean {
  const before = JSON.stringify(source);
  if (isText(source.title)) source.title = shortened(source.title, 'title');
  if (isText(source.publisher)) source.publisher = shortened(source.publisher, 'publisher');
  if (isText(source.url)) source.url = shortened(source.url, 'url');
  if (isText(source.publishedAt)) source.publishedAt = publishedDate(source.publishedAt) ?? '';
  if (isText(source.addedAt)) source.addedAt = addedTimestamp(source.addedAt) ?? new Date(0).toISOString();
  return JSON.stringify(source) !== before;
}

/** The claim with its text and review fitted; true when its text changed (its features are then dropped). */
function fitClaim(claim: ReferenceClaim): { changed: boolean; textChanged: boolean } {
  let changed = false;
  let textChanged = false;
  if (isText(claim.text) && claim.text.length > LIMITS.claimText) {
    claim.text = shortened(claim.text, 'claimText');
    delete claim.features;
    changed = textChanged = true;
  }
  const review = claim.review;
  if (review && isText(review.rating) && review.rating.length > LIMITS.rating) {
    review.rating = shortened(review.rating, 'rating');
    changed = true;
  }
  if (review && Array.isArray(review.appearances)) {
    const fitted = review.appearances
      .slice(0, LIMITS.appearances)
      .map((url) => (isText(url) ? shortened(url, 'url') : url));
    if (fitted.length !== review.appearances.length || fitted.some((url, i) => url !== review.appearances[i])) {
      review.appearances = fitted;
      changed = true;
    }
  }
  return { changed, textChanged };
}

/** Fits every stored source and claim to the limits (see the module comment). Run in the v4 upgrade. */
export async function fitStoreToLimits(tx: Transaction): Promise<FitReport> {
  const report: FitReport = { shortened: 0, rekeyed: 0, splitSources: 0 };
  const sourcesTable = tx.table<ReferenceSource, string>('sources');
  const claimsTable = tx.table<ReferenceClaim, string>('claims');
  const sources = await sourcesTable.toArray();
  const sourceIds = new Set(sources.map((source) => source.id));
  const newSourceId = new Map<string, string>();
  const sourcePuts: ReferenceSource[] = [];
  for (const source of sources) {
    if (typeof source !== 'object' || source === null || !isText(source.id)) continue;
    let changed = fitSource(source);
    if (changed) report.shortened += 1;
    if (source.id.length > LIMITS.sourceId) {
      newSourceId.set(source.id, freshId('legacy-', source.id, sourceIds));
      report.rekeyed += 1;
      changed = true;
    }
    if (changed) sourcePuts.push(source);
  }

  // Claims: those to rewrite (new id, new source, fitted text), and how many each source holds.
  const claimIds = new Set((await claimsTable.toCollection().primaryKeys()) as string[]);
  const newClaimId = new Map<string, string>();
  const claimPuts = new Map<string, ReferenceClaim>();
  const perSource = new Map<string, number>();
  const owed = { changed: [] as string[], touchedGroups: [] as string[] };
  await claimsTable.toCollection().each((claim) => {
    if (typeof claim !== 'object' || claim === null || !isText(claim.id)) return;
    perSource.set(claim.sourceId, (perSource.get(claim.sourceId) ?? 0) + 1);
    const oldId = claim.id;
    const { changed, textChanged } = fitClaim(claim);
    const movedSource = newSourceId.get(claim.sourceId);
    let id = oldId;
    if (movedSource !== undefined && oldId.startsWith(`${claim.sourceId}#`)) {
      const suffix = oldId.slice(claim.sourceId.length);
      id = `${movedSource}${suffix}`;
      if (id.length > LIMITS.claimId || claimIds.has(id)) id = freshId('legacy-', oldId, claimIds);
      else claimIds.add(id);
    } else if (oldId.length > LIMITS.claimId) {
      id = freshId('legacy-', oldId, claimIds);
    }
    if (id !== oldId) {
      newClaimId.set(oldId, id);
      report.rekeyed += 1;
    }
    if (movedSource !== undefined) claim.sourceId = movedSource;
    if (textChanged) {
      report.shortened += 1;
      owed.changed.push(id);
      owed.touchedGroups.push(claim.groupId ?? oldId);
    } else if (changed) report.shortened += 1;
    const longGroup = isText(claim.groupId) && claim.groupId.length > LIMITS.claimId;
    if (changed || longGroup || id !== oldId || movedSource !== undefined) claimPuts.set(oldId, { ...claim, id });
  });
  // Groups named after a re-keyed claim follow it; a group id over the limit naming no claim is dropped (the
  // claim is its own group until regrouped).
  for (const claim of claimPuts.values()) {
    if (claim.groupId === undefined) continue;
    claim.groupId = newClaimId.get(claim.groupId) ?? claim.groupId;
    if (claim.groupId.length > LIMITS.claimId) {
      owed.changed.push(claim.id);
      claim.groupId = claim.id;
    }
  }
  owed.touchedGroups = owed.touchedGroups.map((group) => newClaimId.get(group) ?? group);
  const renamedGroups = [...newClaimId.keys()];
  if (renamedGroups.length > 0) {
    const members = new Map<string, ReferenceClaim[]>();
    await claimsTable
      .where('groupId')
      .anyOf(renamedGroups)
      .each((claim) => {
        const put = claimPuts.get(claim.id) ?? claim;
        put.groupId = newClaimId.get(claim.groupId!) ?? put.groupId;
        claimPuts.set(claim.id, put);
        members.set(put.groupId!, [...(members.get(put.groupId!) ?? []), put]);
      });
    // A group's id is its smallest member id (the engine's rule), which a new id may no longer be.
    for (const group of members.values()) {
      const smallest = group.map((claim) => claim.id).sort()[0];
      for (const claim of group) claim.groupId = smallest;
    }
  }

  // A source over the claims a source may hold is split into parts of at most that many.
  const extraSources: ReferenceSource[] = [];
  for (const source of sources) {
    const count = perSource.get(source.id) ?? 0;
    if (count <= LIMITS.claimsPerSource) continue;
    report.splitSources += 1;
    const id = newSourceId.get(source.id) ?? source.id;
    const claims = await claimsTable.where('sourceId').equals(source.id).toArray();
    claims.sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : 1));
    const parts = Math.ceil(count / LIMITS.claimsPerSource);
    for (let part = 2; part <= parts; part++) {
      const partId = freshId('legacy-', `${id}\npart ${part}`, sourceIds);
      const suffix = ` (part ${part} of ${parts})`;
      extraSources.push({
        ...source,
        id: partId,
        title: `${shortened(source.title, 'title').slice(0, LIMITS.title - suffix.length)}${suffix}`,
      });
      for (const claim of claims.slice((part - 1) * LIMITS.claimsPerSource, part * LIMITS.claimsPerSource)) {
        const put = claimPuts.get(claim.id) ?? claim;
        put.sourceId = partId;
        claimPuts.set(claim.id, put);
      }
    }
  }

  if (sourcePuts.length + claimPuts.size + extraSources.length === 0) return report;
  await sourcesTable.bulkDelete([...newSourceId.keys()]);
  await sourcesTable.bulkPut([
    ...sourcePuts.map((source) => ({ ...source, id: newSourceId.get(source.id) ?? source.id })),
    ...extraSources,
  ]);
  await claimsTable.bulkDelete([...newClaimId.keys()]);
  await claimsTable.bulkPut([...claimPuts.values()]);
  // "Not a match" answers about a re-keyed claim follow it.
  const feedback = tx.table<FeedbackRecord>('feedback');
  const answers = await feedback.filter((answer) => newClaimId.has(answer.claimId)).toArray();
  await feedback.bulkDelete(answers.map((answer) => [answer.pageUrl, answer.sentenceHash, answer.claimId]));
  await feedback.bulkPut(answers.map((answer) => ({ ...answer, claimId: newClaimId.get(answer.claimId)! })));
  // A shortened claim is grouped anew (at the next start, see grouping.ts); the snapshot is out of date.
  const meta = tx.table<MetaRecord, string>('meta');
  if (owed.changed.length > 0) {
    const before = owedRecord((await meta.get(PENDING))?.value);
    await meta.put({ key: PENDING, value: withOwed(before, { ...owed, settled: [] }) });
  }
  const revision = (await meta.get('revision'))?.value;
  await meta.put({ key: 'revision', value: (typeof revision === 'number' ? revision : 0) + 1 });
  return report;
}
