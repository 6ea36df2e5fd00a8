/**
 * Approximate substring search: where does a pattern occur in a text with at most k edits (insertions,
 * deletions, substitutions)? Sellers' dynamic programming, one column per text character, tracking where
 * each alignment starts. O(text × pattern) time, so callers bound the sizes (MAX_CELLS).
 */

/** One approximate occurrence: text[start, end) with `errors` edits. */
export interface ApproximateMatch {
  start: number;
  end: number;
  errors: number;
}

/** Above this many cells (text length × pattern length) the search is not attempted. */
export const MAX_CELLS = 4_000_000;

/**
 * Occurrences of `pattern` in `text` with at most `maxErrors` edits, one per run of neighbouring end
 * positions (the one with the fewest edits). Empty when the search would exceed MAX_CELLS.
 */
export function approximateMatches(text: string, pattern: string, maxErrors: number): ApproximateMatch[] {
  const m = pattern.length;
  if (m === 0 || text.length * m > MAX_CELLS) return [];
  let cost = new Uint32Array(m + 1);
  let from = new Int32Array(m + 1);
  let nextCost = new Uint32Array(m + 1);
  let nextFrom = new Int32Array(m + 1);
  // Column 0: matching the first i pattern characters against nothing costs i deletions.
  for (let i = 0; i <= m; i++) cost[i] = i;
  const found: ApproximateMatch[] = [];
  let run: ApproximateMatch | null = null;
  for (let j = 1; j <= text.length; j++) {
    const ch = text[j - 1];
    nextCost[0] = 0;
    nextFrom[0] = j;
    for (let i = 1; i <= m; i++) {
      const diagonal = cost[i - 1] + (pattern[i - 1] === ch ? 0 : 1);
      const skipText = cost[i] + 1;
      const skipPattern = nextCost[i - 1] + 1;
      if (diagonal <= skipText && diagonal <= skipPattern) {
        nextCost[i] = diagonal;
        nextFrom[i] = from[i - 1];
      } else if (skipText <= skipPattern) {
        nextCost[i] = skipText;
        nextFrom[i] = from[i];
      } else {
        nextCost[i] = skipPattern;
        nextFrom[i] = nextFrom[i - 1];
      }
    }
    [cost, nextCost] = [nextCost, cost];
    [from, nextFrom] = [nextFrom, from];
    const errors = cost[m];
    if (errors <= maxErrors) {
      if (!run || errors < run.errors) run = { start: from[m], end: j, errors };
    } else if (run) {
      found.push(run);
      run = null;
    }
  }
  if (run) found.push(run);
  return found;
}
