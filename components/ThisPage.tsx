/**
 * "This page": the findings on the tab under the popup, once that tab is known.
 */
import type { ActiveTab } from './active-tab';
import { t } from './i18n';
import { PageFindings } from './PageFindings';
import { SkeletonRows } from './SkeletonRows';

export interface ThisPageProps {
  /** undefined while the active tab is looked up; null when there is none. */
  tab: ActiveTab | null | undefined;
  /** Closes the popup after jumping to a finding. */
  onClose: () => void;
}

export function ThisPage({ tab, onClose }: ThisPageProps) {
  if (tab === undefined) return <SkeletonRows rows={4} rowClass="finding-row" />;
  if (tab === null) return <p class="empty">{t('pageNotChecked')}</p>;
  return <PageFindings key={tab.id} tab={tab} onClose={onClose} />;
}
