/**
 * The fuzz suite's table in the README: written by `npm run fuzz:report` (scripts/fuzz-report.ts) between two
 * markers, and read back by the suite's tests, which check that each area's row still gives the counts a run
 * gives (the inputs are seeded, so the counts change only when the code under test or the suite changes).
 */
import { readFileSync } from 'node:fs';
import { type Area, sum, type Tally } from './harness';
import { importArea } from './import-path';
import { messageArea } from './message-boundary';
import { pageArea } from './page-path';

/** The three areas, in the table's order. */
export const AREAS: Area<never>[] = [importArea, messageArea, pageArea] as Area<never>[];

export const README = new URL('../../README.md', import.meta.url);
export const START = '<!-- fuzz-table:start (npm run fuzz:report writes this table) -->';
export const END = '<!-- fuzz-table:end -->';

const HEADER = [
  'Area',
  'Kinds tried',
  'Cases',
  'Clear errors',
  'Accepted',
  'Crashes',
  'Hangs',
  'Over memory',
  'Wrong results',
  'Data lost',
];

/** A tally's cells, in the header's order after the area's name. */
export function cells(tally: Tally): string[] {
  return [
    tally.kinds,
    tally.cases,
    tally.clearErrors,
    tally.accepted,
    tally.crashes,
    tally.hangs,
    tally.overMemory,
    tally.wrong,
    tally.dataLost,
  ].map((n) => n.toLocaleString('en-US'));
}

/** The Markdown table of the areas' tallies (in AREAS order) and their total, columns padded. */
export function renderTable(tallies: readonly Tally[]): string {
  const rows = [
    HEADER,
    ...tallies.map((tally, n) => [AREAS[n].name, ...cells(tally)]),
    ['Total', ...cells(sum(tallies))],
  ];
  const widths = HEADER.map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const line = (row: string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
  const rule = `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`;
  return [line(rows[0]), rule, ...rows.slice(1).map(line)].join('\n');
}

/** The README with the table between the markers replaced. */
export function withTable(readme: string, table: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`The README has no ${START} … ${END} markers.`);
  return `${readme.slice(0, start + START.length)}\n${table}\n${readme.slice(end)}`;
}

/** The cells of one area's row in the README's table (after its name), or undefined when it has none. */
export function readmeRow(areaName: string): string[] | undefined {
  const readme = readFileSync(README, 'utf8');
  const table = readme.slice(readme.indexOf(START), readme.indexOf(END));
  const row = table.split('\n').find((line) => line.startsWith(`| ${areaName} `));
  return row
    ?.split('|')
    .slice(2, -1)
    .map((cell) => cell.trim());
}
