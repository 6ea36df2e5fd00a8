/**
 * Engine speed: annotating a 2,000-word article against reference sets of growing size (synthetic claims
 * from a fixed seed, and the real CheckThat! claims), beside a linear scan measured in the same run, with
 * the index's heap, build and load times.
 */
import { annotateBlocks, groupClaims, matchSentence, sentenceClaims } from '../lib/engine';
import { CANDIDATES, COMMON_SHARE } from '../lib/engine/annotate';
import { ReferenceIndex } from '../lib/index/reference-index';
import { splitSentences } from '../lib/text/sentences';
import type { ReferenceClaim, TextBlock } from '../lib/types';
import { LinearScanIndex } from './linear-scan';
import { claimCount, type ReferenceArticle, withoutFeatures } from './reference-sets';
import { collectGarbage, median, round3, timeOnce, timeRuns } from './stats';

export interface SpeedOptions {
  runs: number;
  /** Most sentence × claim verifications a linear scan may do per timed pass before it is sampled. */
  linearBudget: number;
  /** Time same-fact grouping (buildReferenceIndex's extra step) for this set. */
  grouping: boolean;
}

export interface LinearScanSpeed {
  articleMs: number;
  perSentenceMs: number;
  /** True when the article time is projected from a sample of check-worthy sentences. */
  estimated: boolean;
  /** Check-worthy sentences scanned per pass. */
  sentences: number;
  runs: number;
  /** Of those sentences, how many the linear scan matched, and how many the indexed engine matched. */
  matchedLinear: number;
  matchedIndexed: number;
}

export interface ReferenceSetSpeed {
  name: string;
  claims: number;
  /** Median ms to annotate the article with the indexed engine (annotateBlocks). */
  articleMs: number;
  articleRunsMs: number[];
  /** articleMs ÷ all sentences of the article. */
  perSentenceMs: number;
  /** Median ms of the article's sentence analysis alone (split, features, check-worthiness): the floor. */
  analysisMs: number;
  /** Median ms of the index lookups alone (ReferenceIndex.candidates as annotateBlocks calls it, per check-worthy sentence). */
  lookupMs: number;
  linear: LinearScanSpeed;
  /** Index build from claim text (analysis + inverted index; no same-fact grouping). */
  buildMs: number;
  buildRuns: number;
  /** Index rebuilt from the stored form (claims with features as JSON: parse + add, no analysis). */
  loadMs: number;
  loadRuns: number;
  /** Index restored from its snapshot (ReferenceIndex.fromSnapshot, after a structured clone as IndexedDB makes). */
  restoreMs: number;
  restoreRuns: number;
  /** Taking the snapshot (ReferenceIndex.toSnapshot). */
  snapshotMs: number;
  /** Same-fact grouping (what buildReferenceIndex adds to the build), where measured. */
  groupingMs: number | null;
  /** Heap the index holds after GC, in MB (null without --expose-gc). */
  heapMB: number | null;
}

/**
 * Unmeasured runs before the article, analysis and lookup timings of a set. One is not enough: the first run
 * against a new index fills its caches (the candidates' word keys and periods), and the JIT goes on recompiling
 * the hot functions for a few runs more (the new index's objects turn some compiled code down), so the runs after
 * a single warm-up kept falling (at 100,000 claims 92, 80, 59, 55, 49, 58, 49 ms). From the tenth run on they
 * are level.
 */
export const WARMUP_RUNS = 10;

function indexOf(articles: readonly ReferenceArticle[], index: ReferenceIndex = new ReferenceIndex()): ReferenceIndex {
  for (const { source, claims } of articles) index.addSource(source, claims);
  return index;
}

/** Sources and their claims (with features) as the store keeps them, serialised. */
function storedForm(index: ReferenceIndex): string {
  const bySource = new Map<string, ReferenceClaim[]>();
  for (const claim of index.allClaims()) {
    const list = bySource.get(claim.sourceId) ?? [];
    list.push(claim);
    bySource.set(claim.sourceId, list);
  }
  return JSON.stringify(index.allSources().map((source) => ({ source, claims: bySource.get(source.id) ?? [] })));
}

/** Count of sentences the splitter finds in the blocks (check-worthy or not). */
export function sentenceCount(blocks: readonly TextBlock[]): number {
  return blocks.reduce((sum, block) => sum + splitSentences(block.text).length, 0);
}

/** The linear scan on the whole article (several runs) or, past the budget, on an even sample of sentences. */
function measureLinear(
  index: ReferenceIndex,
  linearIndex: ReferenceIndex,
  blocks: readonly TextBlock[],
  options: SpeedOptions,
): LinearScanSpeed {
  const sentences = sentenceClaims(blocks, index.lexicon);
  const all = sentenceCount(blocks);
  const verifications = index.size * Math.max(1, sentences.length);
  if (verifications <= options.linearBudget) {
    const runs = Math.max(1, Math.min(options.runs, Math.floor(options.linearBudget / verifications)));
    const timing = timeRuns(() => annotateBlocks(linearIndex, blocks), runs, 0);
    return {
      articleMs: timing.medianMs,
      perSentenceMs: timing.medianMs / all,
      estimated: false,
      sentences: sentences.length,
      runs,
      matchedLinear: annotateBlocks(linearIndex, blocks).length,
      matchedIndexed: annotateBlocks(index, blocks).length,
    };
  }
  const size = Math.max(1, Math.min(sentences.length, Math.floor(options.linearBudget / index.size)));
  const sample = Array.from({ length: size }, (_, n) => sentences[Math.floor((n * sentences.length) / size)]);
  let scanMs = 0;
  let matchedLinear = 0;
  let matchedIndexed = 0;
  for (const sentence of sample) {
    const { ms, value } = timeOnce(() => matchSentence(linearIndex, sentence));
    scanMs += ms;
    if (value.length > 0) matchedLinear += 1;
    if (matchSentence(index, sentence).length > 0) matchedIndexed += 1;
  }
  // The article: the analysis every sentence needs, plus the mean scan of a check-worthy sentence for each.
  const analysisMs = timeRuns(() => sentenceClaims(blocks, index.lexicon), options.runs, 1).medianMs;
  const articleMs = analysisMs + (scanMs / sample.length) * sentences.length;
  return {
    articleMs,
    perSentenceMs: articleMs / all,
    estimated: true,
    sentences: sample.length,
    runs: 1,
    matchedLinear,
    matchedIndexed,
  };
}

/**
 * Measures one reference set: build (once for sets over 20,000 claims, else up to 3 runs), heap, load,
 * grouping when asked, the indexed article time (median of `runs`) and the linear scan.
 */
export function measureReferenceSet(
  name: string,
  articles: readonly ReferenceArticle[],
  blocks: readonly TextBlock[],
  options: SpeedOptions,
): ReferenceSetSpeed {
  const claims = claimCount(articles);
  const large = claims > 20_000;
  const plain = withoutFeatures(articles);

  const gcOk = collectGarbage();
  const before = process.memoryUsage().heapUsed;
  const first = timeOnce(() => indexOf(plain));
  const index = first.value;
  collectGarbage();
  const heapMB = gcOk ? round3((process.memoryUsage().heapUsed - before) / 2 ** 20) : null;
  const buildTimes = [first.ms];
  for (let n = 1; n < (large ? 1 : Math.min(options.runs, 3)); n += 1)
    buildTimes.push(timeOnce(() => indexOf(plain)).ms);

  const stored = storedForm(index);
  const load = timeRuns(() => indexOf(JSON.parse(stored)), large ? 1 : Math.min(options.runs, 3), 0);
  const snapshot = timeOnce(() => index.toSnapshot());
  const cloned = structuredClone(snapshot.value);
  const restore = timeRuns(() => ReferenceIndex.fromSnapshot(cloned), large ? 3 : Math.min(options.runs, 5), 0);
  const groupingMs = options.grouping ? timeOnce(() => groupClaims(index)).ms : null;

  // The build, load and restore runs above leave garbage: collect it so it is not collected during the timed runs.
  collectGarbage();
  const timing = timeRuns(() => annotateBlocks(index, blocks), options.runs, WARMUP_RUNS);
  const sentences = sentenceClaims(blocks, index.lexicon);
  const analysis = timeRuns(() => sentenceClaims(blocks, index.lexicon), options.runs, WARMUP_RUNS);
  // The lookups annotateBlocks makes: its candidates per sentence, without the words it finds too common.
  const lookup = timeRuns(
    () => sentences.map((sentence) => index.candidates(sentence.analysis.features, CANDIDATES, COMMON_SHARE)),
    options.runs,
    WARMUP_RUNS,
  );
  const linearIndex = indexOf(JSON.parse(stored), new LinearScanIndex(index.lexicon));
  const linear = measureLinear(index, linearIndex, blocks, options);

  return {
    name,
    claims,
    articleMs: timing.medianMs,
    articleRunsMs: timing.runsMs,
    perSentenceMs: timing.medianMs / sentenceCount(blocks),
    analysisMs: analysis.medianMs,
    lookupMs: lookup.medianMs,
    linear,
    buildMs: median(buildTimes),
    buildRuns: buildTimes.length,
    loadMs: load.medianMs,
    loadRuns: load.runsMs.length,
    restoreMs: restore.medianMs,
    restoreRuns: restore.runsMs.length,
    snapshotMs: snapshot.ms,
    groupingMs,
    heapMB,
  };
}
