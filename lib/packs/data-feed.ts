/**
 * schema.org DataFeed of ClaimReview items, as fact-checkers publish their reviews in bulk (the feed form of
 * Google's Fact Check markup): `{"@type": "DataFeed", "name", "publisher", "dateModified",
 * "dataFeedElement": [{"@type": "DataFeedItem", "item": {"@type": "ClaimReview", …}}, …]}`. An element may also
 * be a ClaimReview itself, or a DataFeedItem whose `item` is a list. Elements of other types are left out.
 */
import { LIMITS, tooManyWords } from '../limits';
import { findClaimReviews } from '../reference/claim-review';
import { PackError } from './errors';

type Json = Record<string, unknown>;

/** True for a JSON-LD node typed DataFeed (also among several types). */
export function isDataFeed(json: unknown): json is Json {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return false;
  const type = (json as Json)['@type'];
  return type === 'DataFeed' || (Array.isArray(type) && type.includes('DataFeed'));
}

/** The feed's ClaimReview objects in feed order; a PackError when there are too many elements or none is a review. */
export function dataFeedReviews(feed: Json): Json[] {
  const raw = feed.dataFeedElement;
  const elements = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  if (elements.length > LIMITS.claimsPerImport) {
    throw new PackError(`The DataFeed ${tooManyWords(elements.length, LIMITS.claimsPerImport, 'elements')}.`);
  }
  const reviews: Json[] = [];
  for (const element of elements) {
    const direct = findClaimReviews(element);
    if (direct.length > 0) reviews.push(...direct);
    else if (typeof element === 'object' && element !== null) reviews.push(...findClaimReviews((element as Json).item));
  }
  if (reviews.length === 0) throw new PackError('The DataFeed holds no ClaimReview items.');
  return reviews;
}

/** The names of a schema.org Person/Organization value (a name, an object with a name, or a list of them). */
export function agentNames(value: unknown): string {
  const list = Array.isArray(value) ? value : [value];
  return list
    .map((item) => (typeof item === 'string' ? item : (item as Json | null)?.name))
    .filter((name): name is string => typeof name === 'string' && name.trim() !== '')
    .map((name) => name.trim())
    .join(', ');
}
