import { describe, expect, it } from 'vitest';
import { fitListwise, type RankedList } from '../../scripts/ranker/fit-listwise';

/** A query's candidates as rows of two signals; the relevant one is `relevantAt`. */
function list(candidates: [number, number][], relevantAt: number): RankedList {
  return { rows: Float64Array.from(candidates.flat()), relevant: candidates.map((_, n) => n === relevantAt) };
}

// The first signal marks the relevant candidate; the second is noise that favours a wrong one.
const lists = [
  list(
    [
      [0.2, 0.9],
      [0.9, 0.1],
      [0.1, 0.5],
    ],
    1,
  ),
  list(
    [
      [0.8, 0.2],
      [0.3, 0.8],
    ],
    0,
  ),
  list(
    [
      [0.1, 0.3],
      [0.2, 0.6],
      [0.7, 0.4],
    ],
    2,
  ),
  // No relevant candidate: carries nothing to learn from.
  list([[0.5, 0.5]], -1),
];

describe('fitListwise', () => {
  it('learns to put the relevant candidate of each list first', () => {
    const weights = fitListwise(lists, { size: 2, l2: 0 });
    expect(weights[0]).toBeGreaterThan(weights[1]);
    for (const { rows, relevant } of lists.slice(0, 3)) {
      const scores = relevant.map((_, c) => rows[c * 2] * weights[0] + rows[c * 2 + 1] * weights[1]);
      expect(scores.indexOf(Math.max(...scores))).toBe(relevant.indexOf(true));
    }
  });

  it('gives the same weights on every run, smaller under a penalty', () => {
    expect(fitListwise(lists, { size: 2, l2: 0, steps: 100 })).toEqual(
      fitListwise(lists, { size: 2, l2: 0, steps: 100 }),
    );
    const norm = (w: number[]) => Math.hypot(...w);
    expect(norm(fitListwise(lists, { size: 2, l2: 0.1 }))).toBeLessThan(norm(fitListwise(lists, { size: 2, l2: 0 })));
  });
});
