/**
 * The longest time the event loop was held while some async work ran: what a message arriving meanwhile
 * would wait at most before the background could start on it.
 *
 * On Linux it also tells what the main thread did during that longest gap (from /proc/thread-self/schedstat):
 * how long it ran, and how long it was ready to run but waited for a processor. On a machine with two cores
 * shared with other work, a gap can be mostly waiting: V8's own collector threads (concurrent marking of a heap
 * of gigabytes, half of it fake-indexeddb's copy of the database) and other processes take the cores while the
 * JavaScript between two turns is a few tens of milliseconds. Only `ranMs` is work the code could have split.
 */
import { readFileSync } from 'node:fs';

/** The main thread's time on a processor and waiting in the run queue (ns), or undefined off Linux. */
function schedstat(): [number, number] | undefined {
  try {
    const [ran, waited] = readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ').map(Number);
    return Number.isFinite(ran) && Number.isFinite(waited) ? [ran, waited] : undefined;
  } catch {
    return undefined;
  }
}

/** What the main thread did during the longest gap: ran (on a processor) and waited for one, in ms. */
export interface StallCpu {
  ranMs: number;
  waitedMs: number;
}

/** Runs `work` with a probe that notes every turn of the event loop; returns the longest gap between turns. */
export async function withLongestStall<T>(
  work: () => Promise<T>,
): Promise<{ value: T; longestStallMs: number; longestStallCpu?: StallCpu }> {
  let last = performance.now();
  let longest = 0;
  let longestCpu: StallCpu | undefined;
  // Read at most once a millisecond (a read costs some microseconds, and turns come far more often): the
  // figures of a gap are approximate, to a millisecond or a few (the kernel also updates them only when it
  // schedules), which is plenty to tell a gap of 30 ms of work from one of 30 ms of work and 300 ms of waiting.
  let stat = schedstat();
  let statAt = last;
  let running = true;
  const turn = () => {
    const now = performance.now();
    if (now - last > longest) {
      longest = now - last;
      const next = schedstat();
      longestCpu = stat && next ? { ranMs: (next[0] - stat[0]) / 1e6, waitedMs: (next[1] - stat[1]) / 1e6 } : undefined;
      stat = next;
      statAt = now;
    } else if (now - statAt >= 1) {
      stat = schedstat();
      statAt = now;
    }
    last = now;
    if (running) setImmediate(turn);
  };
  setImmediate(turn);
  try {
    const value = await work();
    turn();
    return { value, longestStallMs: longest, longestStallCpu: longestCpu };
  } finally {
    running = false;
  }
}
