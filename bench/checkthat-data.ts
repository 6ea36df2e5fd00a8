/**
 * Reads CheckThat! 2022 task 2A (English) from ../shared/data/clef2022-checkthat-2a: the fact-checked
 * claims, the query tweets and the TREC qrels of each split.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Qrels } from './metrics';

export interface VerifiedClaim {
  id: string;
  text: string;
  title: string;
}

export interface Split {
  name: string;
  /** Query id → tweet text, only for queries with judgements. */
  queries: Map<string, string>;
  qrels: Qrels;
}

/** The split files: queries (may hold several splits) and the qrels that pick this split's queries. */
const SPLITS = [
  { name: 'test', queries: 'CT2022-Task2A-EN-Test_Queries.tsv', qrels: 'CT2022-Task2A-EN-Test_Qrels_gold.tsv' },
  { name: 'dev', queries: 'CT2022-Task2A-EN-Train-Dev_Queries.tsv', qrels: 'CT2022-Task2A-EN-Dev_QRELs.tsv' },
  { name: 'dev-test', queries: 'CT2022-Task2A-EN-Dev-Test_Queries.tsv', qrels: 'CT2022-Task2A-EN-Dev-Test_QRELs.tsv' },
];

/** The 14,231 verified claims, one per JSON line. */
export function readVerifiedClaims(dir: string): VerifiedClaim[] {
  return readFileSync(join(dir, 'vclaims.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const record = JSON.parse(line) as Partial<VerifiedClaim>;
      return { id: String(record.id), text: record.text ?? '', title: record.title ?? '' };
    });
}

/** Reads `id<TAB>text` lines (a header line with id "tweet_id" or "id" is skipped). */
export function parseQueries(content: string): Map<string, string> {
  const queries = new Map<string, string>();
  for (const line of content.split(/\r?\n/)) {
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const id = line.slice(0, tab).trim();
    if (id === 'tweet_id' || id === 'id' || id === '') continue;
    queries.set(id, line.slice(tab + 1).trim());
  }
  return queries;
}

/** Reads TREC qrels (`query 0 doc relevance`, tab or space separated); relevance > 0 counts. */
export function parseQrels(content: string): Map<string, Set<string>> {
  const qrels = new Map<string, Set<string>>();
  for (const line of content.split(/\r?\n/)) {
    const [query, , doc, relevance] = line.trim().split(/\s+/);
    if (!query || !doc || !(Number(relevance) > 0)) continue;
    let set = qrels.get(query);
    if (!set) {
      set = new Set();
      qrels.set(query, set);
    }
    set.add(doc);
  }
  return qrels;
}

/** The training split: only for fitting the ranking model (scripts/train-ranker.ts), never for scoring it. */
export const TRAIN_SPLIT = {
  name: 'train',
  queries: 'CT2022-Task2A-EN-Train-Dev_Queries.tsv',
  qrels: 'CT2022-Task2A-EN-Train_QRELs.tsv',
};

/** The splits whose files exist (the evaluation splits unless others are named), each with the queries its qrels judge. */
export function readSplits(dir: string, wanted: readonly (typeof TRAIN_SPLIT)[] = SPLITS): Split[] {
  const splits: Split[] = [];
  for (const split of wanted) {
    const queriesPath = join(dir, split.queries);
    const qrelsPath = join(dir, split.qrels);
    if (!existsSync(queriesPath) || !existsSync(qrelsPath)) continue;
    const all = parseQueries(readFileSync(queriesPath, 'utf8'));
    const qrels = parseQrels(readFileSync(qrelsPath, 'utf8'));
    const queries = new Map([...qrels.keys()].filter((id) => all.has(id)).map((id) => [id, all.get(id) ?? '']));
    splits.push({ name: split.name, queries, qrels });
  }
  return splits;
}

/** One field for retrieval: the claim's text and its title, as the data README's BM25 figure uses. */
export function claimDocument(claim: VerifiedClaim): string {
  return claim.title ? `${claim.text} ${claim.title}` : claim.text;
}
