/**
 * Shared set-up for component tests: a fake background behind `sendMessage`, an active tab, and the app.
 */
import { render } from '@testing-library/preact';
import { vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Surface } from '@/components/AppShell';
import { ClaimLensApp } from '@/components/ClaimLensApp';
import { FakeBackground } from './fake-background';

/** The tab the popup opens over in tests. */
export const ACTIVE_TAB = { id: 7, url: 'https://news.example/story' };

/** Points `sendMessage` (mocked by the test file) at a fresh fake background and fakes the active tab. */
export function installBackground(holder: { current: FakeBackground | null }): FakeBackground {
  fakeBrowser.reset();
  const background = new FakeBackground();
  holder.current = background;
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([
    { ...ACTIVE_TAB, index: 0, active: true, highlighted: true, pinned: false, incognito: false, windowId: 1 },
  ] as Browser.tabs.Tab[]);
  return background;
}

/** Renders the popup (or the options page) with polling off; returns the close spy too. */
export function renderApp(surface: Surface = 'popup', pollMs = 0) {
  const onClose = vi.fn();
  const view = render(<ClaimLensApp surface={surface} pollMs={pollMs} onClose={onClose} />);
  return { ...view, onClose };
}
