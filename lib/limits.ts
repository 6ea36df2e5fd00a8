/**
 * The one table of limits for everything that enters ClaimLens: the length of each stored field, the number of
 * claims per source, per import and in the whole store, and the size of what a message may carry. Every way in
 * (each import format, add, edit, restore/Undo, the message schemas) checks against these same numbers, so
 * whatever is stored can also be listed, edited, deleted and put back; a refusal names the field and the limit.
 * The README's "Limits" section lists them: change both together.
 */
import * as v from 'valibot';

export const LIMITS = {
  /** Characters in a source id; leaves room for the `#n` of the claim ids made from it. */
  sourceId: 500,
  /** Characters in a claim id (also a same-fact group id: the smallest claim id of the group). */
  claimId: 512,
  /** Characters in a claim's text (one sentence). */
  claimText: 10_000,
  /** Characters in a source's title. */
  title: 2_000,
  /** Characters in a source's publisher. */
  publisher: 1_000,
  /** Characters in a URL (a source's, or where a reviewed claim appeared). */
  url: 8_000,
  /** Characters in a date (published, added). */
  date: 100,
  /** Characters in a fact-checker's rating. */
  rating: 1_000,
  /** URLs of where a reviewed claim appeared. */
  appearances: 1_000,
  /** Claims of one source. */
  claimsPerSource: 20_000,
  /** Sources in one import. */
  sourcesPerImport: 200_000,
  /** Claims in one import. */
  claimsPerImport: 200_000,
  /** Sources in the whole store. */
  storeSources: 250_000,
  /** Claims in the whole store. */
  storeClaims: 250_000,
  /** Characters in a reference file to import. */
  fileChars: 100 * 1024 * 1024,
  /** Nesting depth of a JSON reference file (objects and lists inside each other). */
  jsonDepth: 64,
  /** Characters in a pasted article (add, preview). */
  articleChars: 1_000_000,
  /** Characters in one block of page text sent for checking. */
  pageText: 1_000_000,
  /** Characters in a selection to check, or a page sentence marked "not a match". */
  selection: 100_000,
  /** Text blocks of a page sent at once. */
  pageBlocks: 20_000,
  /** Badges the content script reports as placed on one page. */
  pageBadges: 100_000,
  /** Reference claims one "Not a match" answer names (one badge's matches). */
  claimsPerMark: 1_000,
  /**
   * Sites where ClaimLens is paused. Every page and every annotate request looks through the list, so it is
   * bounded like everything else a message carries.
   */
  pausedSites: 10_000,
  /** Characters of a short name: a block id, a file name, a search, a paused site. */
  name: 1_000,
} as const;

export type LimitName = keyof typeof LIMITS;

/** A number as the reader reads it ("10,000"). */
function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** "is too long (12,345 characters; the limit is 10,000)": the words after a field's name. */
export function tooLongWords(length: number, limit: number): string {
  return `is too long (${count(length)} characters; the limit is ${count(limit)})`;
}

/** "has too many items (1,200; the limit is 1,000)". */
export function tooManyWords(length: number, limit: number, items = 'items'): string {
  return `has too many ${items} (${count(length)}; the limit is ${count(limit)})`;
}

/** A valibot check that a string is at most `LIMITS[name]` characters, refused in the table's words. */
export function maxChars(name: LimitName) {
  const limit = LIMITS[name];
  return v.maxLength<string, number, (issue: v.MaxLengthIssue<string, number>) => string>(limit, (issue) =>
    tooLongWords(Number(issue.received), limit),
  );
}

/** A valibot check that a list has at most `LIMITS[name]` items. */
export function maxItems<T>(name: LimitName, items?: string) {
  const limit = LIMITS[name];
  return v.maxLength<T[], number, (issue: v.MaxLengthIssue<T[], number>) => string>(limit, (issue) =>
    tooManyWords(Number(issue.received), limit, items),
  );
}

/** A string field of at most `LIMITS[name]` characters (`what` says what else it must be). */
export function limitedString(name: LimitName, what = 'must be a string') {
  return v.pipe(v.string(what), maxChars(name));
}

/** The length limit of each field a stored source or claim has. */
const SOURCE_FIELDS = {
  id: 'sourceId',
  title: 'title',
  publisher: 'publisher',
  url: 'url',
  publishedAt: 'date',
  addedAt: 'date',
} as const satisfies Record<string, LimitName>;

const CLAIM_FIELDS = {
  id: 'claimId',
  sourceId: 'sourceId',
  text: 'claimText',
  groupId: 'claimId',
} as const satisfies Record<string, LimitName>;

function fieldProblem(record: Record<string, unknown>, fields: Record<string, LimitName>): string | undefined {
  for (const [field, name] of Object.entries(fields)) {
    const value = record[field];
    if (typeof value === 'string' && value.length > LIMITS[name]) {
      return `${field} ${tooLongWords(value.length, LIMITS[name])}`;
    }
  }
  return undefined;
}

/** What is over the limits in a source about to be stored ("title is too long (...)"), or undefined. */
export function sourceProblem(source: object): string | undefined {
  return fieldProblem(source as Record<string, unknown>, SOURCE_FIELDS);
}

/** What is over the limits in a claim about to be stored, or undefined. */
export function claimProblem(claim: object): string | undefined {
  const problem = fieldProblem(claim as Record<string, unknown>, CLAIM_FIELDS);
  if (problem) return problem;
  const review = (claim as { review?: { rating?: unknown; appearances?: unknown } }).review;
  if (!review) return undefined;
  if (typeof review.rating === 'string' && review.rating.length > LIMITS.rating) {
    return `review.rating ${tooLongWords(review.rating.length, LIMITS.rating)}`;
  }
  const appearances = Array.isArray(review.appearances) ? review.appearances : [];
  if (appearances.length > LIMITS.appearances) {
    return `review.appearances ${tooManyWords(appearances.length, LIMITS.appearances, 'URLs')}`;
  }
  const long = appearances.find((url) => typeof url === 'string' && url.length > LIMITS.url);
  return long === undefined ? undefined : `review.appearances ${tooLongWords(long.length, LIMITS.url)}`;
}
