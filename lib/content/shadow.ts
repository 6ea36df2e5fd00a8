/**
 * Host elements with an open shadow root that holds ClaimLens's UI: page CSS cannot reach inside, ours cannot
 * leak out. Every root shares one stylesheet: a constructed CSSStyleSheet adopted by all roots where the
 * browser allows it, else a <style> element with the same text (no fetch either way).
 *
 * nb. Uses the DOM of the document it is given (content script only).
 */
import CONTENT_CSS from '@/components/content/content.css?inline';

const sheets = new WeakMap<Document, CSSStyleSheet | null>();

/** The shared constructed stylesheet for `doc`, or null where constructed sheets are unavailable. */
function sharedSheet(doc: Document): CSSStyleSheet | null {
  if (sheets.has(doc)) return sheets.get(doc) ?? null;
  let sheet: CSSStyleSheet | null = null;
  try {
    const Sheet = doc.defaultView?.CSSStyleSheet;
    if (Sheet && 'replaceSync' in Sheet.prototype) {
      sheet = new Sheet();
      sheet.replaceSync(CONTENT_CSS);
    }
  } catch {
    sheet = null;
  }
  sheets.set(doc, sheet);
  return sheet;
}

/** Gives `root` the shared styles: adopts the shared sheet, or falls back to a <style> element. */
function styleRoot(root: ShadowRoot, doc: Document): void {
  const sheet = sharedSheet(doc);
  if (sheet) {
    try {
      root.adoptedStyleSheets = [sheet];
      if (root.adoptedStyleSheets.length === 1) return;
    } catch {
      // nb. Some engines refuse sheets adopted from a content script's world; use a <style> element then.
    }
  }
  const style = doc.createElement('style');
  style.textContent = CONTENT_CSS;
  root.appendChild(style);
}

const shown = new WeakMap<Document, boolean>();

/**
 * Whether the content script's sheet (public/page-gate.css) is in `doc`: it shows hosts whose inline style
 * hides them. It is not in a page the background injected the script into (lib/messaging/to-page.ts).
 */
function sheetShows(doc: Document, tag: string): boolean {
  const known = shown.get(doc);
  if (known !== undefined) return known;
  const probe = doc.createElement(tag);
  probe.style.cssText = 'display:none';
  (doc.body ?? doc.documentElement).appendChild(probe);
  // nb. Not "=== 'inline'": a flex or grid container (the body, on some pages) makes its children block.
  const present = (doc.defaultView?.getComputedStyle(probe).display ?? 'none') !== 'none';
  probe.remove();
  shown.set(doc, present);
  return present;
}

/**
 * A new host element `tag` with an open, styled shadow root, and the element inside it to render into (Preact
 * owns that element's children, so a fallback <style> beside it stays). The host resets inherited page styles
 * except font size and line height (so badges scale with the text they follow) and is inline: through the
 * content script's sheet where the page has it, so that the host hides when that sheet goes (the add-on turned
 * off in Firefox, see public/page-gate.css).
 */
export function createShadowHost(doc: Document, tag: string): { host: HTMLElement; root: ShadowRoot; mount: Element } {
  const host = doc.createElement(tag);
  const display = sheetShows(doc, tag) ? 'none' : 'inline';
  host.style.cssText = `all:initial;display:${display};font-size:inherit;line-height:inherit`;
  const root = host.attachShadow({ mode: 'open' });
  styleRoot(root, doc);
  const mount = root.appendChild(doc.createElement('span'));
  return { host, root, mount };
}
