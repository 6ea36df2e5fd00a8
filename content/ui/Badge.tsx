/** The inline badge after an annotated sentence: a button with the status colour, a mark and the count. */
import { type BadgeStatus, badgeName, STATUS_MARK } from './labels';

export interface BadgeProps {
  status: BadgeStatus;
  count: number;
  /** Whether the badge's popover is open. */
  expanded?: boolean;
  /** The button's click (a key press on a focused button clicks it too); the caller decides whom to trust. */
  onActivate: (event: MouseEvent) => void;
}

export function Badge({ status, count, expanded = false, onActivate }: BadgeProps) {
  const name = badgeName(status, count);
  return (
    <button
      type="button"
      class={`badge ${status}`}
      aria-label={name}
      title={name}
      aria-haspopup="dialog"
      aria-expanded={expanded ? 'true' : 'false'}
      onClick={onActivate}
    >
      <span aria-hidden="true">
        {STATUS_MARK[status]}
        {count}
      </span>
    </button>
  );
}
