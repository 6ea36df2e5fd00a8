/**
 * Prints the README's figures table (Markdown) from bench/results/latest.json:
 * `npx tsx bench/report-table.ts [path]`. Each row says what was measured, ClaimLens's figure, the baseline
 * measured in the same run and the target; the machine and date close the table.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Machine } from './machine';
import { REAL_TARGETS } from './part-quality';
import { resultsDir } from './paths';
import type { LatestResults, PartRecord } from './results';

const f3 = (value: number | null | undefined) => (typeof value === 'number' ? value.toFixed(3) : '—');
const ms = (value: number | null | undefined, digits = 1) =>
  typeof value === 'number' ? `${value.toFixed(digits)} ms` : '—';
const pct = (value: number | null | undefined) => (typeof value === 'number' ? `${(value * 100).toFixed(1)}%` : '—');
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

/** A part's result, or undefined when it was not run; quick runs are marked. */
function partOf<T>(part: PartRecord<T> | undefined): { result: T; tag: string } | undefined {
  if (!part?.result) return undefined;
  return { result: part.result, tag: part.quick ? ' (quick run)' : '' };
}

function qualityRows(latest: LatestResults): string[][] {
  const part = partOf(latest.parts.quality);
  if (!part) return [['Labelled pages', 'not measured', '', '']];
  return part.result.sets.map((set) => [
    `Labelled pages, ${set.name}: recall / precision / stance${part.tag}`,
    `${f3(set.totals.recall)} / ${f3(set.totals.precision)} / ${f3(set.totals.stance)}`,
    '',
    set.targets ? `≥ ${set.targets.recall} / ≥ ${set.targets.precision} / ≥ ${set.targets.stance}` : '',
  ]);
}

/** Real reports from ../shared: recall / precision / red / stance, and precision by status. */
function realRows(latest: LatestResults): string[][] {
  const part = partOf(latest.parts.quality);
  const target = `≥ ${REAL_TARGETS.recall} / ≥ ${REAL_TARGETS.precision} / ≥ ${REAL_TARGETS.red} / ≥ ${REAL_TARGETS.stance}`;
  return (part?.result.real ?? []).map(({ name, summary }) => {
    if (!summary) return [`${name}: recall / precision / red / stance`, 'could not run', '', target];
    const statuses = Object.entries(summary.byStatus)
      .map(([status, { right, spans }]) => `${status} ${right}/${spans}`)
      .join(', ');
    return [
      `${name}: recall / precision / red / stance (right/badges by status)`,
      `${f3(summary.recall)} / ${f3(summary.precision)} / ${f3(summary.red)} / ${f3(summary.stance)} (${statuses})`,
      '',
      target,
    ];
  });
}

function checkthatRows(latest: LatestResults): string[][] {
  const part = partOf(latest.parts.checkthat);
  if (!part) return [['CheckThat! 2022 2A retrieval', 'not measured (data not found)', '', '']];
  return part.result.splits.map((split) => [
    `CheckThat! 2A ${split.split} (${split.queries} queries): MAP@1 / MAP@5 / MRR${part.tag}`,
    `${f3(split.engine.map1)} / ${f3(split.engine.map5)} / ${f3(split.engine.mrr)}`,
    `BM25 ${f3(split.bm25.map1)} / ${f3(split.bm25.map5)} / ${f3(split.bm25.mrr)}`,
    split.split === 'test' ? 'MAP@5 ≥ 0.90 (best published ≈ 0.95)' : '',
  ]);
}

function emergentRows(latest: LatestResults): string[][] {
  const part = partOf(latest.parts.emergent);
  if (!part) return [['Emergent stance', 'not measured (data not found)', '', '']];
  const { crossValidation: cv } = part.result;
  const crossValidated = cv
    ? [
        [
          `Emergent stance, tuning part, ${cv.folds}-fold cross-validation grouped by claim: accuracy / macro F1${part.tag}`,
          `${pct(cv.accuracy)} / ${f3(cv.macroF1)}`,
          '',
          '',
        ],
      ]
    : [];
  return [
    ...crossValidated,
    ...part.result.parts
      .filter((p) => p.part !== 'all')
      .map((p) => [
        `Emergent stance, ${p.part} part (${p.pairs} pairs${p.part === 'tuning' ? ', fitted on' : ''}): accuracy / macro F1${part.tag}`,
        `${pct(p.engine.accuracy)} / ${f3(p.engine.macroF1)}`,
        `majority ${pct(p.majority.accuracy)}`,
        p.part === 'held-out' ? '≥ 70% (published 73.3%)' : '',
      ]),
  ];
}

function speedRows(latest: LatestResults): string[][] {
  const part = partOf(latest.parts.speed);
  if (!part) return [['Engine speed', 'not measured', '', '']];
  const { article, sets, growth } = part.result;
  const rows = sets.map((set) => [
    `Annotate ${article.words}-word article, ${set.claims.toLocaleString('en')} claims (${set.name})${part.tag}`,
    `${ms(set.articleMs)} (${ms(set.perSentenceMs, 2)}/sentence)`,
    `linear scan ${set.linear.estimated ? '~' : ''}${ms(set.linear.articleMs, 0)}`,
    set.claims >= 100_000 ? '< 50 ms' : '',
  ]);
  if (growth) {
    rows.push([
      `Growth ${growth.from.toLocaleString('en')} → ${growth.to.toLocaleString('en')} claims`,
      `×${growth.indexed.toFixed(2)}`,
      `linear scan ×${growth.linear.toFixed(2)}`,
      '< ×3',
    ]);
  }
  const largest = sets.filter((set) => set.name.startsWith('synthetic')).at(-1);
  if (largest) {
    rows.push([
      `Index of ${largest.claims.toLocaleString('en')} claims: heap / build / load / restore`,
      `${largest.heapMB === null ? '—' : `${largest.heapMB.toFixed(0)} MB`} / ${(largest.buildMs / 1000).toFixed(1)} s / ${(largest.loadMs / 1000).toFixed(1)} s / ${
        largest.restoreMs === undefined ? '—' : `${(largest.restoreMs / 1000).toFixed(2)} s`
      }`,
      '',
      '',
    ]);
  }
  return rows;
}

function storeRows(latest: LatestResults): string[][] {
  const part = partOf(latest.parts.store);
  if (!part) return [['Reference store', 'not measured', '', '']];
  const s = (value: number) => `${(value / 1000).toFixed(1)} s`;
  const s2 = (value: number) => `${(value / 1000).toFixed(2)} s`;
  return part.result.sets.flatMap((set) => {
    const rows = [
      [
        `Store, ${set.claims.toLocaleString('en')} claims (fake-indexeddb): cold start / import / grouping${part.tag}`,
        `${s(set.coldStart.ms)} / ${s(set.importMs)} / ${s(set.groupingMs)}`,
        `from the tables ${s(set.coldStartFromTables.ms)}`,
        set.claims >= 100_000 ? 'cold start < 2 s' : '',
      ],
    ];
    // Results written before the stall was measured have no such figures.
    if (set.snapshotAfterEditMs !== undefined) {
      rows.push([
        `Store, ${set.claims.toLocaleString('en')} claims: snapshot write, whole / after an edit (longest stall)${part.tag}`,
        `${s(set.snapshotWriteMs)} (${s2(set.snapshotWriteStallMs)}) / ${s2(set.snapshotAfterEditMs)} (${s2(set.snapshotAfterEditStallMs)})`,
        '',
        '',
      ]);
    }
    return rows;
  });
}

function hostileRows(latest: LatestResults): string[][] {
  const part = partOf(latest.parts.hostile);
  if (!part) return [['Hostile input (sentences, reference files, page title)', 'not measured', '', '']];
  return Object.entries(part.result).map(([name, { chars, medianMs }]) => [
    `Hostile input, ${name} (${chars.toLocaleString('en-US')} characters)${part.tag}`,
    ms(medianMs),
    '',
    '< 1000 ms',
  ]);
}

function bundleRows(latest: LatestResults): string[][] {
  const part = partOf(latest.parts.bundle);
  if (!part) return [['Bundle sizes', 'not measured', '', '']];
  return part.result.sizes.map((size) => [
    `Bundle: ${size.part} (minified / gzipped)`,
    `${kB(size.bytes)} / ${kB(size.gzipBytes)}`,
    '',
    '',
  ]);
}

function cliRows(latest: LatestResults): string[][] {
  const part = partOf(latest.parts.cli);
  if (!part) return [['Command line: start / one-page check', 'not measured', '', '']];
  const { startMs, pageMs, pageCpuMs, npmPageMs, folder, tsxPageMs } = part.result;
  const cpu = typeof pageCpuMs === 'number' ? ` (CPU ${ms(pageCpuMs, 0)})` : '';
  return [
    [
      `Command line: start (--help) / one-page check / the same through npm run cli${part.tag}`,
      `${ms(startMs, 0)} / ${ms(pageMs, 0)}${cpu} / ${ms(npmPageMs, 0)}`,
      `sources through tsx ${ms(tsxPageMs, 0)}`,
      'one page well under 1000 ms',
    ],
    [
      `Command line: check FOLDER of ${folder.pages} pages (JSON Lines, one index)${part.tag}`,
      `${ms(folder.ms, 0)} (${ms(folder.ms / folder.pages, 0)} per page)`,
      '',
      '',
    ],
  ];
}

function browserRows(latest: LatestResults): string[][] {
  const part = partOf(latest.parts.browser);
  if (!part)
    return [
      [
        'Browser: document_idle → badges, long tasks, no-article script time, packs in the service worker',
        'not measured in this run',
        '',
        '',
      ],
    ];
  return Object.entries(part.result.figures as Record<string, unknown>).map(([key, value]) => [
    `Browser: ${key}`,
    typeof value === 'number' ? String(value) : JSON.stringify(value),
    '',
    '',
  ]);
}

/** A Markdown table with padded columns (the layout the formatter keeps); the first row is the header. */
function markdownTable(rows: readonly string[][]): string[] {
  const cells = rows.map((row) => row.map((cell) => cell.replace(/\|/g, '\\|')));
  const widths = cells[0].map((_, column) => Math.max(3, ...cells.map((row) => row[column].length)));
  const line = (row: readonly string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
  return [line(cells[0]), line(widths.map((width) => '-'.repeat(width))), ...cells.slice(1).map(line)];
}

function packsRows(latest: LatestResults): string[][] {
  const part = partOf(latest.parts.packs);
  if (!part) return [['Packs', 'not measured', '', '']];
  const cell = ({ ms, stallMs }: { ms: number; stallMs: number }) =>
    `${(ms / 1000).toFixed(2)} s (${(stallMs / 1000).toFixed(2)} s)`;
  return part.result.sets.map((set) => [
    `Pack of ${set.claims.toLocaleString('en')} claims in Node (fake-indexeddb; the real browser's: Browser rows): subscribe / refresh 200 / refresh 304 / remove (longest stall)${part.tag}`,
    `${cell(set.subscribe)} / ${cell(set.refreshChanged)} / ${cell(set.refreshNotModified)} / ${cell(set.remove)}`,
    '',
    'stall < 0.2 s',
  ]);
}

/** The Markdown table for the README. */
export function reportTable(latest: LatestResults): string {
  const rows = [
    ...qualityRows(latest),
    ...realRows(latest),
    ...checkthatRows(latest),
    ...emergentRows(latest),
    ...speedRows(latest),
    ...storeRows(latest),
    ...packsRows(latest),
    ...hostileRows(latest),
    ...bundleRows(latest),
    ...cliRows(latest),
    ...browserRows(latest),
  ];
  const m: Partial<Machine> = latest.machine ?? {};
  const date = String(latest.updatedAt ?? '').slice(0, 10);
  return [
    ...markdownTable([['Measure', 'ClaimLens', 'Baseline (same run)', 'Target'], ...rows]),
    '',
    `Measured with \`npm run bench\` on ${m.cpu ?? 'unknown CPU'} (${m.cores ?? '?'} cores, ${m.memoryGB ?? '?'} GB), Node ${m.node ?? '?'}, ${date}, load average ${m.loadAverage ?? '?'} at the start; timings are medians of several runs.`,
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const path = process.argv[2] ?? join(resultsDir, 'latest.json');
  if (!existsSync(path)) {
    console.error(`report-table: ${path} not found; run npm run bench first`);
    process.exit(2);
  }
  console.log(reportTable(JSON.parse(readFileSync(path, 'utf8'))));
}
