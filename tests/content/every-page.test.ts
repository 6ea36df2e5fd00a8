// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, type Mock, vi } from 'vitest';
import type { PageContext } from '@/content/context';
import { type EveryPageOptions, watchPage } from '@/content/every-page';
import { contentWorld } from '@/content/parts';
import { installFakeChrome, type RuntimeListener, removeFakeChrome } from '../helpers/fake-chrome';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let attach: Mock<(article: boolean) => Promise<void>>;
let alive: Mock<() => boolean>;
let watches: PageContext[];

function watch(gate: () => boolean, extra: EveryPageOptions = {}) {
  const ctx = watchPage(document, gate, { attach, alive, gateRetriesMs: [], navigationDelayMs: 0, ...extra });
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

beforeEach(() => {
  attach = vi.fn(async () => undefined);
  alive = vi.fn(() => true);
  watches = [];
  document.body.innerHTML = '<p>Search results and a form.</p>';
});

afterEach(() => {
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
    const ctx = watchPage(document, () => false, { gateRetriesMs: [5], navigationDelayMs: 0, navigationPollMs: 5 });
    watches.push(ctx);
    history.pushState({}, '', '/another-page');
    await sleep(30);
    expect(reads).not.toHaveBeenCalled();
    expect(ctx.isValid).toBe(true);
    delete (globalThis as Record<string, unknown>).chrome;
  });

  it('attaches the annotator part once the page is an article, then stops watching', async () => {
    const ctx = watch(() => true, { gateRetriesMs: [5, 10] });
    expect(attach).toHaveBeenCalledWith(true);
    await vi.waitFor(() => expect(ctx.isValid).toBe(false));
    await sleep(20);
    expect(attach).toHaveBeenCalledTimes(1);
  });

  it('looks again later, so an article rendered after document_idle is attached once', async () => {
    let article = false;
    watch(() => article, { gateRetriesMs: [20, 40] });
    await sleep(5);
    expect(attach).not.toHaveBeenCalled();
    article = true;
    await sleep(70);
    expect(attach).toHaveBeenCalledTimes(1);
  });

  it('looks after an in-page navigation (history.pushState)', async () => {
    let article = false;
    watch(() => article, { navigationPollMs: 5 });
    article = true;
    await sleep(20);
    expect(attach).not.toHaveBeenCalled(); // No navigation, no second look configured.
    history.pushState({}, '', '/story-two');
    await vi.waitFor(() => expect(attach).toHaveBeenCalledWith(true));
  });

  it('attaches for messages when the reader opens the context menu on a selection, once', () => {
    watch(() => false);
    document.body.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true }));
    expect(attach).not.toHaveBeenCalled(); // Nothing selected: no selection menu entries.
    rightClickSelection();
    rightClickSelection();
    expect(attach).toHaveBeenCalledTimes(1);
    expect(attach).toHaveBeenCalledWith(false);
  });

  it('stops when it finds the extension gone (Chrome keeps orphaned scripts running)', () => {
    alive.mockReturnValue(false);
    const ctx = watch(() => true);
    expect(attach).not.toHaveBeenCalled();
    expect(ctx.isValid).toBe(false);
  });

  it('tries again at a later look when the part could not load', async () => {
    attach.mockRejectedValueOnce(new Error('gone'));
    watch(() => true, { gateRetriesMs: [20] });
    await sleep(40);
    expect(attach).toHaveBeenCalledTimes(2);
  });

  it("loads the part from the extension's file, asking for the settings while it loads", async () => {
    const module = `const world = globalThis[Symbol.for('claimlens.content-world')];
      world.parts.annotator = () => { world.attached = (world.attached ?? 0) + 1; world.sawSettings = Boolean(world.settings); };`;
    const listeners: Set<RuntimeListener> = installFakeChrome({
      '/page-annotator.js': `data:text/javascript,${encodeURIComponent(module)}`,
    });
    listeners.add((message, _sender, reply) => {
      reply({ res: { enabled: true, sensitivity: 0.5, pausedSites: [], asked: (message as { type: string }).type } });
      return true;
    });
    const ctx = watchPage(document, () => true, { gateRetriesMs: [] });
    watches.push(ctx);
    await vi.waitFor(() => expect(ctx.isValid).toBe(false));
    const world = contentWorld() as unknown as { attached: number; sawSettings: boolean; settings?: Promise<unknown> };
    expect(world.attached).toBe(1);
    expect(world.sawSettings).toBe(true);
    await expect(world.settings).resolves.toMatchObject({ asked: 'getSettings' });
  });
});
