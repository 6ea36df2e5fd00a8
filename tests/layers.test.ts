import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The folders are the architecture (README, "Layout"): each top-level folder is one runtime, and an import may run
 * only toward code that runs in more places. `lib/` runs anywhere (background, command line, tests), so it imports
 * none of the runtimes; the content script, the background and the extension pages share only `lib/` and the
 * message protocol; `entrypoints/` wires them together.
 */
const ROOT = resolve(__dirname, '..');

/** What each folder may import from (besides packages and itself). */
const ALLOWED: Record<string, string[]> = {
  lib: ['lib'],
  messaging: ['lib', 'messaging'],
  content: ['lib', 'messaging', 'content'],
  background: ['lib', 'messaging', 'background'],
  components: ['lib', 'messaging', 'components'],
  cli: ['lib', 'cli'],
};

/** Folders of data (no code) that any layer may read. */
const DATA = ['data', 'public'];

/** Narrower rules inside `lib/`: the store keeps its own types (the protocol carries them, not the reverse). */
const LIB_STORE_FORBIDDEN = ['messaging', 'content', 'background', 'components'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'data' ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

/** The top-level folder each local import of `file` reaches (specifiers starting `@/`, `./` or `../`). */
function importedFolders(file: string): { specifier: string; folder: string }[] {
  const text = readFileSync(file, 'utf8');
  const found: { specifier: string; folder: string }[] = [];
  const pattern = /(?:from\s+|import\s*\(\s*|import\s+|vi\.mock\(\s*)'((?:@\/|\.\.?\/)[^']*)'/g;
  for (const match of text.matchAll(pattern)) {
    const specifier = match[1];
    const target = specifier.startsWith('@/') ? join(ROOT, specifier.slice(2)) : resolve(dirname(file), specifier);
    const folder = relative(ROOT, target).split('/')[0];
    found.push({ specifier, folder });
  }
  return found;
}

describe('layers', () => {
  for (const [folder, allowed] of Object.entries(ALLOWED)) {
    it(`${folder}/ imports only from ${allowed.join(', ')}`, () => {
      const wrong = sourceFiles(join(ROOT, folder)).flatMap((file) =>
        importedFolders(file)
          .filter(({ folder: reached }) => !allowed.includes(reached) && !DATA.includes(reached))
          .map(({ specifier }) => `${relative(ROOT, file)} → ${specifier}`),
      );
      expect(wrong).toEqual([]);
    });
  }

  it('lib/store takes no type from messaging or a runtime', () => {
    const wrong = sourceFiles(join(ROOT, 'lib/store')).flatMap((file) =>
      importedFolders(file)
        .filter(({ folder }) => LIB_STORE_FORBIDDEN.includes(folder))
        .map(({ specifier }) => `${relative(ROOT, file)} → ${specifier}`),
    );
    expect(wrong).toEqual([]);
  });

  it('sees the imports it checks (a broken pattern would pass everything)', () => {
    const imports = importedFolders(join(ROOT, 'content/main.ts')).map(({ folder }) => folder);
    expect(imports).toContain('lib');
    expect(imports).toContain('messaging');
  });
});
