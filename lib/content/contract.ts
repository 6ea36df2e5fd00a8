/**
 * The DOM contract of ClaimLens's page UI, shared by the content script and the tests: the attributes on
 * badge hosts and on the open popover's host, and how to tell ClaimLens's own nodes from the page's.
 */

/** On each badge host (value ""). */
export const BADGE_ATTR = 'data-claimlens-badge';
/** On each badge host: corroborated | conflicting | mixed. */
export const STATUS_ATTR = 'data-status';
/** On each badge host: the page sentence it annotates. */
export const CLAIM_TEXT_ATTR = 'data-claim-text';
/** On the open popover's host (present only while it is open). */
export const POPOVER_ATTR = 'data-claimlens-popover';
/** Tag names of the hosts (custom names, so page rules for `span`, `div`, `button` do not match them). */
export const BADGE_TAG = 'claimlens-badge';
export const POPOVER_TAG = 'claimlens-popover';

/** True for a node ClaimLens put into the page (a badge or popover host). */
export function isOwnNode(node: Node): boolean {
  return (
    node.nodeType === 1 && ((node as Element).localName === BADGE_TAG || (node as Element).localName === POPOVER_TAG)
  );
}
