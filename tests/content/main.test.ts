// @vitest-environment happy-dom
import { defineExtensionMessaging } from '@webext-core/messaging';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageAnnotator, PageAnnotatorFactory, PageKit } from '@/content/annotator-part';
import { PageContext } from '@/content/context';
import { type AttachOptions, attachToPage } from '@/content/main';
import { contentWorld } from '@/content/parts';
import { createShadowHost } from '@/content/shadow';
import type { ProtocolMap, Settings } from '@/messaging/protocol';
import { installFakeChrome, type RuntimeListener, removeFakeChrome } from '../helpers/fake-chrome';

let listeners: Set<RuntimeListener>;
let background: ReturnType<typeof defineExtensionMessaging<ProtocolMap>>;
let kits: PageKit[];
let annotator: { [K in keyof PageAnnotator['annotator']]: ReturnType<typeof vi.fn> };
let contexts: PageContext[];
let factory: PageAnnotatorFactory;

/** Attach options: a context the test can invalidate, the stand-in annotator. */
function attach(extra: AttachOptions = {}) {
  const ctx = new PageContext(() => true);
  contexts.push(ctx);
  return attachToPage({ ctx, createPageAnnotator: factory, gate: () => false, ...extra });
}

beforeEach(() => {
  fakeBrowser.reset();
  listeners = installFakeChrome();
  background = defineExtensionMessaging<ProtocolMap>();
  kits = [];
  contexts = [];
  annotator = {
    start: vi.fn(async () => undefined),
    navigated: vi.fn(),
    refresh: vi.fn(async () => undefined),
    showAnnotation: vi.fn(() => true),
    showCheckResult: vi.fn(async () => undefined),
    showNotice: vi.fn(async () => undefined),
    settled: vi.fn(async () => undefined),
    slots: vi.fn(),
  };
  factory = (kit) => {
    kits.push(kit);
    return {
      annotator: annotator as unknown as PageAnnotator['annotator'],
      pageArticle: () => ({ meta: { title: 'T', publisher: '', url: '', publishedAt: '' }, text: 'Body.' }),
    };
  };
});

afterEach(() => {
  vi.useRealTimers();
  for (const ctx of contexts) ctx.invalidate();
  contentWorld().settings = undefined;
  contentWorld().look = undefined;
  background.removeAllListeners();
  removeFakeChrome();
});

describe("the page's session (the annotator part)", () => {
  it('answers tab messages on a page with no article without starting the annotator', async () => {
    attach();
    await background.sendMessage('showCheckResult', { text: 'Some words.', annotation: null }, 1);
    expect(annotator.showCheckResult).toHaveBeenCalledWith('Some words.', null);
    await background.sendMessage('showNotice', { message: 'Saved.' }, 1);
    expect(annotator.showNotice).toHaveBeenCalledWith('Saved.');
    await expect(background.sendMessage('extractPage', undefined, 1)).resolves.toMatchObject({ text: 'Body.' });
    await expect(background.sendMessage('showAnnotation', { index: 0 }, 1)).resolves.toBe(false);
    expect(annotator.showAnnotation).not.toHaveBeenCalled();
    expect(annotator.start).not.toHaveBeenCalled();
  });

  it('starts the annotator on an article, handing it its context and gate', async () => {
    const gate = vi.fn(() => true);
    const session = attach({ gate });
    await vi.waitFor(() => expect(annotator.start).toHaveBeenCalledTimes(1));
    expect(kits).toHaveLength(1);
    expect(kits[0]!.ctx).toBe(session.ctx);
    expect(kits[0]!.looksLikeArticle).toBe(gate);
    await expect(background.sendMessage('showAnnotation', { index: 3 }, 1)).resolves.toBe(true);
    expect(annotator.showAnnotation).toHaveBeenCalledWith(3);
  });

  it('attaches once: attaching again returns the same session, whose later looks find an article rendered late', async () => {
    vi.useFakeTimers();
    let article = false;
    const first = attach({ gate: () => article });
    article = true;
    const second = attach({ gate: () => article });
    expect(second).toBe(first);
    expect(annotator.start).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1500);
    expect(annotator.start).toHaveBeenCalledTimes(1);
    expect(kits).toHaveLength(1);
    expect(listeners.size).toBe(1);
  });

  it("starts from the look the every-page script handed over, without asking the gate, and ends that script's watch", async () => {
    const gate = vi.fn(() => true);
    const watch = new PageContext(() => true);
    contentWorld().watch = watch;
    contentWorld().look = { article: true, navigated: false };
    attach({ gate });
    await vi.waitFor(() => expect(annotator.start).toHaveBeenCalledWith(true));
    expect(gate).not.toHaveBeenCalled();
    expect(watch.isValid).toBe(false);
    expect(contentWorld().look).toBeUndefined();
  });

  it('tells a started annotator of in-page navigations, with what the look after each saw', async () => {
    vi.useFakeTimers();
    let article = true;
    attach({ gate: () => article, looks: { navigationPollMs: 10, navigationDelayMs: 5 } });
    await vi.advanceTimersByTimeAsync(0);
    expect(annotator.start).toHaveBeenCalledTimes(1);
    article = false;
    history.pushState({}, '', '/a-list-of-stories');
    await vi.advanceTimersByTimeAsync(20);
    expect(annotator.navigated).toHaveBeenCalledWith(false);
    expect(annotator.start).toHaveBeenCalledTimes(1);
  });

  it('replaces a session whose extension went away, and its listener goes with it', () => {
    let alive = true;
    const old = attachToPage({ ctx: new PageContext(() => alive), createPageAnnotator: factory, gate: () => false });
    alive = false;
    const fresh = attach();
    expect(fresh).not.toBe(old);
    expect(old.ctx.isValid).toBe(false);
    expect(kits).toHaveLength(2);
    expect(listeners.size).toBe(1);
    expect(contentWorld().session).toBe(fresh);
  });

  it("hands the every-page script's early settings to the annotator's first call; later calls ask again", async () => {
    const asked: string[] = [];
    listeners.add((message, _sender, reply) => {
      if ((message as { type?: string }).type !== 'getSettings') return undefined;
      asked.push('getSettings');
      reply({ res: { enabled: false, sensitivity: 0.5, pausedSites: [] } });
      return true;
    });
    const early: Settings = { enabled: true, sensitivity: 0.7, pausedSites: [] };
    contentWorld().settings = Promise.resolve(early);
    attach();
    expect(contentWorld().settings).toBeUndefined();
    await expect(kits[0]!.getSettings()).resolves.toEqual(early);
    expect(asked).toHaveLength(0);
    await expect(kits[0]!.getSettings()).resolves.toMatchObject({ enabled: false });
    expect(asked).toEqual(['getSettings']);
  });

  it('refresh looks at a page it had not started on, and refreshes one it had', async () => {
    let article = false;
    attach({ gate: () => article });
    await background.sendMessage('refresh', undefined, 1);
    expect(annotator.start).not.toHaveBeenCalled();
    article = true;
    await background.sendMessage('refresh', undefined, 1);
    expect(annotator.start).toHaveBeenCalledTimes(1);
    await background.sendMessage('refresh', undefined, 1);
    expect(annotator.refresh).toHaveBeenCalledTimes(1);
  });

  it('looks again after a start that failed', async () => {
    annotator.start.mockRejectedValueOnce(new Error('gone'));
    const session = attach({ gate: () => true });
    await vi.waitFor(() => expect(annotator.start).toHaveBeenCalledTimes(1));
    await session.look();
    expect(annotator.start).toHaveBeenCalledTimes(2);
  });

  it('removes the badges and popover an earlier instance left in the page, and only when it attaches', () => {
    // The content script sees closed roots (chrome.dom in Chrome, openOrClosedShadowRoot in Firefox).
    const roots = new Map<Element, ShadowRoot>();
    const dom = { openOrClosedShadowRoot: (element: Element) => roots.get(element) ?? null };
    (globalThis as unknown as { chrome: { dom?: typeof dom } }).chrome.dom = dom;
    const leftover = (tag: string) => {
      const { host, root } = createShadowHost(document, tag);
      roots.set(host, root);
      return host;
    };
    document.body.innerHTML = '<p>Text.</p>';
    document.body.querySelector('p')!.append(leftover('claimlens-badge'));
    document.body.append(leftover('claimlens-popover'));
    attach();
    expect(document.querySelectorAll('claimlens-badge, claimlens-popover')).toHaveLength(0);
    document.body.querySelector('p')!.append(leftover('claimlens-badge'));
    attach(); // The live session is returned; its own badges stay.
    expect(document.querySelectorAll('claimlens-badge')).toHaveLength(1);
    document.body.innerHTML = '';
  });

  it("leaves alone elements of the same name that the page made (removing them would tell it we're here)", () => {
    (globalThis as unknown as { chrome: { dom?: object } }).chrome.dom = { openOrClosedShadowRoot: () => null };
    document.body.innerHTML = '<p>Text.<claimlens-badge></claimlens-badge></p><claimlens-popover></claimlens-popover>';
    const closed = document.createElement('claimlens-badge');
    closed.attachShadow({ mode: 'closed' });
    document.body.append(closed);
    attach();
    expect(document.querySelectorAll('claimlens-badge, claimlens-popover')).toHaveLength(3);
    document.body.innerHTML = '';
  });

  it('removes its message listener and leaves the world when its context is invalidated', () => {
    const session = attach();
    expect(listeners.size).toBe(1);
    session.ctx.invalidate();
    expect(listeners.size).toBe(0);
    expect(contentWorld().session).toBeUndefined();
  });
});
