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
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * How long the background runs steps back to back before it gives way, when the steps are small (see
 * runStepsPausing's `sliceMs`). Each step is then a few milliseconds, so no pause waits much longer than this,
 * whatever a step happens to meet (a long claim, the collector's share of marking a large heap), and a large change
 * does not pay a timer's delay per step (4 ms in a browser once timers nest).
 */
export const SLICE_MS = 30;

/**
 * The share of a slice after which runStepsPausing's last slice ends with a pause: whatever the caller runs next in
 * the same task adds to the slice, so a slice of 30 ms followed by the first slice of the next steps held the event
 * loop 60 ms and more (a pack's update runs half a dozen stepped phases one after another).
 */
const SLICE_END_SHARE = 1 / 3;

/**
 * Runs the steps, letting other tasks run between them (`pause` waits for the next task when not given). With
 * `sliceMs` and no `pause` of the caller's, steps run back to back while the next one, taken to cost what the last
 * one did, still ends within that long; then the next task runs: small steps cost no more pauses than large ones,
 * and a step cut by its own time (StepCut) is not followed by another in the same slice. A slice that ran a while
 * (SLICE_END_SHARE of `sliceMs` or more) ends with a pause too, before the value is returned: the caller's next work
 * (often the first slice of other steps) then starts in a task of its own instead of adding to this one.
 * A `pause` given (tests that stop the work at its n-th pause) is taken at every step, so the pauses are the same
 * on every run.
 * Returns the longest time between two pauses (ms), to show what a caller waited at most.
 */
export async function runStepsPausing<T>(
  steps: Steps<T>,
  pause?: () => Promise<void>,
  options: { sliceMs?: number } = {},
): Promise<{ value: T; longestStepMs: number }> {
  const sliceMs = pause ? 0 : (options.sliceMs ?? 0);
  let longestStepMs = 0;
  let started = performance.now();
  let stepStarted = started;
  for (;;) {
    const next = steps.next();
    const now = performance.now();
    const ran = now - started;
    const stepMs = now - stepStarted;
    stepStarted = now;
    if (next.done) {
      if (sliceMs > 0 && ran >= sliceMs * SLICE_END_SHARE) await nextTask();
      return { value: next.value, longestStepMs: Math.max(longestStepMs, ran) };
    }
    if (sliceMs > 0 && ran + stepMs <= sliceMs) continue;
    longestStepMs = Math.max(longestStepMs, ran);
    await (pause ?? nextTask)();
    started = performance.now();
    stepStarted = started;
  }
}

/**
 * Where a step ends in a loop over items whose cost varies: after `size` items, or once the step has run `ms`
 * (Infinity: by count only, so the steps are the same on every run). `due` after each item (or after a batch,
 * counting it); `restart` when the loop goes on after its yield.
 */
export class StepCut {
  private items = 0;
  private started = performance.now();

  constructor(
    private readonly size: number,
    private readonly ms = Number.POSITIVE_INFINITY,
  ) {}

  due(items = 1): boolean {
    this.items += items;
    return this.items >= this.size || performance.now() - this.started >= this.ms;
  }

  restart(): void {
    this.items = 0;
    this.started = performance.now();
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
