/**
 * Loads a reference set for the CLI: the bundled seeds by default, or a folder of articles (.html/.txt),
 * or JSON Lines of claims ({"id","text","title"?,"url"?}).
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { claimsFromBlocks } from '../lib/engine';
import { type ReferenceArticle, seedReferences } from '../lib/reference/seeds';
import type { ReferenceSource } from '../lib/types';
import { UsageError } from './errors';
import { loadPage, readInput } from './pages';

function sourceOf(id: string, meta: Partial<ReferenceSource>): ReferenceSource {
  return {
    id,
    title: meta.title ?? id,
    publisher: meta.publisher ?? '',
    url: meta.url ?? '',
    publishedAt: meta.publishedAt ?? '',
    addedAt: new Date(0).toISOString(),
    origin: 'import',
    enabled: true,
  };
}

/** A folder of reference articles: each .html or .txt file is one source. */
async function loadFolder(dir: string): Promise<ReferenceArticle[]> {
  const names = (await readdir(dir)).filter((name) => /\.(x?html?|txt)$/i.test(name)).sort();
  if (names.length === 0) throw new UsageError(`${dir} holds no .html or .txt reference articles`);
  const articles: ReferenceArticle[] = [];
  for (const name of names) {
    const page = await loadPage(join(dir, name));
    const id = basename(name, extname(name));
    const source = sourceOf(id, {
      title: page.title || id,
      publisher: page.publisher,
      url: page.url,
      publishedAt: page.publishedAt,
    });
    articles.push({ source, claims: claimsFromBlocks(id, page.blocks) });
  }
  return articles;
}

/** JSON Lines of claims; every claim becomes its own source (fact-checks usually are). */
function parseJsonLines(path: string, content: string): ReferenceArticle[] {
  const articles: ReferenceArticle[] = [];
  content.split(/\r?\n/).forEach((line, n) => {
    if (line.trim() === '') return;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      throw new UsageError(`${path}: line ${n + 1} is not valid JSON`);
    }
    const { id, text, title, url } = (record ?? {}) as Record<string, unknown>;
    if (typeof id !== 'string' && typeof id !== 'number')
      throw new UsageError(`${path}: line ${n + 1}: "id" is missing`);
    if (typeof text !== 'string' || text.trim() === '') {
      throw new UsageError(`${path}: line ${n + 1} (id ${id}): "text" must be a non-empty string`);
    }
    const source = sourceOf(String(id), {
      title: typeof title === 'string' ? title : undefined,
      url: typeof url === 'string' ? url : undefined,
    });
    articles.push({
      source,
      claims: [{ id: String(id), sourceId: String(id), text: text.trim(), start: 0, end: text.length }],
    });
  });
  if (articles.length === 0) throw new UsageError(`${path} holds no claims`);
  return articles;
}

/** The reference articles named by --reference, or the seed set when none is given. */
export async function loadReferences(path: string | undefined): Promise<ReferenceArticle[]> {
  if (path === undefined) return seedReferences();
  let isFolder = false;
  try {
    isFolder = (await stat(path)).isDirectory();
  } catch {
    throw new UsageError(`cannot read ${path}: no such file or folder`);
  }
  if (isFolder) return loadFolder(path);
  const content = await readInput(path);
  if (/\.jsonl$/i.test(path) || /^\s*\{[^\n]*\}\s*\n\s*\{/.test(content)) return parseJsonLines(path, content);
  if (/\.(x?html?|txt)$/i.test(path)) {
    const page = await loadPage(path);
    const id = basename(path, extname(path));
    return [{ source: sourceOf(id, page), claims: claimsFromBlocks(id, page.blocks) }];
  }
  throw new UsageError(`${path}: unknown reference format (expected a folder, .html, .txt, .jsonl or an export file)`);
}
