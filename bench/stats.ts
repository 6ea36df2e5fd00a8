/**
 * Timing and summary helpers shared by the benchmark parts: every figure the report prints is a median of
 * several runs, and these functions are the one place that says how runs are taken.
 */
import { performance } from 'node:perf_hooks';

/** Middle value of the numbers (mean of the two middle ones for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export interface Timing {
  /** Median milliseconds over the measured runs. */
  medianMs: number;
  /** Every measured run, in order (warm-up runs left out). */
  runsMs: number[];
}

/**
 * Runs `work` `warmup` times unmeasured, then `runs` times measured, and returns the median.
 * The result of `work` is kept in a sink so the engine cannot optimise the call away.
 */
export function timeRuns(work: () => unknown, runs: number, warmup = 1): Timing {
  let sink: unknown;
  for (let n = 0; n < warmup; n += 1) sink = work();
  const runsMs: number[] = [];
  for (let n = 0; n < runs; n += 1) {
    const start = performance.now();
    sink = work();
    runsMs.push(performance.now() - start);
  }
  keep(sink);
  return { medianMs: median(runsMs), runsMs: runsMs.map(round3) };
}

/** Milliseconds one call of `work` takes. */
export function timeOnce<T>(work: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = work();
  return { ms: performance.now() - start, value };
}

/** Where timed runs leave their results, so the work cannot be optimised away. */
export const sink: { value: unknown } = { value: undefined };
function keep(value: unknown): void {
  sink.value = value;
}

/** Rounds to three decimals (the precision the report keeps). */
export function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** Runs a full garbage collection when node was started with --expose-gc; says whether it could. */
export function collectGarbage(): boolean {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return false;
  gc();
  gc();
  return true;
}
