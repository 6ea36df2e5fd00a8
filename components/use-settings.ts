/**
 * The reader's settings, live, with a save that shows the change at once and puts it back if saving fails.
 */
import { useState } from 'preact/hooks';
import type { Settings } from '@/messaging/protocol';
import { sendMessage } from '@/messaging/protocol';
import { plainError } from './errors';
import { t } from './i18n';
import { useRefresh } from './refresh';
import { useRemote } from './use-remote';

export interface SettingsState {
  settings: Settings | undefined;
  /** Plain words when loading or saving failed. */
  error: string | null;
  change: (patch: Partial<Settings>) => void;
}

/** Settings for the header and the Settings tab, so both always agree. */
export function useSettings(): SettingsState {
  const { bump } = useRefresh();
  const remote = useRemote(() => sendMessage('getSettings'), [], t('errorLoadSettings'));
  const [saveError, setSaveError] = useState<string | null>(null);
  const change = (patch: Partial<Settings>) => {
    setSaveError(null);
    if (remote.data) remote.replace({ ...remote.data, ...patch });
    sendMessage('setSettings', patch).then(remote.replace, (failure: unknown) => {
      setSaveError(plainError(failure, t('errorSaveSettings')));
      bump();
    });
  };
  return { settings: remote.data, error: saveError ?? remote.error, change };
}
