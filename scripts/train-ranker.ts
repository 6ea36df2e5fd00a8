/**
 * `npm run train:ranker`: fits the ranking model of searchClaims (lib/engine/search.ts, ranking.ts) on the
 * training split of CheckThat! 2022 task 2A (../shared/data, a development aid: the product never reads it)
 * and writes lib/engine/ranker-weights.json. The model is linear over the ranking signals and their pairwise
 * products (expandSignals), fitted listwise (scripts/ranker/fit-listwise.ts) over the SEARCH_DEPTH candidates
 * `search` re-ranks, from zero weights, so the same data always gives the same weights. The L2 penalty is
 * chosen by MAP@5 on the dev and dev-test splits; test is only scored, never fitted on or chosen by.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSplits, readVerifiedClaims, type Split, TRAIN_SPLIT } from '../bench/checkthat-data';
import { meanAveragePrecisionAt } from '../bench/metrics';
import { checkthatReferences } from '../bench/part-checkthat';
import { projectRoot, sharedPath } from '../bench/paths';
import { buildReferenceIndex } from '../lib/engine';
import { expandSignals, RANKING_SIGNALS } from '../lib/engine/ranking';
import { rankingCandidates, SEARCH_DEPTH } from '../lib/engine/search';
import type { ReferenceIndex } from '../lib/index/reference-index';
import { installTaggerFromDisk } from '../lib/nlp/tagger-data-node';
import { fitListwise, type RankedList } from './ranker/fit-listwise';

/** Train on the candidates `search` re-ranks. */
const DEPTH = SEARCH_DEPTH;
const L2_GRID = [0, 0.0001, 0.001];
/** The splits the penalty (and SEARCH_DEPTH, from the depths printed) are chosen on. */
const VALIDATION = ['dev', 'dev-test'];
/** Depths at which the fitted model is scored on the validation splits, to choose SEARCH_DEPTH by. */
const DEPTHS_SHOWN = [50, 100, 150, 200];

interface Query {
  candidates: { id: string; signals: number[] }[];
  relevant: ReadonlySet<string>;
}

function queriesOf(index: ReferenceIndex, split: Split, depth = DEPTH): Query[] {
  return [...split.queries].map(([id, text]) => ({
    candidates: rankingCandidates(index, text, depth).map(({ claim, signals }) => ({ id: claim.id, signals })),
    relevant: split.qrels.get(id) ?? new Set(),
  }));
}

/** Each query's candidates as rows of expanded signals, with the relevant ones marked. */
function listsOf(queries: readonly Query[]): RankedList[] {
  return queries.map(({ candidates, relevant }) => ({
    rows: Float64Array.from(candidates.flatMap((c) => expandSignals(c.signals))),
    relevant: candidates.map((c) => relevant.has(c.id)),
  }));
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

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

function main(): void {
  const dir = sharedPath('data', 'clef2022-checkthat-2a');
  if (!dir) throw new Error('../shared/data/clef2022-checkthat-2a not found');
  const [train] = readSplits(dir, [TRAIN_SPLIT]);
  const index = buildReferenceIndex(checkthatReferences(readVerifiedClaims(dir)));
  const splits = [train, ...readSplits(dir)].map((split) => ({ split, queries: queriesOf(index, split) }));
  const lists = listsOf(splits[0].queries);
  const size = expandSignals(RANKING_SIGNALS.map(() => 0)).length;
  console.log(`${train.queries.size} training queries, ${DEPTH} candidates each, ${RANKING_SIGNALS.length} signals`);
  const tried = L2_GRID.map((l2) => {
    const weights = fitListwise(lists, { size, l2 }).map((weight) => round(weight, 4));
    const score = (signals: number[]) => expandSignals(signals).reduce((sum, value, i) => sum + value * weights[i], 0);
    const mapAt5ByName: Record<string, number> = {};
    for (const { split, queries } of splits) mapAt5ByName[split.name] = round(mapAt5(queries, split, score), 4);
    const validation = VALIDATION.reduce((sum, name) => sum + (mapAt5ByName[name] ?? 0), 0) / VALIDATION.length;
    console.log(`l2 ${l2}: MAP@5 on ${VALIDATION.join(' + ')} ${validation.toFixed(4)}`);
    return { l2, weights, mapAt5: mapAt5ByName, validation };
  });
  // Best on the validation splits; on a tie, the stronger penalty.
  const chosen = tried.reduce((best, row) =>
    row.validation > best.validation || (row.validation === best.validation && row.l2 > best.l2) ? row : best,
  );
  const { weights } = chosen;
  console.log('weights of the signals', Object.fromEntries(RANKING_SIGNALS.map((name, i) => [name, weights[i]])));
  console.log('chosen l2', chosen.l2, 'MAP@5 (candidates', DEPTH, 'deep)', chosen.mapAt5);
  const score = (signals: number[]) => expandSignals(signals).reduce((sum, value, i) => sum + value * weights[i], 0);
  for (const { split } of splits.filter(({ split }) => VALIDATION.includes(split.name))) {
    const deepest = queriesOf(index, split, Math.max(...DEPTHS_SHOWN));
    const byDepth = DEPTHS_SHOWN.map((depth) => {
      const queries = deepest.map((query) => ({ ...query, candidates: query.candidates.slice(0, depth) }));
      return `${depth}: ${mapAt5(queries, split, score).toFixed(4)}`;
    });
    console.log(`${split.name} MAP@5 by re-ranked depth (SEARCH_DEPTH is ${DEPTH}):`, byDepth.join(', '));
  }
  const file = {
    signals: RANKING_SIGNALS,
    weights,
    trainedOn: `CheckThat! 2022 task 2A English, train split (${train.queries.size} queries, ${DEPTH} candidates each), listwise`,
    l2: chosen.l2,
    chosenBy: `MAP@5 on ${VALIDATION.join(' and ')} among l2 ${L2_GRID.join(', ')}`,
    mapAt5: chosen.mapAt5,
  };
  writeFileSync(join(projectRoot, 'lib', 'engine', 'ranker-weights.json'), `${JSON.stringify(file, null, 2)}\n`);
}

// Features as the engine computes them, with its part-of-speech tagger.
installTaggerFromDisk();
main();
