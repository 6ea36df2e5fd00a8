/**
 * Reads a reference file of any supported kind, told apart by its content (the name only breaks ties):
 * a ClaimLens export (.json), JSON Lines of claims (.jsonl) or schema.org ClaimReview JSON-LD (also inside
 * an HTML page). Pure: used by the background's import and by the CLI's `--reference FILE`.
 */
import { LIMITS, tooLongWords } from '../limits';
import { runSteps, type Steps } from '../steps';
import { misreadAs } from '../text/decode';
import { claimReviewSteps, findClaimReviews } from './claim-review';
import { exportSteps, looksLikeExport } from './export-format';
import { ReferenceFileError } from './file-error';
import { jsonLdOfHtml } from './json-ld';
import { jsonLinesSteps, looksLikeJsonLines } from './json-lines';
import { parseJsonSteps } from './json-steps';
import type { ReferenceArticle } from './seeds';

export type ReferenceFileKind = 'export' | 'json-lines' | 'claim-review';

export interface ParsedReferenceFile {
  kind: ReferenceFileKind;
  articles: ReferenceArticle[];
}

const UNKNOWN =
  'ClaimLens cannot read this file: expected a ClaimLens export (.json), JSON Lines of claims (.jsonl) ' +
  'or fact-check ClaimReview markup (JSON-LD).';

/**
 * The articles (sources with their claims, without features) of a reference file. Throws an Error whose
 * message names, in plain words, the first bad record and field; nothing is returned for a partly bad file.
 * `addedAt` is used for sources that do not say when they were added.
 */
export function parseReferenceFile(
  fileName: string,
  content: string,
  addedAt = new Date().toISOString(),
): ParsedReferenceFile {
  return runSteps(referenceFileSteps(fileName, content, addedAt));
}

/**
 * parseReferenceFile in steps of a few thousand records, so the background answers other tabs while it reads
 * a large file (a large JSON file is parsed piece by piece too: json-steps.ts).
 */
export function* referenceFileSteps(
  fileName: string,
  content: string,
  addedAt = new Date().toISOString(),
): Steps<ParsedReferenceFile> {
  if (content.length > LIMITS.fileChars)
    throw new ReferenceFileError(`The file ${tooLongWords(content.length, LIMITS.fileChars)}.`);
  const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  const encoding = misreadAs(text);
  if (encoding) {
    throw new ReferenceFileError(
      `The file is ${encoding} text that was read as UTF-8 (a NUL between its characters). ` +
        'Save it as UTF-8, or import it from the ClaimLens popup, which reads UTF-16 and UTF-32.',
    );
  }
  if (text.trim() === '') throw new ReferenceFileError('The file is empty.');
  const name = fileName.toLowerCase();
  if (/\.(x?html?)$/.test(name) || /^\s*<(!doctype|html)\b/i.test(text)) {
    const reviews = jsonLdOfHtml(text).flatMap(findClaimReviews);
    if (reviews.length === 0) throw new ReferenceFileError('This page holds no ClaimReview (fact-check) markup.');
    return { kind: 'claim-review', articles: yield* claimReviewSteps(reviews, addedAt) };
  }
  if (/\.(jsonl|ndjson)$/.test(name) || looksLikeJsonLines(text)) {
    return { kind: 'json-lines', articles: yield* jsonLinesSteps(text, addedAt) };
  }
  yield;
  const json = yield* parseJsonSteps(text, 'The file');
  yield;
  if (looksLikeExport(json)) return { kind: 'export', articles: yield* exportSteps(json, addedAt) };
  const reviews = findClaimReviews(json);
  if (reviews.length > 0) return { kind: 'claim-review', articles: yield* claimReviewSteps(reviews, addedAt) };
  if (typeof json === 'object' && json !== null && 'text' in json && 'id' in json) {
    // One claim record: read as a single line (its own JSON, written again on one line).
    return { kind: 'json-lines', articles: yield* jsonLinesSteps(JSON.stringify(json), addedAt) };
  }
  throw new ReferenceFileError(UNKNOWN);
}
