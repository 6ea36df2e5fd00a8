/**
 * Stepped work run with pauses: in slices (small steps back to back until a slice is used up, then other tasks
 * run) or with a pause of the caller's at every step. The clock is a fake one the steps move on, so what is
 * asserted is the order of steps and other tasks, never how long anything took.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runStepsPausing, StepCut, type Steps } from '../lib/steps';

/** `count` steps that each take `ms` on the fake clock and log themselves; returns the count. */
function* timedSteps(log: string[], count: number, ms: number): Steps<number> {
  for (let n = 1; n <= count; n++) {
    log.push(`step ${n}`);
    vi.advanceTimersByTime(ms);
    if (n < count) yield;
  }
  return count;
}

/** Queues a task that logs itself each time it runs, until `running()` is false. */
function otherTasks(log: string[], running: () => boolean) {
  const turn = () => {
    log.push('other');
    if (running()) setImmediate(turn);
  };
  setImmediate(turn);
}

describe('stepped work', () => {
  beforeEach(() => {
    // Only the clock the steps read is fake: the pauses are real tasks.
    vi.useFakeTimers({ toFake: ['performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs small steps back to back until a slice is used up, then lets other tasks run', async () => {
    const log: string[] = [];
    let running = true;
    otherTasks(log, () => running);
    const run = runStepsPausing(timedSteps(log, 7, 10), undefined, { sliceMs: 30 });
    const { value, longestStepMs } = await run;
    running = false;
    expect(value).toBe(7);
    expect(longestStepMs).toBe(30);
    // Three steps of 10 fill a slice of 30: other tasks run only between slices.
    const steps = log.slice(log.indexOf('step 1'), log.indexOf('step 7') + 1);
    expect(steps.join(', ').replace(/(other, )+/g, 'other, ')).toBe(
      'step 1, step 2, step 3, other, step 4, step 5, step 6, other, step 7',
    );
  });

  it('gives way after every step longer than the slice', async () => {
    const log: string[] = [];
    let running = true;
    otherTasks(log, () => running);
    await runStepsPausing(timedSteps(log, 3, 40), undefined, { sliceMs: 30 });
    running = false;
    const steps = log.slice(log.indexOf('step 1'), log.indexOf('step 3') + 1);
    expect(steps.join(', ').replace(/(other, )+/g, 'other, ')).toBe('step 1, other, step 2, other, step 3');
  });

  it('does not start a step that, costing what the last one did, would run past the slice', async () => {
    const log: string[] = [];
    let running = true;
    otherTasks(log, () => running);
    const { longestStepMs } = await runStepsPausing(timedSteps(log, 3, 20), undefined, { sliceMs: 30 });
    running = false;
    // Two steps of 20 would hold the loop 40: each gets a slice of its own.
    expect(longestStepMs).toBe(20);
    const steps = log.slice(log.indexOf('step 1'), log.indexOf('step 3') + 1);
    expect(steps.join(', ').replace(/(other, )+/g, 'other, ')).toBe('step 1, other, step 2, other, step 3');
  });

  it('ends a last slice that ran a while with a pause, so the work after it starts in a task of its own', async () => {
    const log: string[] = [];
    let running = true;
    otherTasks(log, () => running);
    // 15 ms is half a slice: other tasks run before the value comes back.
    await runStepsPausing(timedSteps(log, 3, 5), undefined, { sliceMs: 30 });
    log.push('returned');
    running = false;
    expect(log.indexOf('other')).toBeGreaterThan(log.indexOf('step 3'));
    expect(log.indexOf('other')).toBeLessThan(log.indexOf('returned'));
  });

  it('returns at once after a last slice that ran little', async () => {
    const log: string[] = [];
    let running = true;
    otherTasks(log, () => running);
    await runStepsPausing(timedSteps(log, 3, 1), undefined, { sliceMs: 30 });
    log.push('returned');
    running = false;
    expect(log.slice(0, 4)).toEqual(['step 1', 'step 2', 'step 3', 'returned']);
  });

  it("takes the caller's pause at every step, whatever the slice (the same pauses on every run)", async () => {
    const log: string[] = [];
    const pause = async () => {
      log.push('pause');
    };
    await runStepsPausing(timedSteps(log, 4, 1), pause, { sliceMs: 30 });
    expect(log).toEqual(['step 1', 'pause', 'step 2', 'pause', 'step 3', 'pause', 'step 4']);
  });

  it('without a slice, pauses at every step', async () => {
    const log: string[] = [];
    let running = true;
    otherTasks(log, () => running);
    await runStepsPausing(timedSteps(log, 3, 1));
    running = false;
    const steps = log.slice(log.indexOf('step 1'), log.indexOf('step 3') + 1);
    expect(steps.join(', ').replace(/(other, )+/g, 'other, ')).toBe('step 1, other, step 2, other, step 3');
  });

  it('ends a step after its count of items, or once it has run its time, whichever comes first', () => {
    const byCount = new StepCut(3);
    expect([byCount.due(), byCount.due(), byCount.due()]).toEqual([false, false, true]);
    byCount.restart();
    // A batch counts as many items; without a time, a long step still ends only by count.
    vi.advanceTimersByTime(1_000);
    expect([byCount.due(2), byCount.due(2)]).toEqual([false, true]);

    const byTime = new StepCut(100, 30);
    vi.advanceTimersByTime(10);
    expect(byTime.due()).toBe(false);
    vi.advanceTimersByTime(25);
    expect(byTime.due()).toBe(true);
    byTime.restart();
    expect(byTime.due()).toBe(false);
  });
});
