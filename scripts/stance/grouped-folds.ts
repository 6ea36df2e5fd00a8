/**
 * Cross-validation folds grouped by claim: every example of one claim falls in the same fold, so a model is
 * never validated on headlines of a claim it was fitted on (leave-groups-out). Claims are dealt to folds in
 * sorted order, so the folds are the same on every run.
 */

/** The fold (0..folds-1) of each example, from its group id. */
export function groupedFolds(groups: readonly string[], folds: number): number[] {
  const sorted = [...new Set(groups)].sort();
  const foldOf = new Map(sorted.map((group, n) => [group, n % folds]));
  return groups.map((group) => foldOf.get(group) ?? 0);
}
