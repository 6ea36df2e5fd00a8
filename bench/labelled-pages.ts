/**
 * Runs the engine in-process on the labelled pages in tests/fixtures/pages, the same way the CLI's
 * `check PAGE --format json [--reference DIR]` does (read page → text blocks → annotate → JSON report),
 * and scores the reports with score-pages. An accuracy test can call `scoreLabelledSet` directly.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonReport } from '../cli/check';
import { loadPage } from '../cli/pages';
import { loadReferences } from '../cli/references';
import { annotateBlocks, buildReferenceIndex } from '../lib/engine';
import { fixturePages } from './paths';
import { type PageLabel, type PageScore, scorePage, type Totals, totals } from './score-pages';

/** A folder of labelled pages and the reference set they are checked against. */
export interface LabelledSet {
  name: string;
  dir: string;
  /** Folder of reference articles (like the CLI's --reference DIR); the seed set when absent. */
  referenceDir?: string;
  /** Label files in `dir` to leave out (pages that belong to another set). */
  exclude?: readonly string[];
}

/** The two sets the issue sets targets for: the seed story (flat) and another story with its refs. */
export function fixtureSets(root = fixturePages): LabelledSet[] {
  const other = join(root, 'other');
  const otherLabels = existsSync(other) ? labelFiles(other) : [];
  const sets: LabelledSet[] = [{ name: 'dev (seed story)', dir: root, exclude: otherLabels }];
  if (otherLabels.length > 0)
    sets.push({ name: 'dev-other (own refs)', dir: other, referenceDir: join(other, 'refs') });
  return sets;
}

function labelFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.labels.json'))
    .sort();
}

/** The labelled pages of a set, in file order: each page's labels file and page file. */
export function labelledPages(set: LabelledSet): { labels: string; page: string }[] {
  return labelFiles(set.dir)
    .filter((name) => !set.exclude?.includes(name))
    .map((name) => {
      const labels = join(set.dir, name);
      const spec = JSON.parse(readFileSync(labels, 'utf8')) as { page: string };
      return { labels, page: join(set.dir, spec.page) };
    });
}

export interface SetScore {
  name: string;
  pages: PageScore[];
  totals: Totals;
}

/** Annotates every labelled page of the set with the engine and scores it; the index is built once. */
export async function scoreLabelledSet(set: LabelledSet): Promise<SetScore> {
  const index = buildReferenceIndex(await loadReferences(set.referenceDir));
  const pages: PageScore[] = [];
  for (const { labels, page: pagePath } of labelledPages(set)) {
    const spec = JSON.parse(readFileSync(labels, 'utf8')) as { page: string; labels: PageLabel[] };
    const page = await loadPage(pagePath);
    const report = jsonReport(page, annotateBlocks(index, page.blocks));
    pages.push(scorePage(spec.page, spec.labels, report));
  }
  return { name: set.name, pages, totals: totals(pages) };
}
