/**
 * Packs in the real browser: subscribe to, refresh (a 200 with 1 claim in 100 changed, and a 304) and remove a pack
 * of synthetic fact-checks (bench/pack-files.ts, the files the Node figures use) in Chromium, with the extension's
 * own service worker and the browser's IndexedDB, the pack served from 127.0.0.1 by a server the benchmark starts.
 * For each step: the whole time (message sent → answer) and the longest the service worker's thread was held
 * (worker-stall.ts), during the step and in the few seconds after it, when the background writes the start-up
 * snapshot the change scheduled (background/service.ts, 2 s after a change).
 *
 * Loads the e2e-packs build (`npx wxt build --mode e2e-packs`): automation cannot answer the browser's permission
 * prompt, and that build holds http://127.0.0.1/* from install; everything else is the release build.
 */
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import type { Worker } from 'playwright-core';
import { type ChromiumSession, launchChromium } from '../../tests/e2e/support/chromium';
import { listenOnLoopback } from '../../tests/e2e/support/fixture-server';
import { callBackground, type ExtensionPageSender, waitForReferenceSet } from '../../tests/e2e/support/messaging';
import { CHANGED_EVERY, packFile, packTexts } from '../pack-files';
import { LONG_GAP_MS, readWorkerProbe, startWorkerProbe, stopWorkerProbe, type WorkerGap } from './worker-stall';

export const PACKS_BUILD = resolve('.output/chrome-mv3-e2e-packs');

/** The start-up snapshot is written this long after a change (background/service.ts): waited before the barrier. */
const SNAPSHOT_DELAY_MS = 2_000;

export interface WorkerTimed {
  /** Message sent → answer (ms). */
  ms: number;
  /** The longest the service worker was held from the message to the answer (ms; 0: no gap over LONG_GAP_MS). */
  stallMs: number;
  /** The longest it was held after the answer, until the writes the step queued were done (the snapshot; ms). */
  afterStallMs: number;
  /** Gaps over 50 ms in the whole window. */
  longGaps: number;
}

export interface BrowserPackSet {
  claims: number;
  fileMB: number;
  changedClaims: number;
  runs: number;
  /** Medians over the runs, figure by figure. */
  subscribe: WorkerTimed;
  refreshChanged: WorkerTimed;
  refreshNotModified: WorkerTimed;
  remove: WorkerTimed;
  /** Every run. */
  each: { subscribe: WorkerTimed; refreshChanged: WorkerTimed; refreshNotModified: WorkerTimed; remove: WorkerTimed }[];
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const round = (value: number) => Math.round(value * 10) / 10;

/** The pack's host: one body under one ETag (a 304 to a request naming it), any path. */
async function startBenchPackServer() {
  let body: Buffer = Buffer.alloc(0);
  let etag = '';
  const server = createServer((request, response) => {
    if (request.headers['if-none-match'] === etag) response.writeHead(304, { ETag: etag }).end();
    else response.writeHead(200, { 'Content-Type': 'application/json', ETag: etag }).end(body);
  });
  const { origin, close } = await listenOnLoopback(server);
  return {
    origin,
    serve(content: Buffer, tag: string) {
      body = content;
      etag = tag;
    },
    close,
  };
}

/** The current service worker of the session (a new one when the browser restarted it). */
function workerOf(session: ChromiumSession): Worker {
  const workers = session.context.serviceWorkers();
  const worker = workers.find((candidate) => candidate.url().startsWith(session.extensionUrl('')));
  if (!worker) throw new Error('the extension has no running service worker');
  return worker;
}

/**
 * Runs one step (a message to the background) with the stall probe in the worker; then waits for what the step
 * left queued: past the snapshot's delay, a no-op settings write goes through the background's write queue after
 * the snapshot, so its answer comes once the snapshot is written.
 */
async function timedStep<T>(
  session: ChromiumSession,
  step: () => Promise<T>,
): Promise<{ value: T; timed: WorkerTimed }> {
  const worker = workerOf(session);
  await startWorkerProbe(worker);
  await sleep(50);
  const sentAt = Date.now();
  const value = await step();
  const answeredAt = Date.now();
  await sleep(SNAPSHOT_DELAY_MS + 500);
  await callBackground(session.send, 'setSettings', {});
  await sleep(100);
  const record = await readWorkerProbe(worker);
  await stopWorkerProbe(worker);
  const longestOf = (gaps: WorkerGap[]) => Math.max(0, ...gaps.map((gap) => gap.ms));
  const all = [...record.gaps, record.longest];
  const during = all.filter((gap) => gap.endAt >= sentAt && gap.endAt <= answeredAt + 5);
  const after = all.filter((gap) => gap.endAt > answeredAt + 5);
  return {
    value,
    timed: {
      ms: round(answeredAt - sentAt),
      stallMs: round(longestOf(during)),
      afterStallMs: round(longestOf(after)),
      longGaps: record.gaps.filter((gap) => gap.ms > 50 && gap.endAt >= sentAt).length,
    },
  };
}

function medianTimed(all: readonly WorkerTimed[]): WorkerTimed {
  const of = (key: keyof WorkerTimed) => round(median(all.map((timed) => timed[key])));
  return { ms: of('ms'), stallMs: of('stallMs'), afterStallMs: of('afterStallMs'), longGaps: of('longGaps') };
}

/** Subscribes, refreshes (200, 304) and removes a pack of `count` claims `runs` times in one fresh browser. */
async function measureSize(
  count: number,
  runs: number,
  build: string,
  log: (line: string) => void,
): Promise<BrowserPackSet> {
  const texts = packTexts(count);
  const first = Buffer.from(packFile(texts, '1'));
  const second = Buffer.from(packFile(texts, '2', true));
  const server = await startBenchPackServer();
  const session = await launchChromium({ extensionDir: build });
  const send: ExtensionPageSender = session.send;
  try {
    await waitForReferenceSet(send);
    // The seed set's install schedules a snapshot: let it be written before the first step.
    await sleep(SNAPSHOT_DELAY_MS + 1_000);
    await callBackground(send, 'setSettings', {});
    const each: BrowserPackSet['each'] = [];
    for (let run = 0; run < runs; run += 1) {
      server.serve(first, `"${run}-1"`);
      const url = `${server.origin}/packs/bench-${count}.json?run=${run}`;
      const subscribed = await timedStep(session, () => callBackground(send, 'subscribePack', { url }));
      const id = subscribed.value.id;
      server.serve(second, `"${run}-2"`);
      const changed = await timedStep(session, () => callBackground(send, 'refreshPack', { id }));
      if (changed.value.lastError || changed.value.etag !== `"${run}-2"`)
        throw new Error(`the refresh failed: ${changed.value.lastError ?? changed.value.etag}`);
      const unchanged = await timedStep(session, () => callBackground(send, 'refreshPack', { id }));
      if (unchanged.value.lastError) throw new Error(`the 304 refresh failed: ${unchanged.value.lastError}`);
      const removed = await timedStep(session, () => callBackground(send, 'removePack', { id }));
      const left = await callBackground(send, 'listPacks');
      if (left.length !== 0) throw new Error('the removed pack is still listed');
      const result = {
        subscribe: subscribed.timed,
        refreshChanged: changed.timed,
        refreshNotModified: unchanged.timed,
        remove: removed.timed,
      };
      each.push(result);
      log(`  ${count} claims, run ${run + 1}: ${JSON.stringify(result)}`);
    }
    return {
      claims: count,
      fileMB: Math.round(first.length / 1e5) / 10,
      changedClaims: Math.ceil(count / CHANGED_EVERY),
      runs,
      subscribe: medianTimed(each.map((run) => run.subscribe)),
      refreshChanged: medianTimed(each.map((run) => run.refreshChanged)),
      refreshNotModified: medianTimed(each.map((run) => run.refreshNotModified)),
      remove: medianTimed(each.map((run) => run.remove)),
      each,
    };
  } finally {
    await session.close();
    await server.close();
  }
}

/** Every size, one fresh browser each, with the extension built in `build` (the e2e-packs build by default). */
export async function measureBrowserPacks(
  sizes: readonly number[],
  runs: number,
  build = PACKS_BUILD,
  log: (line: string) => void = console.log,
): Promise<BrowserPackSet[]> {
  const sets: BrowserPackSet[] = [];
  for (const size of sizes) sets.push(await measureSize(size, runs, build, log));
  return sets;
}

/** One figure of browser.json per size: whole times and longest stalls of the four steps (medians). */
export function packFigures(sets: readonly BrowserPackSet[]): Record<string, string> {
  // Gaps under LONG_GAP_MS are kept only as the longest of the whole window: a window with none over it reads 0.
  const stall = (ms: number) => (ms < LONG_GAP_MS ? `< ${LONG_GAP_MS} ms` : `${Math.round(ms)} ms`);
  const cell = (timed: WorkerTimed) =>
    `${(timed.ms / 1000).toFixed(2)} s (${stall(timed.stallMs)}; after ${stall(timed.afterStallMs)})`;
  const figures: Record<string, string> = {};
  for (const set of sets) {
    figures[
      `pack of ${set.claims.toLocaleString('en')} claims, real service worker: subscribe / refresh 200 / refresh 304 / remove (longest worker stall during; after, with the snapshot write; median of ${set.runs}; target < 200 ms)`
    ] = [set.subscribe, set.refreshChanged, set.refreshNotModified, set.remove].map(cell).join(' / ');
  }
  return figures;
}
