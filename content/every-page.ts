/**
 * The script every http(s) page gets at document_idle (page-gate.js; see parts.ts). It decides cheaply whether
 * the page holds an article and touches no extension API until then: the annotator part, and with it the
 * tab-message listeners, is loaded only when
 *  - a look on the schedule of looks (looks.ts: at load, two later looks, after an in-page navigation) finds an
 *    article: the look is handed to the part, so the gate does not run again for it;
 *  - the reader opens the context menu on a selection, so the menu's "Check selection" and "Add selection"
 *    find the page listening (the background also injects the part into a page without it: messaging/to-page).
 * Once the part is attached, its session (main.ts) runs the schedule of looks and this script stops. In Chrome a
 * script whose extension went away keeps running: its next look that finds an article finds the extension gone,
 * and stops.
 *
 * nb. Content script only.
 */
import { send } from '../messaging/content-channel';
import { extensionAlive, PageContext } from './context';
import { type LookSchedule, type PageLook, scheduleLooks } from './looks';
import { contentWorld, loadPart } from './parts';

export interface EveryPageOptions extends Partial<LookSchedule> {
  /**
   * Loads the annotator part and attaches it, handing it `look` when a look found an article (none when the
   * reader opened the context menu). Tests stand in.
   */
  attach?: (look?: PageLook) => Promise<void>;
  /** Whether the extension is still there (tests stand in). */
  alive?: () => boolean;
}

/**
 * Loads the annotator part, which attaches itself when it first runs, and hands it the look. For an article,
 * asks for the settings first: the answer comes while the part loads.
 */
async function attachPart(look?: PageLook): Promise<void> {
  const world = contentWorld();
  if (look && !world.settings) {
    world.settings = send('getSettings');
    world.settings.catch(() => undefined); // The annotator's own call gets the failure.
  }
  world.look = look;
  try {
    const attach = await loadPart('annotator');
    attach();
  } catch (error) {
    world.settings = undefined;
    world.look = undefined;
    throw error;
  }
}

/** Watches the page until it shows an article; returns the watch's context (invalidate it to stop). */
export function watchPage(
  doc: Document,
  gate: (doc: Document) => boolean,
  options: EveryPageOptions = {},
): PageContext {
  // No extension API here: the context's timers do not ask whether the extension is still there.
  const ctx = new PageContext(() => true);
  // The session ends this watch when it attaches, however it came (main.ts): one schedule of looks per page.
  contentWorld().watch = ctx;
  const alive = options.alive ?? extensionAlive;
  const attach = options.attach ?? attachPart;
  /** A load of the part in flight (one at a time). */
  let attaching = false;

  /** Loads the part; stops the watch when the extension is gone, and once the part took over. */
  const connect = (look?: PageLook) => {
    if (attaching || !ctx.isValid) return;
    if (!alive()) {
      ctx.invalidate();
      return;
    }
    attaching = true;
    attach(look).then(
      () => ctx.invalidate(), // The session looks at the page from now on.
      () => {
        attaching = false; // The part could not load; a later look or menu tries again.
      },
    );
  };

  // Later looks stay wanted until the part is attached, which ends this watch (a failed load tries again).
  const onLook = (look: PageLook) => {
    if (look.article) connect(look);
  };
  scheduleLooks(doc, ctx, { gate, onLook }, options);
  ctx.addEventListener(
    doc,
    'contextmenu',
    () => {
      if (doc.getSelection()?.toString().trim()) connect();
    },
    { capture: true, passive: true },
  );
  return ctx;
}
