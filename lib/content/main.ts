/**
 * The every-page part of the content script (see parts.ts): decides cheaply whether the page holds an article,
 * and loads the annotator part only when it does, or when the background asks for something that needs it
 * (a check result or notice to show, "Add this page"). Until then a page costs the gate, two delayed second
 * looks (articles rendered by script arrive late), a message listener and WXT's navigation watch (an in-page
 * navigation may lead to an article). WXT's context removes all of it, and the parts' work, when the
 * extension goes away; a newer instance of the content script invalidates the older one.
 *
 * nb. Content script only.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { listen, send } from '../messaging/content-channel';
import type { Settings } from '../messaging/protocol';
import type { PageAnnotator } from './annotator-part';
import { loadPart } from './parts';

/** Options for tests and benchmarks. */
export interface StartOptions {
  /** Delays before the gate is tried again on a page that did not look like an article yet. */
  gateRetriesMs?: number[];
  /** Delay between an in-page navigation and the next look (the new page renders first). */
  navigationDelayMs?: number;
  /** Loads a part of the content script (tests stand in for the extension's files). */
  load?: typeof loadPart;
}

/**
 * Starts ClaimLens on the page. `gate` is the cheap "is this an article?" check; nothing else runs on a page
 * that never passes it and gets no request from the background.
 */
export function startContentScript(
  ctx: ContentScriptContext,
  gate: (doc: Document) => boolean,
  options: StartOptions = {},
): void {
  const doc = document;
  const load = options.load ?? loadPart;
  let part: Promise<PageAnnotator> | null = null;
  let started = false;
  /** Settings asked for when the page passed the gate, handed to the annotator's first call. */
  let early: Promise<Settings> | null = null;
  const getSettings = () => {
    const settings = early ?? send('getSettings');
    early = null;
    return settings;
  };

  /** The page's annotator, loading the annotator part on first use. */
  const annotatorPart = () => {
    if (!part) {
      part = load('annotator').then((create) =>
        create({ doc, ctx, send, looksLikeArticle: gate, loadUi: () => load('ui'), getSettings }),
      );
      part.catch(() => {
        part = null; // The next request tries again.
      });
    }
    return part;
  };

  /** Starts annotating once the page looks like an article (the annotator then watches the page itself). */
  const look = async () => {
    if (started || !ctx.isValid || !gate(doc)) return;
    started = true;
    // Ask for the settings now: the answer comes while the annotator part loads.
    early = send('getSettings');
    early.catch(() => undefined); // The annotator's own call gets the failure.
    try {
      await (await annotatorPart()).annotator.start();
    } catch {
      started = false; // The part could not load (extension reloaded?); a later look tries again.
    }
  };

  const listeners = [
    listen('refresh', async () => {
      if (started) await (await annotatorPart()).annotator.refresh();
      else await look();
    }),
    listen('showAnnotation', async ({ index }) => started && (await annotatorPart()).annotator.showAnnotation(index)),
    listen('showCheckResult', async ({ text, annotation }) =>
      (await annotatorPart()).annotator.showCheckResult(text, annotation),
    ),
    listen('showNotice', async ({ message }) => (await annotatorPart()).annotator.showNotice(message)),
    listen('extractPage', async () => (await annotatorPart()).pageArticle()),
  ];
  ctx.onInvalidated(() => {
    for (const remove of listeners) remove();
  });

  void look();
  if (started) return;
  for (const delay of options.gateRetriesMs ?? [1500, 4000]) ctx.setTimeout(() => void look(), delay);
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    if (!started) ctx.setTimeout(() => void look(), options.navigationDelayMs ?? 400);
  });
}
