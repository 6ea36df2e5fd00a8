/** Import and export of reference files (see lib/reference/parse-file.ts for the formats). */
import type { ImportResult } from '../messaging/protocol';
import { exportFile } from '../reference/export-format';
import { parseReferenceFile } from '../reference/parse-file';
import type { ReferenceArticle } from '../reference/seeds';
import type { ReferenceClaim } from '../types';
import { checkRecords, checkRoom } from './capacity';
import { plainWrite, StoreError } from './errors';
import { regroup } from './grouping';
import { indexClaims, indexSources, type Library } from './library';
import { bumpRevision } from './revision';
import { claimNumber, listSources } from './sources';

/** Claims written per bulk call inside the import transaction. */
const WRITE_CHUNK = 5_000;

/**
 * Imports a reference file: everything or nothing, in one transaction. A malformed file is refused before
 * anything is written, with a message naming the first bad record and field; records whose id is already in
 * the store are left as they are (so importing the same file again adds nothing).
 */
export async function importReferences(
  library: Library,
  fileName: string,
  content: string,
  now = new Date(),
): Promise<ImportResult> {
  const { articles } = parseReferenceFile(fileName, content, now.toISOString());
  const present = new Set(library.index.allClaims({ features: false }).map((claim) => claim.id));
  const newArticles: ReferenceArticle[] = [];
  const addedToExisting: ReferenceClaim[] = [];
  let unchanged = 0;
  for (const { source, claims } of articles) {
    const existing = library.index.source(source.id);
    if (existing) unchanged += 1;
    const fresh: ReferenceClaim[] = [];
    for (const claim of claims) {
      if (present.has(claim.id)) {
        unchanged += 1;
        continue;
      }
      const { features: _ignored, ...plain } = claim;
      fresh.push({ ...plain, groupId: plain.id, features: library.index.featuresOf(plain) });
    }
    if (existing) addedToExisting.push(...fresh);
    else newArticles.push({ source, claims: fresh });
  }
  const sources = newArticles.map((article) => article.source);
  const claims = [...newArticles.flatMap((article) => article.claims), ...addedToExisting];
  if (sources.length > 0 || claims.length > 0) {
    checkRecords('Importing the file', sources, claims);
    checkRoom(library, 'Importing the file', sources, claims);
    await plainWrite('Importing the file', () =>
      library.db.transaction('rw', library.db.sources, library.db.claims, library.db.meta, async () => {
        await library.db.sources.bulkAdd(sources);
        for (let i = 0; i < claims.length; i += WRITE_CHUNK) {
          await library.db.claims.bulkAdd(claims.slice(i, i + WRITE_CHUNK));
        }
        await bumpRevision(library.db);
      }),
    );
    indexSources(library, newArticles);
    indexClaims(library, addedToExisting);
    await regroup(library, { changed: claims.map((claim) => claim.id), touchedGroups: [] });
  }
  return { sourcesAdded: sources.length, claimsAdded: claims.length, unchanged };
}

/** The export file of all sources, or of the chosen ones, named after the day. */
export function exportReferences(
  library: Library,
  sourceIds?: readonly string[],
  now = new Date(),
): { fileName: string; content: string } {
  const chosen = sourceIds ? new Set(sourceIds) : undefined;
  const sources = listSources(library).filter((source) => !chosen || chosen.has(source.id));
  if (sources.length === 0) throw new StoreError('There are no sources to export.');
  const bySource = new Map<string, ReferenceClaim[]>(sources.map((source) => [source.id, []]));
  for (const claim of library.index.allClaims({ features: false })) bySource.get(claim.sourceId)?.push(claim);
  const articles = sources.map(({ claimCount: _count, ...source }) => ({
    source,
    claims: (bySource.get(source.id) ?? []).sort((a, b) => a.start - b.start || claimNumber(a.id) - claimNumber(b.id)),
  }));
  return {
    fileName: `claimlens-references-${now.toISOString().slice(0, 10)}.json`,
    content: exportFile(articles, now),
  };
}
