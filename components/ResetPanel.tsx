/**
 * "Reset to the seed set", behind a confirmation that can also clear "not a match" feedback.
 */
import { useState } from 'preact/hooks';
import { sendMessage } from '@/messaging/protocol';
import { ConfirmDialog } from './ConfirmDialog';
import { plainError } from './errors';
import { t } from './i18n';
import { Notice } from './Notice';
import { useRefresh } from './refresh';

export function ResetPanel() {
  const { bump } = useRefresh();
  const [asking, setAsking] = useState(false);
  const [clearFeedback, setClearFeedback] = useState(false);
  const [outcome, setOutcome] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);

  const reset = async () => {
    setAsking(false);
    setOutcome(null);
    try {
      await sendMessage('resetSeeds', { clearFeedback });
      setOutcome({ kind: 'success', text: clearFeedback ? t('resetDoneFeedback') : t('resetDone') });
      bump();
    } catch (failure) {
      setOutcome({ kind: 'error', text: plainError(failure, t('errorReset')) });
    }
  };

  return (
    <section class="panel-section" aria-labelledby="reset-heading">
      <h2 id="reset-heading">{t('resetHeading')}</h2>
      <button
        type="button"
        class="danger"
        onClick={() => {
          setClearFeedback(false);
          setAsking(true);
        }}
      >
        {t('resetButton')}
      </button>
      {outcome && <Notice kind={outcome.kind}>{outcome.text}</Notice>}
      {asking && (
        <ConfirmDialog
          title={t('resetConfirmTitle')}
          confirmLabel={t('resetConfirm')}
          onConfirm={reset}
          onCancel={() => setAsking(false)}
        >
          <p>{t('resetConfirmBody')}</p>
          <label class="check">
            <input
              type="checkbox"
              checked={clearFeedback}
              onChange={(event) => setClearFeedback((event.currentTarget as HTMLInputElement).checked)}
            />
            <span>{t('resetClearFeedback')}</span>
          </label>
        </ConfirmDialog>
      )}
    </section>
  );
}
