import { describe, expect, it, vi } from 'vitest';
import { ANNOTATOR_FILE, type InjectionApi, injectAnnotator, sendToPage } from '@/messaging/to-page';

const NOBODY = 'Could not establish connection. Receiving end does not exist.';

/** A tab whose content script listens once `attached` is set (by the injection). */
function tab(attached = false) {
  const state = { attached, injections: 0 };
  const send = vi.fn(async (_tabId: number, type: string, data: unknown) => {
    if (!state.attached) throw new Error(NOBODY);
    return { type, data } as never;
  });
  const inject = vi.fn(async () => {
    state.injections += 1;
    state.attached = true;
  });
  return { state, send, inject };
}

describe('messages to a page', () => {
  it('sends straight to a page that listens, injecting nothing', async () => {
    const { send, inject } = tab(true);
    await expect(sendToPage(7, 'showNotice', { message: 'Saved.' }, { send, inject })).resolves.toEqual({
      type: 'showNotice',
      data: { message: 'Saved.' },
    });
    expect(inject).not.toHaveBeenCalled();
  });

  it('injects the annotator part into a page nobody listens on, then sends once more', async () => {
    const { state, send, inject } = tab(false);
    await expect(sendToPage(7, 'extractPage', undefined, { send, inject })).resolves.toMatchObject({
      type: 'extractPage',
    });
    expect(inject).toHaveBeenCalledWith(7);
    expect(state.injections).toBe(1);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it("passes on the content script's own words without injecting", async () => {
    const send = vi.fn(async () => {
      throw new Error('This page has no article text that ClaimLens can add.');
    });
    const inject = vi.fn(async () => undefined);
    await expect(sendToPage(7, 'extractPage', undefined, { send, inject })).rejects.toThrow('no article text');
    expect(inject).not.toHaveBeenCalled();
  });

  it("keeps the browser's first error when the page cannot be injected (a browser page, no access)", async () => {
    const { send } = tab(false);
    const inject = vi.fn(async () => {
      throw new Error('Cannot access contents of the page.');
    });
    await expect(sendToPage(7, 'showNotice', { message: 'x' }, { send, inject })).rejects.toThrow(NOBODY);
    expect(send).toHaveBeenCalledTimes(1);
  });
});

describe('injecting the annotator part', () => {
  it("uses scripting.executeScript where there is one (Chrome's Manifest V3), top frame only", async () => {
    const executeScript = vi.fn(async () => []);
    const legacy = vi.fn(async () => []);
    await injectAnnotator(3, { scripting: { executeScript }, tabs: { executeScript: legacy } });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 3, frameIds: [0] }, files: [ANNOTATOR_FILE] });
    expect(legacy).not.toHaveBeenCalled();
  });

  it("falls back to tabs.executeScript (Firefox's Manifest V2)", async () => {
    const legacy = vi.fn(async () => []);
    await injectAnnotator(3, { tabs: { executeScript: legacy } });
    expect(legacy).toHaveBeenCalledWith(3, { file: ANNOTATOR_FILE, frameId: 0 });
  });

  it('says so in plain words when the browser has neither', async () => {
    await expect(injectAnnotator(3, { tabs: {} } as InjectionApi)).rejects.toThrow(
      'This browser cannot run ClaimLens on the page.',
    );
  });
});
