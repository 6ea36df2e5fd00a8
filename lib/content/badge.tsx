/**
 * One badge on the page: a host element (see contract.ts) with a shadow root in which Preact renders the badge
 * button. The host carries the DOM contract's attributes; the sentence goes in as an attribute value, never
 * as markup.
 *
 * nb. Content script only (writes to the page's DOM).
 */

import { render } from 'preact';
import { Badge } from '@/components/content/Badge';
import { BADGE_ATTR, BADGE_TAG, CLAIM_TEXT_ATTR, STATUS_ATTR } from './contract';
import { createShadowHost } from './shadow';
import type { BadgedAnnotation } from './verdict';

export interface BadgeHandle {
  /** The host element inserted into the page. */
  host: HTMLElement;
  annotation: BadgedAnnotation;
  /** Shows whether the badge's popover is open (aria-expanded). */
  setExpanded(expanded: boolean): void;
  /** Moves keyboard focus to the badge's button. */
  focus(): void;
}

/**
 * Creates (but does not insert) the badge for an annotation with a verdict. `onActivate` runs when the
 * reader clicks the badge or presses Enter/Space on it.
 */
export function createBadge(
  doc: Document,
  annotation: BadgedAnnotation,
  onActivate: (badge: BadgeHandle) => void,
): BadgeHandle {
  const { host, mount: into } = createShadowHost(doc, BADGE_TAG);
  host.setAttribute(BADGE_ATTR, '');
  host.setAttribute(STATUS_ATTR, annotation.status);
  host.setAttribute(CLAIM_TEXT_ATTR, annotation.text);
  const draw = (expanded: boolean) =>
    render(
      <Badge
        status={annotation.status}
        count={annotation.sourceCount}
        expanded={expanded}
        onActivate={() => onActivate(handle)}
      />,
      into,
    );
  const handle: BadgeHandle = {
    host,
    annotation,
    setExpanded: draw,
    focus: () => (into.firstElementChild as HTMLElement | null)?.focus(),
  };
  draw(false);
  return handle;
}
