/** Errors the reader may see, in plain words; database faults are translated here. */

/** A refused or failed store operation; its message is meant for the reader. */
export class StoreError extends Error {
  override name = 'StoreError';
}

/** True for IndexedDB's "no room left" error, however Dexie wraps it. */
export function isQuotaError(error: unknown): boolean {
  for (let e = error as { name?: string; inner?: unknown } | undefined; e; e = e.inner as typeof e) {
    if (e.name === 'QuotaExceededError') return true;
  }
  return false;
}

/**
 * Runs a write (one Dexie transaction) and turns database faults into plain messages. The transaction has
 * been rolled back when this throws, so the store is as it was.
 */
export async function plainWrite<T>(what: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof StoreError) throw error;
    if (isQuotaError(error)) {
      throw new StoreError(
        `${what} failed: the browser has no room left to store ClaimLens references (storage quota exceeded). ` +
          'Nothing was changed. Free some disk space or delete sources you no longer need, then try again.',
      );
    }
    const detail = error instanceof Error ? error.message : String(error);
    throw new StoreError(`${what} failed, and nothing was changed (${detail}).`);
  }
}
