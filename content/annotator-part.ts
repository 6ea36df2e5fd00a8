/**
 * The annotator of one page and "Add this page"'s reading of it, built from what the session (main.ts)
 * gives it: the page's context, the message sender, the gate and the UI part's loader (stand-ins in tests).
 *
 * nb. Content script only.
 */

import { articleBlocks } from '../lib/extract/article';
import type { send } from '../messaging/content-channel';
import type { ArticleMeta, Settings } from '../messaging/protocol';
import { type Annotator, createAnnotator } from './annotator';
import type { PageContext } from './context';
import { pageArticle } from './page-article';
import type { PageUi } from './ui';

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
    extractArticle: (page) => ({ blocks: articleBlocks(page) }),
    loadUi,
  }),
  pageArticle: () => pageArticle(doc),
});
