/**
 * When subscriptions are refreshed, and which host permission a subscription asks for. Pure, so the
 * background's alarm handler and the popup's Subscribe button share it with the tests.
 */
import type { PackSubscription } from './refresh';

/** The one browser alarm that wakes the background to refresh what is due (the alarm period, minutes). */
export const PACK_ALARM = { name: 'claimlens-pack-refresh', periodInMinutes: 60 } as const;

/** How often a pack is refreshed unless the reader says otherwise: daily. */
export const DEFAULT_REFRESH_MINUTES = 24 * 60;

/** A failed refresh is tried again sooner than the period (a host briefly down), but not more than hourly. */
const RETRY_MINUTES = 60;

/**
 * True when the subscription should be refreshed at `now`: enabled, and never checked, or last checked a period
 * ago (a retry period after a failure).
 */
export function isDue(subscription: PackSubscription, now: Date, periodMinutes = DEFAULT_REFRESH_MINUTES): boolean {
  if (!subscription.enabled) return false;
  if (!subscription.lastChecked) return true;
  const wait = subscription.lastError ? Math.min(RETRY_MINUTES, periodMinutes) : periodMinutes;
  return now.getTime() - Date.parse(subscription.lastChecked) >= wait * 60_000;
}

/**
 * The optional host permission a subscription needs: that one origin, requested in the reader's click. A match
 * pattern has no port (it matches every port of the host) in both Chrome and Firefox.
 */
export function originPermission(url: string): string {
  const { protocol, hostname } = new URL(url);
  return `${protocol}//${hostname}/*`;
}
