/**
 * One pack subscription: title, publisher, claim count and update date, when it was last checked (and, after a
 * failure, why and when it last worked), an on/off switch, "Refresh now" and Remove. Pack text is shown as text
 * only (Preact escapes it), never as markup.
 */
import type { PackSubscription } from '@/messaging/protocol';
import { countOf, t } from './i18n';
import { Switch } from './Switch';

export interface PackRowProps {
  pack: PackSubscription;
  busy: boolean;
  onToggle: (enabled: boolean) => void;
  onRefresh: () => void;
  onRemove: () => void;
}

/** "2026-12-01 08:00 UTC": a timestamp to the minute, the same whatever the reader's time zone. */
export function shortTime(iso: string): string {
  return `${iso.slice(0, 16).replace('T', ' ')} UTC`;
}

/** The pack's status line: when it was last checked, and why that failed with when it last worked. */
export function packStatus(pack: PackSubscription): string {
  if (!pack.lastChecked) return '';
  if (!pack.lastError) return t('packChecked', shortTime(pack.lastChecked));
  const worked = pack.lastSuccess ? shortTime(pack.lastSuccess) : t('packNeverWorked');
  return t('packFailed', [shortTime(pack.lastChecked), pack.lastError, worked]);
}

export function PackRow({ pack, busy, onToggle, onRefresh, onRemove }: PackRowProps) {
  const action = (kind: string, text: string, name: string, onClick: () => void) => (
    <button type="button" class={kind} aria-label={name} disabled={busy} onClick={onClick}>
      {text}
    </button>
  );
  const title = pack.title || pack.url;
  const claims = countOf(pack.claimCount, 'claimCountOne', 'claimCountMany');
  const counted = pack.updatedAt ? t('packClaimsAndDate', [claims, pack.updatedAt.slice(0, 10)]) : claims;
  return (
    <li class={pack.enabled ? 'source-row pack-row' : 'source-row pack-row disabled'}>
      <div class="row-body">
        <span class="source-title">{title}</span>{' '}
        <span class="row-meta">{[pack.publisher, counted].filter(Boolean).join(' · ')}</span>
        {pack.lastChecked && (
          <p class={pack.lastError ? 'pack-status pack-error' : 'pack-status'}>{packStatus(pack)}</p>
        )}
      </div>
      <div class="row-actions">
        <Switch checked={pack.enabled} label={t('packUseNamed', title)} disabled={busy} onChange={onToggle} />
        {action('small', t('packRefresh'), t('packRefreshNamed', title), onRefresh)}
        {action('small danger', t('packRemove'), t('packRemoveNamed', title), onRemove)}
      </div>
    </li>
  );
}
