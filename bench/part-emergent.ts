/**
 * Part "emergent": the stance of a news headline (the sentence) towards a claim (the reference), by the same
 * function as `cli compare --pairs` (lib/stance/report-stance.ts): supports → for, contradicts → against,
 * observing → observing, and unrelated (Emergent has no such class) → observing. Accuracy and per-class F1 on
 * the tuning part the stance model was fitted on (with its grouped cross-validation figures from the weights
 * file) and on the held-out part split by claim, beside the majority class and the published 73%.
 */
import { type ReportStance, reportStance } from '../lib/stance/report-stance';
import fitted from '../lib/stance/stance-weights.json';
import { EMERGENT_STANCES, type EmergentPair, type EmergentStance, isHeldOut, readEmergent } from './emergent-data';
import { type Classification, classify, majorityClass } from './metrics';
import { type BenchOptions, fixed, type PartResult, textTable } from './part';
import { sharedPath } from './paths';

const TO_EMERGENT: Record<ReportStance, EmergentStance> = {
  supports: 'for',
  contradicts: 'against',
  observing: 'observing',
  unrelated: 'observing',
};
const QUICK_PAIRS = 300;

/** The stance of the headline towards its claim, as `compare --pairs` gives it. */
export function pairStance(pair: EmergentPair): ReportStance {
  return reportStance(pair.claim, pair.headline).stance;
}

export interface PartScores {
  part: string;
  pairs: number;
  claims: number;
  engine: Classification;
  majority: { label: string; accuracy: number; macroF1: number };
  predicted: Record<string, number>;
  /** Pairs the engine found unrelated (scored as observing). */
  unrelated: number;
}

export interface EmergentResult {
  pairs: number;
  heldOut: string;
  majorityLabel: string;
  parts: PartScores[];
  /** Tuning-part accuracy and macro F1 of the stance model's grouped cross-validation (from its weights file). */
  crossValidation: { accuracy: number; macroF1: number; folds: number };
}

/** Share of the most frequent label over all pairs. */
function majorityShare(pairs: readonly EmergentPair[]): number {
  const label = majorityClass(
    pairs.map((pair) => pair.stance),
    EMERGENT_STANCES,
  );
  return pairs.filter((pair) => pair.stance === label).length / Math.max(1, pairs.length);
}

export async function runEmergent(options: BenchOptions): Promise<PartResult<EmergentResult>> {
  const path = sharedPath('data', 'emergent', 'train.csv');
  if (!path) {
    return {
      result: null,
      missing: ['../shared/data/emergent/train.csv (Emergent): stance not measured'],
      lines: ['stance: not measured (data not found)'],
    };
  }
  const all = readEmergent(path);
  const pairs = options.quick ? all.filter((_, n) => n % Math.ceil(all.length / QUICK_PAIRS) === 0) : all;
  const stances = new Map(pairs.map((pair) => [pair, pairStance(pair)]));
  const tuning = pairs.filter((pair) => !isHeldOut(pair.claimId));
  const majorityLabel = majorityClass(
    tuning.map((pair) => pair.stance),
    EMERGENT_STANCES,
  );
  const parts: PartScores[] = [
    { name: 'tuning', items: tuning },
    { name: 'held-out', items: pairs.filter((pair) => isHeldOut(pair.claimId)) },
    { name: 'all', items: pairs },
  ].map(({ name, items }) => {
    const gold = items.map((pair) => pair.stance);
    const predicted = items.map((pair) => TO_EMERGENT[stances.get(pair) ?? 'unrelated']);
    const majority = classify(
      gold,
      gold.map(() => majorityLabel),
      EMERGENT_STANCES,
    );
    return {
      part: name,
      pairs: items.length,
      claims: new Set(items.map((pair) => pair.claimId)).size,
      engine: classify(gold, predicted, EMERGENT_STANCES),
      majority: { label: majorityLabel, accuracy: majority.accuracy, macroF1: majority.macroF1 },
      predicted: Object.fromEntries(EMERGENT_STANCES.map((c) => [c, predicted.filter((p) => p === c).length])),
      unrelated: items.filter((pair) => stances.get(pair) === 'unrelated').length,
    };
  });
  const cv = { ...fitted.crossValidation.chosen, folds: fitted.crossValidation.folds };
  const lines = [
    `${pairs.length} headline–claim pairs${options.quick ? ` (quick: every ${Math.ceil(all.length / QUICK_PAIRS)}th pair)` : ''}; split by claim id (FNV-1a hash mod 3 = 0 is held out: never look at it while tuning)`,
    'mapping: supports → for, contradicts → against, observing and unrelated → observing (lib/stance/report-stance.ts, as `cli compare --pairs`)',
    `stance model fitted on the tuning part only; its ${cv.folds}-fold cross-validation grouped by claim: accuracy ${fixed(cv.accuracy)}, macro F1 ${fixed(cv.macroF1)}`,
    ...textTable([
      [
        'part',
        'pairs',
        'claims',
        'accuracy',
        'macro F1',
        'F1 for',
        'F1 against',
        'F1 observing',
        `majority (${majorityLabel})`,
        'predicted for/against/observing (unrelated)',
      ],
      ...parts.map((p) => [
        p.part,
        String(p.pairs),
        String(p.claims),
        fixed(p.engine.accuracy),
        fixed(p.engine.macroF1),
        fixed(p.engine.perClass.for.f1),
        fixed(p.engine.perClass.against.f1),
        fixed(p.engine.perClass.observing.f1),
        fixed(p.majority.accuracy),
        `${EMERGENT_STANCES.map((c) => p.predicted[c]).join('/')} (${p.unrelated})`,
      ]),
    ]),
    `published: the data README gives the majority class as 46.9% (counted here on train.csv: ${fixed(majorityShare(all), 3)}); the dataset's authors report 73.3% accuracy on their own test split`,
  ];
  return {
    result: {
      pairs: pairs.length,
      heldOut: 'claimId FNV-1a hash mod 3 == 0',
      majorityLabel,
      parts,
      crossValidation: cv,
    },
    missing: [],
    lines,
  };
}
