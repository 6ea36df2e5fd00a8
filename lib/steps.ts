/**
 * Long encodings written as generators that yield between steps of bounded size: run at once (`runSteps`)
 * or with a pause at each step (`runStepsPausing`), so the background can answer messages in between.
 */

/** Encoding work: yields between steps, returns the result. */
export type Steps<T> = Generator<void, T, void>;

/** Runs all the steps now. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** A macrotask boundary: what is queued (messages, timers, IndexedDB events) runs first. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Runs the steps, letting other tasks run between them (`pause` waits for the next task when not given).
 * Returns the longest time one step took (ms), to show what a caller waited at most.
 */
export async function runStepsPausing<T>(
  steps: Steps<T>,
  pause: () => Promise<void> = nextTask,
): Promise<{ value: T; longestStepMs: number }> {
  let longestStepMs = 0;
  for (;;) {
    const started = performance.now();
    const next = steps.next();
    longestStepMs = Math.max(longestStepMs, performance.now() - started);
    if (next.done) return { value: next.value, longestStepMs };
    await pause();
  }
}

/** Calls `each` on every item, yielding after every `size` items (a loop over a large set, in steps). */
export function* eachInSteps<T>(items: Iterable<T>, size: number, each: (item: T) => void): Steps<void> {
  let n = 0;
  for (const item of items) {
    each(item);
    n += 1;
    if (n % size === 0) yield;
  }
}
