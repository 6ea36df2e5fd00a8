// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ClaimStatus, PageAnnotation } from '@/lib/types';
import type { PageState } from '@/messaging/protocol';
import type { FakeBackground } from './fake-background';
import { ACTIVE_TAB, installBackground, renderApp } from './harness';
import type { BackgroundHolder } from './mock-protocol';

const holder = vi.hoisted((): BackgroundHolder => ({ current: null }));
vi.mock('@/messaging/protocol', async () => (await import('./mock-protocol')).protocolMock(holder));

let background: FakeBackground;
beforeEach(() => {
  background = installBackground(holder);
});
afterEach(cleanup);

function annotation(text: string, status: ClaimStatus, sourceCount = 1): PageAnnotation {
  return { blockId: 'b1', text, start: 0, end: text.length, prefix: '', suffix: '', status, sourceCount, matches: [] };
}

describe('This page', () => {
  it('counts corroborated, conflicting, mixed and updated claims and lists each with its sentence', async () => {
    background.page.annotations = [
      annotation('The bridge opened in 1932.', 'corroborated', 3),
      annotation('About 300 soldiers were deployed.', 'conflicting'),
      annotation('The river is 40 km long.', 'related'),
      annotation('Turnout was 64 percent.', 'corroborated'),
      annotation('The mayor denied the report.', 'mixed', 2),
      annotation('Floods in Aldmere have killed about 100 people.', 'updated'),
    ];
    renderApp();
    const counts = await screen.findByRole('list', { name: 'Findings on this page' });
    expect(
      within(counts)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['2 Corroborated', '1 Conflicting', '1 Mixed', '1 Updated']);
    const findings = screen.getByRole('list', { name: 'Claims found on this page' });
    const buttons = within(findings).getAllByRole('button');
    expect(buttons).toHaveLength(5);
    expect(buttons[0].textContent).toContain('The bridge opened in 1932.');
    expect(buttons[0].textContent).toContain('3 sources');
    expect(screen.queryByText('The river is 40 km long.')).toBeNull();
    expect(background.sentOf('pageSummary')[0].data).toEqual({ tabId: ACTIVE_TAB.id });
  });

  it('asks the tab to show the clicked claim, by its index on the page, and closes the popup', async () => {
    background.page.annotations = [
      annotation('The river is 40 km long.', 'related'),
      annotation('About 300 soldiers were deployed.', 'conflicting'),
    ];
    const { onClose } = renderApp();
    fireEvent.click(await screen.findByRole('button', { name: /About 300 soldiers/ }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const [message] = background.sentOf('showAnnotation');
    expect(message.data).toEqual({ index: 1 });
    expect(message.target).toEqual({ tabId: ACTIVE_TAB.id, frameId: 0 });
  });

  it('says so in plain words when the page cannot be reached, and stays open', async () => {
    background.page.annotations = [annotation('Turnout was 64 percent.', 'corroborated')];
    background.failures.set(
      'showAnnotation',
      new Error('Could not establish connection. Receiving end does not exist.'),
    );
    const { onClose } = renderApp();
    fireEvent.click(await screen.findByRole('button', { name: /Turnout was 64 percent/ }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Couldn’t reach the page to show that claim. Reload the page and try again.',
    );
    expect(onClose).not.toHaveBeenCalled();
  });

  const reasons: [PageState, string][] = [
    ['active', 'No known claims were found on this page.'],
    ['paused-site', 'ClaimLens is paused on this site, so this page wasn’t checked. You can resume it in Settings.'],
    ['paused', 'ClaimLens is turned off, so this page wasn’t checked. You can turn it on in Settings.'],
    ['no-article', 'This page doesn’t look like a news article, so it wasn’t checked.'],
    [
      'not-checked',
      'This page hasn’t been checked. ClaimLens checks web pages when they load; try reloading the page.',
    ],
  ];
  it.each(reasons)('when nothing was found in state %s, says why', async (state, words) => {
    background.page = { state, url: ACTIVE_TAB.url, annotations: [] };
    renderApp();
    expect(await screen.findByText(words)).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Claims found on this page' })).toBeNull();
  });

  it('shows the background’s error when the summary fails', async () => {
    background.failures.set('pageSummary', new Error('The page summary is not available for this tab.'));
    renderApp();
    expect((await screen.findByRole('alert')).textContent).toBe('The page summary is not available for this tab.');
  });

  it('replaces technical errors with plain words', async () => {
    background.failures.set('pageSummary', new TypeError("Cannot read properties of undefined (reading 'id')"));
    renderApp();
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Couldn’t find out what was found on this page. Try reopening the popup.',
    );
  });

  it('shows skeleton rows while loading', () => {
    renderApp();
    expect(screen.getByRole('status', { name: 'Loading…' }).getAttribute('aria-busy')).toBe('true');
  });

  it('updates while open (polling)', async () => {
    renderApp('popup', 30);
    expect(await screen.findByText('No known claims were found on this page.')).toBeTruthy();
    background.page.annotations = [annotation('The bridge opened in 1932.', 'corroborated')];
    expect(await screen.findByRole('button', { name: /The bridge opened in 1932/ })).toBeTruthy();
  });
});
