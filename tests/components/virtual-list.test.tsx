// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { VirtualList } from '@/components/VirtualList';
import { visibleRange } from '@/components/visible-range';

afterEach(cleanup);

describe('visibleRange', () => {
  it('covers the viewport plus overscan, clamped to the list', () => {
    expect(visibleRange(0, 300, 50, 10_000, 2)).toEqual({ first: 0, last: 7 });
    expect(visibleRange(5000, 300, 50, 10_000, 2)).toEqual({ first: 98, last: 107 });
    expect(visibleRange(499_800, 300, 50, 10_000, 2)).toEqual({ first: 9994, last: 9999 });
  });

  it('is empty for an empty list', () => {
    const range = visibleRange(0, 300, 50, 0, 2);
    expect(range.last).toBeLessThan(range.first);
  });
});

describe('VirtualList', () => {
  const renderRows = (count: number) =>
    render(
      <VirtualList
        count={count}
        rowHeight={72}
        fallbackHeight={360}
        overscan={4}
        label="Claims"
        renderRow={(index) => <span>Claim number {index}</span>}
      />,
    );

  it('renders a bounded number of rows for 10,000 items', () => {
    renderRows(10_000);
    const rows = screen.getAllByRole('listitem');
    // 360 px / 72 px = 5 rows in view, plus 4 overscan below (none above at the top).
    expect(rows.length).toBe(9);
    expect(rows.length).toBeLessThan(20);
    expect(screen.getByText('Claim number 0')).toBeTruthy();
    expect(screen.queryByText('Claim number 9999')).toBeNull();
    // The list still tells assistive technology how long it is.
    expect(rows[0].getAttribute('aria-setsize')).toBe('10000');
  });

  it('gives the scroll area the full height of all rows', () => {
    renderRows(10_000);
    const inner = screen.getByRole('list', { name: 'Claims' }) as HTMLElement;
    expect(inner.style.height).toBe(`${10_000 * 72}px`);
  });

  it('moves the window of rendered rows as the list scrolls', () => {
    const { container } = renderRows(10_000);
    const viewport = container.querySelector('.vlist') as HTMLElement;
    viewport.scrollTop = 72 * 5000;
    fireEvent.scroll(viewport);
    const rows = screen.getAllByRole('listitem');
    expect(rows.length).toBeLessThan(20);
    expect(screen.getByText('Claim number 5000')).toBeTruthy();
    expect(screen.queryByText('Claim number 0')).toBeNull();
    const first = rows[0] as HTMLElement;
    expect(first.getAttribute('aria-posinset')).toBe('4997');
    expect(first.style.top).toBe(`${4996 * 72}px`);
  });

  it('renders every row of a short list', () => {
    renderRows(3);
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
  });
});
