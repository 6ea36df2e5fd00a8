import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The background carries only what it needs: pasted HTML is read by the popup and options page with the browser's
 * DOMParser (lib/reference/article-blocks.ts), so no HTML parser package (linkedom, about 0.45 MB minified) is in
 * the background's bundle. Only Node code (the command line, benchmarks, tests) may import one.
 */
const RUNS_IN_THE_EXTENSION = ['background', 'lib', 'messaging', 'components', 'content', 'entrypoints'];
const PARSERS = /from\s+'(linkedom|jsdom|happy-dom|parse5|htmlparser2)[/']/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

describe('the extension bundles no HTML parser', () => {
  it.each(RUNS_IN_THE_EXTENSION)('%s/ imports none', (folder) => {
    const importing = sourceFiles(folder).filter((file) => PARSERS.test(readFileSync(file, 'utf8')));
    expect(importing).toEqual([]);
  });
});
