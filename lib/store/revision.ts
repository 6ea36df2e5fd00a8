/** The store revision: a counter every change bumps, so a snapshot can tell whether it is current. */
import type { ClaimLensDb } from './db';

const KEY = 'revision';

/** The current revision (0 for a new store). */
export async function currentRevision(db: ClaimLensDb): Promise<number> {
  const record = await db.meta.get(KEY);
  return typeof record?.value === 'number' ? record.value : 0;
}

/** Bumps the revision; call inside the transaction that changes sources or claims. */
export async function bumpRevision(db: ClaimLensDb): Promise<number> {
  const next = (await currentRevision(db)) + 1;
  await db.meta.put({ key: KEY, value: next });
  return next;
}
