// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isAcceptableUrl } from '@/components/AddArticle';
import { looksLikeHtml } from '@/components/detect-html';
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

const ARTICLE =
  'The council met on Monday. The bridge opened in 1932. It cost 4 million dollars. Residents were pleased.';

function openAdd(surface: 'popup' | 'options' = 'popup') {
  const view = renderApp(surface);
  fireEvent.click(screen.getByRole('tab', { name: 'Add' }));
  return view;
}

function fill(label: string, value: string) {
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
}

describe('Add: paste an article', () => {
  it('has a labelled control for every field', () => {
    openAdd();
    for (const label of ['Title', 'Publisher', 'Web address (URL)', 'Date published', 'Article text']) {
      expect(screen.getByLabelText(label)).toBeTruthy();
    }
    expect(screen.getByRole('radio', { name: 'Detect' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Plain text' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'HTML' })).toBeTruthy();
  });

  it('asks for text before doing anything, without a message to the background', async () => {
    openAdd();
    fireEvent.click(screen.getByRole('button', { name: 'Show the claims' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Paste the article’s text first.');
    expect(background.sent.filter((message) => message.type === 'previewArticle')).toHaveLength(0);
  });

  it('shows the extracted claims, all ticked, and saves only the kept ones with the metadata', async () => {
    openAdd();
    fill('Title', 'Bridge opens');
    fill('Publisher', 'City Herald');
    fill('Web address (URL)', 'https://herald.example/bridge');
    fill('Date published', '1932-05-01');
    fill('Article text', ARTICLE);
    fireEvent.click(screen.getByRole('button', { name: 'Show the claims' }));

    const checklist = await screen.findByRole('group', { name: /2 claims found/ });
    const boxes = within(checklist).getAllByRole('checkbox') as HTMLInputElement[];
    expect(boxes.map((box) => box.checked)).toEqual([true, true]);
    expect(background.sentOf('previewArticle')[0].data).toEqual({ text: ARTICLE });

    fireEvent.click(within(checklist).getByRole('checkbox', { name: 'It cost 4 million dollars.' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save 1 claim' }));

    expect(await screen.findByText('Saved “Bridge opens” with 1 claim.')).toBeTruthy();
    expect(background.sentOf('addArticle')[0].data).toEqual({
      meta: {
        title: 'Bridge opens',
        publisher: 'City Herald',
        url: 'https://herald.example/bridge',
        publishedAt: '1932-05-01',
      },
      text: ARTICLE,
      claims: ['The bridge opened in 1932.'],
    });
    // The form is ready for the next article.
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('');
  });

  it('detects pasted HTML and reads it here, sending the background the article as text', async () => {
    openAdd();
    fill(
      'Article text',
      '<nav><a href="/">Home</a></nav><article><p>The bridge opened\n   in 1932.</p><p>It was busy.</p></article>',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Show the claims' }));
    await screen.findByRole('group', { name: /1 claim found/ });
    expect(background.sentOf('previewArticle')[0].data).toEqual({ text: 'The bridge opened in 1932.\n\nIt was busy.' });
    fill('Title', 'Bridge');
    fireEvent.click(screen.getByRole('button', { name: /^Save/ }));
    await screen.findByText(/saved/i);
    expect(background.sentOf('addArticle')[0].data).toMatchObject({
      text: 'The bridge opened in 1932.\n\nIt was busy.',
    });
    expect(background.sentOf('addArticle')[0].data).not.toHaveProperty('html');
  });

  it('lets the reader say the text is plain even if it looks like HTML', async () => {
    openAdd();
    fireEvent.click(screen.getByRole('radio', { name: 'Plain text' }));
    fill('Article text', 'Use <p> tags, said the 3 editors.');
    fireEvent.click(screen.getByRole('button', { name: 'Show the claims' }));
    await screen.findByRole('group');
    expect(background.sentOf('previewArticle')[0].data).toEqual({ text: 'Use <p> tags, said the 3 editors.' });
  });

  it('says so when the text gives no claims', async () => {
    openAdd();
    fill('Article text', 'Nothing to see here. Really nothing.');
    fireEvent.click(screen.getByRole('button', { name: 'Show the claims' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'No claims worth checking were found in this text. Try pasting more of the article.',
    );
  });

  it('shows the background’s error when the preview fails', async () => {
    background.failures.set('previewArticle', new Error('The article is too long to read (over 2 MB).'));
    openAdd();
    fill('Article text', ARTICLE);
    fireEvent.click(screen.getByRole('button', { name: 'Show the claims' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The article is too long to read (over 2 MB).');
  });

  async function preview() {
    fill('Article text', ARTICLE);
    fireEvent.click(screen.getByRole('button', { name: 'Show the claims' }));
    return screen.findByRole('group', { name: /claims found/ });
  }

  it('asks for a title before saving', async () => {
    openAdd();
    await preview();
    fireEvent.click(screen.getByRole('button', { name: 'Save 2 claims' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Give the article a title.');
    expect(document.activeElement).toBe(screen.getByLabelText('Title'));
    expect(background.sentOf('addArticle')).toHaveLength(0);
  });

  it('refuses a web address that is not http(s)', async () => {
    openAdd();
    fill('Title', 'Bridge');
    fill('Web address (URL)', 'javascript:alert(1)');
    await preview();
    fireEvent.click(screen.getByRole('button', { name: 'Save 2 claims' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The web address doesn’t look right. It should start with https://',
    );
  });

  it('asks for at least one ticked claim', async () => {
    openAdd();
    fill('Title', 'Bridge');
    await preview();
    fireEvent.click(screen.getByRole('button', { name: 'Untick all' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save 0 claims' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Tick at least one claim to save.');
  });

  it('shows the background’s error when saving fails, keeping the preview', async () => {
    background.failures.set('addArticle', new Error('A source with this URL is already in your references.'));
    openAdd();
    fill('Title', 'Bridge');
    await preview();
    fireEvent.click(screen.getByRole('button', { name: 'Save 2 claims' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'A source with this URL is already in your references.',
    );
    expect(screen.getByRole('group', { name: /claims found/ })).toBeTruthy();
  });

  it('goes back from the preview to the text', async () => {
    openAdd();
    await preview();
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect((screen.getByLabelText('Article text') as HTMLTextAreaElement).value).toBe(ARTICLE);
  });
});

describe('Add this page', () => {
  it('takes the article from the tab, fills the form and shows its claims', async () => {
    background.extracted = {
      meta: {
        title: 'Council story',
        publisher: 'News Example',
        url: ACTIVE_TAB.url,
        publishedAt: '2024-06-01',
      },
      text: ARTICLE,
    };
    openAdd();
    fireEvent.click(await screen.findByRole('button', { name: 'Add this page' }));
    await screen.findByRole('group', { name: /2 claims found/ });
    expect(background.sentOf('extractPage')[0].target).toEqual({ tabId: ACTIVE_TAB.id, frameId: 0 });
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('Council story');
    expect((screen.getByLabelText('Web address (URL)') as HTMLInputElement).value).toBe(ACTIVE_TAB.url);
    fireEvent.click(screen.getByRole('button', { name: 'Save 2 claims' }));
    await waitFor(() => expect(background.sentOf('addArticle')).toHaveLength(1));
    expect(background.sentOf('addArticle')[0].data).toEqual(expect.objectContaining({ text: ARTICLE }));
  });

  it('says in plain words when the page cannot be read', async () => {
    background.failures.set('extractPage', new Error('Could not establish connection. Receiving end does not exist.'));
    openAdd();
    fireEvent.click(await screen.findByRole('button', { name: 'Add this page' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Couldn’t read the article on this page. Reload the page and try again, or paste the text instead.',
    );
  });

  it('passes on the content script’s own words', async () => {
    background.failures.set('extractPage', new Error('This page doesn’t look like an article.'));
    openAdd();
    fireEvent.click(await screen.findByRole('button', { name: 'Add this page' }));
    expect((await screen.findByRole('alert')).textContent).toBe('This page doesn’t look like an article.');
  });

  it('is not offered on the options page', () => {
    openAdd('options');
    expect(screen.queryByRole('button', { name: 'Add this page' })).toBeNull();
  });
});

describe('helpers', () => {
  it('recognises HTML and plain text', () => {
    expect(looksLikeHtml('<p>Hello</p>')).toBe(true);
    expect(looksLikeHtml('<div class="x">Hello')).toBe(true);
    expect(looksLikeHtml('3 < 4 and 5 > 2')).toBe(false);
  });

  it('accepts empty or http(s) URLs only', () => {
    expect(isAcceptableUrl('')).toBe(true);
    expect(isAcceptableUrl('https://a.example/x')).toBe(true);
    expect(isAcceptableUrl('ftp://a.example')).toBe(false);
    expect(isAcceptableUrl('not a url')).toBe(false);
  });
});
