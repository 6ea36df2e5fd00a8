/**
 * Schemas for every request the background answers (valibot). A request that does not fit is refused with a
 * plain message naming the field; nothing reaches the store unchecked.
 */
import * as v from 'valibot';
import { describeIssue } from '../reference/file-error';
import type { ProtocolMap } from './protocol';

const MAX_TEXT = 1_000_000;
const MAX_FILE = 100 * 1024 * 1024;

const id = v.pipe(v.string('must be a string'), v.nonEmpty('must not be empty'), v.maxLength(1000, 'is too long'));
const text = (max = MAX_TEXT) => v.pipe(v.string('must be a string'), v.maxLength(max, 'is too long'));
const flag = v.boolean('must be true or false');
const none = v.optional(v.union([v.undefined(), v.null()], 'must be empty'));

const source = v.object({
  id,
  title: text(10_000),
  publisher: text(10_000),
  url: text(10_000),
  publishedAt: text(100),
  addedAt: text(100),
  origin: v.picklist(['seed', 'user', 'import'], 'must be "seed", "user" or "import"'),
  enabled: flag,
});

const claim = v.object({
  id,
  sourceId: id,
  text: text(100_000),
  start: v.number('must be a number'),
  end: v.number('must be a number'),
  groupId: v.optional(text(1000)),
  review: v.optional(v.object({ rating: text(1000), appearances: v.array(text(10_000)) })),
});

/** The request schema of each message the background answers (tab messages are not here). */
export const requestSchemas = {
  annotatePage: v.object({
    url: text(10_000),
    append: v.optional(flag),
    blocks: v.pipe(
      v.array(v.object({ id: text(1000), text: text() }), 'must be a list of text blocks'),
      v.maxLength(20_000, 'has too many blocks'),
    ),
  }),
  reportBadges: v.object({
    url: text(10_000),
    annotations: v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(0)),
    badged: v.pipe(
      v.array(
        v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(0)),
        'must be a list of indexes',
      ),
      v.maxLength(100_000, 'has too many indexes'),
    ),
  }),
  checkText: v.object({ text: v.pipe(text(100_000), v.nonEmpty('must not be empty')) }),
  listSources: none,
  listClaims: v.object({
    sourceId: v.optional(id),
    query: v.optional(text(1000)),
    offset: v.optional(v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(0))),
    limit: v.optional(v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(1))),
  }),
  previewArticle: v.object({ text: text(), html: v.optional(flag) }),
  addArticle: v.object({
    meta: v.object({ title: text(10_000), publisher: text(10_000), url: text(10_000), publishedAt: text(100) }),
    text: text(),
    html: v.optional(flag),
    claims: v.optional(v.array(text(100_000), 'must be a list of sentences')),
  }),
  addClaims: v.object({
    sourceId: v.optional(id),
    texts: v.pipe(v.array(text(100_000), 'must be a list of texts'), v.maxLength(10_000, 'has too many texts')),
  }),
  editClaim: v.object({ id, text: text(100_000) }),
  deleteClaim: v.object({ id }),
  deleteSource: v.object({ id }),
  restore: v.object({ sources: v.array(source, 'must be a list'), claims: v.array(claim, 'must be a list') }),
  setSourceEnabled: v.object({ id, enabled: flag }),
  importReferences: v.object({ fileName: text(1000), content: text(MAX_FILE) }),
  exportReferences: v.object({ sourceIds: v.optional(v.array(id, 'must be a list of source ids')) }),
  resetSeeds: v.object({ clearFeedback: v.optional(flag) }),
  markNotAMatch: v.object({
    pageUrl: v.pipe(text(10_000), v.nonEmpty('must not be empty')),
    sentence: v.pipe(text(100_000), v.nonEmpty('must not be empty')),
    claimIds: v.pipe(v.array(id, 'must be a list of claim ids'), v.minLength(1, 'must not be empty')),
  }),
  getSettings: none,
  setSettings: v.object({
    enabled: v.optional(flag),
    sensitivity: v.optional(
      v.pipe(v.number('must be a number'), v.minValue(0, 'must be 0 to 1'), v.maxValue(1, 'must be 0 to 1')),
    ),
    pausedSites: v.optional(v.array(text(1000), 'must be a list of sites')),
  }),
  pageSummary: v.object({ tabId: v.pipe(v.number('must be a number'), v.integer('must be a whole number')) }),
} satisfies Record<Exclude<keyof ProtocolMap, TabMessage>, v.GenericSchema>;

/** Messages the background sends to tabs (not answered by the background). */
type TabMessage = 'showAnnotation' | 'refresh' | 'extractPage' | 'showCheckResult' | 'showNotice';

/** The messages the background answers. */
export type BackgroundMessage = keyof typeof requestSchemas;

/** The request of `type` if it fits its schema; otherwise throws an Error naming the bad field. */
export function validateRequest<K extends BackgroundMessage>(
  type: K,
  data: unknown,
): v.InferOutput<(typeof requestSchemas)[K]> {
  const result = v.safeParse(requestSchemas[type], data);
  if (result.success) return result.output as v.InferOutput<(typeof requestSchemas)[K]>;
  throw new Error(`ClaimLens could not understand the "${type}" request: ${describeIssue(result.issues)}.`);
}
