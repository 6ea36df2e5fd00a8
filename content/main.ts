/**
 * ClaimLens's session on one page: the entry of the annotator part (page-annotator.js; see parts.ts). The
 * part attaches itself when it runs, which happens when the every-page script found an article or saw the
 * reader open the context menu on a selection (it imports the part), or when the background injected the part
 * to deliver a message to a page without it (a check result, a notice, "Add this page"; messaging/to-page).
 *
 * A session answers the background's tab messages, runs the page's schedule of looks from then on (looks.ts;
 * the every-page script's watch ends), and starts the annotator at the first look that sees an article. There
 * is one session per page: attaching again returns the current one, and a session of an extension that went
 * away (reloaded, updated) is replaced. Invalidating its context removes its listeners and everything the
 * annotator added.
 *
 * nb. Content script only.
 */
import { looksLikeArticle } from '../lib/extract/gate';
import { listen, send } from '../messaging/content-channel';
import type { Settings } from '../messaging/protocol';
import { createPageAnnotator, type PageAnnotatorFactory } from './annotator-part';
import { PageContext } from './context';
import { BADGE_TAG, POPOVER_TAG } from './contract';
import { type LookSchedule, type PageLook, scheduleLooks } from './looks';
import { isOwnHost } from './owner';
import { contentWorld, loadPart } from './parts';
import type { PageUi } from './ui';

export interface PageSession {
  readonly ctx: PageContext;
  /** Looks at the page now, outside the schedule (a refresh before the annotator started). */
  look(): Promise<void>;
}

/** Stand-ins for tests. */
export interface AttachOptions {
  doc?: Document;
  /** The cheap "is this an article?" check. */
  gate?: (doc: Document) => boolean;
  ctx?: PageContext;
  createPageAnnotator?: PageAnnotatorFactory;
  loadUi?: () => Promise<PageUi>;
  looks?: Partial<LookSchedule>;
}

/**
 * Removes the badges and popover an earlier instance left in the page. Firefox keeps the nodes of a content
 * script whose add-on was reloaded or updated, and injects the new instance into the open tab; in Chrome an
 * orphaned instance removes its own within seconds, and a new one may come first. Elements of the same name
 * that the page made are left alone (owner.ts).
 */
function removeLeftovers(doc: Document): void {
  for (const node of doc.querySelectorAll(`${BADGE_TAG}, ${POPOVER_TAG}`)) if (isOwnHost(node)) node.remove();
}

/**
 * Attaches ClaimLens to the page, taking over the schedule of looks from the every-page script (and the look it
 * left in the world, if any); returns the page's live session when there is one.
 */
export function attachToPage(options: AttachOptions = {}): PageSession {
  const world = contentWorld();
  const handed = world.look;
  world.look = undefined;
  const current = world.session;
  if (current?.ctx.isValid) return current;
  world.watch?.invalidate();
  const doc = options.doc ?? document;
  removeLeftovers(doc);
  const gate = options.gate ?? looksLikeArticle;
  const ctx = options.ctx ?? new PageContext();
  /** Settings the every-page script asked for while this part loaded, handed to the annotator's first call. */
  let early: Promise<Settings> | null = world.settings ?? null;
  world.settings = undefined;
  const getSettings = () => {
    const settings = early ?? send('getSettings');
    early = null;
    return settings;
  };
  const page = (options.createPageAnnotator ?? createPageAnnotator)({
    doc,
    ctx,
    send,
    looksLikeArticle: gate,
    loadUi: options.loadUi ?? (() => loadPart('ui')),
    getSettings,
  });

  let started = false;
  /** What a look saw: starts the annotator at the first article, and tells it of in-page navigations. */
  const see = async ({ article, navigated }: PageLook) => {
    if (!ctx.isValid) return;
    if (started) {
      if (navigated) page.annotator.navigated(article);
      return;
    }
    if (!article) return;
    started = true;
    try {
      await page.annotator.start(article);
    } catch {
      started = false; // A later look tries again.
    }
  };
  const look = () => see({ article: gate(doc), navigated: false });

  const listeners = [
    listen('refresh', async () => {
      if (started) await page.annotator.refresh();
      else await look();
    }),
    listen('showAnnotation', async ({ index }) => started && page.annotator.showAnnotation(index)),
    listen('showCheckResult', ({ text, annotation }) => page.annotator.showCheckResult(text, annotation)),
    listen('showNotice', ({ message }) => page.annotator.showNotice(message)),
    listen('extractPage', () => page.pageArticle()),
  ];
  const session: PageSession = { ctx, look };
  world.session = session;
  ctx.onInvalidated(() => {
    for (const remove of listeners) remove();
    if (world.session === session) world.session = undefined;
  });
  const onLook = (seen: PageLook) => void see(seen);
  scheduleLooks(doc, ctx, { gate, onLook, wantsLaterLooks: () => !started, first: handed }, options.looks);
  return session;
}
