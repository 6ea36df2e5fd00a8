/**
 * Where the popover goes: under its badge, or above it when there is no room below, never past the viewport's
 * edges. A popover taller than the room on either side gets the larger side and a height it scrolls within, so a
 * long comparison never runs past the bottom of the window. Pure geometry, tested without a browser.
 */

/** Distance kept from the viewport's edges and from the badge, in CSS pixels. */
export const MARGIN = 8;
export const GAP = 6;
/** Below this much room on both sides of its badge, the popover covers the badge rather than shrink further. */
const LEAST_HEIGHT = 160;

export interface Placement {
  /** Top-left corner, in document coordinates. */
  left: number;
  top: number;
  /** The most the popover may be tall (it scrolls inside past it), in CSS pixels. */
  maxHeight: number;
}

/**
 * Top-left corner (document coordinates) and height limit for a box of `size` next to `anchor` (viewport
 * coordinates), with the box wholly inside the viewport.
 */
export function placement(
  anchor: { left: number; top: number; bottom: number },
  size: { width: number; height: number },
  viewport: { width: number; height: number; scrollX: number; scrollY: number },
): Placement {
  const left = Math.max(MARGIN, Math.min(anchor.left, viewport.width - size.width - MARGIN));
  const below = viewport.height - MARGIN - (anchor.bottom + GAP);
  const above = anchor.top - GAP - MARGIN;
  const whole = Math.max(0, viewport.height - 2 * MARGIN);
  let top: number;
  let maxHeight: number;
  const anchorShown = anchor.bottom >= 0 && anchor.top <= viewport.height;
  if (!anchorShown) {
    // Its badge is scrolled out of sight: the popover still opens where the reader can see it.
    maxHeight = whole;
    top = MARGIN;
  } else if (size.height <= below || (below >= above && below >= LEAST_HEIGHT)) {
    maxHeight = below;
    top = anchor.bottom + GAP;
  } else if (above >= LEAST_HEIGHT || size.height <= above) {
    maxHeight = above;
    top = anchor.top - GAP - Math.min(size.height, above);
  } else {
    // Little room either side (a badge at the very edge, a tiny window): inside the viewport, over the badge.
    maxHeight = whole;
    top = Math.max(MARGIN, viewport.height - MARGIN - Math.min(size.height, whole));
  }
  return { left: left + viewport.scrollX, top: top + viewport.scrollY, maxHeight };
}
