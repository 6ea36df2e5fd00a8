/**
 * The popup and the options page. The options page is the same reference manager in a full tab, without the
 * parts that are about the page under the popup.
 */
import { AppShell, type Surface } from './AppShell';
import { RefreshContext, useRefreshClock } from './refresh';

/** How often open pages re-fetch their data, in ms. */
export const POLL_MS = 2000;

export interface ClaimLensAppProps {
  surface: Surface;
  /** 0 turns live polling off (tests). */
  pollMs?: number;
  /** Closes the popup (window.close by default). */
  onClose?: () => void;
}

export function ClaimLensApp({ surface, pollMs = POLL_MS, onClose = () => window.close() }: ClaimLensAppProps) {
  const clock = useRefreshClock(pollMs);
  return (
    <RefreshContext.Provider value={clock}>
      <AppShell surface={surface} onClose={onClose} />
    </RefreshContext.Provider>
  );
}
