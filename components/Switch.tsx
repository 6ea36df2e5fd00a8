/**
 * An on/off switch (a checkbox with the switch role), as sources and packs use it: named for what it turns on,
 * with a tooltip saying what it does.
 */
import { t } from './i18n';

export interface SwitchProps {
  checked: boolean;
  /** The accessible name ("Use River notes"). */
  label: string;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
}

export function Switch({ checked, label, disabled, onChange }: SwitchProps) {
  return (
    <label class="switch" title={t('useSource')}>
      <input
        type="checkbox"
        role="switch"
        checked={checked}
        aria-checked={checked}
        aria-label={label}
        disabled={disabled}
        onChange={(event) => onChange((event.currentTarget as HTMLInputElement).checked)}
      />
      <span class="switch-track" aria-hidden="true" />
    </label>
  );
}
