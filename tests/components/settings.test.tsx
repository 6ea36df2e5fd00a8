// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sensitivityWords } from '@/components/SettingsPanel';
import type { FakeBackground } from './fake-background';
import { installBackground, renderApp } from './harness';
import type { BackgroundHolder } from './mock-protocol';

const holder = vi.hoisted((): BackgroundHolder => ({ current: null }));
vi.mock('@/messaging/protocol', async () => (await import('./mock-protocol')).protocolMock(holder));

let background: FakeBackground;
beforeEach(() => {
  background = installBackground(holder);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function openSettings(surface: 'popup' | 'options' = 'popup') {
  const view = renderApp(surface);
  fireEvent.click(screen.getByRole('tab', { name: 'Settings' }));
  await screen.findByRole('switch', { name: /Check pages/ });
  return view;
}

const header = () => screen.getByRole('banner');

describe('Header', () => {
  it('shows the product name and that ClaimLens is on', async () => {
    renderApp();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('ClaimLens');
    await waitFor(() => expect(header().textContent).toContain('On'));
  });

  it('shows Off and Paused on this site', async () => {
    background.settings = { enabled: true, sensitivity: 0.5, pausedSites: ['news.example'] };
    renderApp();
    await waitFor(() => expect(header().textContent).toContain('Paused on this site'));
    cleanup();
    background.settings = { enabled: false, sensitivity: 0.5, pausedSites: [] };
    renderApp();
    await waitFor(() => expect(header().textContent).toContain('Off'));
  });
});

describe('Settings', () => {
  it('turns ClaimLens off and the header follows', async () => {
    await openSettings();
    const enabled = screen.getByRole('switch', { name: /Check pages/ }) as HTMLInputElement;
    expect(enabled.checked).toBe(true);
    fireEvent.click(enabled);
    await waitFor(() => expect(background.sentOf('setSettings')).toHaveLength(1));
    expect(background.sentOf('setSettings')[0].data).toEqual({ enabled: false });
    expect(header().textContent).toContain('Off');
  });

  it('pauses on the site of the active tab', async () => {
    background.settings.pausedSites = ['other.example'];
    await openSettings();
    const pause = screen.getByRole('switch', { name: /Pause on news\.example/ }) as HTMLInputElement;
    expect(pause.checked).toBe(false);
    fireEvent.click(pause);
    await waitFor(() => expect(background.sentOf('setSettings')).toHaveLength(1));
    expect(background.sentOf('setSettings')[0].data).toEqual({ pausedSites: ['other.example', 'news.example'] });
    expect(header().textContent).toContain('Paused on this site');
    fireEvent.click(pause);
    await waitFor(() => expect(background.sentOf('setSettings')).toHaveLength(2));
    expect(background.sentOf('setSettings')[1].data).toEqual({ pausedSites: ['other.example'] });
  });

  it('follows the rule the page follows: a "www." entry or a parent domain pauses the site, and resuming removes it', async () => {
    background.settings.pausedSites = ['other.example', 'www.News.Example'];
    await openSettings();
    const pause = screen.getByRole('switch', { name: /Pause on news\.example/ }) as HTMLInputElement;
    expect(pause.checked).toBe(true);
    expect(header().textContent).toContain('Paused on this site');
    fireEvent.click(pause);
    await waitFor(() => expect(background.sentOf('setSettings')).toHaveLength(1));
    expect(background.sentOf('setSettings')[0].data).toEqual({ pausedSites: ['other.example'] });
  });

  it('has a labelled sensitivity slider from stricter to looser', async () => {
    await openSettings();
    const slider = screen.getByRole('slider', { name: 'Match sensitivity' }) as HTMLInputElement;
    expect(slider.min).toBe('0');
    expect(slider.max).toBe('1');
    expect(slider.getAttribute('aria-valuetext')).toBe('Balanced (50%)');
    expect(screen.getByText('Stricter')).toBeTruthy();
    expect(screen.getByText('Looser')).toBeTruthy();
    fireEvent.input(slider, { target: { value: '0.8' } });
    expect(slider.getAttribute('aria-valuetext')).toBe('Looser (80%)');
    expect(background.sentOf('setSettings')).toHaveLength(0);
    fireEvent.change(slider, { target: { value: '0.8' } });
    await waitFor(() => expect(background.sentOf('setSettings')).toHaveLength(1));
    expect(background.sentOf('setSettings')[0].data).toEqual({ sensitivity: 0.8 });
  });

  it('opens the options page and closes the popup', async () => {
    const open = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    const { onClose } = await openSettings();
    fireEvent.click(screen.getByRole('button', { name: 'Open the reference manager in a tab' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(open).toHaveBeenCalledOnce();
  });

  it('says so when the options page cannot be opened', async () => {
    vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockRejectedValue(new Error('Could not establish connection.'));
    const { onClose } = await openSettings();
    fireEvent.click(screen.getByRole('button', { name: 'Open the reference manager in a tab' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Couldn’t open the reference manager.');
    expect(onClose).not.toHaveBeenCalled();
  });

  it('shows a save error and puts the setting back', async () => {
    await openSettings();
    background.failures.set('setSettings', new Error('Settings could not be saved: storage is full.'));
    fireEvent.click(screen.getByRole('switch', { name: /Check pages/ }));
    expect((await screen.findByRole('alert')).textContent).toBe('Settings could not be saved: storage is full.');
    await waitFor(() =>
      expect((screen.getByRole('switch', { name: /Check pages/ }) as HTMLInputElement).checked).toBe(true),
    );
  });

  it('shows a load error', async () => {
    background.failures.set('getSettings', new Error('Settings could not be read.'));
    renderApp();
    fireEvent.click(screen.getByRole('tab', { name: 'Settings' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Settings could not be read.');
  });

  it('has no site pause or options link on the options page', async () => {
    await openSettings('options');
    expect(screen.queryByRole('switch', { name: /Pause on/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Open the reference manager in a tab' })).toBeNull();
  });

  it('offers no site pause on browser pages', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([
      {
        id: 3,
        url: 'chrome://extensions/',
        index: 0,
        active: true,
        highlighted: true,
        pinned: false,
        incognito: false,
        windowId: 1,
      },
    ] as never);
    await openSettings();
    expect(screen.queryByRole('switch', { name: /Pause on/ })).toBeNull();
  });
});

describe('sensitivityWords', () => {
  it('names the three bands', () => {
    expect(sensitivityWords(0.1)).toBe('Stricter (10%)');
    expect(sensitivityWords(0.5)).toBe('Balanced (50%)');
    expect(sensitivityWords(0.95)).toBe('Looser (95%)');
  });
});
