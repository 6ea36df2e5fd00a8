/**
 * The one paused-site rule, read by the content script (before it asks the background for anything) and by the
 * background (the page state it answers). No imports: the content script loads it on every article page.
 */

/** A site as ClaimLens pauses it: the lower-case hostname without "www." (from a hostname or a URL). */
export function siteOf(hostOrUrl: string): string {
  let host = hostOrUrl.trim().toLowerCase();
  try {
    if (host.includes('://')) host = new URL(host).hostname;
  } catch {
    return '';
  }
  return host.replace(/^www\./, '').replace(/[/:].*$/, '');
}

/**
 * True when the page at `hostOrUrl` is on one of `pausedSites` or a subdomain of one (pausing "example.com" pauses
 * "news.example.com"; a leading "www." is ignored on both sides).
 */
export function onPausedSite(pausedSites: readonly string[], hostOrUrl: string): boolean {
  const site = siteOf(hostOrUrl);
  if (site === '') return false;
  return pausedSites.some((entry) => {
    const paused = siteOf(entry);
    return paused !== '' && (site === paused || site.endsWith(`.${paused}`));
  });
}

/** True when ClaimLens is off, or paused on the site of `hostOrUrl`. */
export function isPausedOn(settings: { enabled: boolean; pausedSites: readonly string[] }, hostOrUrl: string): boolean {
  return !settings.enabled || onPausedSite(settings.pausedSites, hostOrUrl);
}
