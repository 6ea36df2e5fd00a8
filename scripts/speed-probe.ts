// Development aid: annotate a 2,000-word article against N synthetic claims; prints build and annotate times.
import { readFileSync } from 'node:fs';
import { benchArticle } from '../bench/article';
import { syntheticReferenceSet } from '../bench/reference-sets';
import { synthesiseClaims } from '../bench/synthetic-claims';
import { annotateBlocks, ReferenceIndex } from '../lib/engine';

const N = Number(process.argv[2] ?? 100000);
const donors = readFileSync('../shared/data/clef2022-checkthat-2a/vclaims.jsonl', 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l).text as string);
const articles = syntheticReferenceSet(synthesiseClaims(donors.slice(0, 7000), N, 42));
let t = performance.now();
const index = new ReferenceIndex();
for (const { source, claims } of articles) index.addSource(source, claims);
console.log(`build ${N}: ${(performance.now() - t).toFixed(0)} ms`);
const pages = ['01-wire-rewrite', '02-december-estimate', '03-inaccurate-aggregator'].map(
  (n) => `tests/fixtures/pages/dev-${n}.html`,
);
const article = await benchArticle(pages, donors.slice(7000));
console.log('article words', article.words ?? '?', 'blocks', article.blocks.length);
const times: number[] = [];
for (let i = 0; i < Number(process.env.RUNS ?? 7); i++) {
  t = performance.now();
  annotateBlocks(index, article.blocks);
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
console.log('annotate median ms', times[3].toFixed(1), 'all', times.map((x) => x.toFixed(0)).join(' '));
// Split of one pass: analysis, candidate lookup, and verification + stance.
{
  const { sentenceClaims, matchSentence } = await import('../lib/engine');
  const t0 = performance.now();
  const sentences = sentenceClaims(article.blocks);
  const t1 = performance.now();
  for (const s of sentences) index.candidates(s.analysis.features, 10);
  const t2 = performance.now();
  for (const s of sentences) matchSentence(index, s);
  const t3 = performance.now();
  console.log(
    `analysis ${(t1 - t0).toFixed(1)} ms, lookup ${(t2 - t1).toFixed(1)} ms, lookup+verify ${(t3 - t2).toFixed(1)} ms, sentences ${sentences.length}`,
  );
}
