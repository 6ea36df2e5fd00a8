/**
 * The annotator of one page and "Add this page"'s reading of it, built from what the session (main.ts)
 * gives it: the page's context, the message sender, the gate and the UI part's loader (stand-ins in tests).
 *
 * nb. Content script only.
 */

import { articleBlocks, articleMetadata } from '../lib/extract/article';
import type { CollectedBlock } from '../lib/extract/blocks';
import { findArticleRoots } from '../lib/extract/container';
import { LIMITS } from '../lib/limits';
import type { send } from '../messaging/content-channel';
import type { ArticleMeta, Settings } from '../messaging/protocol';
import { type Annotator, createAnnotator } from './annotator';
import type { PageContext } from './context';
import { pageArticle } from './page-article';
import type { PageUi } from './ui';

/**
 * The page's publication date and headline, read once per address: the head and byline do not change as the page
 * grows, and JSON-LD is parsed only once. Read as the CLI reads them (articleMetadata, with the article's
 * container), and sent with the blocks so the background can tell an update from a conflict and which story the
 * page reports.
 */
let dated: { url: string; publishedAt: string; title: string } | undefined;
function headOf(page: Document, roots: readonly Element[]): { publishedAt: string; title: string } {
  const url = typeof page.URL === 'string' ? page.URL : '';
  if (dated?.url !== url) {
    const { publishedAt, title } = articleMetadata(page, roots);
    // A headline longer than a message may carry is cut, not sent whole: the background would refuse the page.
    dated = { url, publishedAt, title: title.slice(0, LIMITS.title) };
  }
  return dated;
}

/** What the annotator reads of the page: the article's blocks, date and headline, from one search for the article. */
export function annotatedArticle(page: Document): { blocks: CollectedBlock[]; publishedAt: string; title: string } {
  const roots = page.documentElement ? findArticleRoots(page) : [];
  const { publishedAt, title } = headOf(page, roots);
  return { blocks: articleBlocks(page, roots), publishedAt, title };
}

/** What the session gives the page's annotator. */
export interface PageKit {
  doc: Document;
  ctx: PageContext;
  send: typeof send;
  looksLikeArticle(doc: Document): boolean;
  loadUi(): Promise<PageUi>;
  /** The extension's settings (the every-page script may have asked already, while the part loaded). */
  getSettings(): Promise<Settings>;
}

/** The annotator of one page, and "Add this page"'s reading of it. */
export interface PageAnnotator {
  annotator: Annotator;
  pageArticle(): { meta: ArticleMeta; text: string };
}

export type PageAnnotatorFactory = (kit: PageKit) => PageAnnotator;

/** Creates the page's annotator (not started). */
export const createPageAnnotator: PageAnnotatorFactory = ({
  doc,
  ctx,
  send,
  looksLikeArticle,
  loadUi,
  getSettings,
}) => ({
  annotator: createAnnotator({
    doc,
    ctx,
    annotatePage: (request) => send('annotatePage', request),
    markNotAMatch: (request) => send('markNotAMatch', request),
    reportBadges: (request) => send('reportBadges', request),
    getSettings,
    looksLikeArticle,
    extractArticle: annotatedArticle,
    loadUi,
  }),
  pageArticle: () => pageArticle(doc),
});
