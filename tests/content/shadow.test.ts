// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';

/** shadow.ts afresh: it checks for the content script's sheet once per document. */
const freshModule = async () => {
  vi.resetModules();
  return import('@/lib/content/shadow');
};

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('shadow hosts', () => {
  it("hide by their own style where the content script's sheet shows them (it goes when Firefox turns the add-on off)", async () => {
    const style = document.createElement('style');
    style.textContent = 'claimlens-badge, claimlens-popover { display: inline !important; }';
    document.head.append(style);
    const { createShadowHost } = await freshModule();
    const { host } = createShadowHost(document, 'claimlens-badge');
    expect(host.style.display).toBe('none');
    document.body.append(host);
    expect(getComputedStyle(host).display).toBe('inline');
    style.remove();
    expect(getComputedStyle(host).display).toBe('none');
    expect(document.body.childNodes).toHaveLength(1); // The check left nothing behind.
  });

  it('are inline by themselves in a page without that sheet (the script was injected on demand)', async () => {
    const { createShadowHost } = await freshModule();
    const { host } = createShadowHost(document, 'claimlens-popover');
    document.body.append(host);
    expect(host.style.display).toBe('inline');
    expect(getComputedStyle(host).display).toBe('inline');
  });
});
