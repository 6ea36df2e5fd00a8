/** The reader's settings: on/off, sensitivity and paused sites, stored as one record. */

import { onPausedSite, siteOf } from '../paused-sites';
import type { ClaimLensDb } from './db';
import { plainWrite } from './errors';
import type { Settings } from './types';

export { siteOf };

export const DEFAULT_SETTINGS: Settings = { enabled: true, sensitivity: 0.5, pausedSites: [] };

/** True when the page at `url` is on a paused site (or a subdomain of one): lib/paused-sites.ts. */
export function isPausedSite(settings: Settings, url: string): boolean {
  return onPausedSite(settings.pausedSites, url);
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
