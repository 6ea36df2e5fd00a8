import { describe, expect, it } from 'vitest';
import {
  averagePrecisionAt,
  classify,
  majorityClass,
  meanAveragePrecisionAt,
  meanReciprocalRank,
  reciprocalRank,
} from '../../bench/metrics';

describe('averagePrecisionAt', () => {
  it('is 1 when the only relevant id is ranked first', () => {
    expect(averagePrecisionAt(['a', 'b', 'c'], new Set(['a']), 5)).toBe(1);
  });

  it('divides the precision at a later hit by the number of relevant ids', () => {
    expect(averagePrecisionAt(['x', 'a', 'y'], new Set(['a']), 5)).toBeCloseTo(0.5);
    // Two relevant, only one found at rank 3: (1/3) / 2.
    expect(averagePrecisionAt(['x', 'y', 'a'], new Set(['a', 'b']), 5)).toBeCloseTo(1 / 6);
    // Both found at ranks 1 and 3: (1/1 + 2/3) / 2.
    expect(averagePrecisionAt(['a', 'y', 'b'], new Set(['a', 'b']), 5)).toBeCloseTo(5 / 6);
  });

  it('ignores hits below the cut-off', () => {
    expect(averagePrecisionAt(['x', 'a'], new Set(['a']), 1)).toBe(0);
    expect(averagePrecisionAt(['x', 'y', 'z', 'w', 'v', 'a'], new Set(['a']), 5)).toBe(0);
  });

  it('is 0 with nothing relevant', () => {
    expect(averagePrecisionAt(['a'], new Set(), 5)).toBe(0);
  });
});

describe('reciprocalRank', () => {
  it('is one over the rank of the first relevant id, or 0', () => {
    expect(reciprocalRank(['a', 'b'], new Set(['a']))).toBe(1);
    expect(reciprocalRank(['x', 'y', 'b', 'a'], new Set(['a', 'b']))).toBeCloseTo(1 / 3);
    expect(reciprocalRank(['x'], new Set(['a']))).toBe(0);
  });
});

describe('mean over queries', () => {
  const qrels = new Map([
    ['q1', new Set(['a'])],
    ['q2', new Set(['b'])],
    ['q3', new Set(['c'])],
  ]);
  const run = new Map([
    ['q1', ['a', 'x']],
    ['q2', ['x', 'b']],
    // q3 has no ranking: it counts as 0.
  ]);

  it('MAP@k averages over every judged query', () => {
    expect(meanAveragePrecisionAt(qrels, run, 1)).toBeCloseTo(1 / 3);
    expect(meanAveragePrecisionAt(qrels, run, 5)).toBeCloseTo(1.5 / 3);
  });

  it('MRR averages the reciprocal ranks', () => {
    expect(meanReciprocalRank(qrels, run)).toBeCloseTo(1.5 / 3);
  });

  it('is 0 with no judged queries', () => {
    expect(meanAveragePrecisionAt(new Map(), run, 5)).toBe(0);
    expect(meanReciprocalRank(new Map(), run)).toBe(0);
  });
});

describe('classify', () => {
  const classes = ['for', 'against', 'observing'];

  it('gives accuracy, per-class precision/recall/F1 and the confusion matrix', () => {
    const gold = ['for', 'for', 'against', 'observing'];
    const predicted = ['for', 'observing', 'against', 'for'];
    const result = classify(gold, predicted, classes);
    expect(result.accuracy).toBe(0.5);
    expect(result.perClass.for).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5, support: 2 });
    expect(result.perClass.against).toEqual({ precision: 1, recall: 1, f1: 1, support: 1 });
    expect(result.perClass.observing).toEqual({ precision: 0, recall: 0, f1: 0, support: 1 });
    expect(result.macroF1).toBeCloseTo(0.5);
    expect(result.confusion.for).toEqual({ for: 1, against: 0, observing: 1 });
  });

  it('refuses label lists of different lengths', () => {
    expect(() => classify(['for'], [], classes)).toThrow();
  });

  it('scores a class never predicted with F1 0', () => {
    const result = classify(['for', 'against'], ['for', 'for'], classes);
    expect(result.perClass.against.f1).toBe(0);
    expect(result.perClass.for.precision).toBe(0.5);
    expect(result.perClass.for.recall).toBe(1);
  });
});

describe('majorityClass', () => {
  it('picks the most frequent label, ties by class order', () => {
    expect(majorityClass(['a', 'b', 'b'], ['a', 'b'])).toBe('b');
    expect(majorityClass(['a', 'b'], ['b', 'a'])).toBe('b');
  });
});
