/**
 * The script every http(s) page gets at document_idle (page-gate.js; see parts.ts). It decides cheaply whether
 * the page holds an article and touches no extension API until then: the annotator part, and with it the
 * tab-message listeners, is loaded only when
 *  - the page passes the gate: now, at one of two later looks (articles rendered by script arrive late), or
 *    after an in-page navigation;
 *  - the reader opens the context menu on a selection, so the menu's "Check selection" and "Add selection"
 *    find the page listening (the background also injects the part into a page without it: messaging/to-page).
 * Once the page has an article, the session (main.ts) takes over and this script stops watching. In Chrome a
 * script whose extension went away keeps running: its next look finds the extension gone and stops.
 *
 * nb. Content script only.
 */
import { send } from '../messaging/content-channel';
import { extensionAlive, PageContext } from './context';
import { contentWorld, loadPart } from './parts';

export interface EveryPageOptions {
  /** Delays before the gate is tried again on a page that did not look like an article yet. */
  gateRetriesMs?: number[];
  /** Delay between an in-page navigation and the next look (the new page renders first). */
  navigationDelayMs?: number;
  /** Interval of the URL check where the browser has no Navigation API. */
  navigationPollMs?: number;
  /** Loads the annotator part and attaches it; `article` when the page passed the gate (tests stand in). */
  attach?: (article: boolean) => Promise<void>;
  /** Whether the extension is still there (tests stand in). */
  alive?: () => boolean;
}

/**
 * Loads the annotator part, which attaches itself when it first runs, and has it look at the page. For an
 * article, asks for the settings first: the answer comes while the part loads.
 */
async function attachPart(article: boolean): Promise<void> {
  const world = contentWorld();
  if (article && !world.settings) {
    world.settings = send('getSettings');
    world.settings.catch(() => undefined); // The annotator's own call gets the failure.
  }
  try {
    const attach = await loadPart('annotator');
    attach();
  } catch (error) {
    world.settings = undefined;
    throw error;
  }
}

/** Watches the page until it shows an article; returns the watch's context (invalidate it to stop). */
export function watchPage(
  doc: Document,
  gate: (doc: Document) => boolean,
  options: EveryPageOptions = {},
): PageContext {
  const win = doc.defaultView!;
  // No extension API here: the context's timers do not ask whether the extension is still there.
  const ctx = new PageContext(() => true);
  const alive = options.alive ?? extensionAlive;
  const attach = options.attach ?? attachPart;
  let article = false;
  let listening = false;

  /** Loads the part; null when the extension is gone (the watch then stops). */
  const connect = (forArticle: boolean): Promise<void> | null => {
    if (!alive()) {
      ctx.invalidate();
      return null;
    }
    return attach(forArticle);
  };

  const look = () => {
    if (article || !ctx.isValid || !gate(doc)) return;
    article = true;
    connect(true)?.then(
      () => ctx.invalidate(), // The session watches the page from now on.
      () => {
        article = false; // The part could not load; a later look tries again.
      },
    );
  };

  look();
  // nb. Registered on an article page too: the context's invalidation, once the part is attached, removes them.
  for (const delay of options.gateRetriesMs ?? [1500, 4000]) ctx.setTimeout(look, delay);
  ctx.onNavigation(win, () => ctx.setTimeout(look, options.navigationDelayMs ?? 400), options.navigationPollMs);
  ctx.addEventListener(
    doc,
    'contextmenu',
    () => {
      if (listening || article || !doc.getSelection()?.toString().trim()) return;
      listening = true;
      connect(false)?.catch(() => {
        listening = false;
      });
    },
    { capture: true, passive: true },
  );
  return ctx;
}
