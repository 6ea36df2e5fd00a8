/**
 * The report-stance model: multinomial logistic regression over the named features of features.ts, fitted by
 * `npm run train:stance` (scripts/train-stance.ts) and stored in stance-weights.json. Loading checks the file's
 * shape, so a hand-edited or truncated file fails at start-up rather than giving quiet nonsense.
 */
import type { StanceFeatures } from './features';
import fitted from './stance-weights.json';

/** The stances the model tells apart; `unrelated` is decided before the model, from the alignment. */
export const MODEL_STANCES = ['supports', 'contradicts', 'observing'] as const;

export type ModelStance = (typeof MODEL_STANCES)[number];

/** A fitted model: one weight per (stance, feature name). */
export interface StanceModel {
  classes: readonly ModelStance[];
  features: readonly string[];
  /** weights[c][f]: weight of feature f for class c. */
  weights: readonly (readonly number[])[];
}

/** Checks a parsed weights file and returns it as a model; throws on any mismatch of shape or names. */
export function loadStanceModel(file: unknown): StanceModel {
  const model = (typeof file === 'object' && file !== null ? file : {}) as Partial<StanceModel>;
  const classes = model.classes;
  if (!Array.isArray(classes) || classes.join() !== MODEL_STANCES.join()) {
    throw new Error(`stance model: classes must be ${MODEL_STANCES.join(', ')}`);
  }
  const features = model.features;
  if (!Array.isArray(features) || features.length === 0 || !features.every((name) => typeof name === 'string')) {
    throw new Error('stance model: features must be a list of names');
  }
  const weights = model.weights;
  const wellShaped =
    Array.isArray(weights) &&
    weights.length === classes.length &&
    weights.every(
      (row) =>
        Array.isArray(row) &&
        row.length === features.length &&
        row.every((w) => typeof w === 'number' && Number.isFinite(w)),
    );
  if (!wellShaped) throw new Error('stance model: weights must be one finite number per class and feature');
  return { classes, features, weights };
}

/** The committed model the library uses. */
export const defaultStanceModel: StanceModel = loadStanceModel(fitted);

/** Softmax of linear scores, computed stably; sums to 1. */
export function softmax(scores: readonly number[]): number[] {
  const top = Math.max(...scores);
  const exps = scores.map((score) => Math.exp(score - top));
  const total = exps.reduce((sum, value) => sum + value, 0);
  return exps.map((value) => value / total);
}

/** Probability of each model stance for a pair's features (features the model does not know are ignored). */
export function stanceProbabilities(model: StanceModel, features: StanceFeatures): Record<ModelStance, number> {
  const scores = model.weights.map((row) =>
    model.features.reduce((sum, name, f) => sum + row[f] * (features.get(name) ?? 0), 0),
  );
  const probabilities = softmax(scores);
  return Object.fromEntries(model.classes.map((stance, c) => [stance, probabilities[c]])) as Record<
    ModelStance,
    number
  >;
}
