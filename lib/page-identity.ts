/**
 * Which page a URL names, the one rule for it: the URL without its #fragment. A fragment moves within a page (an
 * anchor, or a hash-routed app's view) and does not make another page: the content script scans it as a change of
 * the same page, the background keeps the tab's list across it, and the reader's "not a match" marks hold on it.
 */

/** The page `url` names: the URL without its #fragment. */
export function pageKey(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

/** True when the two URLs name the same page (they differ at most in their #fragment). */
export function samePage(a: string, b: string): boolean {
  return pageKey(a) === pageKey(b);
}
