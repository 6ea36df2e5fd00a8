/** Reference sources: list, add an article, enable or disable, delete. */
import { claimsFromBlockSteps, displayText } from '../engine';
import { LIMITS } from '../limits';
import { runStepsPausing } from '../steps';
import { notADate, publishedDate } from '../text/dates';
import { textHash } from '../text/hash';
import type { ReferenceClaim, ReferenceSource, TextBlock } from '../types';
import { checkRecords, checkRoom } from './capacity';
import { plainWrite, StoreError } from './errors';
import { finishRegroup, oweRegroup } from './grouping';
import { indexSources, type Library, unindex } from './library';
import { plainClaim } from './plain';
import { bumpRevision } from './revision';
import type { ArticleMeta, Removed, SourceSummary } from './types';

/**
 * All sources with their claim counts: seeds first, then by when they were added. A pack's sources are not
 * listed: the pack is shown, turned off and removed as one (lib/store/packs.ts).
 */
export function listSources(library: Library): SourceSummary[] {
  const counts = new Map<string, number>();
  for (const claim of library.index.allClaims({ features: false }))
    counts.set(claim.sourceId, (counts.get(claim.sourceId) ?? 0) + 1);
  const order = (source: ReferenceSource) => (source.origin === 'seed' ? 0 : 1);
  return library.index
    .allSources()
    .filter((source) => source.origin !== 'pack')
    .map((source) => ({ ...source, claimCount: counts.get(source.id) ?? 0 }))
    .sort((a, b) => order(a) - order(b) || a.addedAt.localeCompare(b.addedAt) || a.title.localeCompare(b.title));
}

/**
 * The source with this id, when the reader may change it alone; a pack's source is changed with its pack (turned
 * off or removed in the Packs section), never one by one.
 */
export function ownSource(library: Library, id: string): ReferenceSource {
  const source = library.index.source(id);
  if (!source) throw new StoreError('That source is no longer in your references.');
  if (source.origin === 'pack') throw new StoreError('That source belongs to a pack: turn off or remove the pack.');
  return source;
}

/** The summary of one source in the index. */
export function sourceSummary(library: Library, id: string): SourceSummary {
  const source = library.index.source(id);
  if (!source) throw new StoreError('That source is no longer in your references.');
  return { ...source, claimCount: library.index.claimsOf(id, { features: false }).length };
}

export interface NewArticle {
  meta: ArticleMeta;
  /** The article's text blocks (paragraphs). */
  blocks: readonly TextBlock[];
  /** The preview's sentences the reader kept; all check-worthy sentences when absent. */
  keep?: readonly string[];
}

/**
 * Saves an article as a new user source with its check-worthy sentences as claims. The same article (same
 * title, URL and text) cannot be added twice.
 */
export async function addArticle(library: Library, article: NewArticle, now = new Date()): Promise<SourceSummary> {
  const text = article.blocks.map((block) => block.text).join('\n\n');
  const title = displayText(article.meta.title) || 'Untitled article';
  const id = `user-${textHash(`${article.meta.url}\n${title}\n${text}`)}`;
  const existing = library.index.source(id);
  if (existing) throw new StoreError(`This article is already in your references ("${existing.title}").`);
  const publishedAt = publishedDate(article.meta.publishedAt);
  if (publishedAt === undefined) {
    throw new StoreError(`Adding the article was refused: ${notADate('publishedAt', article.meta.publishedAt)}.`);
  }
  const source: ReferenceSource = {
    id,
    title,
    publisher: displayText(article.meta.publisher),
    url: article.meta.url.trim(),
    publishedAt,
    addedAt: now.toISOString(),
    origin: 'user',
    enabled: true,
  };
  checkRecords('Adding the article', [source], []);
  // Every stored claim has a group: its own until regrouping joins it to others. A sentence longer than a claim
  // may be is not one anyone checks: it is left out, as the preview leaves it out.
  // In steps: a long article is seconds of analysis, and other tabs are answered meanwhile.
  const { value: found } = await runStepsPausing(
    claimsFromBlockSteps(id, article.blocks, library.index.lexicon),
    library.pause,
  );
  let claims: ReferenceClaim[] = found
    .filter((claim) => claim.text.length <= LIMITS.claimText)
    .map((claim) => ({ ...claim, groupId: claim.id }));
  if (article.keep) {
    const keep = new Set(article.keep.map(displayText).filter((kept) => kept.length > 0));
    claims = claims.filter((claim) => keep.delete(claim.text));
    let n = claims.length === 0 ? 0 : Math.max(...claims.map((claim) => claimNumber(claim.id))) + 1;
    for (const kept of keep) claims.push(newClaim(library, id, n++, kept));
  }
  if (claims.length === 0) throw new StoreError('No claims to save: the article has no check-worthy sentences.');
  checkRecords('Adding the article', [], claims);
  checkRoom(library, 'Adding the article', [source], claims);
  await plainWrite('Adding the article', () =>
    library.db.transaction('rw', library.db.sources, library.db.claims, library.db.meta, async () => {
      await library.db.sources.add(source);
      await library.db.claims.bulkAdd(claims);
      await oweRegroup(library.db, { changed: claims.map((claim) => claim.id), touchedGroups: [] });
      await bumpRevision(library.db);
    }),
  );
  indexSources(library, [{ source, claims }]);
  await finishRegroup(library);
  return { ...source, claimCount: claims.length };
}

/** The number after '#' in a claim id (-1 when there is none). */
export function claimNumber(id: string): number {
  const match = /#(\d+)$/.exec(id);
  return match ? Number(match[1]) : -1;
}

/** A claim of `sourceId` from a sentence the reader wrote (no position in an article). */
export function newClaim(library: Library, sourceId: string, n: number, text: string): ReferenceClaim {
  const id = `${sourceId}#${n}`;
  const claim: ReferenceClaim = { id, sourceId, text, start: 0, end: 0, groupId: id };
  return { ...claim, features: library.index.featuresOf(claim) };
}

/** Enables or disables a source: a disabled source's claims are kept but not matched. */
export async function setSourceEnabled(library: Library, id: string, enabled: boolean): Promise<void> {
  const source = ownSource(library, id);
  if (source.enabled === enabled) return;
  const updated = { ...source, enabled };
  await plainWrite(enabled ? 'Enabling the source' : 'Disabling the source', () =>
    library.db.transaction('rw', library.db.sources, library.db.meta, async () => {
      await library.db.sources.put(updated);
      await bumpRevision(library.db);
    }),
  );
  indexSources(library, [{ source: updated, claims: library.index.claimsOf(id) }]);
}

/** Deletes a source and its claims; returns what was removed so it can be restored. */
export async function deleteSource(library: Library, id: string): Promise<Removed> {
  const source = ownSource(library, id);
  const claims = library.index.claimsOf(id, { features: false });
  await plainWrite('Deleting the source', () =>
    library.db.transaction('rw', library.db.sources, library.db.claims, library.db.meta, async () => {
      await library.db.claims.where('sourceId').equals(id).delete();
      await library.db.sources.delete(id);
      await oweRegroup(library.db, { changed: [], touchedGroups: groupsOf(claims) });
      await bumpRevision(library.db);
    }),
  );
  unindex(library, { sourceIds: [id] });
  await finishRegroup(library);
  return { sources: [source], claims: claims.map(plainClaim) };
}

/** The distinct group ids of some claims. */
export function groupsOf(claims: readonly ReferenceClaim[]): string[] {
  return [...new Set(claims.map((claim) => claim.groupId ?? claim.id))];
}
