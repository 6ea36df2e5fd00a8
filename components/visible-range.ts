/**
 * Which rows of a fixed-row-height list are on screen, so a list of 10,000 claims renders a few dozen rows.
 */

export interface RowRange {
  /** First row to render (inclusive). */
  first: number;
  /** Last row to render (inclusive); first > last when there is nothing to render. */
  last: number;
}

/** Rows intersecting the viewport plus `overscan` rows either side, clamped to the list. */
export function visibleRange(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  count: number,
  overscan: number,
): RowRange {
  if (count <= 0 || rowHeight <= 0) return { first: 0, last: -1 };
  const top = Math.max(0, scrollTop);
  const first = Math.max(0, Math.floor(top / rowHeight) - overscan);
  const last = Math.min(count - 1, Math.ceil((top + Math.max(0, viewportHeight)) / rowHeight) - 1 + overscan);
  return { first: Math.min(first, count - 1), last };
}
