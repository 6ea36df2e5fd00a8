/**
 * Searching the reference set with free text (the CLI's `rank`, the benchmarks, the ranker's training): the
 * index finds candidates, then the learned ranking model (ranking.ts) orders them. It lives in the engine, not
 * the index, because the model is the engine's: the index (lib/index) only finds and hands out claims.
 */
import { analyseSentence } from '../features/analyse';
import type { ReferenceIndex, ScoredClaim } from '../index/reference-index';
import type { ClaimFeatures, ReferenceClaim, ReferenceSource } from '../types';
import { rankingQuery, rankingScore, rankingShare, rankingSignals, titleFeatureCache } from './ranking';

/**
 * How many of the index's candidates `searchClaims` re-ranks with the ranking model, whatever the number of
 * results asked for, so the first K results are the same for every K (a deeper re-ranking can promote a claim the
 * shallower one never saw). Chosen by MAP@5 on dev and dev-test (`npm run train:ranker` prints it at several
 * depths: deeper scored higher up to about 150), never on test; deeper costs time in every query.
 */
export const SEARCH_DEPTH = 150;
/** A search looks further than page annotation: a query's common words may still pick out its claim. */
const SEARCH_COMMON_SHARE = 0.2;

/**
 * Features of source titles, for ranking, one cache per index (its lexicon analyses the titles); forgotten with
 * the index.
 */
const titleFeaturesOf = new WeakMap<ReferenceIndex, (source: ReferenceSource) => ClaimFeatures>();

function titleFeatures(index: ReferenceIndex): (source: ReferenceSource) => ClaimFeatures {
  let features = titleFeaturesOf.get(index);
  if (!features) {
    features = titleFeatureCache(index.lexicon);
    titleFeaturesOf.set(index, features);
  }
  return features;
}

/**
 * The claims closest to free text, best first: the index finds candidates, then the ranking model orders the
 * first SEARCH_DEPTH of them. `rank` is the model's score as a share of its highest possible score, 0..1.
 * nb. The first K results are the same whatever k ≥ K is asked for.
 */
export function searchClaims(index: ReferenceIndex, text: string, k: number): ScoredClaim[] {
  const scored = rankingCandidates(index, text, Math.max(k, SEARCH_DEPTH)).map(({ claim, signals }) => ({
    claim,
    rank: rankingShare(rankingScore(signals)),
  }));
  const reranked = scored.slice(0, SEARCH_DEPTH).sort((a, b) => b.rank - a.rank);
  // Past the re-ranked depth, claims keep the index's order and rank below every re-ranked one.
  const floor = reranked.at(-1)?.rank ?? 0;
  const rest = scored.slice(SEARCH_DEPTH).map(({ claim, rank }) => ({ claim, rank: Math.min(rank, floor) }));
  return [...reranked, ...rest].slice(0, k);
}

/** The index's candidates for free text, in BM25 order, with the ranking signals of each (see ranking.ts). */
export function rankingCandidates(
  index: ReferenceIndex,
  text: string,
  depth: number,
): { claim: ReferenceClaim; signals: number[] }[] {
  const features = analyseSentence(text, index.lexicon).features;
  const found = index.candidates(features, depth, SEARCH_COMMON_SHARE);
  const query = rankingQuery(text, features);
  const context = { weightOf: index.weightOf, titleFeatures: titleFeatures(index) };
  const bestBm25 = found[0]?.rank ?? 0;
  return found.map(({ claim, rank }, position) => {
    const candidate = { claim, source: index.source(claim.sourceId), bm25: rank, bestBm25, position };
    return { claim, signals: rankingSignals(query, candidate, context) };
  });
}
