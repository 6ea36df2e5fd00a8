/**
 * Schemas for every request the background answers (valibot). A request that does not fit is refused with a
 * plain message naming the field; nothing reaches the store unchecked.
 */
import * as v from 'valibot';
import { type LimitName, limitedString, maxItems } from '../lib/limits';
import { describeIssue } from '../lib/reference/file-error';
import type { BackgroundMessage } from './protocol';

/** An id of at most `LIMITS[name]` characters (the limits of lib/limits.ts, as every import checks them). */
const idOf = (name: 'sourceId' | 'claimId') =>
  v.pipe(v.string('must be a string'), v.nonEmpty('must not be empty'), limitedString(name));
const sourceId = idOf('sourceId');
/** A pack's id prefixes its sources' ids, so it is never longer than one. */
const packId = v.object({ id: sourceId });
const claimId = idOf('claimId');
const text = (name: LimitName) => limitedString(name);
const flag = v.boolean('must be true or false');
const none = v.optional(v.union([v.undefined(), v.null()], 'must be empty'));
const list = <T extends v.GenericSchema>(item: T, what: string, max: LimitName, items?: string) =>
  v.pipe(v.array(item, what), maxItems<v.InferOutput<T>>(max, items));

const source = v.object({
  id: sourceId,
  title: text('title'),
  publisher: text('publisher'),
  url: text('url'),
  publishedAt: text('date'),
  addedAt: text('date'),
  origin: v.picklist(['seed', 'user', 'import', 'pack'], 'must be "seed", "user", "import" or "pack"'),
  enabled: flag,
});

const claim = v.object({
  id: claimId,
  sourceId,
  text: text('claimText'),
  start: v.number('must be a number'),
  end: v.number('must be a number'),
  groupId: v.optional(text('claimId')),
  review: v.optional(
    v.object({ rating: text('rating'), appearances: list(text('url'), 'must be a list', 'appearances', 'URLs') }),
  ),
});

/**
 * The request schema of each message the background answers (protocol.ts's BackgroundMessage): the one place a
 * request's shape is written; protocol.ts takes the request types from them (BackgroundRequest).
 */
export const requestSchemas = {
  annotatePage: v.object({
    url: text('url'),
    /** The page's publication date as the content script read it (ISO; checked again where it is used). */
    publishedAt: v.optional(text('date')),
    /** The page's headline, read for the names the story goes by (see AnnotateOptions.title). */
    title: v.optional(text('title')),
    append: v.optional(flag),
    blocks: list(
      v.object({ id: text('name'), text: text('pageText') }),
      'must be a list of text blocks',
      'pageBlocks',
      'blocks',
    ),
  }),
  reportBadges: v.object({
    url: text('url'),
    annotations: v.pipe(
      v.number('must be a number'),
      v.integer('must be a whole number'),
      v.minValue(0, 'must not be negative'),
    ),
    badged: list(
      v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(0, 'must not be negative')),
      'must be a list of indexes',
      'pageBadges',
      'indexes',
    ),
  }),
  checkText: v.object({ text: v.pipe(text('selection'), v.nonEmpty('must not be empty')) }),
  listSources: none,
  listClaims: v.object({
    sourceId: v.optional(sourceId),
    query: v.optional(text('name')),
    offset: v.optional(
      v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(0, 'must not be negative')),
    ),
    limit: v.optional(
      v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(1, 'must be at least 1')),
    ),
  }),
  previewArticle: v.object({ text: text('articleChars'), html: v.optional(flag) }),
  addArticle: v.object({
    meta: v.object({ title: text('title'), publisher: text('publisher'), url: text('url'), publishedAt: text('date') }),
    text: text('articleChars'),
    html: v.optional(flag),
    claims: v.optional(list(text('claimText'), 'must be a list of sentences', 'claimsPerSource', 'sentences')),
  }),
  addClaims: v.object({
    sourceId: v.optional(sourceId),
    texts: list(text('claimText'), 'must be a list of texts', 'claimsPerSource', 'texts'),
  }),
  editClaim: v.object({ id: claimId, text: text('claimText') }),
  deleteClaim: v.object({ id: claimId }),
  deleteSource: v.object({ id: sourceId }),
  restore: v.object({
    sources: list(source, 'must be a list', 'sourcesPerImport', 'sources'),
    claims: list(claim, 'must be a list', 'claimsPerImport', 'claims'),
  }),
  setSourceEnabled: v.object({ id: sourceId, enabled: flag }),
  importReferences: v.object({ fileName: text('name'), content: text('fileChars') }),
  exportReferences: v.object({
    sourceIds: v.optional(list(sourceId, 'must be a list of source ids', 'storeSources', 'source ids')),
  }),
  resetSeeds: v.object({ clearFeedback: v.optional(flag) }),
  markNotAMatch: v.object({
    pageUrl: v.pipe(text('url'), v.nonEmpty('must not be empty')),
    sentence: v.pipe(text('selection'), v.nonEmpty('must not be empty')),
    claimIds: v.pipe(
      list(claimId, 'must be a list of claim ids', 'claimsPerMark', 'claim ids'),
      v.minLength(1, 'must not be empty'),
    ),
  }),
  getSettings: none,
  setSettings: v.object({
    enabled: v.optional(flag),
    sensitivity: v.optional(
      v.pipe(v.number('must be a number'), v.minValue(0, 'must be 0 to 1'), v.maxValue(1, 'must be 0 to 1')),
    ),
    pausedSites: v.optional(list(text('name'), 'must be a list of sites', 'pausedSites', 'sites')),
  }),
  pageSummary: v.object({ tabId: v.pipe(v.number('must be a number'), v.integer('must be a whole number')) }),
  listPacks: none,
  subscribePack: v.object({ url: v.pipe(text('url'), v.nonEmpty('must not be empty')) }),
  awaitPackGrant: v.object({ url: v.pipe(text('url'), v.nonEmpty('must not be empty')), refused: v.optional(flag) }),
  refreshPack: packId,
  setPackEnabled: v.object({ id: sourceId, enabled: flag }),
  removePack: packId,
} satisfies Record<BackgroundMessage, v.GenericSchema>;

export type { BackgroundMessage };

/** The request of `type` if it fits its schema; otherwise throws an Error naming the bad field. */
export function validateRequest<K extends BackgroundMessage>(
  type: K,
  data: unknown,
): v.InferOutput<(typeof requestSchemas)[K]> {
  const result = v.safeParse(requestSchemas[type], data);
  if (result.success) return result.output as v.InferOutput<(typeof requestSchemas)[K]>;
  throw new Error(`ClaimLens could not understand the "${type}" request: ${describeIssue(result.issues)}.`);
}
