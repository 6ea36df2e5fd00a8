/**
 * `npm run train:stance`: fits the report-stance model (lib/stance) on the tuning part of Emergent
 * (../shared/data/emergent/train.csv, claims whose id does not hash to 0 mod 3; a development aid: the product
 * never reads it) and writes lib/stance/stance-weights.json. The feature set and the L2 penalty are chosen by
 * 5-fold cross-validation grouped by claim id (no claim's headlines on both sides) on that part alone; the
 * held-out part is neither fitted on nor used to choose anything (the benchmark scores it).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type EmergentPair, type EmergentStance, isHeldOut, readEmergent } from '../bench/emergent-data';
import { classify } from '../bench/metrics';
import { projectRoot, sharedPath } from '../bench/paths';
import { defaultLexicon } from '../lib/lexicon/default-lexicon';
import { installTaggerFromDisk } from '../lib/nlp/tagger-data-node';
import { type StanceFeatures, stanceFeatures } from '../lib/stance/features';
import { MODEL_STANCES, type ModelStance } from '../lib/stance/model';
import { argmax, fitSoftmax, linearScores } from './stance/fit-softmax';
import { groupedFolds } from './stance/grouped-folds';

const FOLDS = 5;
const L2_GRID = [0.0003, 0.001, 0.003, 0.01, 0.03];
const TO_MODEL: Record<EmergentStance, ModelStance> = {
  for: 'supports',
  against: 'contradicts',
  observing: 'observing',
};

/** Feature sets tried: which named features each keeps. */
const FEATURE_SETS: Record<string, (name: string) => boolean> = {
  groups: (name) => !name.startsWith('cue.') && !name.startsWith('cross.'),
  'groups+cross': (name) => !name.startsWith('cue.'),
  'groups+cues': (name) => !name.startsWith('cross.'),
  all: () => true,
};

interface Example {
  claimId: string;
  label: number;
  features: StanceFeatures;
}

/** Names of the features a set keeps, among those seen in the examples, in a fixed order ("bias" first). */
function namesOf(examples: readonly Example[], keep: (name: string) => boolean): string[] {
  const names = new Set<string>();
  for (const example of examples) for (const name of example.features.keys()) if (keep(name)) names.add(name);
  return ['bias', ...[...names].filter((name) => name !== 'bias').sort()];
}

function rowsOf(examples: readonly Example[], names: readonly string[]): number[][] {
  return examples.map((example) => names.map((name) => example.features.get(name) ?? 0));
}

function fitModel(examples: readonly Example[], names: readonly string[], l2: number): number[][] {
  return fitSoftmax(
    { rows: rowsOf(examples, names), labels: examples.map((e) => e.label), classes: MODEL_STANCES.length },
    { l2, biasColumn: 0 },
  );
}

/** Accuracy and macro F1 of the out-of-fold predictions of every example. */
function crossValidate(examples: readonly Example[], names: readonly string[], l2: number) {
  const folds = groupedFolds(
    examples.map((e) => e.claimId),
    FOLDS,
  );
  const predicted: string[] = new Array(examples.length);
  for (let fold = 0; fold < FOLDS; fold += 1) {
    const fitOn = examples.filter((_, n) => folds[n] !== fold);
    const weights = fitModel(fitOn, names, l2);
    examples.forEach((example, n) => {
      if (folds[n] !== fold) return;
      const row = names.map((name) => example.features.get(name) ?? 0);
      predicted[n] = MODEL_STANCES[argmax(linearScores(weights, row))];
    });
  }
  const gold = examples.map((e) => MODEL_STANCES[e.label]);
  const scores = classify(gold, predicted, MODEL_STANCES);
  return { accuracy: scores.accuracy, macroF1: scores.macroF1 };
}

const round = (value: number, digits = 4) => Math.round(value * 10 ** digits) / 10 ** digits;

function main(): void {
  const path = sharedPath('data', 'emergent', 'train.csv');
  if (!path) throw new Error('../shared/data/emergent/train.csv not found');
  const tuning: EmergentPair[] = readEmergent(path).filter((pair) => !isHeldOut(pair.claimId));
  const examples: Example[] = tuning.map((pair) => ({
    claimId: pair.claimId,
    label: MODEL_STANCES.indexOf(TO_MODEL[pair.stance]),
    features: stanceFeatures(pair.claim, pair.headline, defaultLexicon),
  }));
  const claims = new Set(tuning.map((pair) => pair.claimId)).size;
  console.log(`${examples.length} tuning pairs over ${claims} claims; ${FOLDS}-fold cross-validation grouped by claim`);
  const grid: { featureSet: string; l2: number; features: number; accuracy: number; macroF1: number }[] = [];
  for (const [featureSet, keep] of Object.entries(FEATURE_SETS)) {
    const names = namesOf(examples, keep);
    for (const l2 of L2_GRID) {
      const scores = crossValidate(examples, names, l2);
      grid.push({
        featureSet,
        l2,
        features: names.length,
        accuracy: round(scores.accuracy),
        macroF1: round(scores.macroF1),
      });
      console.log(
        featureSet.padEnd(14),
        String(l2).padEnd(7),
        names.length,
        scores.accuracy.toFixed(3),
        scores.macroF1.toFixed(3),
      );
    }
  }
  // Highest cross-validated accuracy; on a tie, the stronger penalty (the simpler model).
  const chosen = grid.reduce((best, row) =>
    row.accuracy > best.accuracy || (row.accuracy === best.accuracy && row.l2 > best.l2) ? row : best,
  );
  const names = namesOf(examples, FEATURE_SETS[chosen.featureSet]);
  const weights = fitModel(examples, names, chosen.l2).map((row) => row.map((w) => round(w)));
  console.log('chosen', chosen);
  const file = {
    classes: MODEL_STANCES,
    features: names,
    weights,
    featureSet: chosen.featureSet,
    l2: chosen.l2,
    trainedOn: `Emergent train.csv, tuning part only (claim id hash mod 3 != 0): ${examples.length} pairs, ${claims} claims; labels for/against/observing as supports/contradicts/observing`,
    crossValidation: {
      folds: FOLDS,
      groupedBy: 'claim id',
      chosen: { accuracy: chosen.accuracy, macroF1: chosen.macroF1 },
      grid,
    },
  };
  writeFileSync(join(projectRoot, 'lib', 'stance', 'stance-weights.json'), `${JSON.stringify(file, null, 2)}\n`);
}

// Features as the engine computes them, with its part-of-speech tagger.
installTaggerFromDisk();
main();
