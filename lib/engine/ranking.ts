/**
 * Ranking free text against the reference set (`rank`, the retrieval benchmark): the index finds candidates,
 * then a learned model orders them by several signals at once — the BM25 score, the verification
 * alignment, character trigrams (they survive hashtags, joined words and spelling variants), word pairs,
 * shared names, and how close the text is to the candidate's source title (a fact-check's headline).
 * The model is linear over the signals and their pairwise products; its weights come from `npm run train:ranker`, fitted on the training split of CheckThat! 2022 task 2A only.
 */
import { analyseSentence } from '../features/analyse';
import { align, type WeightOf } from '../match/similarity';
import type { ClaimFeatures, ReferenceClaim, ReferenceSource } from '../types';
import weights from './ranker-weights.json';

/** The signals, in the order of the weights. Each is 0..1. */
export const RANKING_SIGNALS = [
  'bm25',
  'bm25Rank',
  'alignment',
  'textCoverage',
  'claimCoverage',
  'evidence',
  'trigrams',
  'titleTrigrams',
  'titleAlignment',
  'wordPairs',
  'names',
] as const;

export type RankingSignal = (typeof RANKING_SIGNALS)[number];

/** The free text being ranked for, analysed once. */
export interface RankingQuery {
  features: ClaimFeatures;
  trigrams: Map<string, number>;
  pairs: Set<string>;
  names: Set<string>;
}

export interface RankingCandidate {
  claim: ReferenceClaim;
  source: ReferenceSource | undefined;
  /** BM25 score of the candidate, and of the best candidate. */
  bm25: number;
  bestBm25: number;
  /** 0 for the best BM25 candidate. */
  position: number;
}

/** Everything the signals need from the reference set. */
export interface RankingContext {
  weightOf: WeightOf;
  /** Features of a source title (remembered by the caller). */
  titleFeatures(source: ReferenceSource): ClaimFeatures;
}

/** Letters and digits only, lower case; links are dropped (they carry no words). */
function plain(text: string): string {
  return text
    .toLowerCase()
    .replace(/\b(?:https?:\/\/|www\.|pic\.twitter\.com\/)\S+/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Counts of the character trigrams of a text (words padded with a space). */
export function trigramsOf(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const padded = ` ${plain(text)} `;
  for (let i = 0; i + 3 <= padded.length; i += 1) {
    const gram = padded.slice(i, i + 3);
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/** Cosine of two trigram count vectors, 0..1. */
export function trigramCosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (const [gram, count] of a) {
    normA += count * count;
    dot += count * (b.get(gram) ?? 0);
  }
  for (const count of b.values()) normB += count * count;
  return normA > 0 && normB > 0 ? dot / Math.sqrt(normA * normB) : 0;
}

/** Adjacent content-word pairs ("gazpacho polic"), by stem. */
function wordPairs(features: ClaimFeatures): Set<string> {
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < features.words.length; i += 1)
    pairs.add(`${features.words[i].stem} ${features.words[i + 1].stem}`);
  return pairs;
}

export function rankingQuery(text: string, features: ClaimFeatures): RankingQuery {
  return { features, trigrams: trigramsOf(text), pairs: wordPairs(features), names: new Set(features.entities) };
}

/** A count as a share that saturates: 0 → 0, 1 → 0.5, 3 → 0.75. */
const saturate = (count: number, half = 1) => count / (count + half);

/** A title worth comparing with: present and not just the claim's id or text. */
function usableTitle(source: ReferenceSource | undefined, claim: ReferenceClaim): source is ReferenceSource {
  return !!source && source.title.trim() !== '' && source.title !== source.id && source.title !== claim.text;
}

/** The signals for one candidate, in RANKING_SIGNALS order. */
export function rankingSignals(query: RankingQuery, candidate: RankingCandidate, context: RankingContext): number[] {
  const { claim, source } = candidate;
  const features = claim.features as ClaimFeatures;
  const alignment = align(query.features, features, context.weightOf);
  const hasTitle = usableTitle(source, claim);
  const titleText = hasTitle ? source.title : '';
  let sharedPairs = 0;
  for (const pair of wordPairs(features)) if (query.pairs.has(pair)) sharedPairs += 1;
  let sharedNames = 0;
  for (const name of features.entities) if (query.names.has(name)) sharedNames += 1;
  return [
    candidate.bestBm25 > 0 ? candidate.bm25 / candidate.bestBm25 : 0,
    1 / (candidate.position + 1),
    alignment.score,
    alignment.pageCoverage,
    alignment.referenceCoverage,
    saturate(alignment.evidence, 3),
    trigramCosine(query.trigrams, trigramsOf(hasTitle ? `${claim.text} ${titleText}` : claim.text)),
    hasTitle ? trigramCosine(query.trigrams, trigramsOf(titleText)) : 0,
    hasTitle ? align(context.titleFeatures(source), query.features, context.weightOf).score : 0,
    saturate(sharedPairs),
    saturate(sharedNames),
  ];
}

/**
 * The signals and the products of each pair of them (the square of each included), in the order of the
 * model's weights: the products let one signal count more when another is also strong (a close title
 * matters more when the words agree too).
 */
export function expandSignals(signals: readonly number[]): number[] {
  const expanded = [...signals];
  for (let i = 0; i < signals.length; i += 1)
    for (let j = i; j < signals.length; j += 1) expanded.push(signals[i] * signals[j]);
  return expanded;
}

/** The model's score for a candidate's signals (higher ranks first; not bounded). */
export function rankingScore(signals: readonly number[]): number {
  const expanded = expandSignals(signals);
  let score = 0;
  for (let i = 0; i < expanded.length; i += 1) score += expanded[i] * (weights.weights[i] ?? 0);
  return score;
}

/** A model score as a share of the highest score the model can give (every signal is 0..1), 0..1. */
export function rankingShare(score: number): number {
  const highest = weights.weights.reduce((sum, weight) => sum + Math.max(0, weight), 0);
  return highest > 0 ? Math.min(1, Math.max(0, score / highest)) : 0;
}

/** Title features remembered per source object (a changed source is a new object). */
export function titleFeatureCache(lexicon: Parameters<typeof analyseSentence>[1]) {
  const cache = new WeakMap<ReferenceSource, ClaimFeatures>();
  return (source: ReferenceSource): ClaimFeatures => {
    let features = cache.get(source);
    if (!features) {
      features = analyseSentence(source.title, lexicon).features;
      cache.set(source, features);
    }
    return features;
  };
}
