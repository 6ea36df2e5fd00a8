/**
 * A turn-gap probe for the extension's service worker, installed and read by the benchmark through the browser's
 * own debugging protocol (Playwright's Worker.evaluate, CDP Runtime.evaluate): no build carries it, the reader's
 * least of all. A timer ticks every few milliseconds; the gap between two ticks is how long the worker's thread
 * was held (by the extension's code, or by the structured clone of an IndexedDB write), which is how long a
 * message arriving meanwhile waits at most, as bench/stall.ts measures it in Node.
 *
 * nb. Chromium runs a repeating timer at most every 4 ms once it has repeated a few times, so a gap is measured
 * to about 4 ms: plenty against a 200 ms target. A MessageChannel ping-pong would be finer but keeps the worker's
 * thread busy without end, taking one of a small machine's cores from the browser's IndexedDB work it is timing.
 */
import type { Worker } from 'playwright-core';

/** A gap between two ticks over LONG_GAP_MS, with its end on the machine's clock (epoch ms). */
export interface WorkerGap {
  endAt: number;
  ms: number;
}

export interface WorkerProbeRecord {
  /** Epoch ms when the probe was (re)started: a worker that restarted meanwhile has no probe. */
  startedAt: number;
  /** Every gap over LONG_GAP_MS since the start. */
  gaps: WorkerGap[];
  /** The longest gap since the start, whatever its length. */
  longest: WorkerGap;
}

/** Gaps kept one by one (the rest only count towards the longest). */
export const LONG_GAP_MS = 20;

const PROBE = `(() => {
  const old = globalThis.__claimlensStallProbe;
  if (old) clearInterval(old.timer);
  const clock = () => performance.timeOrigin + performance.now();
  const probe = { startedAt: clock(), gaps: [], longest: { endAt: clock(), ms: 0 }, last: clock(), timer: 0 };
  probe.timer = setInterval(() => {
    const now = clock();
    const ms = now - probe.last;
    probe.last = now;
    if (ms > ${LONG_GAP_MS}) probe.gaps.push({ endAt: now, ms });
    if (ms > probe.longest.ms) probe.longest = { endAt: now, ms };
  }, 1);
  globalThis.__claimlensStallProbe = probe;
  return probe.startedAt;
})()`;

const READ = `(() => {
  const probe = globalThis.__claimlensStallProbe;
  if (!probe) return null;
  const now = performance.timeOrigin + performance.now();
  const tail = { endAt: now, ms: now - probe.last };
  const gaps = tail.ms > ${LONG_GAP_MS} ? [...probe.gaps, tail] : probe.gaps;
  const longest = tail.ms > probe.longest.ms ? tail : probe.longest;
  return { startedAt: probe.startedAt, gaps, longest };
})()`;

const STOP = `(() => {
  const probe = globalThis.__claimlensStallProbe;
  if (probe) clearInterval(probe.timer);
  delete globalThis.__claimlensStallProbe;
})()`;

/** (Re)starts the probe in `worker`; returns its start on the machine's clock (epoch ms). */
export async function startWorkerProbe(worker: Worker): Promise<number> {
  return (await worker.evaluate(PROBE)) as number;
}

/** What the probe saw so far; an error when it is gone (the worker restarted). */
export async function readWorkerProbe(worker: Worker): Promise<WorkerProbeRecord> {
  const record = (await worker.evaluate(READ)) as WorkerProbeRecord | null;
  if (!record) throw new Error('the stall probe is gone from the service worker: it restarted during the measurement');
  return record;
}

export async function stopWorkerProbe(worker: Worker): Promise<void> {
  await worker.evaluate(STOP);
}
