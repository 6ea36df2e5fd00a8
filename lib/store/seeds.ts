/** The bundled seed set: installed once, and restored on request ("reset to seed set"). */
import { type ReferenceArticle, seedReferences } from '../reference/seeds';
import { plainWrite } from './errors';
import { clearFeedback } from './feedback';
import { finishRegroup, oweRegroup } from './grouping';
import { clearIndex, indexSources, type Library } from './library';
import { bumpRevision } from './revision';

const SEEDED = 'seededAt';

function seedArticles(library: Library, now: Date): ReferenceArticle[] {
  return seedReferences(now.toISOString()).map(({ source, claims }) => ({
    source,
    claims: claims.map((claim) => ({ ...claim, groupId: claim.id, features: library.index.featuresOf(claim) })),
  }));
}

/** The regroup that adding these articles calls for. */
const changeOf = (articles: readonly ReferenceArticle[]) => ({
  changed: articles.flatMap((article) => article.claims.map((claim) => claim.id)),
  touchedGroups: [],
});

/**
 * Installs the seed set on first install. Does nothing when it was installed before, so a reader who
 * deleted seed sources does not get them back on an update.
 */
export async function installSeeds(library: Library, now = new Date()): Promise<boolean> {
  if (await library.db.meta.get(SEEDED)) return false;
  const articles = seedArticles(library, now);
  const installed = await plainWrite('Installing the seed set', () =>
    library.db.transaction('rw', [library.db.sources, library.db.claims, library.db.meta], async () => {
      if (await library.db.meta.get(SEEDED)) return false;
      await library.db.sources.bulkPut(articles.map((article) => article.source));
      await library.db.claims.bulkPut(articles.flatMap((article) => article.claims));
      await library.db.meta.put({ key: SEEDED, value: now.toISOString() });
      await oweRegroup(library.db, changeOf(articles));
      await bumpRevision(library.db);
      return true;
    }),
  );
  if (!installed) return false;
  indexSources(library, articles);
  await finishRegroup(library);
  return true;
}

/**
 * Makes the reference set the seed set again: every other source (added, imported or a pack's, with the pack's
 * subscription) is deleted and the seed sources come back as bundled, enabled, with their original claims. The
 * reader's "not a match" feedback is kept unless `clearFeedback`.
 */
export async function resetSeeds(
  library: Library,
  options: { clearFeedback?: boolean } = {},
  now = new Date(),
): Promise<void> {
  const articles = seedArticles(library, now);
  await plainWrite('Resetting to the seed set', () =>
    library.db.transaction(
      'rw',
      [library.db.sources, library.db.claims, library.db.meta, library.db.packs],
      async () => {
        await library.db.claims.clear();
        // The packs go with their claims: the reference set is the seed set alone.
        await library.db.packs.clear();
        await library.db.sources.clear();
        await library.db.sources.bulkPut(articles.map((article) => article.source));
        await library.db.claims.bulkPut(articles.flatMap((article) => article.claims));
        await library.db.meta.put({ key: SEEDED, value: now.toISOString() });
        // Whatever regroup was owed was about claims that are gone.
        await oweRegroup(library.db, changeOf(articles), { replace: true });
        await bumpRevision(library.db);
      },
    ),
  );
  if (options.clearFeedback) await clearFeedback(library.db);
  clearIndex(library);
  indexSources(library, articles);
  await finishRegroup(library);
}
