// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type FakeBackground, makeClaim, makeSource } from './fake-background';
import { installBackground, renderApp } from './harness';
import type { BackgroundHolder } from './mock-protocol';

const holder = vi.hoisted((): BackgroundHolder => ({ current: null }));
vi.mock('@/messaging/protocol', async () => (await import('./mock-protocol')).protocolMock(holder));

let background: FakeBackground;
beforeEach(() => {
  background = installBackground(holder);
  background.sources = [
    makeSource('a', { title: 'Bridge history', publisher: 'City Herald', publishedAt: '2023-05-02' }),
    makeSource('b', { title: 'Election results', publisher: 'Vote Watch', enabled: false }),
  ];
  background.claims = [
    makeClaim('a1', 'a', 'The bridge opened in 1932.'),
    makeClaim('a2', 'a', 'The bridge is 503 metres long.'),
    makeClaim('b1', 'b', 'Turnout was 64 percent.'),
  ];
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

async function openReferences() {
  const view = renderApp('options');
  await screen.findByRole('list', { name: 'Reference sources' });
  return view;
}

/** A source row's button: named by what it shows, its title then its details (WCAG 2.5.3, label in name). */
function sourceButton(title: string): HTMLElement {
  return screen.getByRole('button', { name: (name) => name.startsWith(`${title} `) });
}

async function openSource(title: string) {
  fireEvent.click(sourceButton(title));
  return screen.findByRole('list', { name: `Claims of “${title}”` });
}

describe('References: sources', () => {
  it('lists each source with publisher, date, claim count and an enabled switch', async () => {
    await openReferences();
    const list = screen.getByRole('list', { name: 'Reference sources' });
    const rows = within(list).getAllByRole('listitem');
    expect(rows).toHaveLength(2);
    expect(rows[0].textContent).toContain('Bridge history');
    expect(rows[0].textContent).toContain('City Herald · 2 May 2023 · 2 claims');
    expect(rows[1].textContent).toContain('1 claim');
    const on = screen.getByRole('switch', { name: 'Use “Bridge history” when checking pages' }) as HTMLInputElement;
    const off = screen.getByRole('switch', { name: 'Use “Election results” when checking pages' }) as HTMLInputElement;
    expect(on.checked).toBe(true);
    expect(off.checked).toBe(false);
  });

  it("shows each source's date in the popup, as the popover writes it, and no date for a source without one", async () => {
    background.sources[1].publishedAt = '';
    renderApp('popup');
    fireEvent.click(await screen.findByRole('tab', { name: 'References' }));
    const list = await screen.findByRole('list', { name: 'Reference sources' });
    const [dated, undated] = within(list).getAllByRole('listitem');
    expect(dated.textContent).toContain('City Herald · 2 May 2023 · 2 claims');
    expect(undated.textContent).toContain('Vote Watch · 1 claim');
  });

  it('switches a source on and off', async () => {
    await openReferences();
    fireEvent.click(screen.getByRole('switch', { name: 'Use “Election results” when checking pages' }));
    await waitFor(() => expect(background.sentOf('setSourceEnabled')).toHaveLength(1));
    expect(background.sentOf('setSourceEnabled')[0].data).toEqual({ id: 'b', enabled: true });
    expect(background.sources[1].enabled).toBe(true);
  });

  it('says so when there are no sources', async () => {
    background.sources = [];
    renderApp('options');
    expect(
      await screen.findByText('There are no reference sources yet. Add an article or import a file.'),
    ).toBeTruthy();
  });

  it('shows the error when sources cannot be loaded', async () => {
    background.failures.set('listSources', new Error('The reference store could not be opened.'));
    renderApp('options');
    expect((await screen.findByRole('alert')).textContent).toBe('The reference store could not be opened.');
  });

  it('shows a source’s claims and goes back', async () => {
    await openReferences();
    const claims = await openSource('Bridge history');
    expect(within(claims).getByText('The bridge opened in 1932.')).toBeTruthy();
    expect(within(claims).getByText('The bridge is 503 metres long.')).toBeTruthy();
    expect(background.sentOf('listClaims')[0].data).toMatchObject({ sourceId: 'a', offset: 0 });
    fireEvent.click(screen.getByRole('button', { name: '← All sources' }));
    expect(await screen.findByRole('list', { name: 'Reference sources' })).toBeTruthy();
  });

  it('deletes a source and puts it back with Undo', async () => {
    await openReferences();
    fireEvent.click(screen.getByRole('button', { name: 'Delete the source “Bridge history”' }));
    expect(await screen.findByText('Deleted “Bridge history” and its claims.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByText('Bridge history')).toBeNull());
    expect(background.claims.map((claim) => claim.id)).toEqual(['b1']);

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Put back.')).toBeTruthy();
    expect(background.sentOf('restore')[0].data).toMatchObject({ sources: [{ id: 'a' }], claims: [{}, {}] });
    expect(await screen.findByText('Bridge history')).toBeTruthy();
    expect(background.claims).toHaveLength(3);
  });

  it('shows delete errors in plain words', async () => {
    background.failures.set('deleteSource', new Error('The source is being imported; try again in a moment.'));
    await openReferences();
    fireEvent.click(screen.getByRole('button', { name: 'Delete the source “Bridge history”' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The source is being imported; try again in a moment.');
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });
});

describe('References: claims', () => {
  it('deletes a claim; the undo bar goes after 5 seconds and the delete stands', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    await openReferences();
    await openSource('Bridge history');
    fireEvent.click(screen.getByRole('button', { name: 'Delete the claim: The bridge opened in 1932.' }));
    expect(await screen.findByText('Claim deleted.')).toBeTruthy();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(4000);
    });
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1100);
    });
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(background.sentOf('restore')).toHaveLength(0);
    expect(background.claims.map((claim) => claim.id)).toEqual(['a2', 'b1']);
    await waitFor(() => expect(screen.queryByText('The bridge opened in 1932.')).toBeNull());
  });

  it('undoes a claim delete', async () => {
    await openReferences();
    await openSource('Bridge history');
    fireEvent.click(screen.getByRole('button', { name: 'Delete the claim: The bridge opened in 1932.' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(background.claims).toHaveLength(3));
    expect(background.sentOf('restore')[0].data).toEqual({
      sources: [],
      claims: [expect.objectContaining({ id: 'a1' })],
    });
    expect(await screen.findByText('The bridge opened in 1932.')).toBeTruthy();
  });

  it('edits a claim’s text in place', async () => {
    await openReferences();
    await openSource('Bridge history');
    fireEvent.click(screen.getByRole('button', { name: 'Edit the claim: The bridge opened in 1932.' }));
    const editor = screen.getByRole('textbox', { name: 'Claim text' }) as HTMLTextAreaElement;
    expect(editor.value).toBe('The bridge opened in 1932.');
    expect(document.activeElement).toBe(editor);
    fireEvent.input(editor, { target: { value: 'The bridge opened in 1933.' } });
    fireEvent.keyDown(editor, { key: 'Enter' });
    expect(await screen.findByText('The bridge opened in 1933.')).toBeTruthy();
    expect(background.sentOf('editClaim')[0].data).toEqual({ id: 'a1', text: 'The bridge opened in 1933.' });
    expect(screen.queryByRole('textbox', { name: 'Claim text' })).toBeNull();
  });

  it('cancels an edit with Escape without saving', async () => {
    await openReferences();
    await openSource('Bridge history');
    fireEvent.click(screen.getByRole('button', { name: 'Edit the claim: The bridge opened in 1932.' }));
    const editor = screen.getByRole('textbox', { name: 'Claim text' });
    fireEvent.input(editor, { target: { value: 'Something else.' } });
    fireEvent.keyDown(editor, { key: 'Escape' });
    expect(screen.getByText('The bridge opened in 1932.')).toBeTruthy();
    expect(background.sentOf('editClaim')).toHaveLength(0);
  });

  it('refuses an empty claim, in plain words', async () => {
    await openReferences();
    await openSource('Bridge history');
    fireEvent.click(screen.getByRole('button', { name: 'Edit the claim: The bridge opened in 1932.' }));
    fireEvent.input(screen.getByRole('textbox', { name: 'Claim text' }), { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'A claim can’t be empty. Write the claim, or delete it instead.',
    );
    expect(background.sentOf('editClaim')).toHaveLength(0);
  });

  it('shows the background’s error when an edit fails and keeps the draft', async () => {
    background.failures.set('editClaim', new Error('That claim no longer exists.'));
    await openReferences();
    await openSource('Bridge history');
    fireEvent.click(screen.getByRole('button', { name: 'Edit the claim: The bridge opened in 1932.' }));
    fireEvent.input(screen.getByRole('textbox', { name: 'Claim text' }), { target: { value: 'New text 1.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toBe('That claim no longer exists.');
    expect((screen.getByRole('textbox', { name: 'Claim text' }) as HTMLTextAreaElement).value).toBe('New text 1.');
  });

  it('shows the error when claims cannot be loaded', async () => {
    background.failures.set('listClaims', new Error('The claims of this source could not be read.'));
    await openReferences();
    fireEvent.click(sourceButton('Bridge history'));
    expect((await screen.findByRole('alert')).textContent).toBe('The claims of this source could not be read.');
  });
});

describe('References: search', () => {
  it('searches across all claims and names each claim’s source', async () => {
    await openReferences();
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search all claims' }), { target: { value: 'percent' } });
    const results = await screen.findByRole('list', { name: 'Claims matching the search' });
    const rows = within(results).getAllByRole('listitem');
    expect(rows).toHaveLength(1);
    expect(rows[0].textContent).toContain('Turnout was 64 percent.');
    expect(rows[0].textContent).toContain('Election results');
    expect(background.sentOf('listClaims').at(-1)?.data).toMatchObject({ query: 'percent' });
  });

  it('shows a claim from a pack as the pack’s, with no Edit or Delete', async () => {
    background.claims.push({ ...makeClaim('p1', 'pack-1/s1', 'Turnout fell to 51 percent.'), fromPack: 'Poll desk' });
    await openReferences();
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search all claims' }), { target: { value: 'percent' } });
    const results = await screen.findByRole('list', { name: 'Claims matching the search' });
    const [own, packed] = within(results).getAllByRole('listitem');
    expect(
      within(own)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Edit', 'Delete']);
    expect(packed.textContent).toContain('From a pack: “Poll desk”. Turn it off or remove it in Packs.');
    expect(within(packed).queryAllByRole('button')).toEqual([]);
  });

  it('says when nothing matches', async () => {
    await openReferences();
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search all claims' }), { target: { value: 'volcano' } });
    expect(await screen.findByText('No claims match “volcano”.')).toBeTruthy();
  });
});

describe('References: 10,000 claims', () => {
  beforeEach(() => {
    background.sources = [makeSource('big', { title: 'Big archive' })];
    background.claims = Array.from({ length: 10_000 }, (_unused, index) =>
      makeClaim(`c${index}`, 'big', `Archive claim number ${index}.`),
    );
  });

  it('renders a bounded number of rows and fetches one page', async () => {
    await openReferences();
    expect(screen.getByText('Big archive')).toBeTruthy();
    const list = await openSource('Big archive');
    await within(list).findByText('Archive claim number 0.');
    expect(within(list).getAllByRole('listitem').length).toBeLessThan(30);
    expect(background.sentOf('listClaims').map((message) => message.data)).toEqual([
      { sourceId: 'big', query: undefined, offset: 0, limit: 100 },
    ]);
  });

  it('fetches the page that scrolls into view', async () => {
    const { container } = await openReferences();
    const list = await openSource('Big archive');
    await within(list).findByText('Archive claim number 0.');
    const viewport = container.querySelector('.vlist') as HTMLElement;
    viewport.scrollTop = 72 * 7000;
    fireEvent.scroll(viewport);
    expect(await within(list).findByText('Archive claim number 7000.')).toBeTruthy();
    expect(within(list).getAllByRole('listitem').length).toBeLessThan(30);
    // Only the pages in view are fetched: rows 6996..7011 span pages 69 and 70.
    const offsets = background.sentOf('listClaims').map((message) => (message.data as { offset: number }).offset);
    expect(offsets).toEqual([0, 6900, 7000]);
  });
});

describe('References: two deletes in a row', () => {
  it('gives the second delete its own 5 seconds and undoes the latest one', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    await openReferences();
    await openSource('Bridge history');
    fireEvent.click(screen.getByRole('button', { name: 'Delete the claim: The bridge opened in 1932.' }));
    await screen.findByText('Claim deleted.');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(3000);
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Delete the claim: The bridge is 503 metres long.' }));
    await waitFor(() => expect(background.sentOf('deleteClaim')).toHaveLength(2));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(3000);
    });
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(background.sentOf('restore')).toHaveLength(1));
    expect(background.sentOf('restore')[0].data).toEqual({
      sources: [],
      claims: [expect.objectContaining({ id: 'a2' })],
    });
  });
});
