/**
 * Part "store": the reference store at 10,000 and 100,000 claims (2,000 in a quick run): import, same-fact
 * grouping, snapshot write and cold start, on fake-indexeddb in Node (see store.ts).
 */
import { type BenchOptions, fixed, type PartResult, textTable } from './part';
import { measureStore, type StoreSpeed } from './store';

const FULL_SIZES = [10_000, 100_000];
const QUICK_SIZES = [2_000];
/** Cold starts timed per size (each is a whole restart: a few seconds at 100,000 claims). */
const MAX_COLD_STARTS = 5;

export interface StoreResult {
  sets: StoreSpeed[];
  /** How grouping time grows with the claims: the exponent between the smallest and largest set. */
  groupingExponent: number | null;
  notes: string[];
}

const seconds = (ms: number) => `${fixed(ms / 1000, 2)} s`;

export async function runStore(options: BenchOptions): Promise<PartResult<StoreResult>> {
  const sizes = options.quick ? QUICK_SIZES : FULL_SIZES;
  const sets: StoreSpeed[] = [];
  for (const size of sizes) sets.push(await measureStore(size, Math.min(options.runs, MAX_COLD_STARTS)));
  const [first, last] = [sets[0], sets[sets.length - 1]];
  const groupingExponent =
    sets.length > 1 ? Math.log(last.groupingMs / first.groupingMs) / Math.log(last.claims / first.claims) : null;
  const notes = [
    'IndexedDB is fake-indexeddb in Node: a browser reads and writes at other speeds (structured clone is alike)',
    'claims are synthetic (seed sentences recombined, 40% of words from WordNet), one source each as a JSON Lines import; 1 in 100 is restated by a second source, half word for word, half reworded',
    'cold start = a new background service over the same database: open, read, restore the index, read settings',
    'snapshot write = encode the index in steps, then one IndexedDB put; stall = the longest the event loop was held meanwhile (a message waits at most that long); "after an edit" = a cold-started service edits one claim, then writes the snapshot (unchanged claims copied from the one it started from)',
    'snapshot cold starts run in a fresh Node process holding only the start-up records (meta, settings, snapshot: all that path reads), as a restarted worker starts with a fresh heap; this process keeps every stored claim in fake-indexeddb',
  ];
  const rows = [
    [
      'claims',
      'file MB',
      'import',
      'grouping',
      'restated grouped',
      'snapshot write (stall)',
      'after an edit (stall)',
      'cold start (read + index)',
      'from tables',
    ],
    ...sets.map((set) => [
      set.claims.toLocaleString('en'),
      fixed(set.fileMB, 1),
      seconds(set.importMs),
      seconds(set.groupingMs),
      `${set.restatedGrouped}/${set.restated}`,
      `${seconds(set.snapshotWriteMs)} (${seconds(set.snapshotWriteStallMs)})`,
      `${seconds(set.snapshotAfterEditMs)} (${seconds(set.snapshotAfterEditStallMs)})`,
      `${seconds(set.coldStart.ms)} (${seconds(set.coldStart.readMs)} + ${seconds(set.coldStart.indexMs)})`,
      seconds(set.coldStartFromTables.ms),
    ]),
  ];
  const lines = [
    ...textTable(rows),
    groupingExponent === null
      ? 'grouping growth: needs two sizes (not in a quick run)'
      : `grouping grows as claims^${fixed(groupingExponent, 2)} from ${first.claims.toLocaleString('en')} to ${last.claims.toLocaleString('en')} claims`,
    ...notes.map((note) => `note: ${note}`),
  ];
  return { result: { sets, groupingExponent, notes }, missing: [], lines };
}
