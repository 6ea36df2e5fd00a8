/**
 * Host elements with a closed shadow root that holds ClaimLens's UI: page CSS and page scripts cannot reach
 * inside, ours cannot leak out. Every root shares one stylesheet: a constructed CSSStyleSheet adopted by all
 * roots where the browser allows it, else a <style> element with the same text (no fetch either way).
 *
 * nb. Uses the DOM of the document it is given (content script only).
 */
import CONTENT_CSS from '@/content/ui/content.css?inline';
import { OWNER_ATTR, ownerMark } from './owner';

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

/**
 * A new host element `tag` with a closed, styled shadow root, and the element inside it to render into (Preact
 * owns that element's children, so a fallback <style> beside it stays). The root is returned to the caller
 * only: with `mode: 'closed'` the host's `shadowRoot` is null in every world, so a page script can neither read
 * the verdict and reference text nor reach the buttons. The host's own look is its inline style (no stylesheet
 * in the page that a page-made `<claimlens-badge>` could reveal ClaimLens by): it resets inherited page styles
 * except font size and line height, so badges scale with the text they follow, and is inline. The element to
 * render into carries the owner mark (owner.ts).
 */
export function createShadowHost(doc: Document, tag: string): { host: HTMLElement; root: ShadowRoot; mount: Element } {
  const host = doc.createElement(tag);
  host.style.cssText = 'all:initial;display:inline;font-size:inherit;line-height:inherit';
  const root = host.attachShadow({ mode: 'closed' });
  styleRoot(root, doc);
  const mount = root.appendChild(doc.createElement('span'));
  mount.setAttribute(OWNER_ATTR, ownerMark());
  return { host, root, mount };
}
