/**
 * "Deleted. Undo" for a few seconds after a delete; after that the delete stands.
 */
import { useEffect } from 'preact/hooks';
import { t } from './i18n';

/** How long the undo bar stays, in ms. */
export const UNDO_MS = 5000;

/** Starts its countdown when mounted: give each delete its own `key`. */
export interface UndoBarProps {
  message: string;
  onUndo: () => void;
  /** Called when the time is up. */
  onExpire: () => void;
  ms?: number;
}

export function UndoBar({ message, onUndo, onExpire, ms = UNDO_MS }: UndoBarProps) {
  useEffect(() => {
    const timer = setTimeout(onExpire, ms);
    return () => clearTimeout(timer);
  }, [ms]);
  return (
    <div class="undo-bar" role="status">
      <span>{message}</span>
      <button type="button" class="link-button" onClick={onUndo}>
        {t('undo')}
      </button>
    </div>
  );
}
