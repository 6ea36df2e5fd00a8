/**
 * Listwise logistic regression for ranking: for each query, the softmax of the linear scores of its candidates,
 * trained to put its probability on the relevant ones (the loss is −log of their share). This fits what MAP@5
 * rewards, the top of each list, rather than every (relevant, other) pair alike. Full-batch gradient descent with
 * momentum from zero weights, in a fixed order: the same lists always give the same weights.
 */

/** One query's candidates: `rows` holds `size` values per candidate; `relevant[i]` marks the relevant ones. */
export interface RankedList {
  rows: Float64Array;
  relevant: readonly boolean[];
}

export interface ListwiseOptions {
  size: number;
  /** L2 penalty on the weights. */
  l2: number;
  steps?: number;
  learningRate?: number;
}

const MOMENTUM = 0.9;

/** Fits weights over lists that hold at least one relevant candidate (others carry no signal and are skipped). */
export function fitListwise(lists: readonly RankedList[], options: ListwiseOptions): number[] {
  const { size, l2 } = options;
  const steps = options.steps ?? 1000;
  const rate = options.learningRate ?? 0.5;
  const useful = lists.filter((list) => list.relevant.some(Boolean));
  const weights = new Float64Array(size);
  const velocity = new Float64Array(size);
  const gradient = new Float64Array(size);
  for (let step = 0; step < steps; step += 1) {
    gradient.fill(0);
    for (const { rows, relevant } of useful) {
      const count = relevant.length;
      const scores = new Float64Array(count);
      let top = -Infinity;
      for (let c = 0; c < count; c += 1) {
        let score = 0;
        for (let f = 0; f < size; f += 1) score += weights[f] * rows[c * size + f];
        scores[c] = score;
        if (score > top) top = score;
      }
      let total = 0;
      let relevantTotal = 0;
      for (let c = 0; c < count; c += 1) {
        scores[c] = Math.exp(scores[c] - top);
        total += scores[c];
        if (relevant[c]) relevantTotal += scores[c];
      }
      for (let c = 0; c < count; c += 1) {
        const error = scores[c] / total - (relevant[c] ? scores[c] / relevantTotal : 0);
        for (let f = 0; f < size; f += 1) gradient[f] += error * rows[c * size + f];
      }
    }
    for (let f = 0; f < size; f += 1) {
      velocity[f] = MOMENTUM * velocity[f] - rate * (gradient[f] / Math.max(1, useful.length) + l2 * weights[f]);
      weights[f] += velocity[f];
    }
  }
  return [...weights];
}
