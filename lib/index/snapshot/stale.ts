/** Why a stored snapshot cannot be used: it was written by another format or feature version. */
export class StaleSnapshotError extends Error {
  constructor(
    /** What is out of date: the snapshot format, or the features of its claims. */
    readonly part: 'format' | 'features',
    readonly found: unknown,
    readonly expected: number,
  ) {
    super(`The saved index is out of date (${part} ${String(found)}, expected ${expected}); it must be rebuilt.`);
    this.name = 'StaleSnapshotError';
  }
}
