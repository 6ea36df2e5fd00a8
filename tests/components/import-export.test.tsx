// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type FakeBackground, makeSource } from './fake-background';
import { installBackground, renderApp } from './harness';
import type { BackgroundHolder } from './mock-protocol';

const holder = vi.hoisted((): BackgroundHolder => ({ current: null }));
vi.mock('@/messaging/protocol', async () => (await import('./mock-protocol')).protocolMock(holder));

let background: FakeBackground;
beforeEach(() => {
  background = installBackground(holder);
  background.sources = [makeSource('a', { title: 'Bridge history' }), makeSource('b', { title: 'Election results' })];
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function openImportExport() {
  renderApp('options');
  fireEvent.click(screen.getByRole('tab', { name: 'Import / export' }));
}

function chooseFile(name: string, content: string) {
  const input = screen.getByLabelText('Reference file') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File([content], name, { type: 'application/json' })] } });
}

describe('Import', () => {
  it('accepts only the reference file types', () => {
    openImportExport();
    expect((screen.getByLabelText('Reference file') as HTMLInputElement).accept).toBe('.json,.jsonl,.jsonld');
  });

  it('sends the file’s text and says what was added', async () => {
    background.importResult = { sourcesAdded: 2, claimsAdded: 31, unchanged: 0 };
    openImportExport();
    chooseFile('refs.jsonl', '{"claim":"x"}\n');
    expect(await screen.findByText('Added 2 sources and 31 claims; 0 unchanged.')).toBeTruthy();
    expect(background.sentOf('importReferences')[0].data).toEqual({
      fileName: 'refs.jsonl',
      content: '{"claim":"x"}\n',
    });
  });

  it('reads a UTF-16 file (as Windows editors save "Unicode") in its encoding', async () => {
    const text = '{"id":"c1","text":"Zürich closed 3 bridges."}';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) new DataView(bytes.buffer).setUint16(2 + i * 2, text.charCodeAt(i), true);
    openImportExport();
    const input = screen.getByLabelText('Reference file') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File([bytes], 'refs.jsonl')] } });
    await waitFor(() => expect(background.sentOf('importReferences')).toHaveLength(1));
    expect(background.sentOf('importReferences')[0].data).toEqual({ fileName: 'refs.jsonl', content: text });
  });

  it('uses the singular for one', async () => {
    background.importResult = { sourcesAdded: 1, claimsAdded: 1, unchanged: 4 };
    openImportExport();
    chooseFile('one.json', '{}');
    expect(await screen.findByText('Added 1 source and 1 claim; 4 unchanged.')).toBeTruthy();
  });

  it('an import saved with its grouping left for later is a success that says so', async () => {
    background.importResult = { sourcesAdded: 3, claimsAdded: 3, unchanged: 0, renamed: 1, groupingPending: true };
    openImportExport();
    chooseFile('refs.jsonl', '{"id":"a","text":"x"}\n');
    const notice = await screen.findByText(/^Added 3 sources and 3 claims; 0 unchanged\./);
    expect(notice.textContent).toContain('1 of them already had the id of another source');
    expect(notice.textContent).toContain('The import is saved.');
    expect(notice.textContent).toContain('ClaimLens finishes it later by itself.');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the background’s error with the record that failed', async () => {
    background.failures.set(
      'importReferences',
      new Error('Line 3: the record {"text": ""} has no claim text. Nothing was imported.'),
    );
    openImportExport();
    chooseFile('refs.jsonl', 'a\nb\nc\n');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Couldn’t import “refs.jsonl”:');
    expect(alert.textContent).toContain('Line 3: the record {"text": ""} has no claim text. Nothing was imported.');
  });

  it('refuses other file types without sending them', async () => {
    openImportExport();
    chooseFile('notes.txt', 'hello');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Choose a .json, .jsonl or .jsonld file.');
    expect(background.sentOf('importReferences')).toHaveLength(0);
  });

  it('refuses an empty file', async () => {
    openImportExport();
    chooseFile('empty.json', '  \n');
    expect((await screen.findByRole('alert')).textContent).toContain('The file is empty.');
    expect(background.sentOf('importReferences')).toHaveLength(0);
  });

  it('says so when the file cannot be read', async () => {
    openImportExport();
    const file = new File(['{}'], 'broken.json');
    vi.spyOn(file, 'arrayBuffer').mockRejectedValue(new Error('NotReadableError'));
    fireEvent.change(screen.getByLabelText('Reference file'), { target: { files: [file] } });
    expect((await screen.findByRole('alert')).textContent).toContain('The file couldn’t be read.');
  });
});

describe('Export', () => {
  function spyDownload() {
    const createObjectURL = vi.fn((_blob: Blob) => 'blob:claimlens/1');
    const revokeObjectURL = vi.fn();
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL }));
    const clicks: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this);
    });
    return { createObjectURL, clicks };
  }

  it('exports all sources as a downloaded JSON file', async () => {
    const { createObjectURL, clicks } = spyDownload();
    openImportExport();
    fireEvent.click(await screen.findByRole('button', { name: 'Export all' }));
    expect(await screen.findByText('Saved claimlens-references.json.')).toBeTruthy();
    expect(background.sentOf('exportReferences')[0].data).toEqual({});
    expect(clicks[0].download).toBe('claimlens-references.json');
    expect(clicks[0].href).toBe('blob:claimlens/1');
    const blob = createObjectURL.mock.calls[0][0];
    expect(JSON.parse(await blob.text()).sources).toHaveLength(2);
  });

  it('exports only the chosen sources', async () => {
    spyDownload();
    openImportExport();
    const chooser = await screen.findByRole('list', { name: 'Sources to export' });
    const chosen = screen.getByRole('button', { name: 'Export chosen (0)' }) as HTMLButtonElement;
    expect(chosen.disabled).toBe(true);
    fireEvent.click(within(chooser).getByRole('checkbox', { name: 'Election results' }));
    fireEvent.click(screen.getByRole('button', { name: 'Export chosen (1)' }));
    await waitFor(() => expect(background.sentOf('exportReferences')).toHaveLength(1));
    expect(background.sentOf('exportReferences')[0].data).toEqual({ sourceIds: ['b'] });
  });

  it('shows export errors in plain words', async () => {
    background.failures.set('exportReferences', new Error('There is nothing to export yet.'));
    openImportExport();
    fireEvent.click(await screen.findByRole('button', { name: 'Export all' }));
    expect((await screen.findByRole('alert')).textContent).toBe('There is nothing to export yet.');
  });
});

describe('Reset to the seed set', () => {
  it('asks first, and Cancel does nothing', async () => {
    openImportExport();
    const opener = screen.getByRole('button', { name: 'Reset to the seed set…' });
    opener.focus();
    fireEvent.click(opener);
    const dialog = screen.getByRole('alertdialog', { name: 'Reset to the seed set?' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(background.sentOf('resetSeeds')).toHaveLength(0);
    expect(document.activeElement).toBe(opener);
  });

  it('closes on Escape without resetting', () => {
    openImportExport();
    fireEvent.click(screen.getByRole('button', { name: 'Reset to the seed set…' }));
    fireEvent.keyDown(screen.getByRole('alertdialog'), { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(background.sentOf('resetSeeds')).toHaveLength(0);
  });

  it('keeps Tab inside the dialog', () => {
    openImportExport();
    fireEvent.click(screen.getByRole('button', { name: 'Reset to the seed set…' }));
    const dialog = screen.getByRole('alertdialog');
    const reset = within(dialog).getByRole('button', { name: 'Reset' });
    reset.focus();
    fireEvent.keyDown(reset, { key: 'Tab' });
    expect(document.activeElement).toBe(within(dialog).getByRole('checkbox'));
  });

  it('resets, keeping feedback unless asked', async () => {
    openImportExport();
    fireEvent.click(screen.getByRole('button', { name: 'Reset to the seed set…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(await screen.findByText('The references are back to the seed set.')).toBeTruthy();
    expect(background.sentOf('resetSeeds')[0].data).toEqual({ clearFeedback: false });
  });

  it('can also clear "not a match" feedback', async () => {
    openImportExport();
    fireEvent.click(screen.getByRole('button', { name: 'Reset to the seed set…' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Also forget the claims I marked “not a match”' }));
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(
      await screen.findByText('The references are back to the seed set, and “not a match” marks are cleared.'),
    ).toBeTruthy();
    expect(background.sentOf('resetSeeds')[0].data).toEqual({ clearFeedback: true });
  });

  it('shows reset errors in plain words', async () => {
    background.failures.set('resetSeeds', new Error('Message port closed before a response was received.'));
    openImportExport();
    fireEvent.click(screen.getByRole('button', { name: 'Reset to the seed set…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Couldn’t reset the references. Try again.');
  });
});
