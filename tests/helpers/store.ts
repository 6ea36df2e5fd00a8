/** Fresh stores on fake-indexeddb for tests. */
import { type Library, loadLibrary, openStore } from '../../lib/store';

let counter = 0;

/** A unique database name per call. */
export function uniqueName(prefix = 'test'): string {
  counter += 1;
  return `${prefix}-${counter}-${Math.random().toString(36).slice(2)}`;
}

/** An empty store with its index loaded. */
export async function emptyLibrary(name = uniqueName()): Promise<Library> {
  const db = await openStore(name);
  return (await loadLibrary(db)).library;
}

/** Everything in the database, for "left exactly as it was" checks (snapshot and meta excluded). */
export async function dump(library: Library) {
  const { db } = library;
  return {
    sources: await db.sources.orderBy('id').toArray(),
    claims: await db.claims.orderBy('id').toArray(),
    feedback: await db.feedback.toArray(),
    settings: await db.settings.toArray(),
  };
}

/** The error a stopped worker's pause throws (see stopAt). */
export class Stopped extends Error {}

/**
 * A `library.pause` that stops the work at the `at`-th pause, as a stopped worker never resumes; `giveWay`
 * lets other tasks run at each earlier pause, as the background does.
 */
export function stopAt(at: number, giveWay = true) {
  let pauses = 0;
  return async () => {
    pauses += 1;
    if (pauses === at) throw new Stopped(`stopped at pause ${at}`);
    if (giveWay) await new Promise((resolve) => setTimeout(resolve, 0));
  };
}

/** Two fact-checks as JSON Lines, an import beside the seeds for the snapshot tests. */
export const FACT_CHECKS = [
  { id: 'fc1', text: 'The harbour of Brest handled 9,000 ships in 2024.', title: 'Port figures' },
  { id: 'fc2', text: 'The mayor of Lyon opened 2 new bridges on Monday.', title: 'Bridges' },
]
  .map((line) => JSON.stringify(line))
  .join('\n');
