import { describe, expect, it } from 'vitest';
import { argmax, fitSoftmax, linearScores } from '../../scripts/stance/fit-softmax';
import { groupedFolds } from '../../scripts/stance/grouped-folds';

describe('fitSoftmax', () => {
  // Three classes told apart by which of two features is on: bias, x, y.
  const rows = [
    [1, 1, 0],
    [1, 1, 0],
    [1, 0, 1],
    [1, 0, 1],
    [1, 0, 0],
    [1, 0, 0],
  ];
  const labels = [0, 0, 1, 1, 2, 2];

  it('fits weights that classify separable rows', () => {
    const weights = fitSoftmax({ rows, labels, classes: 3 }, { l2: 0.001, biasColumn: 0 });
    expect(rows.map((row) => argmax(linearScores(weights, row)))).toEqual(labels);
  });

  it('gives the same weights on every run', () => {
    const once = fitSoftmax({ rows, labels, classes: 3 }, { l2: 0.01, biasColumn: 0, steps: 200 });
    const again = fitSoftmax({ rows, labels, classes: 3 }, { l2: 0.01, biasColumn: 0, steps: 200 });
    expect(once).toEqual(again);
  });

  it('shrinks the weights more under a stronger penalty', () => {
    const size = (weights: number[][]) => weights.flatMap((row) => row.slice(1)).reduce((sum, w) => sum + w * w, 0);
    const loose = fitSoftmax({ rows, labels, classes: 3 }, { l2: 0.001, biasColumn: 0 });
    const tight = fitSoftmax({ rows, labels, classes: 3 }, { l2: 0.3, biasColumn: 0 });
    expect(size(tight)).toBeLessThan(size(loose));
  });
});

describe('groupedFolds', () => {
  it('puts every example of a group in the same fold and spreads groups over the folds', () => {
    const groups = ['b', 'a', 'c', 'a', 'd', 'b', 'e', 'c'];
    const folds = groupedFolds(groups, 3);
    groups.forEach((group, n) => {
      groups.forEach((other, m) => {
        if (group === other) expect(folds[n]).toBe(folds[m]);
      });
    });
    expect(new Set(folds)).toEqual(new Set([0, 1, 2]));
  });

  it('does not depend on the order of the examples', () => {
    const foldOf = (groups: string[]) => {
      const folds = groupedFolds(groups, 2);
      return Object.fromEntries(groups.map((group, n) => [group, folds[n]]));
    };
    expect(foldOf(['x', 'y', 'z', 'w'])).toEqual(foldOf(['w', 'z', 'y', 'x']));
  });
});
