/**
 * The one summary of a page sentence's matches: its status, the matches it shows and how many sources stand
 * behind it. The engine (annotateBlocks), the fact-checkers' ratings (background/ratings.ts) and the reader's
 * "not a match" (lib/store/feedback.ts) each change the matches and then summarise them here.
 */
import type { ClaimMatch, ClaimStatus, PageAnnotation } from '../types';

/**
 * The status a sentence gets from its matches: `mixed` when some support it and others contradict it. An update
 * is shown when no reference contradicts the page, unless the page is the newer side and a reference agrees with
 * it: then the page is up to date and corroborated.
 */
export function statusOf(matches: readonly ClaimMatch[]): ClaimStatus {
  const supports = matches.some((match) => match.stance === 'supports');
  const contradicts = matches.some((match) => match.stance === 'contradicts');
  const newerReference = matches.some((match) => match.stance === 'updates' && match.time?.newer === 'reference');
  const updates = matches.some((match) => match.stance === 'updates');
  if (supports && contradicts) return 'mixed';
  if (contradicts) return 'conflicting';
  if (updates && (newerReference || !supports)) return 'updated';
  if (supports) return 'corroborated';
  return 'related';
}

/**
 * Status, shown matches and source count of a sentence with these matches. A sentence with a verdict shows only
 * the matches that decide it (related ones are left out); one with none shows its related matches. The source
 * count is the number of distinct sources among the deciding matches (0 for a related sentence).
 */
export function summariseMatches(
  matches: readonly ClaimMatch[],
): Pick<PageAnnotation, 'status' | 'matches' | 'sourceCount'> {
  const status = statusOf(matches);
  const decisive = matches.filter((match) => match.stance !== 'related');
  return {
    status,
    sourceCount: new Set(decisive.map((match) => match.source.id)).size,
    matches: status === 'related' ? [...matches] : decisive,
  };
}
