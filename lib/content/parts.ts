/**
 * The content script comes in three parts, so that a page pays only for what it uses:
 *  1. `content-scripts/content.js`, on every page at document_idle: the article gate, the tab-message
 *     listeners and the navigation watch (about 9 KB minified);
 *  2. `page-annotator.js`, loaded once a page passes the gate (or the reader asks for something): extraction,
 *     the annotator, anchoring and the mutation watch;
 *  3. `page-ui.js`, loaded only when there is something to show (a badge, the popover): Preact, the badge and
 *     popover components and their stylesheet.
 * Parts 2 and 3 are WXT unlisted scripts (entrypoints/page-*.ts), web-accessible, and loaded with a dynamic
 * `import()` of their extension URL, which runs them in the content script's own (isolated) world. A part
 * registers its factory in a registry on that world's global object; it holds no state of its own, so a
 * module the browser evaluated once serves every later load.
 *
 * Why three parts (measured in Chromium 156 with `npm run bench -- bundle` and bench/browser-speed.ts):
 *  - one bundle with Preact would be about 39 KB minified (29.3 KB before, Preact adds 10.4 KB), over the
 *    30 KB budget; gate | annotator + UI in two parts would still make a 35 KB second part;
 *  - now content.js is 7.0 KB, page-annotator.js 16.4 KB, page-ui.js 19.1 KB (Preact is 10.4 KB of it): a page
 *    with no article compiles 7 KB, an article with nothing to show 23 KB, Preact only where a badge shows;
 *  - script time on a page with no article went from 7.7–11.6 ms to 4.1–6.3 ms (medians of 5, load 3–7;
 *    best of 15: 5.0 → 3.0 ms). What is left: compiling content.js and touching `chrome.runtime` (~0.9 ms),
 *    WXT's ContentScriptContext (~1 ms, built by WXT before main() runs), the gate, the listener and the
 *    second looks (~1.3 ms).
 * The UI part is asked for when the background's answer has a verdict to badge, so its load overlaps nothing;
 * it costs a few ms on pages with results, within the noise of document_idle → badges (~100 ms).
 *
 * nb. Content script only (uses the `chrome` extension global when loading).
 */
import type { AnnotatorPart } from './annotator-part';
import type { PageUi } from './ui';

/** What each part registers. */
export interface PartMap {
  annotator: AnnotatorPart;
  ui: PageUi;
}
export type PartName = keyof PartMap;

/** The built file of each part, as an extension path (see web_accessible_resources in wxt.config.ts). */
export const PART_FILES: Record<PartName, string> = {
  annotator: '/page-annotator.js',
  ui: '/page-ui.js',
};

const REGISTRY = Symbol.for('claimlens.content-parts');

function registry(): Partial<PartMap> {
  const global = globalThis as unknown as Record<symbol, Partial<PartMap> | undefined>;
  let parts = global[REGISTRY];
  if (!parts) {
    parts = {};
    Object.defineProperty(globalThis, REGISTRY, { value: parts });
  }
  return parts;
}

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
