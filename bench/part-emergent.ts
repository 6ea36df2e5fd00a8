/**
 * Part "emergent": the engine's stance of a news headline (as the page sentence) towards a claim (as the
 * reference): supports → for, contradicts → against, related or no match → observing. Accuracy and per-class
 * F1 on a tuning part and a held-out part split by claim, beside the majority class and the published 73%.
 */
import { buildReferenceIndex, matchSentence, type ReferenceIndex } from '../lib/engine';
import { analyseSentence } from '../lib/features/analyse';
import type { ReferenceSource, Stance } from '../lib/types';
import { EMERGENT_STANCES, type EmergentPair, type EmergentStance, isHeldOut, readEmergent } from './emergent-data';
import { type Classification, classify, majorityClass } from './metrics';
import { type BenchOptions, fixed, type PartResult, textTable } from './part';
import { sharedPath } from './paths';

const TO_EMERGENT: Record<Stance, EmergentStance> = { supports: 'for', contradicts: 'against', related: 'observing' };
const QUICK_PAIRS = 300;

function source(id: string): ReferenceSource {
  return { id, title: id, publisher: '', url: '', publishedAt: '', addedAt: '', origin: 'import', enabled: true };
}

/** One index over every distinct claim (each its own source), so word weights come from a real collection. */
function claimIndex(pairs: readonly EmergentPair[]): ReferenceIndex {
  const claims = new Map(pairs.map((pair) => [pair.claimId, pair.claim]));
  return buildReferenceIndex(
    [...claims].map(([id, text]) => ({ source: source(id), claims: [{ id, sourceId: id, text, start: 0, end: 0 }] })),
  );
}

/** The engine's stance of the headline towards its own claim, as an Emergent label. */
export function engineStance(index: ReferenceIndex, pair: EmergentPair): EmergentStance {
  const sentence = { text: pair.headline, analysis: analyseSentence(pair.headline, index.lexicon) };
  const matches = matchSentence(index, sentence, { candidates: index.size });
  const match = matches.find((candidate) => candidate.claimId === pair.claimId);
  return match ? TO_EMERGENT[match.stance] : 'observing';
}

export interface PartScores {
  part: string;
  pairs: number;
  claims: number;
  engine: Classification;
  majority: { label: string; accuracy: number; macroF1: number };
  predicted: Record<string, number>;
}

export interface EmergentResult {
  pairs: number;
  heldOut: string;
  majorityLabel: string;
  parts: PartScores[];
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
  const index = claimIndex(all);
  const predictions = new Map(pairs.map((pair) => [pair, engineStance(index, pair)]));
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
    const predicted = items.map((pair) => predictions.get(pair) ?? 'observing');
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
    };
  });
  const lines = [
    `${pairs.length} headline–claim pairs${options.quick ? ` (quick: every ${Math.ceil(all.length / QUICK_PAIRS)}th pair)` : ''}; split by claim id (FNV-1a hash mod 3 = 0 is held out: never look at it while tuning)`,
    'mapping: supports → for, contradicts → against, related or no match → observing',
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
        'predicted for/against/observing',
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
        EMERGENT_STANCES.map((c) => p.predicted[c]).join('/'),
      ]),
    ]),
    `published: the data README gives the majority class as 46.9% (counted here on train.csv: ${fixed(majorityShare(all), 3)}); the dataset's authors report 73.3% accuracy on their own test split`,
  ];
  return {
    result: { pairs: pairs.length, heldOut: 'claimId FNV-1a hash mod 3 == 0', majorityLabel, parts },
    missing: [],
    lines,
  };
}
