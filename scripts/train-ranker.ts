/**
 * `npm run train:ranker`: fits the ranking model of ReferenceIndex.search (lib/engine/ranking.ts) on the
 * training split of CheckThat! 2022 task 2A (../shared/data, a development aid: the product never reads it)
 * and writes lib/engine/ranker-weights.json. The model is linear over the ranking signals and their pairwise
 * products (expandSignals), fitted pairwise
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
import { expandSignals, RANKING_SIGNALS } from '../lib/engine/ranking';
import { SEARCH_DEPTH } from '../lib/engine/reference-index';

/** Train on the candidates `search` re-ranks. */
const DEPTH = SEARCH_DEPTH;
const STEPS = 4000;
const LEARNING_RATE = 1;

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

/** Expanded-signal differences of (relevant, other) candidate pairs, one row per pair. */
function pairsOf(queries: readonly Query[]): { rows: Float64Array; count: number; size: number } {
  const differences: number[][] = [];
  for (const { candidates, relevant } of queries) {
    const expanded = candidates.map((c) => ({ relevant: relevant.has(c.id), values: expandSignals(c.signals) }));
    for (const good of expanded.filter((c) => c.relevant))
      for (const other of expanded.filter((c) => !c.relevant))
        differences.push(good.values.map((value, i) => value - other.values[i]));
  }
  const size = differences[0]?.length ?? 0;
  return { rows: Float64Array.from(differences.flat()), count: differences.length, size };
}

/** Pairwise logistic regression: minimises the mean of log(1 + e^(−w·d)) over the pair differences d. */
function fitWeights({ rows, count, size }: ReturnType<typeof pairsOf>): number[] {
  const weights = new Float64Array(size);
  const gradient = new Float64Array(size);
  for (let step = 0; step < STEPS; step += 1) {
    gradient.fill(0);
    for (let row = 0; row < count; row += 1) {
      const at = row * size;
      let margin = 0;
      for (let i = 0; i < size; i += 1) margin += weights[i] * rows[at + i];
      const pull = 1 / (1 + Math.exp(margin));
      for (let i = 0; i < size; i += 1) gradient[i] -= pull * rows[at + i];
    }
    for (let i = 0; i < size; i += 1) weights[i] -= (LEARNING_RATE * gradient[i]) / count;
  }
  return [...weights].map((weight) => Math.round(weight * 10000) / 10000);
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
  console.log(`${train.queries.size} training queries, ${pairs.count} pairs, ${RANKING_SIGNALS.length} signals`);
  const weights = fitWeights(pairs);
  const score = (signals: number[]) => expandSignals(signals).reduce((sum, value, i) => sum + value * weights[i], 0);
  const scores: Record<string, number> = {};
  for (const split of [train, ...readSplits(dir)]) {
    const queries = split === train ? trainQueries : queriesOf(index, split);
    scores[split.name] = Math.round(mapAt5(queries, split, score) * 1000) / 1000;
  }
  console.log('weights of the signals', Object.fromEntries(RANKING_SIGNALS.map((name, i) => [name, weights[i]])));
  console.log('MAP@5 (candidates', DEPTH, 'deep)', scores);
  const file = {
    signals: RANKING_SIGNALS,
    weights,
    trainedOn: `CheckThat! 2022 task 2A English, train split (${train.queries.size} queries, ${pairs.count} pairs)`,
    mapAt5: scores,
  };
  writeFileSync(join(projectRoot, 'lib', 'engine', 'ranker-weights.json'), `${JSON.stringify(file, null, 2)}\n`);
}

main();
