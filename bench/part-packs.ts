/**
 * Part "packs": subscribe, refresh (200 with 1 claim in 100 changed, and 304) and remove a pack of 10,000 and
 * 100,000 synthetic claims (2,000 in a quick run), with the longest main-thread stall of each (see packs.ts).
 */
import { measurePacks, type PackSpeed, type Timed } from './packs';
import { type BenchOptions, fixed, type PartResult, textTable } from './part';

const FULL_SIZES = [10_000, 100_000];
const QUICK_SIZES = [2_000];

export interface PacksResult {
  sets: PackSpeed[];
  notes: string[];
}

const cell = (timed: Timed) =>
  `${fixed(timed.ms / 1000, 2)} s (${fixed(timed.stallMs, 0)} ms${timed.stallRanMs === undefined ? '' : `, ran ${fixed(timed.stallRanMs, 0)}`})`;

export async function runPacks(options: BenchOptions): Promise<PartResult<PacksResult>> {
  const sets: PackSpeed[] = [];
  for (const size of options.quick ? QUICK_SIZES : FULL_SIZES) sets.push(await measurePacks(size));
  const notes = [
    'each cell: whole time (longest main-thread stall: how long a message waits at most meanwhile; on Linux, how long the main thread ran during it, the rest it waited for a core)',
    "IndexedDB is fake-indexeddb in Node; the pack host is a function (no network); one store, no seed set; the real browser's figures (Chromium's service worker) are npm run bench:browser's",
    'claims are synthetic (seed sentences recombined, 40% of words from WordNet), one source each; the update rewords 1 claim in 100',
    'subscribe and refresh include reading and checking the file, the one-transaction write, indexing the difference and the same-fact regroup',
  ];
  const rows = [
    ['claims', 'file MB', 'subscribe', 'refresh 200', 'refresh 304', 'remove'],
    ...sets.map((set) => [
      set.claims.toLocaleString('en'),
      fixed(set.fileMB, 1),
      cell(set.subscribe),
      `${cell(set.refreshChanged)}, ${set.changedClaims.toLocaleString('en')} changed`,
      cell(set.refreshNotModified),
      cell(set.remove),
    ]),
  ];
  const stall = Math.max(
    ...sets.flatMap((set) =>
      [set.subscribe, set.refreshChanged, set.refreshNotModified, set.remove].map((t) => t.stallMs),
    ),
  );
  const lines = [
    ...textTable(rows),
    `longest main-thread stall: ${fixed(stall, 0)} ms`,
    ...notes.map((note) => `note: ${note}`),
  ];
  return { result: { sets, notes }, missing: [], lines };
}
