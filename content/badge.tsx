/**
 * One badge on the page: a host element (see contract.ts) with a closed shadow root in which Preact renders the
 * badge button. The host tells the page nothing: no attribute, no text; the status and the accessible name are
 * on the button inside the closed root, where screen readers find them and page scripts do not. The button acts
 * only on the reader's own clicks and key presses (trusted.ts).
 *
 * nb. Content script only (writes to the page's DOM).
 */

import { render } from 'preact';
import { Badge } from '@/content/ui/Badge';
import { BADGE_TAG } from './contract';
import { createShadowHost } from './shadow';
import { byReader } from './trusted';
import type { BadgedAnnotation } from './verdict';

export interface BadgeHandle {
  /** The host element inserted into the page. */
  host: HTMLElement;
  /** The host's closed shadow root: only the content script holds it (never hand it to the page). */
  root: ShadowRoot;
  annotation: BadgedAnnotation;
  /** Shows whether the badge's popover is open (aria-expanded). */
  setExpanded(expanded: boolean): void;
  /** Moves keyboard focus to the badge's button. */
  focus(): void;
}

/**
 * Creates (but does not insert) the badge for an annotation with a verdict. `onActivate` runs when the
 * reader clicks the badge or presses Enter/Space on it; events a page script makes are ignored.
 */
export function createBadge(
  doc: Document,
  annotation: BadgedAnnotation,
  onActivate: (badge: BadgeHandle) => void,
): BadgeHandle {
  const { host, root, mount: into } = createShadowHost(doc, BADGE_TAG);
  const activate = byReader(() => onActivate(handle));
  const draw = (expanded: boolean) =>
    render(
      <Badge status={annotation.status} count={annotation.sourceCount} expanded={expanded} onActivate={activate} />,
      into,
    );
  const handle: BadgeHandle = {
    host,
    root,
    annotation,
    setExpanded: draw,
    focus: () => (into.firstElementChild as HTMLElement | null)?.focus(),
  };
  draw(false);
  return handle;
}
