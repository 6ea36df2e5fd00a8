/**
 * The article body of an HTML document, as text blocks with the elements they come from, plus its metadata.
 * Runs on the live page (content script) and on linkedom documents (CLI, tests): it only reads the document,
 * never changes it, and uses no browser globals.
 */

import type { TextBlock } from '../types';
import { collectBlocks } from './blocks';
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

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Extracts the article: metadata and the body's blocks, ids 'b0', 'b1', ... in document order (the same ids for
 * the same document). Leaves out navigation, headers, footers, sidebars, promos, captions, bylines, comments,
 * forms, link lists and the h1 headline. A page without an article gives few or no blocks; ask `looksLikeArticle`
 * first to avoid the work.
 */
export function extractArticle(doc: Document): ArticleExtract {
  if (!doc.documentElement) return { title: '', url: '', publisher: '', publishedAt: '', blocks: [] };
  const roots = findArticleRoots(doc);
  const metadata = readMetadata(doc, roots[0] ?? null);
  const title = normalise(metadata.title);
  const blocks = collectBlocks(roots)
    .filter(({ element, text }) => !(isSubhead(element) && normalise(text) === title))
    .map(({ element, text }, index) => ({ id: `b${index}`, text, element }));
  return { ...metadata, blocks };
}
