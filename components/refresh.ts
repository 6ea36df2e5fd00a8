/**
 * Live updates while the popup or options page is open: one clock ticks every `pollMs` while the page is
 * visible, and after every change the UI makes itself (`bump`). Data hooks re-fetch on each tick.
 */
import { createContext } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useState } from 'preact/hooks';

export interface RefreshClock {
  /** Changes whenever data may have changed. */
  tick: number;
  /** Ask every view to re-fetch now (after an edit, a delete, an import...). */
  bump: () => void;
}

export const RefreshContext = createContext<RefreshClock>({ tick: 0, bump: () => {} });

/** The current clock; views put `tick` in their effect dependencies. */
export function useRefresh(): RefreshClock {
  return useContext(RefreshContext);
}

/** Owns the clock (the app shell calls it once). `pollMs` 0 turns polling off. */
export function useRefreshClock(pollMs: number): RefreshClock {
  const [tick, setTick] = useState(0);
  const bump = useCallback(() => setTick((value) => value + 1), []);
  useEffect(() => {
    if (pollMs <= 0) return undefined;
    const timer = setInterval(() => {
      if (document.visibilityState !== 'hidden') bump();
    }, pollMs);
    return () => clearInterval(timer);
  }, [pollMs, bump]);
  return useMemo(() => ({ tick, bump }), [tick, bump]);
}
