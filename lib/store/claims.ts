/** Reference claims: list and search, add, edit, delete, and restore what a delete removed (undo). */
import { displayText } from '../engine';
import type { ReferenceClaim, ReferenceSource } from '../types';
import { checkRecords, checkRoom } from './capacity';
import { plainWrite, StoreError } from './errors';
import { finishRegroup, oweRegroup } from './grouping';
import { indexClaims, indexSources, type Library, unindex } from './library';
import { plainClaim } from './plain';
import { bumpRevision } from './revision';
import { claimNumber, groupsOf, newClaim, ownSource } from './sources';
import type { Removed } from './types';

/** The source `addClaims` uses when none is given. */
export const MY_CLAIMS_ID = 'user-my-claims';
const MAX_PAGE = 500;

export interface ClaimQuery {
  sourceId?: string;
  /** Words to look for (case-insensitive, anywhere in the claim text). */
  query?: string;
  offset?: number;
  limit?: number;
}

/**
 * A claim as the References list shows it. `fromPack`: the title of the pack's source it comes from, when it
 * comes from a pack; such a claim is changed with its pack (turned off or removed in Packs), not one by one.
 */
export interface ListedClaim extends ReferenceClaim {
  fromPack?: string;
}

/** One page of claims (without features): of a source in article order, or all claims containing `query`. */
export function listClaims(library: Library, request: ClaimQuery): { claims: ListedClaim[]; total: number } {
  let claims = request.sourceId
    ? library.index.claimsOf(request.sourceId, { features: false })
    : library.index.allClaims({ features: false });
  const query = displayText(request.query ?? '').toLowerCase();
  if (query) claims = claims.filter((claim) => claim.text.toLowerCase().includes(query));
  claims.sort(
    (a, b) => a.sourceId.localeCompare(b.sourceId) || a.start - b.start || claimNumber(a.id) - claimNumber(b.id),
  );
  const offset = Math.max(0, Math.floor(request.offset ?? 0));
  const limit = Math.min(MAX_PAGE, Math.max(1, Math.floor(request.limit ?? 50)));
  const listed = claims.slice(offset, offset + limit).map((claim): ListedClaim => {
    const source = library.index.source(claim.sourceId);
    const plain = plainClaim(claim);
    return source?.origin === 'pack' ? { ...plain, fromPack: source.title || source.publisher } : plain;
  });
  return { claims: listed, total: claims.length };
}

/** Adds sentences as claims of a source (a "My claims" source is created when none is given). */
export async function addClaims(
  library: Library,
  request: { sourceId?: string; texts: readonly string[] },
  now = new Date(),
): Promise<ReferenceClaim[]> {
  const texts = request.texts.map(displayText).filter((text) => text.length > 0);
  if (texts.length === 0) throw new StoreError('There is no claim text to add.');
  const sourceId = request.sourceId ?? MY_CLAIMS_ID;
  let source = request.sourceId ? ownSource(library, request.sourceId) : library.index.source(sourceId);
  const created = !source;
  source ??= {
    id: MY_CLAIMS_ID,
    title: 'My claims',
    publisher: '',
    url: '',
    publishedAt: '',
    addedAt: now.toISOString(),
    origin: 'user',
    enabled: true,
  } satisfies ReferenceSource;
  const existing = library.index.claimsOf(sourceId, { features: false });
  let n = existing.reduce((max, claim) => Math.max(max, claimNumber(claim.id)), -1) + 1;
  const target = source;
  // Checked before the features are computed: a text over the limit costs nothing more.
  const drafts = texts.map((text, i) => ({ id: `${sourceId}#${n + i}`, sourceId, text, start: 0, end: 0 }));
  checkRecords('Adding the claims', created ? [target] : [], drafts);
  checkRoom(library, 'Adding the claims', created ? [target] : [], drafts);
  const claims = texts.map((text) => newClaim(library, sourceId, n++, text));
  await plainWrite('Adding the claims', () =>
    library.db.transaction('rw', library.db.sources, library.db.claims, library.db.meta, async () => {
      if (created) await library.db.sources.add(target);
      await library.db.claims.bulkAdd(claims);
      await oweRegroup(library.db, { changed: claims.map((claim) => claim.id), touchedGroups: [] });
      await bumpRevision(library.db);
    }),
  );
  if (created) indexSources(library, [{ source: target, claims }]);
  else indexClaims(library, claims);
  await finishRegroup(library);
  return claims.map((claim) => plainClaim(claimOf(library, claim.id) ?? claim));
}

/** The claim with this id in the index. */
function claimOf(library: Library, id: string): ReferenceClaim | undefined {
  return library.index.claim(id);
}

/** The claim with this id, when the reader may change it (not a pack's: a pack changes only with its pack). */
function requireClaim(library: Library, id: string): ReferenceClaim {
  const claim = claimOf(library, id);
  if (!claim) throw new StoreError('That claim is no longer in your references.');
  ownSource(library, claim.sourceId);
  return claim;
}

/** Changes a claim's text; its features are recomputed and its group found again. */
export async function editClaim(library: Library, id: string, text: string): Promise<ReferenceClaim> {
  const claim = requireClaim(library, id);
  const clean = displayText(text);
  if (!clean) throw new StoreError('A claim cannot be empty: delete it instead.');
  const { features: _old, ...rest } = claim;
  const edited: ReferenceClaim = { ...rest, text: clean };
  checkRecords('Saving the claim', [], [edited]);
  edited.features = library.index.featuresOf(edited);
  await plainWrite('Saving the claim', () =>
    library.db.transaction('rw', library.db.claims, library.db.meta, async () => {
      await library.db.claims.put(edited);
      await oweRegroup(library.db, { changed: [id], touchedGroups: groupsOf([claim]) });
      await bumpRevision(library.db);
    }),
  );
  indexClaims(library, [edited]);
  await finishRegroup(library);
  return plainClaim(requireClaim(library, id));
}

/** Deletes one claim; returns it so it can be restored. */
export async function deleteClaim(library: Library, id: string): Promise<Removed> {
  const claim = requireClaim(library, id);
  await plainWrite('Deleting the claim', () =>
    library.db.transaction('rw', library.db.claims, library.db.meta, async () => {
      await library.db.claims.delete(id);
      await oweRegroup(library.db, { changed: [], touchedGroups: groupsOf([claim]) });
      await bumpRevision(library.db);
    }),
  );
  unindex(library, { claimIds: [id] });
  await finishRegroup(library);
  return { sources: [], claims: [plainClaim(claim)] };
}

/**
 * Puts back what a delete removed (undo). Sources and claims already present are left as they are; a claim
 * whose source is gone is not restored, nor a pack's source (a pack comes back only by subscribing again).
 */
export async function restore(library: Library, removed: Removed): Promise<void> {
  const sources = removed.sources.filter((source) => source.origin !== 'pack' && !library.index.source(source.id));
  const known = new Set([...sources.map((source) => source.id), ...library.index.allSources().map((s) => s.id)]);
  const present = new Set(library.index.allClaims({ features: false }).map((claim) => claim.id));
  const claims = removed.claims
    .filter((claim) => known.has(claim.sourceId) && !present.has(claim.id))
    .map((claim) => {
      // Features are recomputed and the group found again: neither is trusted from the caller.
      const { features: _stale, ...plain } = claim;
      const fresh = { ...plain, groupId: plain.id };
      return { ...fresh, features: library.index.featuresOf(fresh) };
    });
  if (sources.length === 0 && claims.length === 0) return;
  checkRecords('Restoring', sources, claims);
  checkRoom(library, 'Restoring', sources, claims);
  await plainWrite('Restoring', () =>
    library.db.transaction('rw', library.db.sources, library.db.claims, library.db.meta, async () => {
      await library.db.sources.bulkPut(sources);
      await library.db.claims.bulkPut(claims);
      await oweRegroup(library.db, { changed: claims.map((claim) => claim.id), touchedGroups: [] });
      await bumpRevision(library.db);
    }),
  );
  const newSources = new Set(sources.map((source) => source.id));
  indexSources(
    library,
    sources.map((source) => ({ source, claims: claims.filter((claim) => claim.sourceId === source.id) })),
  );
  indexClaims(
    library,
    claims.filter((claim) => !newSources.has(claim.sourceId)),
  );
  await finishRegroup(library);
}
