/**
 * What ClaimLens found on one tab (counts and sentences), and a way to jump to each finding.
 */
import { useState } from 'preact/hooks';
import type { ClaimStatus, PageAnnotation } from '@/lib/types';
import type { PageState } from '@/messaging/protocol';
import { sendMessage } from '@/messaging/protocol';
import type { ActiveTab } from './active-tab';
import { plainError } from './errors';
import { countOf, type MessageKey, t } from './i18n';
import { Notice } from './Notice';
import { SkeletonRows } from './SkeletonRows';
import { useRemote } from './use-remote';

/** The statuses the popup counts and lists (a "related" match is not a verdict). */
/** Updates are counted apart from conflicts: a figure of another date is not a false report. */
export const SHOWN_STATUSES = ['corroborated', 'conflicting', 'mixed', 'updated'] as const;
type ShownStatus = (typeof SHOWN_STATUSES)[number];

const STATUS_LABEL: Record<ShownStatus, MessageKey> = {
  corroborated: 'statusCorroborated',
  conflicting: 'statusConflicting',
  mixed: 'statusMixed',
  updated: 'statusUpdated',
};

const EMPTY_REASON: Record<PageState, MessageKey> = {
  active: 'pageNoClaims',
  'paused-site': 'pagePausedSite',
  paused: 'pagePaused',
  'no-article': 'pageNoArticle',
  'not-checked': 'pageNotChecked',
};

function isShown(status: ClaimStatus): status is ShownStatus {
  return (SHOWN_STATUSES as readonly string[]).includes(status);
}

export interface PageFindingsProps {
  tab: ActiveTab;
  /** Closes the popup after jumping to a finding. */
  onClose: () => void;
}

export function PageFindings({ tab, onClose }: PageFindingsProps) {
  const summary = useRemote(() => sendMessage('pageSummary', { tabId: tab.id }), [tab.id], t('errorPageSummary'));
  const [jumpError, setJumpError] = useState<string | null>(null);

  if (summary.data === undefined) {
    return summary.error ? (
      <Notice kind="error">{summary.error}</Notice>
    ) : (
      <SkeletonRows rows={4} rowClass="finding-row" />
    );
  }
  const page = summary.data;

  const findings = page.annotations
    .map((annotation, index) => ({ annotation, index }))
    .filter((entry): entry is { annotation: PageAnnotation & { status: ShownStatus }; index: number } =>
      isShown(entry.annotation.status),
    );

  const jump = async (index: number) => {
    setJumpError(null);
    try {
      await sendMessage('showAnnotation', { index }, { tabId: tab.id, frameId: 0 });
      onClose();
    } catch (failure) {
      setJumpError(plainError(failure, t('errorShowAnnotation')));
    }
  };

  return (
    <section class="this-page" aria-label={t('tabThisPage')}>
      <ul class="counts" aria-label={t('pageCounts')}>
        {SHOWN_STATUSES.map((status) => (
          <li key={status} class={`count count-${status}`}>
            <span class="count-number">{findings.filter((entry) => entry.annotation.status === status).length}</span>{' '}
            <span class="count-label">{t(STATUS_LABEL[status])}</span>
          </li>
        ))}
      </ul>
      {summary.error && <Notice kind="error">{summary.error}</Notice>}
      {jumpError && <Notice kind="error">{jumpError}</Notice>}
      {findings.length === 0 ? (
        <p class="empty">{t(EMPTY_REASON[page.state])}</p>
      ) : (
        <ul class="findings" aria-label={t('pageFindings')}>
          {findings.map(({ annotation, index }) => (
            <li key={index}>
              <button type="button" class="finding-row" onClick={() => jump(index)}>
                <span class={`badge badge-${annotation.status}`}>{t(STATUS_LABEL[annotation.status])}</span>
                <span class="finding-text">{annotation.text}</span>
                <span class="finding-meta">{countOf(annotation.sourceCount, 'sourceCountOne', 'sourceCountMany')}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
