/**
 * "Add this page" from the popup: the page's article as plain text with what the page says about itself.
 * Lean on purpose (the content script's size budget): the metadata reader of lib/extract stays out of it.
 *
 * nb. Content script only (reads the live document).
 */

import { publishedDate } from '../lib/text/dates';
import type { ArticleMeta } from '../messaging/protocol';
import { articleBlocks } from './blocks';

/** The page's article text (paragraphs separated by blank lines) and its title, publisher, URL and date. */
export function pageArticle(doc: Document): { meta: ArticleMeta; text: string } {
  const text = articleBlocks(doc)
    .map((block) => block.text.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
  if (text === '') throw new Error('This page has no article text that ClaimLens can add.');
  const meta = (name: string) =>
    doc.querySelector(`meta[property="${name}"],meta[name="${name}"]`)?.getAttribute('content')?.trim() ?? '';
  const url = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? doc.location?.href ?? '';
  return {
    meta: {
      title: meta('og:title') || doc.title.trim(),
      publisher: meta('og:site_name'),
      url: /^https?:/.test(url) ? url : '',
      // The page's own date when it is one (a day that exists); otherwise none rather than a refused add.
      publishedAt: publishedDate(/^\d{4}-\d{2}-\d{2}/.exec(meta('article:published_time'))?.[0] ?? '') ?? '',
    },
    text,
  };
}
