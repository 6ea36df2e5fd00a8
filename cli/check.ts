/**
 * `check PAGE`: annotates a saved page against a reference set and prints JSON or text.
 * `check FOLDER`: annotates every page in a folder against one reference index (built once) and prints a JSON
 * Lines report, one line per page, for batch use.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { annotateBlocks, buildReferenceIndex } from '../lib/engine';
import type { PageAnnotation } from '../lib/types';
import { parseArgs } from './args';
import { UsageError } from './errors';
import { formatText } from './format-text';
import { type LoadedPage, loadPage, PAGE_FILE } from './pages';
import { loadReferences } from './references';

/** The JSON report: the shape score.py and other tools read. */
export function jsonReport(
  page: { title: string; url: string; publishedAt?: string },
  annotations: readonly PageAnnotation[],
) {
  return {
    page: { title: page.title, url: page.url, publishedAt: page.publishedAt ?? '' },
    claims: annotations.map((annotation) => ({
      text: annotation.text,
      status: annotation.status,
      sourceCount: annotation.sourceCount,
      blockId: annotation.blockId,
      start: annotation.start,
      end: annotation.end,
      matches: annotation.matches.map((match) => ({
        referenceClaim: match.referenceClaim,
        source: {
          title: match.source.title,
          publisher: match.source.publisher,
          url: match.source.url,
          publishedAt: match.source.publishedAt,
        },
        stance: match.stance,
        score: match.score,
        differences: match.differences,
        // An update's two dates (ISO at their precision) and which side is newer.
        ...(match.time
          ? { dates: { page: match.time.page, reference: match.time.reference }, newer: match.time.newer }
          : {}),
      })),
    })),
  };
}

/** Whether PAGE names a folder (standard input and missing paths are left to loadPage, which names the problem). */
async function isFolder(path: string): Promise<boolean> {
  if (path === '-') return false;
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

type Index = ReturnType<typeof buildReferenceIndex>;

/** A page's annotations, dated by its own publication date (a figure of another date is an update). */
function annotatePage(index: Index, page: LoadedPage, sensitivity: number | undefined): PageAnnotation[] {
  return annotateBlocks(index, page.blocks, { sensitivity, publishedAt: page.publishedAt, title: page.title });
}

/**
 * One JSON Lines line per page of the folder (its .html and .txt files, in name order, not its subfolders):
 * `{"file": name, "page": …, "claims": …}`, the claims as in the one-page JSON report, or `{"file": name,
 * "error": …}` for a page that cannot be checked; the others are still checked. Returns how many failed.
 */
async function checkFolder(dir: string, index: Index, sensitivity: number | undefined): Promise<number> {
  const names = (await readdir(dir, { withFileTypes: true }))
    .filter((entry) => entry.isFile() && PAGE_FILE.test(entry.name))
    .map((entry) => entry.name)
    .sort();
  if (names.length === 0) throw new UsageError(`${dir} holds no .html or .txt pages to check`);
  let failed = 0;
  for (const file of names) {
    let line: object;
    try {
      const page = await loadPage(join(dir, file));
      line = { file, ...jsonReport(page, annotatePage(index, page, sensitivity)) };
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      failed += 1;
      line = { file, error: error.message };
    }
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
  return failed;
}

export async function runCheck(argv: string[]): Promise<void> {
  const { positional, options } = parseArgs(argv, ['format', 'reference', 'sensitivity']);
  if (positional.length !== 1)
    throw new UsageError(
      'check needs exactly one PAGE (a .html or .txt file, - for standard input, or a folder of pages)',
    );
  const [path] = positional;
  const folder = await isFolder(path);
  const format = options.get('format') ?? (folder ? 'jsonl' : 'text');
  if (folder && format !== 'jsonl' && format !== 'json') {
    throw new UsageError(`a folder's report is JSON Lines (--format jsonl), not "${format}"`);
  }
  if (!folder && format !== 'json' && format !== 'text') {
    throw new UsageError(`--format must be json or text, not "${format}"`);
  }
  const sensitivity = options.has('sensitivity') ? Number(options.get('sensitivity')) : undefined;
  if (sensitivity !== undefined && !(sensitivity >= 0 && sensitivity <= 1)) {
    throw new UsageError('--sensitivity must be a number from 0 to 1');
  }
  if (folder) {
    const index = buildReferenceIndex(await loadReferences(options.get('reference')));
    const failed = await checkFolder(path, index, sensitivity);
    if (failed > 0) throw new UsageError(`${failed} page(s) of ${path} could not be checked (see their "error" lines)`);
    return;
  }
  const page = await loadPage(path);
  const index = buildReferenceIndex(await loadReferences(options.get('reference')));
  const annotations = annotatePage(index, page, sensitivity);
  if (format === 'json') process.stdout.write(`${JSON.stringify(jsonReport(page, annotations), null, 2)}\n`);
  else process.stdout.write(formatText(page, annotations, Boolean(process.stdout.isTTY) && !process.env.NO_COLOR));
}
