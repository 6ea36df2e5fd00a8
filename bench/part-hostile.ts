/**
 * Part "hostile": how long the engine's front doors take on text a page or a file controls, at sizes where the
 * quadratic code these replaced took from seconds to hours (issue 15): sentence splitting of a megabyte of
 * plain sentences and of "Mr. Mr. …", a reference file whose single record has a 400,000-space run, a page
 * with 50,000 unclosed JSON-LD tags, a file nested 100,000 deep, and page metadata under a hostile <title>.
 * Target: each under a second (the tests check the results at these sizes, never the time).
 */
import { parseHTML } from 'linkedom';
import { extractArticle } from '../lib/extract/article';
import { parseReferenceFile } from '../lib/reference/parse-file';
import { splitSentences } from '../lib/text/sentences';
import { type BenchOptions, fixed, type PartResult, textTable } from './part';
import { timeRuns } from './stats';

/** Milliseconds each case takes (median), by name. */
export type HostileResult = Record<string, { chars: number; medianMs: number }>;

const TARGET_MS = 1000;

/** Runs `read`, which must refuse in plain words or give a result; a refusal counts as done. */
function settle(read: () => unknown): unknown {
  try {
    return read();
  } catch (error) {
    return (error as Error).message;
  }
}

function cases(): { name: string; input: string; read: (input: string) => unknown }[] {
  const review =
    '{"@type": "ClaimReview", "claimReviewed": "Officials said 12 boats sank.", "url": "https://f.example/1"}';
  return [
    { name: 'sentences: plain', input: 'The council met on Friday. '.repeat(40_000), read: splitSentences },
    { name: 'sentences: "Mr. Mr. …"', input: `${'Mr. '.repeat(250_000)}Smith left.`, read: splitSentences },
    {
      name: 'file: one record, long white space',
      input: `{"id": "a",${' '.repeat(400_000)}\n"text": "Officials said 12 boats sank."}`,
      read: (input) => settle(() => parseReferenceFile('claim.json', input)),
    },
    {
      name: 'file: unclosed JSON-LD tags',
      input: `<html><script type="application/ld+json">${review}</script>${'<script type="application/ld+json">{'.repeat(50_000)}`,
      read: (input) => settle(() => parseReferenceFile('page.html', input)),
    },
    {
      name: 'file: nested 100,000 deep',
      input: `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
      read: (input) => settle(() => parseReferenceFile('deep.json', input)),
    },
    {
      name: 'page: hostile <title>',
      input: `<html><head><title>${'Big fire - '.repeat(40_000)}|x</title></head><body><p>A story.</p></body></html>`,
      read: (input) => extractArticle(parseHTML(input).document as unknown as Document).title.length,
    },
  ];
}

export async function runHostile(options: BenchOptions): Promise<PartResult<HostileResult>> {
  const result: HostileResult = {};
  const rows: string[][] = [['input', 'characters', 'median ms', `target < ${TARGET_MS} ms`]];
  for (const { name, input, read } of cases()) {
    const timing = timeRuns(() => read(input), options.quick ? 1 : Math.min(options.runs, 5), options.quick ? 0 : 1);
    result[name] = { chars: input.length, medianMs: Math.round(timing.medianMs * 10) / 10 };
    rows.push([
      name,
      input.length.toLocaleString('en-US'),
      fixed(timing.medianMs, 1),
      timing.medianMs < TARGET_MS ? 'yes' : 'NO',
    ]);
  }
  return { result, missing: [], lines: textTable(rows) };
}
