/**
 * Labelled pages and the overlap rule of ../shared/eval/score.py, so the browser suites judge a badge the way
 * the evaluation judges the CLI: a badge's sentence and a label's sentence overlap when one contains the other
 * (after normalising quotes, spaces and case) or when they share at least 60% of the shorter one's words.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export type LabelExpect = 'corroborated' | 'conflicting' | 'mixed' | 'none' | 'any';

export interface PageLabel {
  text: string;
  expect: LabelExpect;
  /** Phrases of the seed sentence a right match quotes. */
  refs: string[];
  /** Added to the page after load (not scored by score.py). */
  dynamic?: boolean;
  /** For the in-page navigation page: which story shows the sentence. */
  view?: 'first' | 'second';
}

export interface LabelledPage {
  /** File name of the page, e.g. dev-01-wire-rewrite.html */
  page: string;
  labels: PageLabel[];
}

/** Lower case, straight quotes, single spaces, and score.py's overlap rule: the scorer's own definitions. */
import { norm as normalise } from '../../../bench/score-pages';

export { overlaps } from '../../../bench/score-pages';
export { normalise };

/** True when `text` contains one of the label's reference phrases (score.py's quote rule). */
export function quotesReference(text: string, refs: readonly string[]): boolean {
  const haystack = normalise(text);
  return refs.some((ref) => haystack.includes(normalise(ref)));
}

/** Reads NAME.labels.json from a fixture folder. */
export function readLabels(folder: string, name: string): LabelledPage {
  return JSON.parse(readFileSync(join(resolve(folder), name), 'utf8')) as LabelledPage;
}

/**
 * The labelled evaluation pages copied into tests/fixtures/pages (dev-*.labels.json; the dev2- page is scored
 * against other references and is not part of the browser suites).
 */
export function evaluationPages(): LabelledPage[] {
  const folder = 'tests/fixtures/pages';
  return readdirSync(resolve(folder))
    .filter((file) => /^dev-.*\.labels\.json$/.test(file))
    .sort()
    .map((file) => readLabels(folder, file));
}

/** Labels that call for a badge (corroborated or conflicting). */
export function positiveLabels(labels: readonly PageLabel[]): PageLabel[] {
  return labels.filter((label) => label.expect === 'corroborated' || label.expect === 'conflicting');
}
