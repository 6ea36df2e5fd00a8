/**
 * Loads a reference set for the CLI: the bundled seeds by default, a folder of articles (.html/.txt), or a
 * reference file the extension can import too (export .json, JSON Lines of claims, ClaimReview JSON-LD).
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { claimsFromBlocks } from '../lib/engine';
import { parseReferenceFile } from '../lib/reference/parse-file';
import { type ReferenceArticle, seedReferences } from '../lib/reference/seeds';
import type { ReferenceSource } from '../lib/types';
import { UsageError } from './errors';
import { loadPage, PAGE_FILE, readInput } from './pages';

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
  const names = (await readdir(dir)).filter((name) => PAGE_FILE.test(name)).sort();
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

/** A reference file (export JSON, JSON Lines or ClaimReview JSON-LD), read by the same parser as the extension. */
function parseFile(path: string, content: string): ReferenceArticle[] {
  try {
    return parseReferenceFile(path, content, new Date(0).toISOString()).articles;
  } catch (error) {
    throw new UsageError(`${path}: ${(error as Error).message}`);
  }
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
  if (/\.(jsonl|ndjson|json)$/i.test(path) || /^\s*[[{]/.test(content)) return parseFile(path, content);
  if (/\.(x?html?|txt)$/i.test(path)) {
    const page = await loadPage(path);
    const id = basename(path, extname(path));
    return [{ source: sourceOf(id, page), claims: claimsFromBlocks(id, page.blocks) }];
  }
  throw new UsageError(
    `${path}: unknown reference format (expected a folder, .html, .txt, .jsonl, .json (ClaimLens export or ClaimReview))`,
  );
}
