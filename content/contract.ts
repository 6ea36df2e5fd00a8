/**
 * How ClaimLens's page UI shows in the page's DOM, shared by the content script and the tests: two custom tag
 * names and nothing else. The hosts carry no attribute and no text; what a badge says lives in its closed shadow
 * root. Tests read what was badged through the extension instead (the tab's page summary: README, "Browser
 * tests").
 */

/** Tag names of the hosts (custom names, so page rules for `span`, `div`, `button` do not match them). */
export const BADGE_TAG = 'claimlens-badge';
export const POPOVER_TAG = 'claimlens-popover';

/** True for a node ClaimLens put into the page (a badge or popover host). */
export function isOwnNode(node: Node): boolean {
  return (
    node.nodeType === 1 && ((node as Element).localName === BADGE_TAG || (node as Element).localName === POPOVER_TAG)
  );
}
