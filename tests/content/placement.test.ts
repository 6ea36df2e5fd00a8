import { describe, expect, it } from 'vitest';
import { MARGIN, placement } from '@/content/placement';

describe('placement', () => {
  const viewport = { width: 360, height: 640, scrollX: 0, scrollY: 1000 };
  /** The box as it ends up in the viewport, with the height it is allowed. */
  const onScreen = (anchor: { left: number; top: number; bottom: number }, size: { width: number; height: number }) => {
    const { left, top, maxHeight } = placement(anchor, size, viewport);
    const height = Math.min(size.height, maxHeight);
    return {
      left,
      top: top - viewport.scrollY,
      bottom: top - viewport.scrollY + height,
      right: left + size.width,
      height,
    };
  };
  const inside = (box: { left: number; top: number; bottom: number; right: number }) =>
    box.left >= MARGIN &&
    box.top >= MARGIN &&
    box.right <= viewport.width - MARGIN &&
    box.bottom <= viewport.height - MARGIN;

  it('keeps the popover inside a narrow viewport, below its badge', () => {
    expect(placement({ left: 300, top: 100, bottom: 120 }, { width: 344, height: 200 }, viewport)).toEqual({
      left: 8,
      top: 1126,
      maxHeight: 506,
    });
  });

  it('goes above the badge when there is no room below', () => {
    const { left, top } = placement({ left: 10, top: 600, bottom: 620 }, { width: 200, height: 200 }, viewport);
    expect({ left, top }).toEqual({ left: 10, top: 1394 });
  });

  it('gives a popover taller than either side the larger side, to scroll within', () => {
    const below = onScreen({ left: 10, top: 200, bottom: 220 }, { width: 300, height: 900 });
    expect(below.top).toBe(226);
    expect(below.bottom).toBe(632);
    expect(inside(below)).toBe(true);
    const above = onScreen({ left: 10, top: 500, bottom: 520 }, { width: 300, height: 900 });
    expect(above.top).toBe(8);
    expect(above.bottom).toBe(494);
    expect(inside(above)).toBe(true);
  });

  it('opens inside the viewport when its badge is scrolled out of sight', () => {
    expect(inside(onScreen({ left: 10, top: 900, bottom: 920 }, { width: 300, height: 300 }))).toBe(true);
    expect(inside(onScreen({ left: 10, top: -200, bottom: -180 }, { width: 300, height: 300 }))).toBe(true);
  });

  it('stays inside the viewport for a badge at its very bottom edge, or in a tiny window', () => {
    expect(inside(onScreen({ left: 340, top: 630, bottom: 648 }, { width: 344, height: 400 }))).toBe(true);
    const tiny = { width: 200, height: 150, scrollX: 0, scrollY: 0 };
    const { top, maxHeight } = placement({ left: 0, top: 60, bottom: 80 }, { width: 180, height: 400 }, tiny);
    expect(top).toBeGreaterThanOrEqual(MARGIN);
    expect(top + maxHeight).toBeLessThanOrEqual(tiny.height - MARGIN);
  });
});
