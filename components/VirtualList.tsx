/**
 * A windowed list: fixed row height, only the rows in view (plus a few) are in the DOM. Row geometry is set
 * through the CSSOM (element.style), which extension page CSP allows; there are no style attributes in markup.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { visibleRange } from './visible-range';

export interface VirtualListProps {
  count: number;
  rowHeight: number;
  renderRow: (index: number) => ComponentChildren;
  /** Accessible name of the list. */
  label: string;
  /** Viewport height to assume before the list is laid out (and where there is no layout, as in tests). */
  fallbackHeight?: number;
  overscan?: number;
  className?: string;
  /** Told which rows are rendered, so the owner can fetch them. */
  onRangeChange?: (first: number, last: number) => void;
}

export function VirtualList({
  count,
  rowHeight,
  renderRow,
  label,
  fallbackHeight = 360,
  overscan = 4,
  className,
  onRangeChange,
}: VirtualListProps) {
  const viewport = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(fallbackHeight);

  useLayoutEffect(() => {
    const element = viewport.current;
    if (!element) return undefined;
    const measure = () => setHeight(element.clientHeight || fallbackHeight);
    measure();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [fallbackHeight]);

  const { first, last } = visibleRange(scrollTop, height, rowHeight, count, overscan);

  useEffect(() => {
    if (last >= first) onRangeChange?.(first, last);
  }, [first, last, onRangeChange]);

  const rows: ComponentChildren[] = [];
  for (let index = first; index <= last; index++) {
    rows.push(
      <li
        key={index}
        class="vlist-row"
        aria-posinset={index + 1}
        aria-setsize={count}
        style={{ top: `${index * rowHeight}px`, height: `${rowHeight}px` }}
      >
        {renderRow(index)}
      </li>,
    );
  }

  return (
    <div
      ref={viewport}
      class={className ? `vlist ${className}` : 'vlist'}
      onScroll={(event) => setScrollTop((event.currentTarget as HTMLDivElement).scrollTop)}
    >
      <ul class="vlist-inner" aria-label={label} style={{ height: `${count * rowHeight}px` }}>
        {rows}
      </ul>
    </div>
  );
}
