// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createShadowHost } from '@/content/shadow';

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('shadow hosts', () => {
  it('are inline by their own style, with a closed root that only the caller holds', () => {
    const { host, root, mount } = createShadowHost(document, 'claimlens-popover');
    document.body.append(host);
    expect(host.style.display).toBe('inline');
    expect(getComputedStyle(host).display).toBe('inline');
    expect(host.shadowRoot).toBeNull();
    expect(root.mode).toBe('closed');
    expect(mount.parentNode).toBe(root);
  });

  it('put nothing in the page but the host: no stylesheet, no probe element', () => {
    const before = document.documentElement.outerHTML;
    createShadowHost(document, 'claimlens-badge');
    expect(document.documentElement.outerHTML).toBe(before);
    expect(document.styleSheets).toHaveLength(0);
  });
});
