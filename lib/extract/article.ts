/**
 * The article body of an HTML document, as text blocks with the elements they come from, plus its metadata.
 * Runs on the live page (content script) and on linkedom documents (CLI, tests): it only reads the document,
 * never changes it, and uses no browser globals.
 *
 * Two entries, one extraction: `articleBlocks` is what the content script sends (it reads no metadata, which
 * the annotator does not need), and `extractArticle` is the same blocks with ids and the page's metadata.
 */

import type { TextBlock } from '../types';
import { type CollectedBlock, collectBlocks } from './blocks';
import { findArticleRoots } from './container';
import { type ArticleMetadata, readMetadata } from './metadata';
import { isSubhead } from './paragraphs';

/** One block of article text. `text` is exactly the concatenated data of the block's text nodes (see `blockText`). */
export interface ArticleBlock extends TextBlock {
  element: Element;
}

export interface ArticleExtract extends ArticleMetadata {
  blocks: ArticleBlock[];
}

const normalise = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The headline as the page states it, normalised: its h1, Open Graph and Twitter titles and document title. Read
 * from a few elements rather than through the metadata reader, so that the content script stays lean.
 */
function headlines(doc: Document): Set<string> {
  const meta = (key: string) =>
    doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
  const stated = [doc.querySelector('h1')?.textContent, meta('og:title'), meta('twitter:title'), doc.title];
  return new Set(stated.map(normalise).filter(Boolean));
}

/**
 * The article body's blocks with their elements, in document order: the leaf blocks of the article's
 * container(s) outside furniture, minus a subhead that repeats the headline. `roots` are the containers when
 * the caller already found them.
 */
export function articleBlocks(doc: Document, roots?: Element[]): CollectedBlock[] {
  if (!doc.documentElement) return [];
  const titles = headlines(doc);
  return collectBlocks(roots ?? findArticleRoots(doc)).filter(
    ({ element, text }) => !(isSubhead(element) && titles.has(normalise(text))),
  );
}

/**
 * The page's metadata read with its article's container (`roots`, from findArticleRoots): a headline, <time> or
 * byline/dateline date in the article's body comes before one elsewhere on the page (a teaser's date in a
 * sidebar). The one way a page is dated, by the CLI and "Add this page" (extractArticle) and by the content
 * script's annotator alike, so that the extension and the CLI place a page's figures at the same date.
 */
export function articleMetadata(doc: Document, roots: readonly Element[]): ArticleMetadata {
  return readMetadata(doc, roots[0] ?? null);
}

/**
 * Extracts the article: metadata and the body's blocks (`articleBlocks`), ids 'b0', 'b1', ... in document order
 * (the same ids for the same document). Leaves out navigation, headers, footers, sidebars, promos, captions,
 * bylines, comments, forms, link lists and the h1 headline. A page without an article gives few or no blocks;
 * ask `looksLikeArticle` first to avoid the work.
 */
export function extractArticle(doc: Document): ArticleExtract {
  if (!doc.documentElement) return { title: '', url: '', publisher: '', publishedAt: '', blocks: [] };
  const roots = findArticleRoots(doc);
  const metadata = articleMetadata(doc, roots);
  const blocks = articleBlocks(doc, roots).map(({ element, text }, index) => ({ id: `b${index}`, text, element }));
  return { ...metadata, blocks };
}
