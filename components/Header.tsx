/**
 * The product name and whether ClaimLens is working here: on, off, or paused on this site.
 */
import { onPausedSite } from '@/lib/paused-sites';
import type { Settings } from '@/messaging/protocol';
import { t } from './i18n';

export interface HeaderProps {
  settings: Settings | undefined;
  /** Hostname of the page the popup is over ('' when none). */
  hostname: string;
}

/** The status word for the header, or null while settings load; "paused" by the rule the page itself follows. */
export function headerStatus(settings: Settings | undefined, hostname: string): 'on' | 'off' | 'paused' | null {
  if (!settings) return null;
  if (!settings.enabled) return 'off';
  if (onPausedSite(settings.pausedSites, hostname)) return 'paused';
  return 'on';
}

export function Header({ settings, hostname }: HeaderProps) {
  const status = headerStatus(settings, hostname);
  const words = { on: t('statusOn'), off: t('statusOff'), paused: t('statusPausedSite') };
  return (
    <header class="app-header">
      <h1 class="app-name">{t('appName')}</h1>
      <span class={`status status-${status ?? 'loading'}`} role="status">
        {status ? words[status] : t('loading')}
      </span>
    </header>
  );
}
