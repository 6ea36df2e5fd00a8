/**
 * The reference store at scale, as the background runs it: a JSON Lines import of synthetic fact-checks (one
 * source each, some restated by a second source), the same-fact grouping that import runs, the start-up
 * snapshot write, and cold starts (a new service over the same database) from the snapshot and from the
 * tables. IndexedDB is fake-indexeddb in Node: a browser's IndexedDB reads and writes at other speeds.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { ReferenceService } from '../background/service';
import { seedReferences } from '../lib/reference/seeds';
import { openStore } from '../lib/store';
import { regroupedIds } from '../lib/store/grouping';
import { projectRoot } from './paths';
import { withLongestStall } from './stall';
import { collectGarbage, round3, timeOnce } from './stats';
import { synthesiseClaims, wordnetVocabulary } from './synthetic-claims';

/** One claim in this many is stated again by another source: word for word, or reworded. */
const RESTATED_EVERY = 100;
const CLAIM_SEED = 17;

export interface ColdStart {
  /** Whole start: open the database, read, restore or build the index, read the settings. */
  ms: number;
  readMs: number;
  indexMs: number;
}

export interface StoreSpeed {
  claims: number;
  fileMB: number;
  /** importReferences on the file: parse, features, one write transaction, index, grouping. */
  importMs: number;
  /** The grouping step of that import alone, timed again on the imported set (one run). */
  groupingMs: number;
  /** Restated claims that ended up in the group of the claim they restate, of those planted. */
  restatedGrouped: number;
  restated: number;
  snapshotWriteMs: number;
  /** The longest the event loop was held during that write (a message waits at most this long). */
  snapshotWriteStallMs: number;
  /** After a cold start from the snapshot, one claim edited: the snapshot write that follows, and its stall. */
  snapshotAfterEditMs: number;
  snapshotAfterEditStallMs: number;
  /** Cold start from the index snapshot: median of the runs, and each run. */
  coldStart: ColdStart;
  coldStartRuns: number[];
  /** Cold start from the tables (no snapshot; features are stored): one run. */
  coldStartFromTables: ColdStart;
}

/** Claim texts and the JSON Lines file that holds them with their restatements. */
function importFile(count: number): { content: string; restated: [string, string][] } {
  const donors = seedReferences().flatMap((article) => article.claims.map((claim) => claim.text));
  const texts = synthesiseClaims(donors, count, CLAIM_SEED, { words: wordnetVocabulary(projectRoot), share: 0.4 });
  const lines: string[] = [];
  const restated: [string, string][] = [];
  texts.forEach((text, n) => {
    lines.push(JSON.stringify({ id: `fc-${n}`, text }));
    if (n % RESTATED_EVERY !== 0 || lines.length >= count) return;
    // Every other restatement is reworded: the claim attributed to someone, as another outlet would put it.
    const again =
      n % (2 * RESTATED_EVERY) === 0 ? text : `Officials said that ${text[0].toLowerCase()}${text.slice(1)}`;
    lines.push(JSON.stringify({ id: `again-${n}`, text: again }));
    restated.push([`fc-${n}`, `again-${n}`]);
  });
  return { content: lines.slice(0, count).join('\n'), restated };
}

/** One fake IndexedDB per store name, so a restarted service finds the database the first one wrote. */
const factories = new Map<string, IDBFactory>();

/** Database options for the store `name`: its own fake IndexedDB, found again by a restarted service. */
export function databaseOptions(name: string) {
  let factory = factories.get(name);
  if (!factory) {
    factory = new IDBFactory();
    factories.set(name, factory);
  }
  return { indexedDB: factory, IDBKeyRange };
}

function serviceOn(name: string): ReferenceService {
  return new ReferenceService({
    openDb: () => openStore(name, databaseOptions(name)),
    snapshotDelay: 3_600_000,
  });
}

async function coldStart(name: string, fromSnapshot: boolean): Promise<ColdStart> {
  collectGarbage();
  const service = serviceOn(name);
  const library = await service.ready();
  const load = service.lastLoad!;
  library.db.close();
  if (load.fromSnapshot !== fromSnapshot)
    throw new Error(`expected a start ${fromSnapshot ? 'from the snapshot' : 'from the tables'}`);
  return { ms: load.milliseconds, readMs: load.readMs, indexMs: load.indexMs };
}

/**
 * Imports the file into a new store, times the grouping step again and writes the snapshot. Its own function,
 * so the importing service and its index are garbage before the cold starts (a restarted worker starts
 * with a fresh heap).
 */
async function importInto(name: string, count: number) {
  const { content, restated } = importFile(count);
  const importer = serviceOn(name);
  await importer.ready();
  const importStarted = performance.now();
  await importer.importReferences({ fileName: 'claims.jsonl', content });
  const importMs = performance.now() - importStarted;
  const library = await importer.ready();
  const claims = library.index.allClaims();
  const groupOf = new Map(claims.map((claim) => [claim.id, claim.groupId]));
  const restatedGrouped = restated.filter(([a, b]) => groupOf.get(a) === groupOf.get(b)).length;
  // The same work as the import's grouping: every claim is new.
  const changed = claims.map((claim) => claim.id);
  const groupingMs = timeOnce(() => regroupedIds(library.index, { changed, touchedGroups: [] }).size).ms;
  const snapshotStarted = performance.now();
  const { longestStallMs } = await withLongestStall(() => importer.saveSnapshot());
  const snapshotWriteMs = performance.now() - snapshotStarted;
  library.db.close();
  return {
    claims: claims.length,
    fileMB: round3(content.length / 1e6),
    importMs: round3(importMs),
    groupingMs: round3(groupingMs),
    restatedGrouped,
    restated: restated.length,
    snapshotWriteMs: round3(snapshotWriteMs),
    snapshotWriteStallMs: round3(longestStallMs),
  };
}

/**
 * Starts cold from the snapshot, edits one claim (a new text: new features, regrouping) and times the
 * snapshot write that follows, which copies every other claim from the snapshot it started from.
 */
async function snapshotAfterEdit(name: string) {
  const service = serviceOn(name);
  const { claims } = await service.listClaims({ limit: 1 });
  await service.editClaim({ id: claims[0].id, text: `${claims[0].text} It was said again in March.` });
  collectGarbage();
  const started = performance.now();
  const { value: written, longestStallMs } = await withLongestStall(() => service.saveSnapshot());
  const ms = performance.now() - started;
  (await service.ready()).db.close();
  if (!written) throw new Error('the snapshot after an edit was not written');
  return { snapshotAfterEditMs: round3(ms), snapshotAfterEditStallMs: round3(longestStallMs) };
}

/**
 * Cold starts from the snapshot, timed in a fresh Node process (bench/cold-start-child.ts) holding only the
 * store's start-up records (meta, settings, the index snapshot's manifest and chunks: all such a start reads). A restarted worker
 * starts with a fresh heap; this process holds every stored claim in fake-indexeddb and the import's
 * garbage, which would make each collection of the restart far slower than the worker's.
 */
async function coldStartsInFreshProcess(name: string, runs: number): Promise<ColdStart[]> {
  const db = await openStore(name, databaseOptions(name));
  const records = {
    meta: await db.meta.toArray(),
    settings: await db.settings.toArray(),
    indexSnapshot: await db.indexSnapshot.toArray(),
    indexSnapshotChunks: await db.indexSnapshotChunks.toArray(),
  };
  db.close();
  const dir = mkdtempSync(join(tmpdir(), 'claimlens-cold-start-'));
  try {
    const file = join(dir, 'records.v8');
    writeFileSync(file, serialize(records));
    const output = execFileSync(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', join(projectRoot, 'bench', 'cold-start-child.ts'), file, String(runs)],
      { cwd: projectRoot, encoding: 'utf8', maxBuffer: 1 << 20 },
    );
    const starts = JSON.parse(output.trim().split('\n').pop() ?? '[]') as (ColdStart & { fromSnapshot: boolean })[];
    if (starts.length !== runs || starts.some((start) => !start.fromSnapshot))
      throw new Error('the fresh process did not start from the snapshot');
    return starts.map(({ ms, readMs, indexMs }) => ({ ms, readMs, indexMs }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Imports `count` claims into a new store and times what the store does with them. */
export async function measureStore(count: number, runs: number): Promise<StoreSpeed> {
  const name = `bench-store-${count}`;
  const imported = await importInto(name, count);
  const db = await openStore(name, databaseOptions(name));
  await db.indexSnapshot.clear();
  await db.indexSnapshotChunks.clear();
  db.close();
  // Reads the tables, builds the index and writes the snapshot again.
  const coldStartFromTables = await coldStart(name, false);
  const starts = await coldStartsInFreshProcess(name, runs);
  // The run with the median whole time (the lower middle one for an even count), with its parts.
  const middle = [...starts].sort((a, b) => a.ms - b.ms)[Math.floor((starts.length - 1) / 2)];
  const afterEdit = await snapshotAfterEdit(name);
  factories.delete(name);
  return {
    ...imported,
    ...afterEdit,
    coldStart: middle,
    coldStartRuns: starts.map((start) => start.ms),
    coldStartFromTables,
  };
}
