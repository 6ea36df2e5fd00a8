/**
 * "Add this page" from the popup: the page's article as plain text with what the page says about itself, read
 * by the extractor itself (lib/extract), so the popup adds what the CLI would read from the same page.
 *
 * nb. Content script only (reads the live document).
 */

import { extractArticle } from '../lib/extract/article';
import type { ArticleMeta } from '../messaging/protocol';

/** The page's article text (paragraphs separated by blank lines) and its title, publisher, URL and date. */
export function pageArticle(doc: Document): { meta: ArticleMeta; text: string } {
  const { blocks, title, publisher, url, publishedAt } = extractArticle(doc);
  const text = blocks
    .map((block) => block.text.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
  if (text === '') throw new Error('This page has no article text that ClaimLens can add.');
  // The store keeps web addresses only: a relative canonical link on a page of unknown address is none.
  return { meta: { title, publisher, url: /^https?:/.test(url) ? url : '', publishedAt }, text };
}
