/** @jsxImportSource @/lib/content/dom */
/**
 * One badge on the page: a host element (see contract.ts) with a shadow root holding the badge button. The
 * host carries the DOM contract's attributes; the sentence goes in as an attribute value, never as markup.
 *
 * nb. Content script only (writes to the page's DOM).
 */
import { Badge } from '@/components/content/Badge';
import type { BadgeStatus } from '@/components/content/labels';
import type { PageAnnotation } from '../types';
import { BADGE_ATTR, BADGE_TAG, CLAIM_TEXT_ATTR, STATUS_ATTR } from './contract';
import { mount } from './dom/jsx-runtime';
import { createShadowHost } from './shadow';

/** An annotation whose status gets a badge. */
export type BadgedAnnotation = PageAnnotation & { status: BadgeStatus };

/** True for an annotation with a verdict (corroborated, conflicting, mixed): those get a badge. */
export function hasVerdict(annotation: PageAnnotation): annotation is BadgedAnnotation {
  const { status } = annotation;
  return status === 'corroborated' || status === 'conflicting' || status === 'mixed';
}

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
  const button = mount(
    <Badge status={annotation.status} count={annotation.sourceCount} onActivate={() => onActivate(handle)} />,
    into,
  ).firstChild as HTMLButtonElement;
  const handle: BadgeHandle = {
    host,
    annotation,
    setExpanded: (expanded) => button.setAttribute('aria-expanded', String(expanded)),
    focus: () => button.focus(),
  };
  return handle;
}
