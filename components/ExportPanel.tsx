/**
 * Export all sources or the chosen ones as the JSON export file, saved through the page (no downloads
 * permission).
 */
import { useState } from 'preact/hooks';
import type { SourceSummary } from '@/messaging/protocol';
import { sendMessage } from '@/messaging/protocol';
import { saveTextFile } from './download';
import { plainError } from './errors';
import { t } from './i18n';
import { Notice } from './Notice';
import { VirtualList } from './VirtualList';

/** Height of a source row in the export chooser, px (the CSS gives .choose-row the same). */
export const CHOOSE_ROW_HEIGHT = 32;

export interface ExportPanelProps {
  sources: readonly SourceSummary[] | undefined;
}

export function ExportPanel({ sources }: ExportPanelProps) {
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const available = sources ?? [];
  const chosenIds = available.filter((source) => chosen.has(source.id)).map((source) => source.id);

  const exportSources = async (sourceIds?: string[]) => {
    setOutcome(null);
    setBusy(true);
    try {
      const file = await sendMessage('exportReferences', sourceIds ? { sourceIds } : {});
      saveTextFile(file.fileName, file.content);
      setOutcome({ kind: 'success', text: t('exportDone', file.fileName) });
    } catch (failure) {
      setOutcome({ kind: 'error', text: plainError(failure, t('errorExport')) });
    } finally {
      setBusy(false);
    }
  };

  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
  };

  return (
    <section class="panel-section" aria-labelledby="export-heading">
      <h2 id="export-heading">{t('exportHeading')}</h2>
      {available.length > 0 && (
        <VirtualList
          className="choose-list"
          count={available.length}
          rowHeight={CHOOSE_ROW_HEIGHT}
          fallbackHeight={128}
          label={t('exportChooseLabel')}
          renderRow={(index) => {
            const source = available[index];
            return (
              <label class="check choose-row">
                <input
                  type="checkbox"
                  checked={chosen.has(source.id)}
                  onChange={(event) => toggle(source.id, (event.currentTarget as HTMLInputElement).checked)}
                />
                <span class="choose-title">{source.title || t('untitledSource')}</span>
              </label>
            );
          }}
        />
      )}
      <div class="actions">
        <button type="button" disabled={busy || available.length === 0} onClick={() => exportSources()}>
          {t('exportAll')}
        </button>
        <button type="button" disabled={busy || chosenIds.length === 0} onClick={() => exportSources(chosenIds)}>
          {t('exportChosen', String(chosenIds.length))}
        </button>
      </div>
      {outcome && <Notice kind={outcome.kind}>{outcome.text}</Notice>}
    </section>
  );
}
