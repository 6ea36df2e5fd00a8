// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, type Mock, vi } from 'vitest';
import type { PageContext } from '@/content/context';
import { type EveryPageOptions, watchPage } from '@/content/every-page';
import type { PageLook } from '@/content/looks';
import { contentWorld } from '@/content/parts';
import { installFakeChrome, type RuntimeListener, removeFakeChrome } from '../helpers/fake-chrome';

let attach: Mock<(look?: PageLook) => Promise<void>>;
let alive: Mock<() => boolean>;
let watches: PageContext[];

function watch(gate: () => boolean, extra: EveryPageOptions = {}) {
  const ctx = watchPage(document, gate, { attach, alive, laterLooksMs: [], navigationDelayMs: 0, ...extra });
  watches.push(ctx);
  return ctx;
}

/** Selects the first paragraph's text and opens the context menu on it. */
function rightClickSelection() {
  const range = document.createRange();
  range.selectNodeContents(document.querySelector('p')!);
  document.getSelection()!.removeAllRanges();
  document.getSelection()!.addRange(range);
  document.querySelector('p')!.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, cancelable: true }));
}

/** What a look that found an article at load hands the part. */
const ARTICLE_AT_LOAD: PageLook = { article: true, navigated: false };

beforeEach(() => {
  vi.useFakeTimers();
  attach = vi.fn(async () => undefined);
  alive = vi.fn(() => true);
  watches = [];
  document.body.innerHTML = '<p>Search results and a form.</p>';
});

afterEach(() => {
  vi.useRealTimers();
  for (const ctx of watches) ctx.invalidate();
  document.getSelection()?.removeAllRanges();
  contentWorld().parts = {};
  contentWorld().settings = undefined;
  removeFakeChrome();
  vi.restoreAllMocks();
});

describe('the every-page script', () => {
  it('touches no extension API on a page with no article', async () => {
    const reads = vi.fn();
    Object.defineProperty(globalThis, 'chrome', { configurable: true, get: reads });
    const ctx = watchPage(document, () => false, { laterLooksMs: [5], navigationDelayMs: 0, navigationPollMs: 5 });
    watches.push(ctx);
    history.pushState({}, '', '/another-page');
    await vi.advanceTimersByTimeAsync(30);
    expect(reads).not.toHaveBeenCalled();
    expect(ctx.isValid).toBe(true);
    delete (globalThis as Record<string, unknown>).chrome;
  });

  it('attaches the annotator part once the page is an article, then stops watching', async () => {
    const ctx = watch(() => true, { laterLooksMs: [5, 10] });
    expect(attach).toHaveBeenCalledWith(ARTICLE_AT_LOAD);
    await vi.advanceTimersByTimeAsync(0);
    expect(ctx.isValid).toBe(false);
    await vi.advanceTimersByTimeAsync(20);
    expect(attach).toHaveBeenCalledTimes(1);
  });

  it('looks again later, so an article rendered after document_idle is attached once', async () => {
    let article = false;
    watch(() => article, { laterLooksMs: [20, 40] });
    await vi.advanceTimersByTimeAsync(5);
    expect(attach).not.toHaveBeenCalled();
    article = true;
    await vi.advanceTimersByTimeAsync(70);
    expect(attach).toHaveBeenCalledTimes(1);
    expect(attach).toHaveBeenCalledWith(ARTICLE_AT_LOAD);
  });

  it('looks after an in-page navigation (history.pushState)', async () => {
    let article = false;
    watch(() => article, { navigationPollMs: 5 });
    article = true;
    await vi.advanceTimersByTimeAsync(20);
    expect(attach).not.toHaveBeenCalled(); // No navigation, no second look configured.
    history.pushState({}, '', '/story-two');
    await vi.advanceTimersByTimeAsync(10);
    expect(attach).toHaveBeenCalledWith({ article: true, navigated: true });
  });

  it('attaches for messages when the reader opens the context menu on a selection, once, then stops', async () => {
    const ctx = watch(() => false);
    document.body.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true }));
    expect(attach).not.toHaveBeenCalled(); // Nothing selected: no selection menu entries.
    rightClickSelection();
    rightClickSelection();
    expect(attach).toHaveBeenCalledTimes(1);
    expect(attach).toHaveBeenCalledWith(undefined);
    await vi.advanceTimersByTimeAsync(0);
    expect(ctx.isValid).toBe(false); // The session runs the looks from now on.
  });

  it('stops when it finds the extension gone (Chrome keeps orphaned scripts running)', () => {
    alive.mockReturnValue(false);
    const ctx = watch(() => true);
    expect(attach).not.toHaveBeenCalled();
    expect(ctx.isValid).toBe(false);
  });

  it('tries again at a later look when the part could not load', async () => {
    attach.mockRejectedValueOnce(new Error('gone'));
    watch(() => true, { laterLooksMs: [20] });
    await vi.advanceTimersByTimeAsync(40);
    expect(attach).toHaveBeenCalledTimes(2);
  });

  it("loads the part from the extension's file, asking for the settings and leaving it the look", async () => {
    vi.useRealTimers(); // The part loads through a real dynamic import.
    const module = `const world = globalThis[Symbol.for('claimlens.content-world')];
      world.parts.annotator = () => { world.attached = (world.attached ?? 0) + 1; world.sawSettings = Boolean(world.settings); world.sawLook = world.look; };`;
    const listeners: Set<RuntimeListener> = installFakeChrome({
      '/page-annotator.js': `data:text/javascript,${encodeURIComponent(module)}`,
    });
    listeners.add((message, _sender, reply) => {
      reply({ res: { enabled: true, sensitivity: 0.5, pausedSites: [], asked: (message as { type: string }).type } });
      return true;
    });
    const ctx = watchPage(document, () => true, { laterLooksMs: [] });
    watches.push(ctx);
    await vi.waitFor(() => expect(ctx.isValid).toBe(false));
    const world = contentWorld() as unknown as {
      attached: number;
      sawSettings: boolean;
      sawLook: PageLook;
      settings?: Promise<unknown>;
    };
    expect(world.attached).toBe(1);
    expect(world.sawSettings).toBe(true);
    expect(world.sawLook).toEqual(ARTICLE_AT_LOAD);
    await expect(world.settings).resolves.toMatchObject({ asked: 'getSettings' });
  });
});
