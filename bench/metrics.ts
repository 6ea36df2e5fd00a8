/**
 * Retrieval and classification metrics, with the definitions the shared tasks use, so the figures can be
 * set beside published ones. Pure functions over ids and labels.
 */

/** Relevant reference ids per query id (TREC qrels with relevance > 0). */
export type Qrels = ReadonlyMap<string, ReadonlySet<string>>;
/** Ranked reference ids per query id, best first. */
export type Run = ReadonlyMap<string, readonly string[]>;

/**
 * Average precision of one ranking cut at k, as the CheckThat! scorer computes it: the precision at each
 * relevant hit within the first k, summed, divided by the number of relevant ids (not by k).
 */
export function averagePrecisionAt(ranking: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  if (relevant.size === 0) return 0;
  let hits = 0;
  let sum = 0;
  ranking.slice(0, k).forEach((id, n) => {
    if (!relevant.has(id)) return;
    hits += 1;
    sum += hits / (n + 1);
  });
  return sum / relevant.size;
}

/** Reciprocal rank of the first relevant id in the ranking (0 when none is ranked). */
export function reciprocalRank(ranking: readonly string[], relevant: ReadonlySet<string>): number {
  const n = ranking.findIndex((id) => relevant.has(id));
  return n < 0 ? 0 : 1 / (n + 1);
}

/** Mean over the queries of the qrels (a query with no ranking scores 0). */
function meanOverQueries(
  qrels: Qrels,
  run: Run,
  score: (ranking: readonly string[], rel: ReadonlySet<string>) => number,
) {
  if (qrels.size === 0) return 0;
  let total = 0;
  for (const [query, relevant] of qrels) total += score(run.get(query) ?? [], relevant);
  return total / qrels.size;
}

/** MAP@k over the judged queries. */
export function meanAveragePrecisionAt(qrels: Qrels, run: Run, k: number): number {
  return meanOverQueries(qrels, run, (ranking, relevant) => averagePrecisionAt(ranking, relevant, k));
}

/** MRR over the judged queries, over however deep the run's rankings go. */
export function meanReciprocalRank(qrels: Qrels, run: Run): number {
  return meanOverQueries(qrels, run, reciprocalRank);
}

export interface ClassScores {
  precision: number;
  recall: number;
  f1: number;
  /** How many gold items carry the class. */
  support: number;
}

export interface Classification {
  accuracy: number;
  /** Mean F1 over the classes. */
  macroF1: number;
  perClass: Record<string, ClassScores>;
  /** confusion[gold][predicted] = count. */
  confusion: Record<string, Record<string, number>>;
}

/**
 * Accuracy, per-class precision/recall/F1 and the confusion matrix of predictions against gold labels.
 * A class never predicted and never gold gets F1 0; precision with no predictions is 0.
 */
export function classify(
  gold: readonly string[],
  predicted: readonly string[],
  classes: readonly string[],
): Classification {
  if (gold.length !== predicted.length) throw new Error('gold and predicted labels differ in number');
  const confusion: Record<string, Record<string, number>> = {};
  for (const g of classes) confusion[g] = Object.fromEntries(classes.map((p) => [p, 0]));
  let right = 0;
  gold.forEach((g, n) => {
    const p = predicted[n];
    if (g === p) right += 1;
    if (confusion[g] && p in confusion[g]) confusion[g][p] += 1;
  });
  const perClass: Record<string, ClassScores> = {};
  for (const c of classes) {
    const tp = confusion[c][c];
    const predictedAs = classes.reduce((sum, g) => sum + confusion[g][c], 0);
    const support = classes.reduce((sum, p) => sum + confusion[c][p], 0);
    const precision = predictedAs ? tp / predictedAs : 0;
    const recall = support ? tp / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    perClass[c] = { precision, recall, f1, support };
  }
  const macroF1 = classes.length ? classes.reduce((sum, c) => sum + perClass[c].f1, 0) / classes.length : 0;
  return { accuracy: gold.length ? right / gold.length : 0, macroF1, perClass, confusion };
}

/** The most frequent label (ties broken by the order of `classes`). */
export function majorityClass(gold: readonly string[], classes: readonly string[]): string {
  let best = classes[0];
  let bestCount = -1;
  for (const c of classes) {
    const count = gold.filter((g) => g === c).length;
    if (count > bestCount) {
      best = c;
      bestCount = count;
    }
  }
  return best;
}
