/**
 * Multinomial logistic regression fitted by full-batch gradient descent with momentum, from zero weights and in
 * a fixed order, so the same rows always give the same weights (no random start, no shuffling). Used by
 * `npm run train:stance`; the product only reads the weights it writes.
 */

export interface TrainingRows {
  /** One row of feature values per example; all rows have the same length. */
  rows: readonly (readonly number[])[];
  /** Class index of each row. */
  labels: readonly number[];
  classes: number;
}

export interface FitOptions {
  /** L2 penalty on every weight but the bias column's. */
  l2: number;
  /** Index of the bias column (always 1), not penalised; -1 for none. */
  biasColumn: number;
  steps?: number;
  learningRate?: number;
}

const MOMENTUM = 0.9;

/** Class scores of one row: weights[c] · row. */
export function linearScores(weights: readonly (readonly number[])[], row: readonly number[]): number[] {
  return weights.map((w) => {
    let score = 0;
    for (let f = 0; f < row.length; f += 1) score += w[f] * row[f];
    return score;
  });
}

/** Index of the highest score (the first one on ties). */
export function argmax(values: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < values.length; i += 1) if (values[i] > values[best]) best = i;
  return best;
}

/** Minimises mean cross-entropy + l2/2 · |W|² (bias aside); returns weights[class][feature]. */
export function fitSoftmax(data: TrainingRows, options: FitOptions): number[][] {
  const { rows, labels, classes } = data;
  const size = rows[0]?.length ?? 0;
  const steps = options.steps ?? 1500;
  const rate = options.learningRate ?? 0.5;
  const weights = Array.from({ length: classes }, () => new Float64Array(size));
  const velocity = Array.from({ length: classes }, () => new Float64Array(size));
  const gradient = Array.from({ length: classes }, () => new Float64Array(size));
  const scores = new Float64Array(classes);
  for (let step = 0; step < steps; step += 1) {
    for (const g of gradient) g.fill(0);
    for (let n = 0; n < rows.length; n += 1) {
      const row = rows[n];
      let top = -Infinity;
      for (let c = 0; c < classes; c += 1) {
        let score = 0;
        for (let f = 0; f < size; f += 1) score += weights[c][f] * row[f];
        scores[c] = score;
        if (score > top) top = score;
      }
      let total = 0;
      for (let c = 0; c < classes; c += 1) {
        scores[c] = Math.exp(scores[c] - top);
        total += scores[c];
      }
      for (let c = 0; c < classes; c += 1) {
        const error = scores[c] / total - (labels[n] === c ? 1 : 0);
        if (error === 0) continue;
        for (let f = 0; f < size; f += 1) gradient[c][f] += error * row[f];
      }
    }
    for (let c = 0; c < classes; c += 1) {
      for (let f = 0; f < size; f += 1) {
        const penalty = f === options.biasColumn ? 0 : options.l2 * weights[c][f];
        velocity[c][f] = MOMENTUM * velocity[c][f] - rate * (gradient[c][f] / rows.length + penalty);
        weights[c][f] += velocity[c][f];
      }
    }
  }
  return weights.map((w) => [...w]);
}
