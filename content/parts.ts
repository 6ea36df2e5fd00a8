/**
 * The content script comes in three parts, so that a page pays only for what it uses:
 *  1. `page-gate.js`, on every http(s) page at document_idle (declared in wxt.config.ts): the article gate on
 *     the schedule of looks (looks.ts) and the context-menu watch (every-page.ts). It touches no extension
 *     API until the page has an article or the reader opens the context menu on a selection;
 *  2. `page-annotator.js`, loaded then (or injected by the background into a page without it, see
 *     messaging/to-page.ts): the page's session (main.ts) with its tab-message listeners and the schedule of
 *     looks from then on, extraction, the annotator, anchoring and the mutation watch. It attaches itself as it
 *     runs;
 *  3. `page-ui.js`, loaded only when there is something to show (a badge, the popover): Preact, the badge and
 *     popover components and their stylesheet.
 * Parts 2 and 3 are WXT unlisted scripts (entrypoints/page-*.ts), web-accessible, and loaded with a dynamic
 * `import()` of their extension URL, which runs them in the content script's own (isolated) world. They meet
 * in that world's global object (`contentWorld()`): each part registers its entry there, and the page's
 * session lives there, so a part evaluated twice (imported, then injected) still makes one session.
 *
 * Why (measured in Chromium 156 with `npm run bench -- bundle` and bench/browser-speed.ts):
 *  - one bundle with Preact would be about 39 KB minified, over the 30 KB budget of the every-page script;
 *  - page-gate.js is 4.6 KB; a page with no article compiles only that, an article with nothing to show
 *    25 KB, and Preact comes only where a badge shows;
 *  - script time on a page with no article (median of 15 loads in one run): 7.7–11.6 ms with one bundle, 3.9
 *    with WXT's content-script wrapper around the gate (it reads `chrome.runtime`, which builds the extension
 *    bindings, and posts a message to the page), 2.7 now. What is left: the gate's first run (~0.9 ms, mostly
 *    compiling it), the watch (~0.9 ms: its context, the Navigation API listener) and the two later looks.
 * The UI part is asked for when the background's answer has a verdict to badge, so its load overlaps nothing;
 * it costs a few ms on pages with results, within the noise of document_idle → badges (~100 ms).
 *
 * nb. Content script only (uses the `chrome` extension global when loading).
 */
import type { Settings } from '../messaging/protocol';
import type { PageContext } from './context';
import type { PageLook } from './looks';
import type { PageSession } from './main';
import type { PageUi } from './ui';

/** What each part registers. */
export interface PartMap {
  /** Attaches ClaimLens to the page (main.ts), handing the session the look the every-page script left in the world. */
  annotator: () => PageSession;
  ui: PageUi;
}
export type PartName = keyof PartMap;

/** The built file of each part, as an extension path (see web_accessible_resources in wxt.config.ts). */
export const PART_FILES: Record<PartName, string> = {
  annotator: '/page-annotator.js',
  ui: '/page-ui.js',
};

/**
 * What the parts share in the content script's world (its isolated global object): each part's entry
 * function, the page's session once attached, the every-page script's watch (the session ends it: one schedule
 * of looks per page), and what the every-page script hands the annotator part as it loads it:
 * the look that found the article and the settings it asked for meanwhile.
 */
export interface ContentWorld {
  parts: Partial<PartMap>;
  session?: PageSession;
  watch?: PageContext;
  look?: PageLook;
  settings?: Promise<Settings>;
}

const WORLD = Symbol.for('claimlens.content-world');

export function contentWorld(): ContentWorld {
  const global = globalThis as unknown as Record<symbol, ContentWorld | undefined>;
  let world = global[WORLD];
  if (!world) {
    world = { parts: {} };
    Object.defineProperty(globalThis, WORLD, { value: world });
  }
  return world;
}

const registry = () => contentWorld().parts;

/** Called by a part's entry when its module runs: makes `part` available to `loadPart(name)`. */
export function registerPart<K extends PartName>(name: K, part: PartMap[K]): void {
  registry()[name] = part;
}

/** Loads in flight, so concurrent calls share one. */
const loading = new Map<PartName, Promise<unknown>>();

/**
 * The part `name`, loading it on first use. Concurrent calls share one load; a failed load (the extension
 * reloaded meanwhile) rejects, and the next call tries again.
 */
export function loadPart<K extends PartName>(name: K): Promise<PartMap[K]> {
  const ready = registry()[name];
  if (ready) return Promise.resolve(ready);
  let pending = loading.get(name) as Promise<PartMap[K]> | undefined;
  if (!pending) {
    const url = (
      globalThis as unknown as { chrome: { runtime: { getURL(path: string): string } } }
    ).chrome.runtime.getURL(PART_FILES[name]);
    pending = import(/* @vite-ignore */ url).then(() => {
      const part = registry()[name];
      if (!part) throw new Error(`ClaimLens could not load its ${name} part.`);
      return part;
    });
    loading.set(name, pending);
    // Only loads in flight are kept: once loaded, the registry has the part; after a failure, the next call
    // tries again.
    pending.then(
      () => loading.delete(name),
      () => loading.delete(name),
    );
  }
  return pending;
}
