/**
 * schema.org ClaimReview, the JSON-LD markup fact-checkers publish: a single object, a list, or a `@graph`
 * (also inside an HTML page's `<script type="application/ld+json">`). Each review becomes a source (the
 * fact-check) with one claim (`claimReviewed`) that carries the verdict (`reviewRating.alternateName`).
 */
import * as v from 'valibot';
import { textHash } from '../text/hash';
import type { ReferenceSource } from '../types';
import { describeIssue, ReferenceFileError } from './file-error';
import type { ReferenceArticle } from './seeds';

type Json = Record<string, unknown>;

const ReviewSchema = v.object({
  claimReviewed: v.pipe(v.string('must be a non-empty string'), v.trim(), v.nonEmpty('must be a non-empty string')),
  reviewRating: v.optional(v.object({ alternateName: v.optional(v.string('must be a string')) }, 'must be an object')),
  url: v.optional(v.string('must be a string')),
  datePublished: v.optional(v.string('must be a string')),
  name: v.optional(v.string('must be a string')),
  headline: v.optional(v.string('must be a string')),
});

function isClaimReview(node: unknown): node is Json {
  if (typeof node !== 'object' || node === null) return false;
  const type = (node as Json)['@type'];
  return type === 'ClaimReview' || (Array.isArray(type) && type.includes('ClaimReview'));
}

/** Every ClaimReview object in JSON-LD, in document order (top level, lists and `@graph`). */
export function findClaimReviews(json: unknown): Json[] {
  const out: Json[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) for (const item of node) visit(item);
    else if (isClaimReview(node)) out.push(node);
    else if (typeof node === 'object' && node !== null && '@graph' in node) visit((node as Json)['@graph']);
  };
  visit(json);
  return out;
}

/** The JSON-LD blocks of an HTML page, parsed (blocks that are not valid JSON are skipped). */
export function jsonLdOfHtml(html: string): unknown[] {
  const blocks: unknown[] = [];
  for (const match of html.matchAll(
    /<script[^>]*type\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script>/gi,
  )) {
    try {
      blocks.push(JSON.parse(match[1]));
    } catch {
      // A broken block on a page is the page's problem; the others may still hold reviews.
    }
  }
  return blocks;
}

function names(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list
    .map((item) =>
      typeof item === 'string' ? item : typeof (item as Json)?.name === 'string' ? (item as Json).name : '',
    )
    .filter((name): name is string => typeof name === 'string' && name.trim() !== '')
    .map((name) => name.trim());
}

function urls(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list
    .map((item) =>
      typeof item === 'string' ? item : typeof (item as Json)?.url === 'string' ? ((item as Json).url as string) : '',
    )
    .filter((url) => url.trim() !== '');
}

/** The articles of ClaimReview JSON-LD; throws a ReferenceFileError naming the first bad review and field. */
export function readClaimReviews(reviews: readonly Json[], addedAt: string): ReferenceArticle[] {
  const seen = new Set<string>();
  const articles: ReferenceArticle[] = [];
  reviews.forEach((review, n) => {
    const parsed = v.safeParse(ReviewSchema, review);
    if (!parsed.success) throw new ReferenceFileError(`ClaimReview ${n + 1}: ${describeIssue(parsed.issues)}`);
    const { claimReviewed, reviewRating, url = '', datePublished = '', name, headline } = parsed.output;
    const id = `claimreview-${textHash(`${url.trim()}\n${claimReviewed}`)}`;
    if (seen.has(id)) return; // The same review twice in one page or file.
    seen.add(id);
    const item = (review.itemReviewed ?? {}) as Json;
    const source: ReferenceSource = {
      id,
      title: (name ?? headline ?? '').trim() || claimReviewed,
      publisher: names(review.author).join(', '),
      url: url.trim(),
      publishedAt: datePublished.trim().slice(0, 10),
      addedAt,
      origin: 'import',
      enabled: true,
    };
    const appearances = [...urls(item.appearance), ...urls(item.firstAppearance)];
    articles.push({
      source,
      claims: [
        {
          id: `${id}#0`,
          sourceId: id,
          text: claimReviewed,
          start: 0,
          end: claimReviewed.length,
          review: { rating: reviewRating?.alternateName?.trim() ?? '', appearances },
        },
      ],
    });
  });
  if (articles.length === 0) throw new ReferenceFileError('The file holds no ClaimReview records.');
  return articles;
}
