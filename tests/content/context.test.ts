// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { extensionAlive, PageContext, sameExtension } from '@/content/context';
import { installFakeChrome, removeFakeChrome } from '../helpers/fake-chrome';

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
  removeFakeChrome();
});

describe("the page's context", () => {
  it('removes its timers, intervals and listeners when invalidated, and says so once', async () => {
    const ctx = new PageContext(() => true);
    const fired = vi.fn();
    const invalidated = vi.fn();
    ctx.onInvalidated(invalidated);
    ctx.setTimeout(fired, 10);
    ctx.setInterval(fired, 5);
    ctx.addEventListener(document, 'claimlens-test', fired);
    ctx.invalidate();
    ctx.invalidate();
    document.dispatchEvent(new Event('claimlens-test'));
    await vi.advanceTimersByTimeAsync(30);
    expect(fired).not.toHaveBeenCalled();
    expect(invalidated).toHaveBeenCalledTimes(1);
    expect(ctx.isValid).toBe(false);
  });

  it('finds out that the extension went away when a timer fires, and runs nothing more', async () => {
    let alive = true;
    const ctx = new PageContext(() => alive);
    const ticks = vi.fn();
    const invalidated = vi.fn();
    ctx.onInvalidated(invalidated);
    ctx.setInterval(ticks, 5);
    await vi.advanceTimersByTimeAsync(5);
    expect(ticks).toHaveBeenCalledTimes(1);
    alive = false;
    await vi.advanceTimersByTimeAsync(20);
    expect(ticks).toHaveBeenCalledTimes(1);
    expect(invalidated).toHaveBeenCalledTimes(1);
  });

  it('runs a callback registered after invalidation at once', () => {
    const ctx = new PageContext(() => true);
    ctx.invalidate();
    const late = vi.fn();
    ctx.onInvalidated(late);
    expect(late).toHaveBeenCalledTimes(1);
  });

  it('reports in-page navigations by polling the URL where there is no Navigation API', async () => {
    const ctx = new PageContext(() => true);
    const seen: string[] = [];
    ctx.onNavigation(window, (url) => seen.push(new URL(url).pathname), 5);
    history.pushState({}, '', '/first');
    await vi.advanceTimersByTimeAsync(5);
    expect(seen).toEqual(['/first']);
    await vi.advanceTimersByTimeAsync(20);
    expect(seen).toEqual(['/first']); // Once per change.
    ctx.invalidate();
    history.pushState({}, '', '/second');
    await vi.advanceTimersByTimeAsync(20);
    expect(seen).toEqual(['/first']);
  });

  it('uses the Navigation API where there is one', () => {
    const target = new EventTarget();
    const win = { location: { href: 'https://news.example/a' }, navigation: target } as unknown as Window;
    const ctx = new PageContext(() => true);
    const seen: string[] = [];
    ctx.onNavigation(win, (url) => seen.push(url));
    const navigate = (url: string) =>
      target.dispatchEvent(Object.assign(new Event('navigate'), { destination: { url } }));
    navigate('https://news.example/a'); // The same URL: not a navigation.
    navigate('https://news.example/b');
    ctx.invalidate();
    navigate('https://news.example/c');
    expect(seen).toEqual(['https://news.example/b']);
  });

  it('tells a live extension from one that went away or was replaced', () => {
    expect(extensionAlive()).toBe(false);
    installFakeChrome();
    expect(extensionAlive()).toBe(true);
    const same = sameExtension();
    expect(same()).toBe(true);
    installFakeChrome(); // A reloaded extension: a new runtime object.
    expect(same()).toBe(false);
    expect(extensionAlive()).toBe(true);
  });
});
