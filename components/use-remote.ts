/**
 * Data fetched from the background, kept fresh by the refresh clock. The previous data stays on screen while
 * a refresh is in flight, so nothing jumps; only the newest request's answer is kept.
 */
import { useEffect, useState } from 'preact/hooks';
import { plainError } from './errors';
import { useRefresh } from './refresh';

export interface Remote<T> {
  /** undefined until the first answer arrives. */
  data: T | undefined;
  /** Plain words when the last request failed. */
  error: string | null;
  /** Replaces the data locally (optimistic updates); the next tick re-fetches. */
  replace: (data: T) => void;
}

/** Runs `load` now, whenever `deps` change and on every refresh tick. */
export function useRemote<T>(load: () => Promise<T>, deps: readonly unknown[], fallbackError: string): Remote<T> {
  const { tick } = useRefresh();
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    load().then(
      (value) => {
        if (!current) return;
        setData(value);
        setError(null);
      },
      (failure: unknown) => {
        if (current) setError(plainError(failure, fallbackError));
      },
    );
    return () => {
      current = false;
    };
  }, [...deps, tick]);
  return { data, error, replace: setData };
}
