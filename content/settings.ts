/** Whether ClaimLens is paused for a page, from the user's settings. */
import type { Settings } from '../messaging/protocol';

/**
 * True when ClaimLens is off, or paused on `hostname` (a paused site covers its subdomains: pausing
 * "example.com" pauses "news.example.com"; a leading "www." is ignored on both sides).
 */
export function isPausedOn(settings: Pick<Settings, 'enabled' | 'pausedSites'>, hostname: string): boolean {
  if (!settings.enabled) return true;
  const host = hostname.toLowerCase().replace(/^www\./, '');
  return settings.pausedSites.some((site) => {
    const paused = site
      .trim()
      .toLowerCase()
      .replace(/^www\./, '');
    return paused !== '' && (host === paused || host.endsWith(`.${paused}`));
  });
}
