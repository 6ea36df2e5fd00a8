// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nextTabIndex } from '@/components/Tabs';
import { installBackground, renderApp } from './harness';
import type { BackgroundHolder } from './mock-protocol';

const holder = vi.hoisted((): BackgroundHolder => ({ current: null }));
vi.mock('@/messaging/protocol', async () => (await import('./mock-protocol')).protocolMock(holder));

beforeEach(() => installBackground(holder));
afterEach(cleanup);

describe('nextTabIndex', () => {
  it('wraps arrows and jumps with Home/End', () => {
    expect(nextTabIndex('ArrowRight', 4, 5)).toBe(0);
    expect(nextTabIndex('ArrowLeft', 0, 5)).toBe(4);
    expect(nextTabIndex('Home', 3, 5)).toBe(0);
    expect(nextTabIndex('End', 1, 5)).toBe(4);
    expect(nextTabIndex('a', 1, 5)).toBeNull();
  });
});

describe('the popup tabs', () => {
  it('is a tablist with one tab stop', () => {
    renderApp();
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((tab) => tab.textContent)).toEqual([
      'This page',
      'References',
      'Add',
      'Import / export',
      'Settings',
    ]);
    expect(tabs.map((tab) => tab.tabIndex)).toEqual([0, -1, -1, -1, -1]);
    expect(tabs[0].getAttribute('aria-selected')).toBe('true');
    const panel = screen.getByRole('tabpanel');
    expect(panel.getAttribute('aria-labelledby')).toBe(tabs[0].id);
  });

  it('moves between tabs with the arrow keys, Home and End', async () => {
    renderApp();
    const tab = (name: string) => screen.getByRole('tab', { name });
    tab('This page').focus();

    fireEvent.keyDown(tab('This page'), { key: 'ArrowRight' });
    expect(tab('References').getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(tab('References'));
    expect(await screen.findByRole('searchbox', { name: 'Search all claims' })).toBeTruthy();

    fireEvent.keyDown(tab('References'), { key: 'End' });
    expect(document.activeElement).toBe(tab('Settings'));
    expect(tab('Settings').tabIndex).toBe(0);
    expect(tab('References').tabIndex).toBe(-1);

    fireEvent.keyDown(tab('Settings'), { key: 'ArrowRight' });
    expect(document.activeElement).toBe(tab('This page'));

    fireEvent.keyDown(tab('This page'), { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(tab('Settings'));

    fireEvent.keyDown(tab('Settings'), { key: 'Home' });
    expect(tab('This page').getAttribute('aria-selected')).toBe('true');
  });

  it('opens a tab on click', () => {
    renderApp();
    fireEvent.click(screen.getByRole('tab', { name: 'Add' }));
    expect(screen.getByRole('tab', { name: 'Add' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('form', { name: 'Add' })).toBeTruthy();
  });

  it('leaves out "This page" on the options page', () => {
    renderApp('options');
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((tab) => tab.textContent)).toEqual(['References', 'Add', 'Import / export', 'Settings']);
    expect(tabs[0].getAttribute('aria-selected')).toBe('true');
  });
});
