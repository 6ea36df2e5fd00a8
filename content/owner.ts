/**
 * Telling ClaimLens's own hosts from look-alikes a page made. The hosts carry nothing the page can read, so the
 * mark is inside their closed shadow root: the element Preact renders into holds the extension's base URL,
 * which stays the same when the extension reloads (Firefox keeps an earlier instance's nodes in the page). Only
 * a content script can open a closed root (`openOrClosedShadowRoot` in Firefox, `chrome.dom` in Chrome), so a
 * `<claimlens-badge>` a page made is never taken for one of ours, and never removed (which would tell the page
 * ClaimLens is there).
 *
 * nb. Content script only.
 */

/** The attribute, inside a host's closed root, that holds the owner mark. */
export const OWNER_ATTR = 'data-owner';

interface ExtensionDom {
  chrome?: {
    runtime?: { getURL?(path: string): string };
    dom?: { openOrClosedShadowRoot?(element: Element): ShadowRoot | null };
  };
}

/** This extension's base URL ('' outside an extension, as in unit tests). */
export function ownerMark(): string {
  try {
    return (globalThis as ExtensionDom).chrome?.runtime?.getURL?.('/') ?? '';
  } catch {
    return '';
  }
}

/** The shadow root of `host`, open or closed, where the browser shows closed roots to content scripts. */
function anyShadowRoot(host: Element): ShadowRoot | null {
  const firefox = (host as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot;
  if (firefox !== undefined) return firefox;
  try {
    return (globalThis as ExtensionDom).chrome?.dom?.openOrClosedShadowRoot?.(host) ?? null;
  } catch {
    return null;
  }
}

/** True when `host` is a badge or popover host made by this extension (this instance or an earlier one). */
export function isOwnHost(host: Element): boolean {
  const root = anyShadowRoot(host);
  const mark = root?.mode === 'closed' ? root.lastElementChild?.getAttribute(OWNER_ATTR) : null;
  return mark != null && mark === ownerMark();
}
