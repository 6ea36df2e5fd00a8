/**
 * Part "speed": a 2,000-word article against 1,000 / 10,000 / 100,000 synthetic claims and the real
 * 14,231 CheckThat! claims, indexed engine beside a linear scan, with build, load and heap of the index.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sentenceClaims } from '../lib/engine';
import { benchArticle } from './article';
import { readVerifiedClaims } from './checkthat-data';
import { fixtureSets, labelledPages } from './labelled-pages';
import { type BenchOptions, fixed, type PartResult, textTable } from './part';
import { projectRoot, sharedPath } from './paths';
import { checkthatReferenceSet, syntheticReferenceSet } from './reference-sets';
import { measureReferenceSet, type ReferenceSetSpeed, sentenceCount, WARMUP_RUNS } from './speed';
import { synthesiseClaims, wordnetVocabulary } from './synthetic-claims';

const FULL_SIZES = [1_000, 10_000, 100_000];
const QUICK_SIZES = [1_000];
const CLAIM_SEED = 42;

/** Sentences of the seed articles, for synthetic claims when the CheckThat! claims are not there. */
function seedSentences(): string[] {
  const seeds = JSON.parse(readFileSync(join(projectRoot, 'data', 'seeds', 'seeds.json'), 'utf8')) as {
    text: string;
  }[];
  return seeds.flatMap((seed) => seed.text.split(/(?<=[.!?])\s+/));
}

export interface SpeedResult {
  article: { words: number; pageWords: number; sentences: number; checkWorthy: number; blocks: number };
  vocabulary: string;
  sets: ReferenceSetSpeed[];
  /** Article time at the largest synthetic size ÷ at the smallest (null with one size). */
  growth: { from: number; to: number; indexed: number; linear: number } | null;
  notes: string[];
}

export async function runSpeed(options: BenchOptions): Promise<PartResult<SpeedResult>> {
  const missing: string[] = [];
  const notes: string[] = [];
  const checkthatDir = sharedPath('data', 'clef2022-checkthat-2a');
  const real = checkthatDir ? readVerifiedClaims(checkthatDir) : [];
  if (!checkthatDir)
    missing.push('../shared/data/clef2022-checkthat-2a (real claims; synthetic claims use seed text + WordNet words)');
  const allDonors = real.length > 0 ? real.map((claim) => claim.text) : seedSentences();
  // Reference claims and the article's filler come from disjoint halves of the donors, so the filler
  // does not restate synthetic claims word for word.
  const donors = allDonors.filter((_, n) => n % 2 === 0);
  const articleDonors = allDonors.filter((_, n) => n % 2 === 1);
  const replace = real.length > 0 ? undefined : { words: wordnetVocabulary(projectRoot), share: 0.4 };
  const vocabulary =
    real.length > 0 ? 'CheckThat! claims recombined' : 'seed sentences recombined, 40% of words from WordNet';

  const article = await benchArticle(
    fixtureSets().flatMap((set) => labelledPages(set).map(({ page }) => page)),
    articleDonors,
  );
  const checkWorthy = sentenceClaims(article.blocks).length;
  const sentences = sentenceCount(article.blocks);
  const sizes = options.quick ? QUICK_SIZES : FULL_SIZES;
  const linearBudget = options.quick ? 200_000 : 2_000_000;
  const sets: ReferenceSetSpeed[] = [];
  for (const size of sizes) {
    const texts = synthesiseClaims(donors, size, CLAIM_SEED, replace);
    sets.push(
      measureReferenceSet(`synthetic ${size.toLocaleString('en')}`, syntheticReferenceSet(texts), article.blocks, {
        runs: options.runs,
        linearBudget,
        grouping: size <= 10_000,
      }),
    );
  }
  if (real.length > 0 && !options.quick) {
    sets.push(
      measureReferenceSet('CheckThat! claims', checkthatReferenceSet(real), article.blocks, {
        runs: options.runs,
        linearBudget,
        grouping: false,
      }),
    );
  }
  const synthetic = sets.filter((set) => set.name.startsWith('synthetic'));
  const first = synthetic[0];
  const last = synthetic[synthetic.length - 1];
  const growth =
    synthetic.length > 1
      ? {
          from: first.claims,
          to: last.claims,
          indexed: last.articleMs / first.articleMs,
          linear: last.linear.articleMs / first.linear.articleMs,
        }
      : null;
  notes.push('synthetic sets hold the seed set too (so the article has real matches); claims come 20 to a source');
  notes.push(
    `article, analysis and lookup are timed after ${WARMUP_RUNS} unmeasured runs against each set (the first fills its caches; the JIT settles over several more)`,
  );
  notes.push('"load" rebuilds the index from stored claims with their features (JSON parse + add, no analysis)');
  notes.push(
    '"snapshot" is ReferenceIndex.toSnapshot (1 run); "restore" is fromSnapshot on a structured clone of it (no parse, no re-indexing; features decoded on first use)',
  );
  notes.push('grouping (same-fact groups, the extra step of buildReferenceIndex) is timed only up to 10,000 claims');
  notes.push(
    'analysis = sentence split + features + check-worthiness; lookup = index candidates only; the rest of article ms is verification and stance',
  );
  const grouped = synthetic.filter((set) => set.groupingMs !== null);
  if (grouped.length > 1) {
    const [a, b] = [grouped[0], grouped[grouped.length - 1]];
    const exponent = Math.log((b.groupingMs ?? 0) / (a.groupingMs ?? 1)) / Math.log(b.claims / a.claims);
    notes.push(
      `grouping grows as claims^${exponent.toFixed(2)} from ${a.claims.toLocaleString('en')} to ${b.claims.toLocaleString('en')} claims`,
    );
  }
  if (real.length === 0) {
    notes.push(
      'without the CheckThat! claims the article filler is recombined seed text: many sentences match the seed claims',
    );
  }
  if (sets.some((set) => set.name === 'CheckThat! claims'))
    notes.push(
      'the article filler is made from CheckThat! claims, so against the real claims many sentences match (a worst case)',
    );
  notes.push(
    'matched (idx/lin): sentences with any match, related ones included; the linear scan verifies every claim, so it also finds loose pairings that share no rare word (checked at 10,000 claims: 29 of its 31 extra sentences are "related" only, 2 spurious conflicts, none a restatement the index missed)',
  );
  if (sets.some((set) => set.linear.estimated)) {
    notes.push('linear scan marked ~ is projected from an even sample of check-worthy sentences (one pass)');
  }

  const rows = [
    [
      'reference set',
      'claims',
      'article ms',
      'per sentence',
      'analysis',
      'lookup',
      'linear ms',
      'build ms',
      'load ms',
      'snapshot ms',
      'restore ms',
      'grouping ms',
      'heap MB',
      'matched (idx/lin)',
    ],
    ...sets.map((set) => [
      set.name,
      set.claims.toLocaleString('en'),
      fixed(set.articleMs, 1),
      fixed(set.perSentenceMs, 3),
      fixed(set.analysisMs, 1),
      fixed(set.lookupMs, 1),
      `${set.linear.estimated ? '~' : ''}${fixed(set.linear.articleMs, 0)}`,
      `${fixed(set.buildMs, 0)}${set.buildRuns === 1 ? ' (1 run)' : ''}`,
      `${fixed(set.loadMs, 0)}${set.loadRuns === 1 ? ' (1 run)' : ''}`,
      fixed(set.snapshotMs, 0),
      fixed(set.restoreMs, 0),
      set.groupingMs === null ? 'not timed' : fixed(set.groupingMs, 0),
      fixed(set.heapMB, 1),
      `${set.linear.matchedIndexed}/${set.linear.matchedLinear} of ${set.linear.sentences}`,
    ]),
  ];
  const lines = [
    `article: ${article.words} words (${article.pageWords} from labelled pages, rest synthetic), ${sentences} sentences, ${checkWorthy} check-worthy; ${options.runs} runs per figure, median`,
    `synthetic vocabulary: ${vocabulary}`,
    ...textTable(rows),
    growth
      ? `growth ${growth.from.toLocaleString('en')} → ${growth.to.toLocaleString('en')} claims: indexed ×${fixed(growth.indexed, 2)}, linear scan ×${fixed(growth.linear, 2)}`
      : 'growth: needs two sizes (not in a quick run)',
    ...notes.map((note) => `note: ${note}`),
  ];
  if (sets.some((set) => set.heapMB === null)) lines.push('note: heap not measured: run node with --expose-gc');
  return {
    result: {
      article: {
        words: article.words,
        pageWords: article.pageWords,
        sentences,
        checkWorthy,
        blocks: article.blocks.length,
      },
      vocabulary,
      sets,
      growth,
      notes,
    },
    missing,
    lines,
  };
}
