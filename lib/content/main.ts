/**
 * Wires the annotator to the extension: messages to the background, tab messages from it, the extractor,
 * and WXT's context (its invalidation removes every badge, listener and timer; a newer instance of the
 * content script, after an extension reload, invalidates the older one, which then removes its badges).
 *
 * nb. Content script only.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { listen, send } from '../messaging/content-channel';
import { createAnnotator } from './annotator';
import { articleBlocks } from './blocks';
import { pageArticle } from './page-article';

/**
 * Starts ClaimLens on the page. `gate` is the cheap "is this an article?" check, passed in so that the
 * extractor is only evaluated on pages that pass it.
 */
export function startContentScript(ctx: ContentScriptContext, gate: (doc: Document) => boolean): void {
  const annotator = createAnnotator({
    doc: document,
    ctx,
    annotatePage: (request) => send('annotatePage', request),
    markNotAMatch: (request) => send('markNotAMatch', request),
    getSettings: () => send('getSettings'),
    looksLikeArticle: gate,
    extractArticle: (doc) => ({ blocks: articleBlocks(doc) }),
  });
  const listeners = [
    listen('refresh', () => annotator.refresh()),
    listen('showAnnotation', ({ index }) => annotator.showAnnotation(index)),
    listen('showCheckResult', ({ text, annotation }) => annotator.showCheckResult(text, annotation)),
    listen('showNotice', ({ message }) => annotator.showNotice(message)),
    listen('extractPage', () => pageArticle(document)),
  ];
  ctx.onInvalidated(() => {
    for (const remove of listeners) remove();
  });
  void annotator.start();
}
