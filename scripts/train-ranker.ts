/**
 * `npm run train:ranker`: fits the ranking model of ReferenceIndex.search (lib/engine/ranking.ts) on the
 * training split of CheckThat! 2022 task 2A (../shared/data, a development aid: the product never reads it)
 * and writes lib/engine/ranker-weights.json. The model is linear over the ranking signals, fitted pairwise
 * (each relevant candidate against each other candidate of its query) by logistic regression with plain
 * gradient descent from zero, so the same data always gives the same weights. The evaluation splits are
 * only scored (MAP@5), never fitted on.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSplits, readVerifiedClaims, type Split, TRAIN_SPLIT } from '../bench/checkthat-data';
import { meanAveragePrecisionAt } from '../bench/metrics';
import { checkthatReferences } from '../bench/part-checkthat';
import { projectRoot, sharedPath } from '../bench/paths';
import { buildReferenceIndex, type ReferenceIndex } from '../lib/engine';
import { RANKING_SIGNALS } from '../lib/engine/ranking';

const DEPTH = 30;
const STEPS = 3000;
const LEARNING_RATE = 0.5;

interface Query {
  candidates: { id: string; signals: number[] }[];
  relevant: ReadonlySet<string>;
}

function queriesOf(index: ReferenceIndex, split: Split): Query[] {
  return [...split.queries].map(([id, text]) => ({
    candidates: index.rankingCandidates(text, DEPTH).map(({ claim, signals }) => ({ id: claim.id, signals })),
    relevant: split.qrels.get(id) ?? new Set(),
  }));
}

/** Signal differences of (relevant, other) candidate pairs. */
function pairsOf(queries: readonly Query[]): Float64Array[] {
  const pairs: Float64Array[] = [];
  for (const { candidates, relevant } of queries) {
    for (const good of candidates.filter((c) => relevant.has(c.id)))
      for (const other of candidates.filter((c) => !relevant.has(c.id)))
        pairs.push(Float64Array.from(good.signals, (value, i) => value - other.signals[i]));
  }
  return pairs;
}

/** Pairwise logistic regression: minimises the mean of log(1 + e^(−w·d)) over the pair differences d. */
function fitWeights(pairs: readonly Float64Array[], size: number): number[] {
  const weights = new Float64Array(size);
  const gradient = new Float64Array(size);
  for (let step = 0; step < STEPS; step += 1) {
    gradient.fill(0);
    for (const difference of pairs) {
      let margin = 0;
      for (let i = 0; i < size; i += 1) margin += weights[i] * difference[i];
      const pull = 1 / (1 + Math.exp(margin));
      for (let i = 0; i < size; i += 1) gradient[i] -= pull * difference[i];
    }
    for (let i = 0; i < size; i += 1) weights[i] -= (LEARNING_RATE * gradient[i]) / pairs.length;
  }
  return [...weights].map((weight) => Math.round(weight * 1000) / 1000);
}

function mapAt5(queries: readonly Query[], split: Split, score: (signals: number[]) => number): number {
  const run = new Map<string, string[]>();
  [...split.queries.keys()].forEach((id, n) => {
    const ranked = [...queries[n].candidates].sort((a, b) => score(b.signals) - score(a.signals));
    run.set(
      id,
      ranked.map((c) => c.id),
    );
  });
  return meanAveragePrecisionAt(split.qrels, run, 5);
}

function main(): void {
  const dir = sharedPath('data', 'clef2022-checkthat-2a');
  if (!dir) throw new Error('../shared/data/clef2022-checkthat-2a not found');
  const [train] = readSplits(dir, [TRAIN_SPLIT]);
  const index = buildReferenceIndex(checkthatReferences(readVerifiedClaims(dir)));
  const trainQueries = queriesOf(index, train);
  const pairs = pairsOf(trainQueries);
  console.log(`${train.queries.size} training queries, ${pairs.length} pairs, ${RANKING_SIGNALS.length} signals`);
  const weights = fitWeights(pairs, RANKING_SIGNALS.length);
  const score = (signals: number[]) => signals.reduce((sum, value, i) => sum + value * weights[i], 0);
  const scores: Record<string, number> = {};
  for (const split of [train, ...readSplits(dir)]) {
    const queries = split === train ? trainQueries : queriesOf(index, split);
    scores[split.name] = Math.round(mapAt5(queries, split, score) * 1000) / 1000;
  }
  console.log('weights', Object.fromEntries(RANKING_SIGNALS.map((name, i) => [name, weights[i]])));
  console.log('MAP@5 (candidates', DEPTH, 'deep)', scores);
  const file = {
    signals: RANKING_SIGNALS,
    weights,
    trainedOn: `CheckThat! 2022 task 2A English, train split (${train.queries.size} queries, ${pairs.length} pairs)`,
    mapAt5: scores,
  };
  writeFileSync(join(projectRoot, 'lib', 'engine', 'ranker-weights.json'), `${JSON.stringify(file, null, 2)}\n`);
}

main();
