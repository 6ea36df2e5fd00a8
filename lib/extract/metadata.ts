/**
 * Article metadata from the document head: title, canonical URL, publisher and publication date, from
 * Open Graph / article meta tags, JSON-LD, <link rel=canonical>, <time datetime> and <title>, in that order.
 * A page that gives its date nowhere a machine reads it is dated by its byline or dateline text ("Published
 * 19 December 2024") or by its address (/2024/12/19/): the date places its figures in time (lib/time).
 */
import { publishedDate } from '../text/dates';

export interface ArticleMetadata {
  title: string;
  url: string;
  publisher: string;
  /** ISO 8601 date at the precision known (YYYY-MM-DD, YYYY-MM or YYYY; see lib/text/dates.ts), or '' when unknown. */
  publishedAt: string;
}

/** JSON-LD types that describe an article. */
const ARTICLE_TYPE = /Article|BlogPosting|NewsArticle|Report/;

type JsonObject = Record<string, unknown>;

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** The page's meta tags by property, name and itemprop (first one wins), read in one pass. */
function metaTags(doc: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const meta of doc.querySelectorAll('meta[content]')) {
    const content = clean(meta.getAttribute('content'));
    for (const attribute of ['property', 'name', 'itemprop']) {
      const key = meta.getAttribute(attribute)?.toLowerCase();
      if (key && content && !tags.has(key)) tags.set(key, content);
    }
  }
  return tags;
}

/** Content of the first of these meta keys that the page has, or ''. */
function metaContent(tags: Map<string, string>, keys: string[]): string {
  for (const key of keys) {
    const content = tags.get(key.toLowerCase());
    if (content) return content;
  }
  return '';
}

/** The first JSON-LD object whose @type is an article kind (looks inside arrays and @graph). */
function jsonLdArticle(doc: Document): JsonObject | undefined {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    // Read in order with an index: shift() and push(...list) were quadratic, and a list of 200,000 items
    // overflowed the call stack.
    const queue: unknown[] = [data];
    for (let next = 0; next < queue.length; next += 1) {
      const item = queue[next];
      if (Array.isArray(item)) for (const inner of item) queue.push(inner);
      else if (item && typeof item === 'object') {
        const object = item as JsonObject;
        if (ARTICLE_TYPE.test(String(object['@type'] ?? ''))) return object;
        if (object['@graph']) queue.push(object['@graph']);
      }
    }
  }
  return undefined;
}

function jsonString(value: unknown): string {
  if (typeof value === 'string') return clean(value);
  if (Array.isArray(value)) return jsonString(value[0]);
  if (value && typeof value === 'object') return jsonString((value as JsonObject).name);
  return '';
}

/** Normalises a date as written ("2025-01-13T09:00:00+09:00", "January 13, 2025") to YYYY-MM-DD, or ''. */
export function isoDate(text: string): string {
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(text);
  // A day that does not exist (2025-02-30) is no date: none rather than one the store would refuse.
  if (iso) return publishedDate(iso[0]) ?? '';
  const time = Date.parse(text);
  if (text.length < 8 || Number.isNaN(time)) return '';
  const date = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Elements that hold a byline or dateline: a date written there is the article's. */
const BYLINE =
  '[class*="byline" i], [class*="dateline" i], [class*="date" i], [class*="published" i], [class*="meta" i]';
/** A written date: "19 December 2024", "December 19, 2024", "Dec. 19, 2024". */
const WRITTEN_DATE =
  /\b(?:\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4})\b/i;
/** Longest byline or dateline text searched for a date: longer is an article, not a byline. */
const MAX_BYLINE = 200;

/** The date written in the article's byline or dateline, as YYYY-MM-DD, or ''. */
function bylineDate(root: ParentNode): string {
  for (const element of root.querySelectorAll(BYLINE)) {
    const text = clean(element.textContent);
    if (text.length > MAX_BYLINE) continue;
    const written = WRITTEN_DATE.exec(text);
    if (written) {
      const date = isoDate(written[0].replace(/\.(?=\s)/, ''));
      if (date) return date;
    }
  }
  return '';
}

/** A date in the page's address (/2024/12/19/, /2024-12-19-, /20241219/), as YYYY-MM-DD, or ''. */
export function urlDate(url: string): string {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return '';
  }
  const found =
    /\/((?:19|20)\d{2})[/-](\d{2})[/-](\d{2})(?=[/\-_.]|$)|\/((?:19|20)\d{2})(\d{2})(\d{2})(?=[/\-_.]|$)/.exec(path);
  if (!found) return '';
  const [year, month, day] = found[1] ? found.slice(1, 4) : found.slice(4, 7);
  return publishedDate(`${year}-${month}-${day}`) ?? '';
}

/** `href` made absolute against the document's own URL when that is known; relative links stay as written. */
function absoluteUrl(href: string, base: string): string {
  try {
    return new URL(href, /^https?:/.test(base) ? base : undefined).href;
  } catch {
    return href;
  }
}

/** Longest site name read from a title suffix. */
const MAX_SITE_NAME = 40;

const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);

/**
 * The parts around the last separator of "Headline | Site name" (or " - ", " – ", " — ") that has white space on
 * both sides, text before it and only a site name after it (no |, – or —), or undefined. Found by reading back
 * from the end: a regular expression for it backtracked over every separator, quadratic on a hostile title.
 */
function titleParts(title: string): { headline: string; site: string } | undefined {
  const last = Math.max(title.lastIndexOf('|'), title.lastIndexOf('–'), title.lastIndexOf('—'));
  const lineEnd = title.search(/[\n\r\u2028\u2029]/); // the headline is one line
  for (let p = title.length - 3; p >= Math.max(last, 1); p -= 1) {
    if (!'|–—-'.includes(title[p]) || !isSpace(title[p - 1]) || !isSpace(title[p + 1])) continue;
    let q = p - 1;
    while (q >= 0 && isSpace(title[q])) q -= 1;
    if (q < 0 || (lineEnd !== -1 && lineEnd <= q)) continue;
    const rest = title.slice(p + 1);
    return { headline: title.slice(0, q + 1), site: rest.trimStart() || rest.slice(-1) };
  }
  return undefined;
}

/** Splits "Headline | Site name" (or " - ", " – ", " — ") into its parts; `site` is '' when there is none. */
function splitTitle(title: string): { headline: string; site: string } {
  const parts = titleParts(title);
  if (!parts || parts.site.length > MAX_SITE_NAME || parts.headline.length < parts.site.length)
    return { headline: title, site: '' };
  return { headline: parts.headline, site: parts.site.trim() };
}

/**
 * Reads the article's metadata. `body` is the article's container, searched first for the h1 headline and the
 * <time datetime> used when the head gives no title or date. Every field is '' when the page does not say.
 */
export function readMetadata(doc: Document, body: Element | null): ArticleMetadata {
  const inBodyFirst = (selector: string) => body?.querySelector(selector) ?? doc.querySelector(selector);
  const ld = jsonLdArticle(doc);
  const tags = metaTags(doc);
  const head = doc.head ?? doc;
  const pageUrl = typeof doc.URL === 'string' ? doc.URL : '';
  const documentTitle = clean(head.querySelector('title')?.textContent);

  const publisher =
    metaContent(tags, ['og:site_name', 'publisher', 'article:publisher', 'application-name']).replace(
      /^https?:\/\/\S*$/,
      '',
    ) ||
    jsonString(ld?.publisher) ||
    splitTitle(documentTitle).site;

  const title =
    metaContent(tags, ['og:title', 'twitter:title']) ||
    jsonString(ld?.headline) ||
    clean(inBodyFirst('h1')?.textContent) ||
    splitTitle(documentTitle).headline;

  const href =
    clean(head.querySelector('link[rel="canonical"]')?.getAttribute('href')) ||
    metaContent(tags, ['og:url']) ||
    jsonString(ld?.url) ||
    (/^https?:/.test(pageUrl) ? pageUrl : '');

  const dateText =
    metaContent(tags, [
      'article:published_time',
      'datePublished',
      'date',
      'pubdate',
      'publishdate',
      'dc.date',
      'DC.date.issued',
      'parsely-pub-date',
    ]) ||
    jsonString(ld?.datePublished) ||
    clean(doc.querySelector('[itemprop="datePublished"]')?.getAttribute('datetime')) ||
    clean(inBodyFirst('time[datetime]')?.getAttribute('datetime'));
  const url = href ? absoluteUrl(href, pageUrl) : '';
  const publishedAt =
    isoDate(dateText) || (body && bylineDate(body)) || bylineDate(doc) || urlDate(url) || urlDate(pageUrl);

  return { title, url, publisher, publishedAt };
}
