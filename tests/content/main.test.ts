// @vitest-environment happy-dom
import { defineExtensionMessaging } from '@webext-core/messaging';
import { afterEach, beforeEach, describe, expect, it, type Mock, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageAnnotator, PageKit } from '@/lib/content/annotator-part';
import { type StartOptions, startContentScript } from '@/lib/content/main';
import type { loadPart, PartMap, PartName } from '@/lib/content/parts';
import type { ProtocolMap } from '@/lib/messaging/protocol';
import { installFakeChrome, type RuntimeListener, removeFakeChrome } from '../helpers/fake-chrome';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let ctx: ContentScriptContext;
let listeners: Set<RuntimeListener>;
let background: ReturnType<typeof defineExtensionMessaging<ProtocolMap>>;
let kits: PageKit[];
let annotator: { [K in keyof PageAnnotator['annotator']]: ReturnType<typeof vi.fn> };
let load: Mock<(name: PartName) => Promise<unknown>>;
/** Start options: the stand-in loader, no second looks unless given. */
const options = (extra: StartOptions = {}): StartOptions => ({
  load: load as unknown as typeof loadPart,
  gateRetriesMs: [],
  ...extra,
});

beforeEach(() => {
  fakeBrowser.reset();
  listeners = installFakeChrome();
  background = defineExtensionMessaging<ProtocolMap>();
  ctx = new ContentScriptContext('content');
  kits = [];
  annotator = {
    start: vi.fn(async () => undefined),
    refresh: vi.fn(async () => undefined),
    showAnnotation: vi.fn(() => true),
    showCheckResult: vi.fn(async () => undefined),
    showNotice: vi.fn(async () => undefined),
    settled: vi.fn(async () => undefined),
    slots: vi.fn(),
  };
  const parts: PartMap = {
    annotator: (kit) => {
      kits.push(kit);
      return {
        annotator: annotator as unknown as PageAnnotator['annotator'],
        pageArticle: () => ({ meta: { title: 'T', publisher: '', url: '', publishedAt: '' }, text: 'Body.' }),
      };
    },
    ui: {} as PartMap['ui'],
  };
  load = vi.fn(async (name: PartName) => parts[name]);
});

afterEach(() => {
  ctx.abort();
  background.removeAllListeners();
  removeFakeChrome();
});

describe('the every-page script', () => {
  it('loads nothing on a page with no article, and says there is no badge to show', async () => {
    startContentScript(ctx, () => false, options());
    await expect(background.sendMessage('showAnnotation', { index: 0 }, 1)).resolves.toBe(false);
    await sleep(10);
    expect(load).not.toHaveBeenCalled();
  });

  it('loads the annotator part on an article page and starts it, handing over its context and gate', async () => {
    const gate = vi.fn(() => true);
    startContentScript(ctx, gate, options());
    await vi.waitFor(() => expect(annotator.start).toHaveBeenCalledTimes(1));
    expect(load).toHaveBeenCalledWith('annotator');
    expect(kits).toHaveLength(1);
    expect(kits[0]!.ctx).toBe(ctx);
    expect(kits[0]!.looksLikeArticle).toBe(gate);
    await kits[0]!.loadUi();
    expect(load).toHaveBeenCalledWith('ui');
    await expect(background.sendMessage('showAnnotation', { index: 3 }, 1)).resolves.toBe(true);
    expect(annotator.showAnnotation).toHaveBeenCalledWith(3);
  });

  it("asks for the settings as the page passes the gate, and the annotator's first call gets that answer", async () => {
    const asked: string[] = [];
    let finishLoading: () => void = () => undefined;
    const loading = new Promise<void>((resolve) => {
      finishLoading = resolve;
    });
    listeners.add((message, _sender, reply) => {
      if ((message as { type?: string }).type !== 'getSettings') return undefined;
      asked.push('getSettings');
      reply({ res: { enabled: asked.length === 1, sensitivity: 0.5, pausedSites: [] } });
      return true;
    });
    const quickLoad = load;
    const slowLoad = vi.fn(async (name: PartName): Promise<unknown> => {
      await loading;
      return quickLoad(name);
    });
    startContentScript(ctx, () => true, options({ load: slowLoad as unknown as typeof loadPart }));
    // Asked while the annotator part is still loading.
    await vi.waitFor(() => expect(asked).toEqual(['getSettings']));
    expect(kits).toHaveLength(0);
    finishLoading();
    await vi.waitFor(() => expect(kits).toHaveLength(1));
    await expect(kits[0]!.getSettings()).resolves.toMatchObject({ enabled: true });
    expect(asked).toHaveLength(1);
    // Later calls ask again (the settings may have changed).
    await expect(kits[0]!.getSettings()).resolves.toMatchObject({ enabled: false });
    expect(asked).toHaveLength(2);
  });

  it('looks again later, so an article rendered after document_idle is annotated once', async () => {
    let article = false;
    startContentScript(ctx, () => article, options({ gateRetriesMs: [20, 40] }));
    await sleep(5);
    expect(load).not.toHaveBeenCalled();
    article = true;
    await sleep(70);
    expect(annotator.start).toHaveBeenCalledTimes(1);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('loads the annotator part for a check result, a notice or "Add this page" on any page', async () => {
    startContentScript(ctx, () => false, options());
    await background.sendMessage('showCheckResult', { text: 'Some words.', annotation: null }, 1);
    expect(annotator.showCheckResult).toHaveBeenCalledWith('Some words.', null);
    await background.sendMessage('showNotice', { message: 'Saved.' }, 1);
    expect(annotator.showNotice).toHaveBeenCalledWith('Saved.');
    await expect(background.sendMessage('extractPage', undefined, 1)).resolves.toMatchObject({ text: 'Body.' });
    expect(load).toHaveBeenCalledTimes(1);
    expect(annotator.start).not.toHaveBeenCalled();
  });

  it('refresh looks at a page it had not started on, and refreshes one it had', async () => {
    let article = false;
    startContentScript(ctx, () => article, options());
    await background.sendMessage('refresh', undefined, 1);
    expect(annotator.start).not.toHaveBeenCalled();
    article = true;
    await background.sendMessage('refresh', undefined, 1);
    expect(annotator.start).toHaveBeenCalledTimes(1);
    await background.sendMessage('refresh', undefined, 1);
    expect(annotator.refresh).toHaveBeenCalledTimes(1);
  });

  it('tries to load again after a failed load', async () => {
    load.mockRejectedValueOnce(new Error('gone'));
    startContentScript(ctx, () => false, options());
    await expect(background.sendMessage('showNotice', { message: 'x' }, 1)).rejects.toThrow('gone');
    await background.sendMessage('showNotice', { message: 'again' }, 1);
    expect(annotator.showNotice).toHaveBeenCalledWith('again');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('removes its message listener when the context is invalidated', () => {
    startContentScript(ctx, () => false, options());
    expect(listeners.size).toBe(1);
    ctx.abort();
    expect(listeners.size).toBe(0);
  });
});
