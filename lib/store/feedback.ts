/** The reader's "not a match" verdicts: a claim is no longer shown for one sentence of one page. */
import { displayText, summariseMatches } from '../engine';
import { pageKey } from '../page-identity';
import { textHash } from '../text/hash';
import type { PageAnnotation } from '../types';
import type { ClaimLensDb } from './db';
import { plainWrite } from './errors';

/** The page URL feedback is kept under: the URL without its #fragment (lib/page-identity.ts). */
export { pageKey };

/** The key of a sentence: a hash of its text as displayed (white space collapsed). */
export function sentenceKey(sentence: string): string {
  return textHash(displayText(sentence));
}

/** Records "not a match" for these claims on this page sentence. */
export async function markNotAMatch(
  db: ClaimLensDb,
  request: { pageUrl: string; sentence: string; claimIds: readonly string[] },
  now = new Date(),
): Promise<void> {
  const pageUrl = pageKey(request.pageUrl);
  const sentenceHash = sentenceKey(request.sentence);
  await plainWrite('Saving your feedback', () =>
    db.feedback.bulkPut(
      request.claimIds.map((claimId) => ({
        pageUrl,
        sentenceHash,
        claimId,
        verdict: 'not-a-match' as const,
        at: now.toISOString(),
      })),
    ),
  );
}

/** Removes all feedback. */
export async function clearFeedback(db: ClaimLensDb): Promise<void> {
  await plainWrite('Clearing your feedback', () => db.feedback.clear());
}

/** The reader's "not a match" marks on a page, as `sentence key + " " + claim id`. */
export async function rejectedOn(db: ClaimLensDb, pageUrl: string): Promise<Set<string>> {
  const records = await db.feedback.where('pageUrl').equals(pageKey(pageUrl)).toArray();
  return new Set(records.map((record) => `${record.sentenceHash} ${record.claimId}`));
}

/**
 * Annotations of a page without the matches the reader marked "not a match"; an annotation left with no
 * verdict-bearing match is dropped, and the others are summarised again (lib/engine/status.ts).
 */
export async function withoutRejected(
  db: ClaimLensDb,
  pageUrl: string,
  annotations: readonly PageAnnotation[],
): Promise<PageAnnotation[]> {
  return dropRejected(annotations, await rejectedOn(db, pageUrl));
}

/** withoutRejected with the page's marks already read (see rejectedOn). */
export function dropRejected(annotations: readonly PageAnnotation[], rejected: ReadonlySet<string>): PageAnnotation[] {
  if (rejected.size === 0) return [...annotations];
  const out: PageAnnotation[] = [];
  for (const annotation of annotations) {
    const key = sentenceKey(annotation.text);
    const matches = annotation.matches.filter((match) => !rejected.has(`${key} ${match.claimId}`));
    if (matches.length === annotation.matches.length) {
      out.push(annotation);
      continue;
    }
    if (matches.length === 0) continue;
    out.push({ ...annotation, ...summariseMatches(matches) });
  }
  return out;
}
