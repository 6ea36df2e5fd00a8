/**
 * The words ClaimLens shows on the page: badge names, status summaries and stance labels.
 * One place, so the badge's accessible name and the popover's summary always agree.
 */
import type { ClaimStatus, Stance } from '@/lib/types';

/** The statuses that get a badge (a "related" sentence has no verdict and no badge). */
export type BadgeStatus = Exclude<ClaimStatus, 'related'>;

const sources = (count: number) => `${count} reference source${count === 1 ? '' : 's'}`;

/** The badge's accessible name, e.g. "Conflicts with 2 reference sources". */
export function badgeName(status: BadgeStatus, count: number): string {
  if (status === 'corroborated') return `Corroborated by ${sources(count)}`;
  if (status === 'conflicting') return `Conflicts with ${sources(count)}`;
  if (status === 'updated') return `Updated: reported at another date in ${sources(count)}`;
  return `Reference sources disagree (${count})`;
}

/** Short mark shown in the badge beside the count (decorative; the name says it in words). */
export const STATUS_MARK: Record<BadgeStatus, string> = {
  corroborated: '✓',
  conflicting: '✗',
  mixed: '±',
  updated: '↻',
};

/** How a reference claim relates to the page sentence, as the popover labels its column. */
export const STANCE_LABEL: Record<Stance, string> = {
  supports: 'Reference agrees',
  contradicts: 'Reference differs',
  updates: 'Reference of another date',
  related: 'Related reference',
};

/** The link to a source, only for web addresses (a stored "javascript:" address must never become a link). */
export function safeLink(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
