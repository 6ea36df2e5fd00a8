/** The reader's settings: on/off, sensitivity and paused sites, stored as one record. */

import type { ClaimLensDb } from './db';
import { plainWrite } from './errors';
import type { Settings } from './types';

export const DEFAULT_SETTINGS: Settings = { enabled: true, sensitivity: 0.5, pausedSites: [] };

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

/** True when the page at `url` is on a paused site (or a subdomain of one). */
export function isPausedSite(settings: Settings, url: string): boolean {
  const site = siteOf(url);
  return site !== '' && settings.pausedSites.some((paused) => site === paused || site.endsWith(`.${paused}`));
}

function normalise(settings: Settings): Settings {
  return {
    enabled: settings.enabled,
    sensitivity: Math.min(1, Math.max(0, settings.sensitivity)),
    pausedSites: [...new Set(settings.pausedSites.map(siteOf).filter((site) => site !== ''))].sort(),
  };
}

/** The current settings (defaults for anything never set). */
export async function getSettings(db: ClaimLensDb): Promise<Settings> {
  const record = await db.settings.get('settings');
  return normalise({ ...DEFAULT_SETTINGS, ...record?.value });
}

/** Changes some settings; returns all of them as stored. */
export async function setSettings(db: ClaimLensDb, change: Partial<Settings>): Promise<Settings> {
  return plainWrite('Saving the settings', () =>
    db.transaction('rw', db.settings, async () => {
      const next = normalise({ ...(await getSettings(db)), ...change });
      await db.settings.put({ key: 'settings', value: next });
      return next;
    }),
  );
}
