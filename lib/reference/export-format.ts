/**
 * The ClaimLens export file, version 1:
 * `{"format": "claimlens-reference", "version": 1, "exportedAt": "...", "sources": [{...source, "claims": [...]}]}`.
 * Sources and claims keep their ids (so re-importing a file duplicates nothing); engine features are not
 * written (they are recomputed on import, so a file stays valid when the engine changes).
 */
import * as v from 'valibot';
import { LIMITS, type LimitName, maxChars, maxItems, tooManyWords } from '../limits';
import { runSteps, type Steps } from '../steps';
import { addedTimestamp, notADate, publishedDate } from '../text/dates';
import type { ReferenceClaim, ReferenceSource } from '../types';
import { describeIssue, quoted, ReferenceFileError, shownValue } from './file-error';
import type { ReferenceArticle } from './seeds';

export const EXPORT_FORMAT = 'claimlens-reference';
export const EXPORT_VERSION = 1;

const text = (limit: LimitName, what = 'a string') => v.pipe(v.string(`must be ${what}`), maxChars(limit));
const nonEmpty = (limit: LimitName) =>
  v.pipe(v.string('must be a non-empty string'), v.trim(), v.nonEmpty('must be a non-empty string'), maxChars(limit));
const offset = v.optional(
  v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(0, 'must not be negative')),
  0,
);

const ReviewSchema = v.object(
  {
    rating: text('rating'),
    appearances: v.optional(
      v.pipe(v.array(text('url'), 'must be a list of URLs'), maxItems<string>('appearances', 'URLs')),
      [],
    ),
  },
  'must be an object',
);

export const ExportClaimSchema = v.object(
  {
    id: nonEmpty('claimId'),
    text: nonEmpty('claimText'),
    start: offset,
    end: offset,
    groupId: v.optional(text('claimId')),
    review: v.optional(ReviewSchema),
  },
  'must be an object',
);

export const ExportSourceSchema = v.object(
  {
    id: nonEmpty('sourceId'),
    title: text('title'),
    publisher: v.optional(text('publisher'), ''),
    url: v.optional(text('url'), ''),
    publishedAt: v.optional(text('date'), ''),
    addedAt: v.optional(text('date')),
    origin: v.optional(v.picklist(['seed', 'user', 'import'], 'must be "seed", "user" or "import"'), 'import'),
    enabled: v.optional(v.boolean('must be true or false'), true),
    claims: v.pipe(v.array(v.unknown(), 'must be a list of claims'), maxItems<unknown>('claimsPerSource', 'claims')),
  },
  'must be an object',
);

/** The export file for these articles (claims without features), as pretty-printed JSON. */
export function exportFile(articles: readonly ReferenceArticle[], exportedAt = new Date()): string {
  const sources = articles.map(({ source, claims }) => ({
    ...source,
    claims: claims.map(({ id, text: claimText, start, end, groupId, review }) => ({
      id,
      text: claimText,
      start,
      end,
      ...(groupId === undefined ? {} : { groupId }),
      ...(review === undefined ? {} : { review }),
    })),
  }));
  const file = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: exportedAt.toISOString(), sources };
  return `${JSON.stringify(file, null, 1)}\n`;
}

/** True when parsed JSON says it is a ClaimLens export (any version). */
export function looksLikeExport(json: unknown): boolean {
  return typeof json === 'object' && json !== null && !Array.isArray(json) && 'format' in json;
}

/**
 * The articles of a parsed export file. Throws a ReferenceFileError naming the first bad record and field,
 * e.g. `source 3 ("Some title"), claim 2: text must be a non-empty string`.
 */
export function readExport(json: unknown, addedAt: string): ReferenceArticle[] {
  return runSteps(exportSteps(json, addedAt));
}

/** Records checked per step of exportSteps (a few tens of milliseconds). */
const RECORD_STEP = 2_000;

/** readExport in steps of about RECORD_STEP records, so the background answers other tabs meanwhile. */
export function* exportSteps(json: unknown, addedAt: string): Steps<ReferenceArticle[]> {
  const file = json as { format?: unknown; version?: unknown; sources?: unknown };
  // The file's own values are quoted short and clean: a format of 100,000 characters, or one with bidi controls,
  // would otherwise make the message itself unreadable.
  if (file.format !== EXPORT_FORMAT) {
    throw new ReferenceFileError(
      `This is not a ClaimLens reference file: its "format" is ${shownValue(file.format)}, not "${EXPORT_FORMAT}".`,
    );
  }
  if (file.version !== EXPORT_VERSION) {
    const newer = typeof file.version === 'number' && file.version > EXPORT_VERSION;
    const which = file.version === undefined ? 'does not say its "version"' : `is version ${shownValue(file.version)}`;
    throw new ReferenceFileError(
      `This reference file ${which}; this ClaimLens reads version ${EXPORT_VERSION}` +
        (newer ? ' (update ClaimLens to import it).' : '.'),
    );
  }
  if (!Array.isArray(file.sources)) throw new ReferenceFileError('The file has no "sources" list.');
  if (file.sources.length > LIMITS.sourcesPerImport) {
    throw new ReferenceFileError(`The file ${tooManyWords(file.sources.length, LIMITS.sourcesPerImport, 'sources')}.`);
  }
  let claimCount = 0;
  for (const raw of file.sources) {
    const claims = (raw as { claims?: unknown } | null)?.claims;
    if (Array.isArray(claims)) claimCount += claims.length;
  }
  if (claimCount > LIMITS.claimsPerImport) {
    throw new ReferenceFileError(`The file ${tooManyWords(claimCount, LIMITS.claimsPerImport, 'claims')}.`);
  }
  const sourceIds = new Map<string, number>();
  const claimIds = new Map<string, string>();
  const articles: ReferenceArticle[] = [];
  let records = 0;
  for (const [s, raw] of file.sources.entries()) {
    const title =
      typeof (raw as { title?: unknown })?.title === 'string' ? ` (${quoted((raw as { title: string }).title)})` : '';
    const where = `source ${s + 1}${title}`;
    const parsed = v.safeParse(ExportSourceSchema, raw);
    if (!parsed.success) throw new ReferenceFileError(`${where}: ${describeIssue(parsed.issues)}`);
    const { claims: rawClaims, ...fields } = parsed.output;
    const earlier = sourceIds.get(fields.id);
    if (earlier !== undefined) {
      throw new ReferenceFileError(`${where}: id ${quoted(fields.id)} is already used by source ${earlier + 1}`);
    }
    sourceIds.set(fields.id, s);
    const publishedAt = publishedDate(fields.publishedAt);
    if (publishedAt === undefined)
      throw new ReferenceFileError(`${where}: ${notADate('publishedAt', fields.publishedAt)}`);
    const added = fields.addedAt === undefined ? addedAt : addedTimestamp(fields.addedAt);
    if (added === undefined) throw new ReferenceFileError(`${where}: ${notADate('addedAt', fields.addedAt ?? '')}`);
    const source: ReferenceSource = { ...fields, publishedAt, addedAt: added };
    const claims = rawClaims.map((rawClaim, c): ReferenceClaim => {
      const claim = v.safeParse(ExportClaimSchema, rawClaim);
      if (!claim.success) throw new ReferenceFileError(`${where}, claim ${c + 1}: ${describeIssue(claim.issues)}`);
      const first = claimIds.get(claim.output.id);
      if (first) {
        throw new ReferenceFileError(
          `${where}, claim ${c + 1}: id ${quoted(claim.output.id)} is already used by ${first}`,
        );
      }
      claimIds.set(claim.output.id, `${where}, claim ${c + 1}`);
      return { ...claim.output, sourceId: source.id };
    });
    articles.push({ source, claims });
    records += 1 + claims.length;
    if (records >= RECORD_STEP) {
      records = 0;
      yield;
    }
  }
  return articles;
}
