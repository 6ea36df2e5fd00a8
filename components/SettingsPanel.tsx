/**
 * Settings: on/off, pause on this site, match sensitivity, and the full-tab reference manager.
 */
import { useEffect, useState } from 'preact/hooks';
import { onPausedSite } from '@/lib/paused-sites';
import type { Settings } from '@/messaging/protocol';
import { t } from './i18n';
import { SkeletonRows } from './SkeletonRows';

export interface SettingsPanelProps {
  settings: Settings | undefined;
  /** Hostname of the page under the popup; '' hides "pause on this site". */
  hostname: string;
  /** Saves a change (the shell reports failures). */
  onChange: (patch: Partial<Settings>) => void;
  /** Opens the options page; absent where we already are on it. */
  onOpenOptions?: () => void;
}

/** Words for a sensitivity value, for screen readers and the label under the slider. */
export function sensitivityWords(value: number): string {
  const percent = `${Math.round(value * 100)}%`;
  if (value < 0.4) return t('sensitivityStrict', percent);
  if (value > 0.6) return t('sensitivityLoose', percent);
  return t('sensitivityBalanced', percent);
}

export function SettingsPanel({ settings, hostname, onChange, onOpenOptions }: SettingsPanelProps) {
  const [sensitivity, setSensitivity] = useState(settings?.sensitivity ?? 0.5);
  useEffect(() => {
    if (settings) setSensitivity(settings.sensitivity);
  }, [settings?.sensitivity]);

  if (!settings) return <SkeletonRows rows={3} rowClass="setting-row" />;
  // The switch shows what the page does (lib/paused-sites.ts): "www." ignored, a parent domain's pause included.
  const paused = onPausedSite(settings.pausedSites, hostname);

  return (
    <div class="settings">
      <label class="setting-row">
        <span class="setting-text">
          <span class="setting-name">{t('settingEnabled')}</span>
          <span class="help">{t('settingEnabledHelp')}</span>
        </span>
        <span class="switch">
          <input
            type="checkbox"
            role="switch"
            checked={settings.enabled}
            aria-checked={settings.enabled}
            onChange={(event) => onChange({ enabled: (event.currentTarget as HTMLInputElement).checked })}
          />
          <span class="switch-track" aria-hidden="true" />
        </span>
      </label>
      {hostname && (
        <label class="setting-row">
          <span class="setting-text">
            <span class="setting-name">{t('settingPauseSite', hostname)}</span>
            <span class="help">{t('settingPauseSiteHelp')}</span>
          </span>
          <span class="switch">
            <input
              type="checkbox"
              role="switch"
              checked={paused}
              aria-checked={paused}
              onChange={(event) => {
                const pause = (event.currentTarget as HTMLInputElement).checked;
                // Resuming removes every entry that pauses this site, or the switch would stay on.
                const others = settings.pausedSites.filter((site) => !onPausedSite([site], hostname));
                onChange({ pausedSites: pause ? [...others, hostname] : others });
              }}
            />
            <span class="switch-track" aria-hidden="true" />
          </span>
        </label>
      )}
      <div class="setting-row slider-row">
        <label for="sensitivity" class="setting-name">
          {t('settingSensitivity')}
        </label>
        <input
          id="sensitivity"
          type="range"
          min={0}
          max={1}
          step={0.05}
          value={sensitivity}
          aria-valuetext={sensitivityWords(sensitivity)}
          aria-describedby="sensitivity-scale sensitivity-help"
          onInput={(event) => setSensitivity(Number((event.currentTarget as HTMLInputElement).value))}
          onChange={(event) => onChange({ sensitivity: Number((event.currentTarget as HTMLInputElement).value) })}
        />
        <div id="sensitivity-scale" class="slider-scale">
          <span>{t('stricter')}</span>
          <span class="slider-value">{sensitivityWords(sensitivity)}</span>
          <span>{t('looser')}</span>
        </div>
        <p id="sensitivity-help" class="help">
          {t('settingSensitivityHelp')}
        </p>
      </div>
      {onOpenOptions && (
        <button type="button" class="wide" onClick={onOpenOptions}>
          {t('openOptions')}
        </button>
      )}
    </div>
  );
}
