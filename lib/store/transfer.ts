/**
 * Import and export of reference files (see lib/reference/parse-file.ts for the formats).
 *
 * An import is atomic: sources and claims are written in one transaction, together with the same-fact regroup
 * they call for (grouping.ts), so a background stopped at any point leaves the store as it was or holding the
 * whole file; the regroup is then finished at once, or by the next start if the worker was stopped first.
 * The long parts (features of every claim, indexing, regrouping) run in steps with pauses in between, so the
 * background answers other tabs while a large file is imported. Memory: the file's text, its records and their
 * features, once each; nothing else grows with the file.
 */

import { exportFile } from '../reference/export-format';
import { referenceFileSteps } from '../reference/parse-file';
import type { ReferenceArticle } from '../reference/seeds';
import { runStepsPausing } from '../steps';
import { textHash } from '../text/hash';
import type { ReferenceClaim, ReferenceSource } from '../types';
import { checkRecords, checkRoom } from './capacity';
import { plainWrite, StoreError } from './errors';
import { finishRegroup, type GroupChange, oweRegroup } from './grouping';
import { indexInSteps, inSlices, type Library } from './library';
import { bumpRevision } from './revision';
import { claimNumber, listSources } from './sources';
import type { ImportResult } from './types';

/** Claims written per bulk call inside the import transaction. */
const WRITE_CHUNK = 5_000;
/** Claims whose features are computed per step: about 1.3 ms each with the tagger, so about 130 ms a step. */
const FEATURE_STEP = 100;

/** What an import adds, once the file's records are matched against the store. */
interface ImportPlan {
  /** Sources new to the store, with their new claims. */
  articles: ReferenceArticle[];
  /** New claims of sources already stored. */
  addedToExisting: ReferenceClaim[];
  unchanged: number;
  /** Sources imported under a new id because a different source already had theirs. */
  renamed: number;
  /** New claims whose group the file gave. */
  settled: string[];
}

/**
 * True when a file's source is the stored source of the same id: same title and URL. Otherwise it is
 * another source that happens to use the id (a hand-made file reusing a seed's id, say): adding its claims
 * to the stored one would put them under another article's name, and "Reset to seed set" would delete them.
 */
function sameSource(stored: ReferenceSource, source: ReferenceSource): boolean {
  return stored.title === source.title && stored.url === source.url;
}

/** A new id for a source whose id is taken: the same for the same file, so importing it again adds nothing. */
function freshSourceId(library: Library, source: ReferenceSource): string {
  const base = `import-${textHash(`${source.id}\n${source.title}\n${source.url}`)}`;
  let id = base;
  for (let n = 2; library.index.source(id) && !sameSource(library.index.source(id)!, source); n++) id = `${base}~${n}`;
  return id;
}

/**
 * Matches the file's records against the store. A source is the same as a stored one only when its id, title
 * and URL are; a claim only when a claim of that source already has its id. Anything else is new, re-keyed
 * when its id is taken. Each new claim's group is the one the file gives it (its group id, renamed along with
 * the claims), when that names a claim of the file or of the store; else its own until regrouped.
 */
function planImport(library: Library, articles: readonly ReferenceArticle[]): ImportPlan {
  const plan: ImportPlan = { articles: [], addedToExisting: [], unchanged: 0, renamed: 0, settled: [] };
  const rekeyed = new Map<string, string>();
  const fresh: { claim: ReferenceClaim; fileGroup: string | undefined }[] = [];
  const fileIds = new Set(articles.flatMap((article) => article.claims.map((claim) => claim.id)));
  const stored = (id: string) => library.index.claim(id, { features: false });
  const assigned = new Set<string>();
  for (const { source: fileSource, claims } of articles) {
    const before = library.index.source(fileSource.id);
    const renamed = before !== undefined && !sameSource(before, fileSource);
    const source = renamed ? { ...fileSource, id: freshSourceId(library, fileSource) } : fileSource;
    if (renamed) plan.renamed += 1;
    const existing = library.index.source(source.id) !== undefined;
    if (existing) plan.unchanged += 1;
    const added: ReferenceClaim[] = [];
    let next = 0;
    claims.forEach((claim, position) => {
      // A renamed source's claims are numbered in file order: the same ids when the same file comes again.
      let id = renamed ? `${source.id}#${position}` : claim.id;
      if (stored(id)?.sourceId === source.id) {
        plan.unchanged += 1;
        rekeyed.set(claim.id, id);
        return;
      }
      if (stored(id) || assigned.has(id)) {
        do id = `${source.id}#${next++}`;
        while (stored(id) || fileIds.has(id) || assigned.has(id));
      }
      rekeyed.set(claim.id, id);
      assigned.add(id);
      const { features: _ignored, groupId: fileGroup, ...plain } = claim;
      const record: ReferenceClaim = { ...plain, id, sourceId: source.id, groupId: id };
      added.push(record);
      fresh.push({ claim: record, fileGroup });
    });
    if (existing) plan.addedToExisting.push(...added);
    else plan.articles.push({ source, claims: added });
  }
  const freshIds = new Set(fresh.map(({ claim }) => claim.id));
  for (const { claim, fileGroup } of fresh) {
    if (fileGroup === undefined) continue;
    const group = rekeyed.get(fileGroup) ?? fileGroup;
    if (freshIds.has(group) || library.index.claim(group, { features: false })) claim.groupId = group;
    plan.settled.push(claim.id);
  }
  return plan;
}

/**
 * The longest a step of features runs in the background: a claim's analysis takes about a millisecond, but steps of
 * 25 claims held the event loop 0.3-0.5 s every few seconds in a pack of 100,000 (not the collector; the analyser
 * empties its caches whole past their size, the likely cause). Not when the library has a pause of its own (tests
 * that stop the work at its n-th pause): its steps are then the same on every run.
 */
const FEATURE_STEP_MS = 30;

/**
 * Computes the claims' features in steps of `step` claims (shorter in the background, see FEATURE_STEP_MS), letting
 * other messages be answered in between.
 */
export async function addFeatures(library: Library, claims: ReferenceClaim[], step = FEATURE_STEP): Promise<void> {
  const stepMs = library.pause ? Number.POSITIVE_INFINITY : FEATURE_STEP_MS;
  function* steps() {
    let stepStart = performance.now();
    let inStep = 0;
    for (let i = 0; i < claims.length; i++) {
      claims[i].features = library.index.featuresOf(claims[i]);
      inStep += 1;
      if (inStep === step || performance.now() - stepStart >= stepMs) {
        inStep = 0;
        yield;
        stepStart = performance.now();
      }
    }
  }
  await inSlices(library, steps());
}

/**
 * Imports a reference file: everything or nothing, in one transaction. A malformed file is refused before
 * anything is written, with a message naming the first bad record and field; records already in the store
 * are left as they are (so importing the same file again adds nothing).
 */
export async function importReferences(
  library: Library,
  fileName: string,
  content: string,
  now = new Date(),
): Promise<ImportResult> {
  const { value: parsed } = await runStepsPausing(
    referenceFileSteps(fileName, content, now.toISOString()),
    library.pause,
  );
  const plan = planImport(library, parsed.articles);
  const sources = plan.articles.map((article) => article.source);
  const claims = [...plan.articles.flatMap((article) => article.claims), ...plan.addedToExisting];
  const result: ImportResult = { sourcesAdded: sources.length, claimsAdded: claims.length, unchanged: plan.unchanged };
  if (plan.renamed > 0) result.renamed = plan.renamed;
  if (sources.length === 0 && claims.length === 0) return result;
  checkRecords('Importing the file', sources, claims);
  checkRoom(library, 'Importing the file', sources, claims);
  await addFeatures(library, claims);
  const change: GroupChange = { changed: claims.map((claim) => claim.id), touchedGroups: [], settled: plan.settled };
  await plainWrite('Importing the file', () =>
    library.db.transaction('rw', library.db.sources, library.db.claims, library.db.meta, async () => {
      await library.db.sources.bulkAdd(sources);
      for (let i = 0; i < claims.length; i += WRITE_CHUNK) {
        await library.db.claims.bulkAdd(claims.slice(i, i + WRITE_CHUNK));
      }
      await oweRegroup(library.db, change);
      await bumpRevision(library.db);
    }),
  );
  await indexInSteps(library, plan.articles, plan.addedToExisting);
  // Saved whatever happens next: a regroup that cannot be saved now is finished later (see grouping.ts).
  if (!(await finishRegroup(library))) result.groupingPending = true;
  return result;
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
