// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type FakeBackground, makePack } from './fake-background';
import { installBackground, renderApp } from './harness';
import type { BackgroundHolder } from './mock-protocol';

const holder = vi.hoisted((): BackgroundHolder => ({ current: null }));
vi.mock('@/messaging/protocol', async () => (await import('./mock-protocol')).protocolMock(holder));

let background: FakeBackground;
let request: ReturnType<typeof vi.fn>;
beforeEach(() => {
  background = installBackground(holder);
  request = vi.fn(async () => true);
  vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(request as never);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function openPacks(surface: 'popup' | 'options' = 'options') {
  renderApp(surface);
  fireEvent.click(screen.getByRole('tab', { name: 'Import / export' }));
  return screen.findByRole('region', { name: 'Packs' });
}

function subscribe(url: string) {
  fireEvent.input(screen.getByLabelText('Pack URL'), { target: { value: url } });
  fireEvent.click(screen.getByRole('button', { name: 'Subscribe' }));
}

describe('Packs', () => {
  it('asks for the one origin in the click, before anything is sent, then subscribes and lists the pack', async () => {
    background.nextPack = makePack('p1', { title: 'Lantern Checks reviews', claimCount: 3 });
    await openPacks('popup');
    subscribe('https://packs.example/lantern.json');
    // Synchronously, in the click: the browser grants an optional permission only within the reader's gesture.
    expect(request).toHaveBeenCalledWith({ origins: ['https://packs.example/*'] });
    expect(background.sentOf('subscribePack')).toHaveLength(0);
    expect(await screen.findByText('Subscribed to “Lantern Checks reviews”.')).toBeTruthy();
    expect(background.sentOf('subscribePack')[0].data).toEqual({
      url: 'https://packs.example/lantern.json',
    });
    const row = (await screen.findByText('Lantern Checks reviews')).closest('li')!;
    expect(row.textContent).toContain('Lantern Checks · 3 claims · updated 2026-11-30');
    expect(row.textContent).toContain('Last checked 2026-12-01 08:00 UTC.');
  });

  it('while the prompt is open, says the pack is added on the grant even if the popup closes, and tells the background', async () => {
    let answer: (ok: boolean) => void = () => undefined;
    request.mockImplementation(() => new Promise<boolean>((resolve) => (answer = resolve)));
    await openPacks('popup');
    subscribe('https://packs.example/lantern.json');
    await waitFor(() =>
      expect(background.sentOf('awaitPackGrant')[0]?.data).toEqual({
        url: 'https://packs.example/lantern.json',
      }),
    );
    const asking =
      'Allow ClaimLens to download from packs.example in the browser’s prompt. If this window closes first, the pack is added as soon as you allow it.';
    expect(await screen.findByText(asking)).toBeTruthy();
    expect(background.sentOf('subscribePack')).toHaveLength(0);
    answer(true);
    await waitFor(() => expect(screen.queryByText(asking)).toBeNull());
    expect(background.sentOf('subscribePack')).toHaveLength(1);
  });

  it('a refused permission is one line, and nothing is sent', async () => {
    request.mockResolvedValue(false);
    await openPacks();
    subscribe('https://packs.example/lantern.json');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'ClaimLens needs your permission to download from packs.example; nothing was added.',
    );
    expect(background.sentOf('subscribePack')).toHaveLength(0);
    // The background no longer waits for a grant of that site.
    expect(background.sentOf('awaitPackGrant').map((message) => message.data)).toEqual([
      { url: 'https://packs.example/lantern.json' },
      { url: 'https://packs.example/lantern.json', refused: true },
    ]);
  });

  it('a URL that cannot be a pack is refused before any permission is asked', async () => {
    await openPacks();
    subscribe('http://packs.example/lantern.json');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'A pack URL must start with https:// (plain http:// only for localhost).',
    );
    expect(request).not.toHaveBeenCalled();
  });

  it("shows the background's reason as one line, never a stack trace", async () => {
    const failure = new Error("The pack's signature does not hold: the file was changed after it was signed.");
    failure.stack = 'Error: at refreshSubscription (lib/packs/refresh.ts:120:11)';
    background.failures.set('subscribePack', failure);
    await openPacks();
    subscribe('https://packs.example/lantern.json');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(failure.message);
    expect(alert.textContent).not.toContain('refresh.ts');
  });

  it('shows a failing pack’s reason and when it last worked; turns it off, refreshes it, removes it', async () => {
    background.packs = [
      makePack('p1', {
        title: 'River notes',
        lastChecked: '2026-12-02T09:30:00.000Z',
        lastError: "The pack's host answered 503 Service Unavailable.",
      }),
      makePack('p2', { title: 'Bridge notes' }),
    ];
    await openPacks();
    const row = (await screen.findByText('River notes')).closest('li')!;
    expect(row.querySelector('.pack-error')?.textContent).toBe(
      "Last check 2026-12-02 09:30 UTC failed: The pack's host answered 503 Service Unavailable. Last worked 2026-12-01 08:00 UTC.",
    );
    const inRow = within(row as HTMLElement);
    fireEvent.click(inRow.getByRole('switch', { name: 'Use River notes' }));
    await waitFor(() => expect(background.sentOf('setPackEnabled')[0]?.data).toEqual({ id: 'p1', enabled: false }));
    fireEvent.click(inRow.getByRole('button', { name: 'Refresh now: River notes' }));
    await waitFor(() => expect(background.sentOf('refreshPack')[0]?.data).toEqual({ id: 'p1' }));
    fireEvent.click(inRow.getByRole('button', { name: 'Remove River notes' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Remove this pack?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(screen.queryByText('River notes')).toBeNull());
    expect(background.sentOf('removePack')[0].data).toEqual({ id: 'p1' });
    expect(screen.getByText('Bridge notes')).toBeTruthy();
  });

  it("shows a pack's text as text, never as markup", async () => {
    background.packs = [makePack('p1', { title: '<img src=x onerror="alert(1)">Evil', publisher: '<b>P</b>' })];
    await openPacks();
    const row = (await screen.findByText('<img src=x onerror="alert(1)">Evil')).closest('li')!;
    expect(row.querySelector('img, b')).toBeNull();
  });
});
