import { describe, expect, it } from 'vitest';
import {
  defaultStanceModel,
  loadStanceModel,
  MODEL_STANCES,
  softmax,
  stanceProbabilities,
} from '../../lib/stance/model';
import fitted from '../../lib/stance/stance-weights.json';

const tiny = {
  classes: ['supports', 'contradicts', 'observing'],
  features: ['bias', 'sentence.refuting'],
  weights: [
    [1, -2],
    [-1, 4],
    [0, 0],
  ],
};

describe('the stance model file', () => {
  it('loads the committed weights, as written by train:stance', () => {
    expect(defaultStanceModel.classes).toEqual(MODEL_STANCES);
    expect(defaultStanceModel.features[0]).toBe('bias');
    expect(defaultStanceModel.features.length).toBeGreaterThan(10);
    for (const row of defaultStanceModel.weights) expect(row).toHaveLength(defaultStanceModel.features.length);
    expect(fitted.crossValidation.groupedBy).toBe('claim id');
    expect(fitted.crossValidation.chosen.accuracy).toBeGreaterThan(0.5);
  });

  it.each([
    ['other classes', { ...tiny, classes: ['for', 'against', 'observing'] }, /classes must be/],
    ['no features', { ...tiny, features: [] }, /features must be/],
    ['a short row', { ...tiny, weights: [[1], [1, 2], [0, 0]] }, /one finite number per class and feature/],
    ['a missing row', { ...tiny, weights: tiny.weights.slice(0, 2) }, /one finite number/],
    [
      'a non-number',
      {
        ...tiny,
        weights: [
          [1, 'x'],
          [1, 2],
          [0, 0],
        ],
      },
      /one finite number/,
    ],
    ['no object at all', null, /classes must be/],
  ])('refuses a file with %s', (_, file, message) => {
    expect(() => loadStanceModel(file)).toThrow(message);
  });
});

describe('stanceProbabilities', () => {
  const model = loadStanceModel(tiny);

  it('gives probabilities that sum to 1, moved by the features the model knows', () => {
    const calm = stanceProbabilities(model, new Map([['bias', 1]]));
    const refuting = stanceProbabilities(
      model,
      new Map([
        ['bias', 1],
        ['sentence.refuting', 1],
        ['a feature the model never saw', 1],
      ]),
    );
    for (const p of [calm, refuting]) {
      expect(p.supports + p.contradicts + p.observing).toBeCloseTo(1, 10);
    }
    expect(calm.supports).toBeGreaterThan(calm.contradicts);
    expect(refuting.contradicts).toBeGreaterThan(refuting.supports);
  });

  it('stays finite for very large scores', () => {
    const p = softmax([1000, 999, -1000]);
    expect(p.every(Number.isFinite)).toBe(true);
    expect(p[0]).toBeGreaterThan(p[1]);
    expect(p[2]).toBeCloseTo(0, 10);
  });
});
