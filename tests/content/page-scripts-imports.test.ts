import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The page scripts (content/parts.ts: page-gate.js on every page, page-annotator.js and page-ui.js where there is
 * an article) must stay lean: chrono-node (about 100 KB) and lib/time/sentence-time.ts, which wraps it, belong to
 * the engine (background, CLI). Checked here on the source: every module the page scripts' entry files reach
 * through imports that bundle code (not `import type`). The built files are checked too, in the browser tier
 * (tests/e2e/content-bundles.test.ts).
 */
const ROOT = resolve(__dirname, '../..');
const PAGE_SCRIPTS = ['entrypoints/page-gate.ts', 'entrypoints/page-annotator.ts', 'entrypoints/page-ui.ts'];
const FORBIDDEN_PACKAGES = ['chrono-node'];
const FORBIDDEN_MODULES = ['lib/time/sentence-time.ts'];

/** Import and export specifiers of a module that bring code in: static, side-effect and dynamic ones. */
function codeImports(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/\b(?:import|export)\s+(type\s+)?[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g)) {
    if (!match[1]) found.push(match[2]);
  }
  for (const match of text.matchAll(/\bimport\s*(?:\(\s*)?['"]([^'"]+)['"]/g)) found.push(match[1]);
  return found;
}

/** The file a local specifier names (as Vite resolves `@/`, relative paths and omitted extensions), or undefined. */
function resolveLocal(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith('@/') ? join(ROOT, specifier.slice(2)) : resolve(dirname(from), specifier);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')];
  return candidates.find((file) => /\.tsx?$/.test(file) && existsSync(file));
}

/** The package a bare specifier names ("chrono-node", "@scope/name"). */
const packageOf = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

/** Every local module (relative to the root) and every package reached from `entries`. */
/** Files a module may import that are not code (styles, data): not followed. */
const ASSET = /\.(?:css|json|svg|png|txt|html)(?:\?.*)?$/;

function reached(entries: readonly string[]): {
  modules: Set<string>;
  packages: Set<string>;
  unresolved: Set<string>;
} {
  const modules = new Set<string>();
  const packages = new Set<string>();
  const unresolved = new Set<string>();
  const visit = (file: string) => {
    const name = relative(ROOT, file);
    if (modules.has(name)) return;
    modules.add(name);
    for (const specifier of codeImports(readFileSync(file, 'utf8'))) {
      if (/^(?:@\/|\.\.?\/)/.test(specifier)) {
        const target = resolveLocal(file, specifier);
        if (target) visit(target);
        else if (!ASSET.test(specifier)) unresolved.add(`${relative(ROOT, file)}: ${specifier}`);
      } else packages.add(packageOf(specifier));
    }
  };
  for (const entry of entries) visit(join(ROOT, entry));
  return { modules, packages, unresolved };
}

describe('what the page scripts import', () => {
  it('never reaches chrono-node or the sentence-time module', () => {
    const { modules, packages, unresolved } = reached(PAGE_SCRIPTS);
    // A local import it cannot follow would hide what lies behind it.
    expect([...unresolved]).toEqual([]);
    expect(FORBIDDEN_PACKAGES.filter((name) => packages.has(name))).toEqual([]);
    expect(FORBIDDEN_MODULES.filter((name) => modules.has(name))).toEqual([]);
  });

  it('sees what it checks: the background reaches both, the page scripts reach the extractor and Preact', () => {
    const background = reached(['entrypoints/background.ts']);
    expect(FORBIDDEN_PACKAGES.filter((name) => background.packages.has(name))).toEqual(FORBIDDEN_PACKAGES);
    expect(FORBIDDEN_MODULES.filter((name) => background.modules.has(name))).toEqual(FORBIDDEN_MODULES);
    const page = reached(PAGE_SCRIPTS);
    expect(page.modules).toContain('lib/extract/article.ts');
    expect(page.packages).toContain('preact');
  });

  it('reads code imports and leaves type-only ones out', () => {
    const text = [
      "import type { Chrono } from 'chrono-node';",
      "export type { ParsedResult } from 'chrono-node';",
      "import { h,\n  render } from 'preact';",
      "import './style.css';",
      "export { sentenceTime } from '../lib/time/sentence-time';",
      "const later = () => import('@/content/ui');",
    ].join('\n');
    expect(codeImports(text).sort()).toEqual(['../lib/time/sentence-time', './style.css', '@/content/ui', 'preact']);
  });
});
