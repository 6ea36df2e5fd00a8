// Development aid: MAP@5 of ReferenceIndex.search on CheckThat! 2022 2A test queries (the benchmark is bench/).
import { readFileSync } from 'node:fs';
import { ReferenceIndex } from '../lib/engine';
import { analyseSentence } from '../lib/features/analyse';
import { align } from '../lib/match/similarity';

const MODE = process.env.MODE ?? 'plain';
const A = Number(process.env.A ?? 0.5);
const D = '../shared/data/clef2022-checkthat-2a';
const index = new ReferenceIndex();
let t = performance.now();
const source = {
  id: 's',
  title: '',
  publisher: '',
  url: '',
  publishedAt: '',
  addedAt: '',
  origin: 'import' as const,
  enabled: true,
};
const claims = readFileSync(`${D}/vclaims.jsonl`, 'utf8')
  .trim()
  .split('\n')
  .map((line) => {
    const r = JSON.parse(line);
    return { id: r.id, sourceId: 's', text: `${r.text} ${r.title ?? ''}`.trim(), start: 0, end: 0 };
  });
index.addSource(source, claims);
console.log('build ms', (performance.now() - t).toFixed(0));
const qrels = new Map<string, Set<string>>();
for (const line of readFileSync(`${D}/CT2022-Task2A-EN-Test_Qrels_gold.tsv`, 'utf8').trim().split('\n')) {
  const [q, , d, rel] = line.split(/\s+/);
  if (rel !== '0') qrels.set(q, (qrels.get(q) ?? new Set()).add(d));
}
let map5 = 0;
let mrr = 0;
let n = 0;
t = performance.now();
for (const line of readFileSync(`${D}/CT2022-Task2A-EN-Test_Queries.tsv`, 'utf8').trim().split('\n')) {
  const [q, text] = line.split('\t');
  const rel = qrels.get(q);
  if (!rel) continue;
  n += 1;
  let hits: string[];
  if (MODE === 'plain') hits = index.search(text, 5).map((h) => h.claim.id);
  else {
    const f = analyseSentence(text, index.lexicon).features;
    const cands = index.candidates(f, 30);
    const top = cands[0]?.rank ?? 1;
    hits = cands
      .map((c) => ({
        id: c.claim.id,
        s: A * (c.rank / top) + (1 - A) * align(f, c.claim.features!, index.weightOf).score,
      }))
      .sort((a, b) => b.s - a.s)
      .slice(0, 5)
      .map((h) => h.id);
  }
  let found = 0;
  let ap = 0;
  hits.forEach((id, i) => {
    if (rel.has(id)) {
      found += 1;
      ap += found / (i + 1);
      if (found === 1) mrr += 1 / (i + 1);
    }
  });
  map5 += ap / Math.min(rel.size, 5);
}
console.log(
  'search ms/query',
  ((performance.now() - t) / n).toFixed(2),
  'MAP@5',
  (map5 / n).toFixed(4),
  'MRR',
  (mrr / n).toFixed(4),
);
