/**
 * Reading and writing packs. A pack is a file in a format ClaimLens already imports (the export format, JSON
 * Lines of claims, ClaimReview JSON-LD, also inside an HTML page) or a schema.org DataFeed of ClaimReview
 * items, plus what the reader is shown about it: title, publisher, version and update time. `pack build` writes
 * the export format with a `pack` member for those, so a pack is also a file the popup's Import reads.
 * Each claim keeps its source (publisher, URL), the source's date and the fact-checker's rating.
 */
import * as v from 'valibot';
import { LIMITS, maxChars, tooLongWords } from '../limits';
import { claimReviewSteps, findClaimReviews } from '../reference/claim-review';
import { EXPORT_FORMAT, EXPORT_VERSION, exportFile, exportSteps, looksLikeExport } from '../reference/export-format';
import { describeIssue, ReferenceFileError } from '../reference/file-error';
import { jsonErrorOffset } from '../reference/json-error';
import { looksLikeJsonLines } from '../reference/json-lines';
import { parseJsonSteps } from '../reference/json-steps';
import { parseReferenceFile } from '../reference/parse-file';
import type { ReferenceArticle } from '../reference/seeds';
import { runSteps, runStepsPausing, SLICE_MS, type Steps } from '../steps';
import { addedTimestamp, notADate } from '../text/dates';
import { agentNames, dataFeedReviews, isDataFeed } from './data-feed';
import { PackError } from './errors';
import { checkPackSignature, type SignatureCheck } from './signature';

export type PackKind = 'export' | 'json-lines' | 'claim-review' | 'data-feed';

/** What the reader is shown about a pack before and after subscribing. */
export interface PackMeta {
  title: string;
  publisher: string;
  /** The publisher's name for this version ('' when the file does not say). */
  version: string;
  /** ISO timestamp of the pack's last update ('' when the file does not say). */
  updatedAt: string;
}

export interface ParsedPack {
  kind: PackKind;
  meta: PackMeta;
  articles: ReferenceArticle[];
  /** The parsed JSON document, when the pack is one (a signature can only be carried by a JSON object). */
  document?: unknown;
}

/** Characters of a pack's version. */
const VERSION_CHARS = 100;

const PackHeaderSchema = v.object(
  {
    title: v.pipe(
      v.string('must be a non-empty string'),
      v.trim(),
      v.nonEmpty('must be a non-empty string'),
      maxChars('title'),
    ),
    publisher: v.optional(v.pipe(v.string('must be a string'), v.trim(), maxChars('publisher')), ''),
    version: v.optional(
      v.pipe(
        v.union([v.string(), v.number()], 'must be a string or a number'),
        v.transform(String),
        v.trim(),
        v.maxLength(VERSION_CHARS, `is too long (the limit is ${VERSION_CHARS} characters)`),
      ),
      '',
    ),
    updatedAt: v.optional(v.pipe(v.string('must be a string'), maxChars('date')), ''),
  },
  'must be an object',
);

/** A title for a pack that names none: its file name or the last part of its URL. */
function fallbackTitle(name: string): string {
  const last = name.split(/[/\\]/).filter(Boolean).pop() ?? '';
  return (last || name || 'Untitled pack').slice(0, LIMITS.title);
}

/** An update time as stored, or a PackError naming the field. */
function timestamp(field: string, value: string): string {
  if (value.trim() === '') return '';
  const stamp = addedTimestamp(value.trim());
  if (stamp === undefined) throw new PackError(`The pack's ${notADate(field, value)}.`);
  return stamp;
}

/** The header of a pack in the export format, or the fallbacks when it has none. */
function exportMeta(json: Record<string, unknown>, name: string): PackMeta {
  const exportedAt = typeof json.exportedAt === 'string' ? json.exportedAt : '';
  if (json.pack === undefined) {
    return { title: fallbackTitle(name), publisher: '', version: '', updatedAt: timestamp('exportedAt', exportedAt) };
  }
  const parsed = v.safeParse(PackHeaderSchema, json.pack);
  if (!parsed.success) throw new PackError(`The pack's header: pack.${describeIssue(parsed.issues)}.`);
  const { title, publisher, version, updatedAt } = parsed.output;
  return { title, publisher, version, updatedAt: timestamp('pack.updatedAt', updatedAt || exportedAt) };
}

/** The metadata of a DataFeed, from its own schema.org fields. */
function feedMeta(feed: Record<string, unknown>, name: string): PackMeta {
  const header = {
    title: typeof feed.name === 'string' && feed.name.trim() !== '' ? feed.name : fallbackTitle(name),
    publisher: agentNames(feed.publisher) || agentNames(feed.author) || agentNames(feed.creator),
    version: feed.version ?? '',
    updatedAt: typeof feed.dateModified === 'string' ? feed.dateModified : '',
  };
  const parsed = v.safeParse(PackHeaderSchema, header);
  if (!parsed.success) {
    const field = { title: 'name', publisher: 'publisher', version: 'version', updatedAt: 'dateModified' };
    const issue = describeIssue(parsed.issues);
    const key = issue.slice(0, issue.indexOf(' ')) as keyof typeof field;
    throw new PackError(`The DataFeed's ${field[key] ?? key}${issue.slice(key.length)}.`);
  }
  const { title, publisher, version, updatedAt } = parsed.output;
  return { title, publisher, version, updatedAt: timestamp('dateModified', updatedAt) };
}

/** True when a JSON text ends before its value does: a download or upload cut short. */
function truncated(text: string): boolean {
  const offset = jsonErrorOffset(text);
  return offset >= 0 && offset >= text.trimEnd().length;
}

/** ReferenceFileError's words say "the file"; a pack's errors are PackErrors, one line each. */
function asPackError(error: unknown): never {
  if (error instanceof ReferenceFileError) throw new PackError(error.message);
  throw error;
}

/**
 * A pack's content read in steps (see lib/steps.ts), so the background answers other tabs meanwhile. `name`
 * is its file name or URL: it tells JSON Lines and HTML apart when the content does not, and titles a pack that
 * names none. Throws a PackError (one line, naming the first bad record and field) for a malformed, truncated
 * or oversized pack; nothing is returned for a partly bad one.
 */
export function* packSteps(content: string, name: string, addedAt = new Date().toISOString()): Steps<ParsedPack> {
  try {
    if (content.length > LIMITS.fileChars)
      throw new PackError(`The pack ${tooLongWords(content.length, LIMITS.fileChars)}.`);
    // Not a regular expression: replace() looks at the whole text even when it starts with no mark.
    const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
    if (text.trim() === '') throw new PackError('The pack is empty.');
    const lower = name.toLowerCase().replace(/[?#].*$/, '');
    const html = /\.(x?html?)$/.test(lower) || /^\s*<(!doctype|html)\b/i.test(text);
    if (html || /\.(jsonl|ndjson)$/.test(lower) || looksLikeJsonLines(text)) {
      const { kind, articles } = parseReferenceFile(lower, text, addedAt);
      return { kind, articles, meta: { title: fallbackTitle(name), publisher: '', version: '', updatedAt: '' } };
    }
    yield;
    let json: unknown;
    try {
      json = yield* parseJsonSteps(text, 'The pack');
    } catch (error) {
      if (truncated(text)) {
        throw new PackError('The pack ends in the middle of its JSON: the file is truncated (a download cut short?).');
      }
      throw error;
    }
    yield;
    if (isDataFeed(json)) {
      const meta = feedMeta(json, name);
      return {
        kind: 'data-feed',
        meta,
        articles: yield* claimReviewSteps(dataFeedReviews(json), addedAt),
        document: json,
      };
    }
    if (looksLikeExport(json)) {
      const meta = exportMeta(json as Record<string, unknown>, name);
      return { kind: 'export', meta, articles: yield* exportSteps(json, addedAt), document: json };
    }
    const reviews = findClaimReviews(json);
    if (reviews.length > 0) {
      const meta = { title: fallbackTitle(name), publisher: '', version: '', updatedAt: '' };
      return { kind: 'claim-review', meta, articles: yield* claimReviewSteps(reviews, addedAt), document: json };
    }
    throw new PackError(
      'This is not a pack: expected a ClaimLens export, JSON Lines of claims, ClaimReview JSON-LD or a schema.org DataFeed of ClaimReviews.',
    );
  } catch (error) {
    return asPackError(error);
  }
}

/** packSteps run at once (the CLI, tests). */
export function readPack(content: string, name: string, addedAt?: string): ParsedPack {
  return runSteps(packSteps(content, name, addedAt));
}

/**
 * A pack read and its signature checked: what `pack verify` prints and a subscription decides on. Read in steps
 * with a pause between them, so a background reading a large pack answers other messages meanwhile.
 */
export async function openPack(
  content: string,
  name: string,
  addedAt?: string,
): Promise<ParsedPack & { signature: SignatureCheck }> {
  const { value: pack } = await runStepsPausing(packSteps(content, name, addedAt), undefined, { sliceMs: SLICE_MS });
  return { ...pack, signature: await checkPackSignature(pack.document) };
}

/**
 * The pack file for these articles: the export format (so Import reads it too) with a `pack` header.
 * Unsigned; `signPackDocument` adds the signature.
 */
export function buildPackDocument(articles: readonly ReferenceArticle[], meta: PackMeta): Record<string, unknown> {
  const file = JSON.parse(exportFile(articles, new Date(meta.updatedAt || Date.now()))) as Record<string, unknown>;
  const { sources, ...head } = file;
  return { ...head, format: EXPORT_FORMAT, version: EXPORT_VERSION, pack: meta, sources };
}
