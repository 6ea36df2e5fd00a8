/**
 * Where the benchmarks find their inputs and put their results. Data under ../shared is not part of a
 * user's clone: every part asks `sharedPath` and reports what it did not find instead of failing.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (the folder holding package.json). */
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The shared folder beside the project (../shared), overridable with CLAIMLENS_SHARED. */
export const sharedRoot = resolve(process.env.CLAIMLENS_SHARED ?? join(projectRoot, '..', 'shared'));

/** Labelled pages copied into the project. */
export const fixturePages = join(projectRoot, 'tests', 'fixtures', 'pages');

/** Results folder (git-ignored). */
export const resultsDir = join(projectRoot, 'bench', 'results');

/** A path under the shared folder, or undefined when it is not there. */
export function sharedPath(...parts: string[]): string | undefined {
  const path = join(sharedRoot, ...parts);
  return existsSync(path) ? path : undefined;
}
