import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * `tests/` mirrors the code (README, "Layout"): a folder of tests per folder of `lib/` and per top-level code
 * folder, named the same, so the tests of a module are found where its path says. Besides: shared helpers,
 * fixtures, the fuzz suite (across the three ways in) and the browser suites.
 */
const ROOT = resolve(__dirname, '..');
const NOT_MIRRORS = ['helpers', 'fixtures', 'fuzz', 'e2e'];
/** Top-level folders of code (entrypoints/ is wiring only, tested through the builds and the browser suites). */
const CODE_FOLDERS = ['background', 'bench', 'cli', 'components', 'content', 'messaging', 'scripts'];

const folders = (dir: string) =>
  readdirSync(join(ROOT, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);

describe('tests mirror the code', () => {
  it('each folder of tests/ is named after a folder of lib/ or a top-level code folder', () => {
    const strays = folders('tests').filter(
      (name) => !NOT_MIRRORS.includes(name) && !existsSync(join(ROOT, 'lib', name)) && !CODE_FOLDERS.includes(name),
    );
    expect(strays).toEqual([]);
  });

  it('each folder of lib/ and each top-level code folder has its folder of tests', () => {
    const untested = [...folders('lib'), ...CODE_FOLDERS].filter((name) => !existsSync(join(ROOT, 'tests', name)));
    expect(untested).toEqual([]);
  });
});
