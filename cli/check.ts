/** `check PAGE`: annotates a saved page against a reference set and prints JSON or text. */
import { annotateBlocks, buildReferenceIndex } from '../lib/engine';
import type { PageAnnotation } from '../lib/types';
import { parseArgs } from './args';
import { UsageError } from './errors';
import { formatText } from './format-text';
import { loadPage } from './pages';
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

export async function runCheck(argv: string[]): Promise<void> {
  const { positional, options } = parseArgs(argv, ['format', 'reference', 'sensitivity']);
  if (positional.length !== 1)
    throw new UsageError('check needs exactly one PAGE (a .html or .txt file, or - for standard input)');
  const format = options.get('format') ?? 'text';
  if (format !== 'json' && format !== 'text') throw new UsageError(`--format must be json or text, not "${format}"`);
  const sensitivity = options.has('sensitivity') ? Number(options.get('sensitivity')) : undefined;
  if (sensitivity !== undefined && !(sensitivity >= 0 && sensitivity <= 1)) {
    throw new UsageError('--sensitivity must be a number from 0 to 1');
  }
  const page = await loadPage(positional[0]);
  const index = buildReferenceIndex(await loadReferences(options.get('reference')));
  const annotations = annotateBlocks(index, page.blocks, { sensitivity, publishedAt: page.publishedAt });
  if (format === 'json') process.stdout.write(`${JSON.stringify(jsonReport(page, annotations), null, 2)}\n`);
  else process.stdout.write(formatText(page, annotations, Boolean(process.stdout.isTTY) && !process.env.NO_COLOR));
}
