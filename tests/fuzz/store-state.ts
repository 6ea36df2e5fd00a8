/** What a refused input must leave exactly as it was, for the fuzz suite's import and message areas. */
import * as store from '../../lib/store';

/**
 * The store as text: the full export (every source and claim with its fields, group and review) and the tables
 * an export does not hold (the reader's "Not a match" marks and settings). Claim features are left out: they are
 * computed from the text the export holds, and reading them back for every case would slow the suite tenfold.
 */
export async function storeState(library: store.Library): Promise<string> {
  const exported = store.exportReferences(library, undefined, new Date(0)).content;
  const feedback = await library.db.feedback.toArray();
  const settings = await library.db.settings.toArray();
  return JSON.stringify({ exported, feedback, settings });
}

/**
 * Lets long store work go on without giving way to other tasks between its steps. The background pauses a
 * macrotask between steps so other tabs get answers; the suite judges outcomes, not scheduling, and those pauses
 * (a millisecond or more each, many per case) tripled its time.
 */
export function withoutPauses(library: store.Library): store.Library {
  library.pause = () => Promise.resolve();
  return library;
}
