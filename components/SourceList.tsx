/**
 * All reference sources in a windowed list (an import can bring thousands).
 */
import type { SourceSummary } from '@/messaging/protocol';
import { t } from './i18n';
import { SourceRow } from './SourceRow';
import { VirtualList } from './VirtualList';

/** Height of a source row in px (the CSS gives .source-row the same). */
export const SOURCE_ROW_HEIGHT = 60;

export interface SourceListProps {
  sources: readonly SourceSummary[];
  onOpen: (source: SourceSummary) => void;
  onToggle: (source: SourceSummary, enabled: boolean) => void;
  onDelete: (source: SourceSummary) => void;
  fallbackHeight?: number;
}

export function SourceList({ sources, onOpen, onToggle, onDelete, fallbackHeight }: SourceListProps) {
  if (sources.length === 0) return <p class="empty">{t('noSources')}</p>;
  return (
    <VirtualList
      count={sources.length}
      rowHeight={SOURCE_ROW_HEIGHT}
      label={t('sourcesList')}
      fallbackHeight={fallbackHeight}
      renderRow={(index) => {
        const source = sources[index];
        return (
          <SourceRow
            source={source}
            onOpen={() => onOpen(source)}
            onToggle={(enabled) => onToggle(source, enabled)}
            onDelete={() => onDelete(source)}
          />
        );
      }}
    />
  );
}
