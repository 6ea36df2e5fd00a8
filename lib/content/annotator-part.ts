/**
 * The annotator part (page-annotator.js): what a page needs once it passes the article gate or the reader asks
 * for something (check a selection, add the page). The every-page script hands it its context, its message
 * sender and the gate, so none of those is bundled twice.
 *
 * nb. Content script only.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { send } from '../messaging/content-channel';
import type { ArticleMeta, Settings } from '../messaging/protocol';
import { type Annotator, createAnnotator } from './annotator';
import { articleBlocks } from './blocks';
import { pageArticle } from './page-article';
import type { PageUi } from './ui';

/** What the every-page script gives the annotator part. */
export interface PageKit {
  doc: Document;
  ctx: ContentScriptContext;
  send: typeof send;
  looksLikeArticle(doc: Document): boolean;
  loadUi(): Promise<PageUi>;
  /** The extension's settings (the every-page script may have asked already, while this part loaded). */
  getSettings(): Promise<Settings>;
}

/** The annotator of one page, and "Add this page"'s reading of it. */
export interface PageAnnotator {
  annotator: Annotator;
  pageArticle(): { meta: ArticleMeta; text: string };
}

export type AnnotatorPart = (kit: PageKit) => PageAnnotator;

/** Creates the page's annotator (not started) from the every-page script's kit. */
export const createPageAnnotator: AnnotatorPart = ({ doc, ctx, send, looksLikeArticle, loadUi, getSettings }) => ({
  annotator: createAnnotator({
    doc,
    ctx,
    annotatePage: (request) => send('annotatePage', request),
    markNotAMatch: (request) => send('markNotAMatch', request),
    getSettings,
    looksLikeArticle,
    extractArticle: (page) => ({ blocks: articleBlocks(page) }),
    loadUi,
  }),
  pageArticle: () => pageArticle(doc),
});
