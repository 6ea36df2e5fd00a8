/**
 * schema.org ClaimReview, the JSON-LD markup fact-checkers publish: a single object, a list, or a `@graph`
 * (also inside an HTML page's `<script type="application/ld+json">`). Each review becomes a source (the
 * fact-check) with one claim (`claimReviewed`) that carries the verdict (`reviewRating.alternateName`).
 */
import * as v from 'valibot';
import { claimProblem, LIMITS, maxChars, sourceProblem, tooManyWords } from '../limits';
import { runSteps, type Steps } from '../steps';
import { notADate, publishedDate } from '../text/dates';
import { textHash } from '../text/hash';
import type { ReferenceSource } from '../types';
import { describeIssue, ReferenceFileError } from './file-error';
import type { ReferenceArticle } from './seeds';

type Json = Record<string, unknown>;

const limited = (limit: Parameters<typeof maxChars>[0]) =>
  v.optional(v.pipe(v.string('must be a string'), v.trim(), maxChars(limit)));

const ReviewSchema = v.object({
  claimReviewed: v.pipe(
    v.string('must be a non-empty string'),
    v.trim(),
    v.nonEmpty('must be a non-empty string'),
    maxChars('claimText'),
  ),
  reviewRating: v.optional(v.object({ alternateName: limited('rating') }, 'must be an object')),
  url: limited('url'),
  datePublished: v.optional(v.string('must be a string')),
  name: limited('title'),
  headline: limited('title'),
});

/** The ClaimReview field each stored field comes from, to name it in a refusal. */
const MARKUP_FIELD: Record<string, string> = {
  publisher: 'author',
  'review.appearances': 'itemReviewed.appearance',
};

/** The first stored field of the review's source or claim over its limit, named as in the markup. */
function limitProblem(source: ReferenceSource, claim: object): string | undefined {
  const problem = sourceProblem(source) ?? claimProblem(claim);
  if (!problem) return undefined;
  const field = problem.slice(0, problem.indexOf(' '));
  return `${MARKUP_FIELD[field] ?? field}${problem.slice(field.length)}`;
}

/** A claim text as a title when the review has none: at most LIMITS.title characters. */
function titleOf(claimReviewed: string): string {
  return claimReviewed.length <= LIMITS.title ? claimReviewed : `${claimReviewed.slice(0, LIMITS.title - 1)}…`;
}

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
  return runSteps(claimReviewSteps(reviews, addedAt));
}

/** Reviews read per step of claimReviewSteps (a few tens of milliseconds). */
const REVIEW_STEP = 1_000;

/** readClaimReviews in steps of REVIEW_STEP reviews, so the background answers other tabs meanwhile. */
export function* claimReviewSteps(reviews: readonly Json[], addedAt: string): Steps<ReferenceArticle[]> {
  if (reviews.length > LIMITS.claimsPerImport) {
    throw new ReferenceFileError(`The file ${tooManyWords(reviews.length, LIMITS.claimsPerImport, 'reviews')}.`);
  }
  const seen = new Set<string>();
  const articles: ReferenceArticle[] = [];
  for (const [n, review] of reviews.entries()) {
    if ((n + 1) % REVIEW_STEP === 0) yield;
    const parsed = v.safeParse(ReviewSchema, review);
    if (!parsed.success) throw new ReferenceFileError(`ClaimReview ${n + 1}: ${describeIssue(parsed.issues)}`);
    const { claimReviewed, reviewRating, url = '', datePublished = '', name = '', headline = '' } = parsed.output;
    const id = `claimreview-${textHash(`${url.trim()}\n${claimReviewed}`)}`;
    if (seen.has(id)) continue; // The same review twice in one page or file.
    seen.add(id);
    const published = publishedDate(datePublished);
    if (published === undefined)
      throw new ReferenceFileError(`ClaimReview ${n + 1}: ${notADate('datePublished', datePublished)}`);
    const item = (review.itemReviewed ?? {}) as Json;
    const source: ReferenceSource = {
      id,
      title: name || headline || titleOf(claimReviewed),
      publisher: names(review.author).join(', '),
      url,
      publishedAt: published,
      addedAt,
      origin: 'import',
      enabled: true,
    };
    const appearances = [...urls(item.appearance), ...urls(item.firstAppearance)];
    const claim = {
      id: `${id}#0`,
      sourceId: id,
      text: claimReviewed,
      start: 0,
      end: claimReviewed.length,
      review: { rating: reviewRating?.alternateName ?? '', appearances },
    };
    const problem = limitProblem(source, claim);
    if (problem) throw new ReferenceFileError(`ClaimReview ${n + 1}: ${problem}`);
    articles.push({ source, claims: [claim] });
  }
  if (articles.length === 0) throw new ReferenceFileError('The file holds no ClaimReview records.');
  return articles;
}
