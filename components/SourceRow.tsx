/**
 * One reference source: title (opens its claims), publisher, date, claim count, an enabled switch and Delete. The
 * date is written as the popover writes an update's dates ("2 May 2023"), so a reader can match the two.
 */
import { showDate } from '@/lib/time/calendar';
import type { SourceSummary } from '@/messaging/protocol';
import { countOf, t } from './i18n';
import { Switch } from './Switch';

export interface SourceRowProps {
  source: SourceSummary;
  onOpen: () => void;
  onToggle: (enabled: boolean) => void;
  onDelete: () => void;
}

export function SourceRow({ source, onOpen, onToggle, onDelete }: SourceRowProps) {
  const title = source.title || t('untitledSource');
  const date = source.publishedAt && showDate(source.publishedAt);
  const meta = [source.publisher, date, countOf(source.claimCount, 'claimCountOne', 'claimCountMany')]
    .filter(Boolean)
    .join(' · ');
  return (
    <div class={source.enabled ? 'source-row' : 'source-row disabled'}>
      {/* Named by what it shows (a label that differs from the visible text fails WCAG 2.5.3, "label in name");
          what a click does is its description. */}
      <button type="button" class="row-body row-open" title={t('openSourceNamed', title)} onClick={onOpen}>
        <span class="source-title">{title}</span> <span class="row-meta">{meta}</span>
      </button>
      <div class="row-actions">
        <Switch checked={source.enabled} label={t('useSourceNamed', title)} onChange={onToggle} />
        <button type="button" class="small danger" aria-label={t('deleteSourceNamed', title)} onClick={onDelete}>
          {t('delete')}
        </button>
      </div>
    </div>
  );
}
