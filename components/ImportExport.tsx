/**
 * "Import / export": subscribe to packs, bring reference files in, take them out, or start again from the seed set.
 */
import { sendMessage } from '@/messaging/protocol';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { t } from './i18n';
import { Notice } from './Notice';
import { PacksPanel } from './PacksPanel';
import { ResetPanel } from './ResetPanel';
import { useRemote } from './use-remote';

export function ImportExport() {
  const sources = useRemote(() => sendMessage('listSources'), [], t('errorLoadSources'));
  return (
    <div class="import-export">
      <PacksPanel />
      <ImportPanel />
      {sources.error && <Notice kind="error">{sources.error}</Notice>}
      <ExportPanel sources={sources.data} />
      <ResetPanel />
    </div>
  );
}
