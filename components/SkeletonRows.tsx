/**
 * Grey placeholder rows shown while data loads, the same height as the real rows so nothing jumps.
 */
import { t } from './i18n';

export interface SkeletonRowsProps {
  rows: number;
  /** CSS class giving the real rows' height. */
  rowClass: string;
}

export function SkeletonRows({ rows, rowClass }: SkeletonRowsProps) {
  return (
    <div class="skeleton" role="status" aria-label={t('loading')} aria-busy="true">
      {Array.from({ length: rows }, (_unused, index) => (
        <div key={index} class={`${rowClass} skeleton-row`} aria-hidden="true">
          <span class="skeleton-line" />
          <span class="skeleton-line short" />
        </div>
      ))}
    </div>
  );
}
