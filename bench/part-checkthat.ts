/**
 * Part "checkthat": CheckThat! 2022 task 2A retrieval. The engine's ranking (searchClaims over the
 * verified claims loaded as the CLI's `rank` loads JSON Lines: claim text, with the title as its source's
 * title) beside a plain BM25 over text + title, both computed in this run: MAP@1, MAP@5 and MRR (first 100
 * results). The engine's ranking model was fitted on the training split, which is not scored here.
 */
import { buildReferenceIndex } from '../lib/engine';
import { SEARCH_DEPTH, searchClaims } from '../lib/engine/search';
import type { ReferenceIndex } from '../lib/index/reference-index';
import type { ReferenceSource } from '../lib/types';
import { PlainBm25 } from './bm25-baseline';
import { claimDocument, readSplits, readVerifiedClaims, type Split, type VerifiedClaim } from './checkthat-data';
import { meanAveragePrecisionAt, meanReciprocalRank, type Run } from './metrics';
import { type BenchOptions, fixed, type PartResult, textTable } from './part';
import { sharedPath } from './paths';
import { seededRandom } from './prng';
import { median, timeOnce } from './stats';

/** Depth of each ranking (MRR counts a relevant claim found within it). */
const DEPTH = 100;
const QUICK_CLAIMS = 2_000;

export interface RetrievalScores {
  map1: number;
  map5: number;
  mrr: number;
  /** Median ms per query. */
  queryMs: number;
}

/** Each verified claim as `rank` loads a JSON Lines record: its own source, titled with the claim's title. */
export function checkthatReferences(claims: readonly VerifiedClaim[]) {
  return claims.map(({ id, text, title }) => ({
    source: {
      id,
      title: title || id,
      publisher: '',
      url: '',
      publishedAt: '',
      addedAt: '',
      origin: 'import',
      enabled: true,
    } satisfies ReferenceSource,
    claims: [{ id, sourceId: id, text, start: 0, end: text.length }],
  }));
}

/** Ranks every query of the split with `search`, timing each query. */
function rankSplit(split: Split, search: (text: string) => string[]): { run: Run; queryMs: number } {
  const run = new Map<string, string[]>();
  const times: number[] = [];
  for (const [id, text] of split.queries) {
    const { ms, value } = timeOnce(() => search(text));
    run.set(id, value);
    times.push(ms);
  }
  return { run, queryMs: median(times) };
}

function scores(split: Split, ranked: { run: Run; queryMs: number }): RetrievalScores {
  return {
    map1: meanAveragePrecisionAt(split.qrels, ranked.run, 1),
    map5: meanAveragePrecisionAt(split.qrels, ranked.run, 5),
    mrr: meanReciprocalRank(split.qrels, ranked.run),
    queryMs: ranked.queryMs,
  };
}

/** For a quick run: the test split's relevant claims plus others drawn with a fixed seed, 2,000 in all. */
function quickSample(claims: readonly VerifiedClaim[], split: Split): VerifiedClaim[] {
  const needed = new Set([...split.qrels.values()].flatMap((set) => [...set]));
  const random = seededRandom(11);
  const chosen = claims.filter((claim) => needed.has(claim.id));
  const rest = claims.filter((claim) => !needed.has(claim.id));
  while (chosen.length < QUICK_CLAIMS && rest.length > 0) chosen.push(rest.splice(random.int(rest.length), 1)[0]);
  return chosen;
}

export interface SplitScores {
  split: string;
  queries: number;
  engine: RetrievalScores;
  bm25: RetrievalScores;
}

export interface CheckthatResult {
  claims: number;
  quickSample: boolean;
  depth: number;
  buildMs: { engine: number; bm25: number };
  splits: SplitScores[];
}

export async function runCheckthat(options: BenchOptions): Promise<PartResult<CheckthatResult>> {
  const dir = sharedPath('data', 'clef2022-checkthat-2a');
  if (!dir) {
    return {
      result: null,
      missing: ['../shared/data/clef2022-checkthat-2a (CheckThat! 2022 task 2A): retrieval not measured'],
      lines: ['retrieval: not measured (data not found)'],
    };
  }
  const allSplits = readSplits(dir);
  const splits = options.quick ? allSplits.filter((split) => split.name === 'test') : allSplits;
  const allClaims = readVerifiedClaims(dir);
  const claims = options.quick && splits[0] ? quickSample(allClaims, splits[0]) : allClaims;
  const documents = claims.map((claim) => ({ id: claim.id, text: claimDocument(claim) }));

  const bm25Build = timeOnce(() => new PlainBm25(documents));
  const engineBuild = timeOnce(() => buildReferenceIndex(checkthatReferences(claims)));
  const engine: ReferenceIndex = engineBuild.value;
  const results: SplitScores[] = splits.map((split) => ({
    split: split.name,
    queries: split.queries.size,
    engine: scores(
      split,
      rankSplit(split, (text) => searchClaims(engine, text, DEPTH).map((hit) => hit.claim.id)),
    ),
    bm25: scores(
      split,
      rankSplit(split, (text) => bm25Build.value.search(text, DEPTH).map((hit) => hit.id)),
    ),
  }));

  const lines = [
    `${claims.length.toLocaleString('en')} verified claims (engine: text, title as source title; BM25: text + title)${options.quick ? ' — quick: a 2,000-claim sample, not comparable' : ''}; rankings ${DEPTH} deep, the model re-ranking the first ${SEARCH_DEPTH} for any depth (so MAP@5 is what \`rank --top 5\` gives)`,
    `index build (1 run): engine buildReferenceIndex ${fixed(engineBuild.ms / 1000, 1)} s, plain BM25 ${fixed(bm25Build.ms / 1000, 2)} s`,
    ...textTable([
      ['split', 'queries', 'system', 'MAP@1', 'MAP@5', 'MRR', 'ms/query'],
      ...results.flatMap((r) => [
        [
          r.split,
          String(r.queries),
          'engine',
          fixed(r.engine.map1),
          fixed(r.engine.map5),
          fixed(r.engine.mrr),
          fixed(r.engine.queryMs, 2),
        ],
        ['', '', 'BM25', fixed(r.bm25.map1), fixed(r.bm25.map5), fixed(r.bm25.mrr), fixed(r.bm25.queryMs, 2)],
      ]),
    ]),
    'published: plain BM25 MAP@5 0.862 (MRR 0.865) on test; best systems with neural re-rankers about 0.95',
  ];
  return {
    result: {
      claims: claims.length,
      quickSample: options.quick,
      depth: DEPTH,
      buildMs: { engine: engineBuild.ms, bm25: bm25Build.ms },
      splits: results,
    },
    missing: [],
    lines,
  };
}
