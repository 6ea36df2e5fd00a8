/**
 * The claims an article would give, each with a tick box, so the reader keeps only the ones they want.
 */
import { countOf, t } from './i18n';

export interface ClaimChecklistProps {
  claims: readonly string[];
  kept: readonly boolean[];
  onChange: (kept: boolean[]) => void;
}

export function ClaimChecklist({ claims, kept, onChange }: ClaimChecklistProps) {
  const all = kept.every(Boolean);
  return (
    <fieldset class="checklist">
      <legend>{t('previewLegend', countOf(claims.length, 'claimCountOne', 'claimCountMany'))}</legend>
      <button type="button" class="link-button" onClick={() => onChange(claims.map(() => !all))}>
        {all ? t('untickAll') : t('tickAll')}
      </button>
      <ul>
        {claims.map((claim, index) => (
          <li key={index}>
            <label class="check">
              <input
                type="checkbox"
                checked={kept[index]}
                onChange={(event) => {
                  const next = [...kept];
                  next[index] = (event.currentTarget as HTMLInputElement).checked;
                  onChange(next);
                }}
              />
              <span>{claim}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
