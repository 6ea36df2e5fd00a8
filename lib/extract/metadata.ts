/**
 * Article metadata from the document head: title, canonical URL, publisher and publication date, from
 * Open Graph / article meta tags, JSON-LD, <link rel=canonical>, <time datetime> and <title>, in that order.
 */

export interface ArticleMetadata {
  title: string;
  url: string;
  publisher: string;
  /** ISO date (YYYY-MM-DD) or '' when unknown. */
  publishedAt: string;
}

/** JSON-LD types that describe an article. */
const ARTICLE_TYPE = /Article|BlogPosting|NewsArticle|Report/;

type JsonObject = Record<string, unknown>;

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** Content of the first meta tag with one of these property/name/itemprop values that is not empty. */
function metaContent(doc: Document, keys: string[]): string {
  for (const key of keys) {
    const meta = doc.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const content = clean(meta?.getAttribute('content'));
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
    const queue: unknown[] = [data];
    while (queue.length > 0) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item);
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
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const time = Date.parse(text);
  if (text.length < 8 || Number.isNaN(time)) return '';
  const date = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** `href` made absolute against the document's own URL when that is known; relative links stay as written. */
function absoluteUrl(href: string, base: string): string {
  try {
    return new URL(href, /^https?:/.test(base) ? base : undefined).href;
  } catch {
    return href;
  }
}

/** Title without a trailing " | Site name" (or " - Site", " — Site") part, when the rest is the longer part. */
function withoutSiteSuffix(title: string): string {
  const match = /^(.*\S)\s+[|–—-]\s+([^|–—]+)$/.exec(title);
  return match && match[1].length >= match[2].length ? match[1] : title;
}

/**
 * Reads the article's metadata. `headline` is the page's own headline element (the h1 of the article), used
 * when no meta title is given. Every field is '' when the page does not say.
 */
export function readMetadata(doc: Document, headline: Element | null): ArticleMetadata {
  const ld = jsonLdArticle(doc);
  const pageUrl = typeof doc.URL === 'string' ? doc.URL : '';
  const documentTitle = clean(doc.querySelector('title')?.textContent);

  const publisher =
    metaContent(doc, ['og:site_name', 'publisher', 'article:publisher', 'application-name']).replace(
      /^https?:\/\/\S*$/,
      '',
    ) ||
    jsonString(ld?.publisher) ||
    (documentTitle.split(/\s+[|–—]\s+/).length > 1 ? clean(documentTitle.split(/\s+[|–—]\s+/).at(-1)) : '');

  const title =
    metaContent(doc, ['og:title', 'twitter:title']) ||
    jsonString(ld?.headline) ||
    clean(headline?.textContent) ||
    withoutSiteSuffix(documentTitle);

  const href =
    clean(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')) ||
    metaContent(doc, ['og:url']) ||
    jsonString(ld?.url) ||
    (/^https?:/.test(pageUrl) ? pageUrl : '');

  const dateText =
    metaContent(doc, [
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
    clean(doc.querySelector('time[datetime]')?.getAttribute('datetime'));

  return { title, url: href ? absoluteUrl(href, pageUrl) : '', publisher, publishedAt: isoDate(dateText) };
}
