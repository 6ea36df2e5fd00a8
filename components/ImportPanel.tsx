/**
 * Import a reference file (export JSON, JSON Lines or ClaimReview JSON-LD); says what was added, or what went
 * wrong with which record (the background's words).
 */
import { useState } from 'preact/hooks';
import { decodeText } from '@/lib/text/decode';
import type { ImportResult } from '@/messaging/protocol';
import { sendMessage } from '@/messaging/protocol';
import { plainError } from './errors';
import { countOf, t } from './i18n';
import { Notice } from './Notice';
import { useRefresh } from './refresh';

/** File name endings the importer reads. */
export const IMPORT_EXTENSIONS = ['.json', '.jsonl', '.jsonld'] as const;

/**
 * "Added 2 sources and 31 claims; 0 unchanged.", then what the reader should know: sources given an id of their
 * own, and same-fact groups left for later (the import itself is saved either way).
 */
export function importSummary(result: ImportResult): string {
  const lines = [
    t('importDone', [
      countOf(result.sourcesAdded, 'sourceCountOne', 'sourceCountMany'),
      countOf(result.claimsAdded, 'claimCountOne', 'claimCountMany'),
      String(result.unchanged),
    ]),
  ];
  if (result.renamed) lines.push(t('importRenamed', String(result.renamed)));
  if (result.groupingPending) lines.push(t('importGroupingPending'));
  return lines.join(' ');
}

type Outcome = { kind: 'success'; text: string } | { kind: 'error'; fileName: string; detail: string | null };

export function ImportPanel() {
  const { bump } = useRefresh();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const importFile = async (file: File) => {
    setOutcome(null);
    if (!IMPORT_EXTENSIONS.some((ending) => file.name.toLowerCase().endsWith(ending))) {
      setOutcome({ kind: 'error', fileName: file.name, detail: t('errorImportType') });
      return;
    }
    setBusy(true);
    try {
      let content: string;
      try {
        // Not file.text(), which reads every file as UTF-8: a UTF-16 or UTF-32 file is read in its encoding.
        content = decodeText(new Uint8Array(await file.arrayBuffer())).text;
      } catch {
        setOutcome({ kind: 'error', fileName: file.name, detail: t('errorReadFile') });
        return;
      }
      if (!content.trim()) {
        setOutcome({ kind: 'error', fileName: file.name, detail: t('errorEmptyFile') });
        return;
      }
      const result = await sendMessage('importReferences', { fileName: file.name, content });
      setOutcome({ kind: 'success', text: importSummary(result) });
      bump();
    } catch (failure) {
      setOutcome({ kind: 'error', fileName: file.name, detail: plainError(failure, t('errorImportUnknown')) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="panel-section" aria-labelledby="import-heading">
      <h2 id="import-heading">{t('importHeading')}</h2>
      <label class="field">
        <span>{t('importFileLabel')}</span>
        <input
          type="file"
          accept={IMPORT_EXTENSIONS.join(',')}
          disabled={busy}
          aria-describedby="import-help"
          onChange={(event) => {
            const input = event.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            if (file) void importFile(file).finally(() => (input.value = ''));
          }}
        />
      </label>
      <p id="import-help" class="help">
        {t('importHelp')}
      </p>
      {outcome?.kind === 'success' && <Notice kind="success">{outcome.text}</Notice>}
      {outcome?.kind === 'error' && (
        <Notice kind="error">
          <p>{t('importFailed', outcome.fileName)}</p>
          {outcome.detail && <p class="error-detail">{outcome.detail}</p>}
        </Notice>
      )}
    </section>
  );
}
