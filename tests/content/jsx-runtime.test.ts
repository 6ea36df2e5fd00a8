// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { type Component, jsx, mount } from '@/lib/content/dom/jsx-runtime';
import { changesText } from '@/lib/content/watch';

describe('page-UI JSX runtime', () => {
  it('builds elements with attributes, listeners and text children, never parsing markup', () => {
    const onClick = vi.fn();
    const Item = (({ label }: { label: string }) => jsx('li', { children: label })) as Component<
      Record<string, unknown>
    >;
    const tree = jsx('ul', {
      class: 'list',
      'aria-hidden': true,
      hidden: false,
      tabindex: -1,
      onClick,
      children: [jsx(Item, { label: '<b>1</b>' }), null, false, 2],
    });
    const parent = document.createElement('div');
    mount(tree, parent);
    const ul = parent.firstChild as HTMLElement;
    expect(ul.outerHTML).toBe('<ul class="list" aria-hidden="" tabindex="-1"><li>&lt;b&gt;1&lt;/b&gt;</li>2</ul>');
    ul.click();
    expect(onClick).toHaveBeenCalledOnce();
  });
});

describe('changesText', () => {
  const record = (init: Partial<MutationRecord>) =>
    ({ type: 'childList', addedNodes: [], removedNodes: [], ...init }) as unknown as MutationRecord;
  it('counts added text, not ClaimLens hosts, empty elements, scripts or whitespace', () => {
    const p = document.createElement('p');
    const withText = document.createElement('p');
    withText.textContent = 'News';
    expect(changesText(record({ target: p, addedNodes: [withText] as never }))).toBe(true);
    expect(changesText(record({ target: p, addedNodes: [document.createElement('claimlens-badge')] as never }))).toBe(
      false,
    );
    expect(changesText(record({ target: p, addedNodes: [document.createElement('img')] as never }))).toBe(false);
    expect(changesText(record({ target: p, addedNodes: [document.createTextNode('  \n')] as never }))).toBe(false);
    const script = document.createElement('script');
    expect(
      changesText(record({ type: 'characterData', target: script.appendChild(document.createTextNode('x')) })),
    ).toBe(false);
    expect(changesText(record({ type: 'characterData', target: p.appendChild(document.createTextNode('x')) }))).toBe(
      true,
    );
  });
});
