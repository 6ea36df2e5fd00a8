// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { badgeName, safeLink } from '@/components/content/labels';
import { withWordDiffs } from '@/lib/compare/word-diff';
import { type BadgeHandle, createBadge } from '@/lib/content/badge';
import { BADGE_ATTR, CLAIM_TEXT_ATTR, POPOVER_ATTR, STATUS_ATTR } from '@/lib/content/contract';
import { createPopover, placement } from '@/lib/content/popover';
import { annotation, match } from './fixtures';

const sentence = 'Officials said 300 soldiers were deployed on Monday.';
const write = <T>(change: () => T) => change();

function badgeFor(status: 'corroborated' | 'conflicting' | 'mixed' = 'conflicting', onActivate = vi.fn()) {
  const badge = createBadge(document, { ...annotation(sentence), status }, onActivate);
  document.body.append(badge.host);
  return badge;
}

const button = (badge: BadgeHandle) => badge.host.shadowRoot!.querySelector('button')!;
const popoverRoot = () => document.querySelector(`[${POPOVER_ATTR}]`) as HTMLElement | null;
const dialog = () => popoverRoot()?.shadowRoot?.querySelector('[role="dialog"]') as HTMLElement | null;

afterEach(() => {
  document.body.innerHTML = '';
  for (const leftover of document.querySelectorAll(`[${POPOVER_ATTR}]`)) leftover.remove();
});

describe('badge', () => {
  it('carries the DOM contract on its host and a named button in its shadow root', () => {
    const onActivate = vi.fn();
    const badge = badgeFor('conflicting', onActivate);
    expect(badge.host.hasAttribute(BADGE_ATTR)).toBe(true);
    expect(badge.host.getAttribute(STATUS_ATTR)).toBe('conflicting');
    expect(badge.host.getAttribute(CLAIM_TEXT_ATTR)).toBe(sentence);
    expect(badge.host.childNodes).toHaveLength(0);
    expect(badge.host.textContent).toBe('');
    const b = button(badge);
    expect(b.getAttribute('aria-label')).toBe('Conflicts with 2 reference sources');
    expect(b.textContent).toContain('2');
    expect(b.getAttribute('aria-expanded')).toBe('false');
    b.click();
    expect(onActivate).toHaveBeenCalledWith(badge);
  });

  it('shares one stylesheet between badges', () => {
    const one = badgeFor();
    const two = badgeFor('corroborated');
    const sheets = (badge: BadgeHandle) => badge.host.shadowRoot!.adoptedStyleSheets;
    if (sheets(one).length > 0) expect(sheets(one)[0]).toBe(sheets(two)[0]);
    else expect(one.host.shadowRoot!.querySelector('style')?.textContent).toContain('.badge');
  });

  it('names each status in words', () => {
    expect(badgeName('corroborated', 2)).toBe('Corroborated by 2 reference sources');
    expect(badgeName('corroborated', 1)).toBe('Corroborated by 1 reference source');
    expect(badgeName('conflicting', 2)).toBe('Conflicts with 2 reference sources');
    expect(badgeName('mixed', 2)).toBe('Reference sources disagree (2)');
  });
});

describe('popover', () => {
  it('sets the page sentence beside each reference claim, with differences marked and the source', () => {
    const badge = badgeFor();
    const popover = createPopover(document, write);
    popover.open({ kind: 'annotation', annotation: withWordDiffs(badge.annotation) }, { badge, onNotAMatch: vi.fn() });
    const root = dialog()!;
    expect(root).not.toBeNull();
    const items = root.querySelectorAll('ol > li');
    expect(items).toHaveLength(2);
    const [pageSide, referenceSide] = items[0].querySelectorAll('blockquote');
    expect(pageSide.textContent).toBe(sentence);
    expect(referenceSide.textContent).toBe(match().referenceClaim);
    expect([...pageSide.querySelectorAll('mark.difference')].map((m) => m.textContent)).toEqual(['300']);
    expect([...referenceSide.querySelectorAll('mark.difference')].map((m) => m.textContent)).toEqual(['3,000']);
    expect([...pageSide.querySelectorAll('mark.changed')].map((m) => m.textContent)).toEqual(['Monday']);
    const link = items[0].querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://example.org/border');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(items[0].querySelector('.source')!.textContent).toContain('Morning Star');
    expect(items[0].querySelector('.source')!.textContent).toContain('2025-01-13');
    expect(root.textContent).toContain('Conflicts with 2 reference sources');
    expect(button(badge).getAttribute('aria-expanded')).toBe('true');
  });

  it('marks only the named differences when the match carries no word diff', () => {
    const popover = createPopover(document, write);
    popover.open({ kind: 'annotation', annotation: annotation(sentence) });
    const pageSide = dialog()!.querySelector('blockquote')!;
    expect([...pageSide.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['300']);
  });

  it('puts page and reference text in as text, never as markup', () => {
    const hostile = '<img src=x onerror="alert(1)"> said 300 soldiers died.';
    const popover = createPopover(document, write);
    popover.open({
      kind: 'annotation',
      annotation: annotation(hostile, {
        matches: [
          match({ referenceClaim: '<b>bold</b> claim', source: { ...match().source, url: 'javascript:alert(1)' } }),
        ],
      }),
    });
    const root = dialog()!;
    expect(root.querySelector('img, blockquote b')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror="alert(1)">');
    expect(root.textContent).toContain('<b>bold</b> claim');
    expect(root.querySelector('a')).toBeNull();
    expect(safeLink('javascript:alert(1)')).toBeNull();
  });

  it('moves focus in, closes on Escape and gives focus back to the badge', () => {
    const badge = badgeFor();
    const popover = createPopover(document, write);
    popover.open({ kind: 'annotation', annotation: badge.annotation }, { badge });
    expect(popoverRoot()!.shadowRoot!.activeElement).toBe(dialog());
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(popoverRoot()).toBeNull();
    expect(popover.isOpen).toBe(false);
    expect(badge.host.shadowRoot!.activeElement).toBe(button(badge));
    expect(button(badge).getAttribute('aria-expanded')).toBe('false');
  });

  it('closes on a click outside, not on a click inside', () => {
    const badge = badgeFor();
    const popover = createPopover(document, write);
    popover.open({ kind: 'annotation', annotation: badge.annotation }, { badge });
    dialog()!.dispatchEvent(new Event('pointerdown', { bubbles: true, composed: true }));
    expect(popover.isOpen).toBe(true);
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true, composed: true }));
    expect(popover.isOpen).toBe(false);
  });

  it('offers "Not a match" and a close button', () => {
    const badge = badgeFor();
    const onNotAMatch = vi.fn();
    const popover = createPopover(document, write);
    popover.open({ kind: 'annotation', annotation: badge.annotation }, { badge, onNotAMatch });
    const buttons = [...dialog()!.querySelectorAll('button')];
    buttons.find((b) => b.textContent === 'Not a match')!.click();
    expect(onNotAMatch).toHaveBeenCalledOnce();
    buttons.find((b) => b.getAttribute('aria-label') === 'Close')!.click();
    expect(popover.isOpen).toBe(false);
  });

  it('says so when a checked selection matches nothing', () => {
    const popover = createPopover(document, write);
    popover.open({ kind: 'check', text: 'Some text', annotation: null });
    expect(dialog()!.textContent).toContain('No reference claim matches the selected text.');
  });
});

describe('placement', () => {
  const viewport = { width: 360, height: 640, scrollX: 0, scrollY: 1000 };
  it('keeps the popover inside a narrow viewport, below its badge', () => {
    expect(placement({ left: 300, top: 100, bottom: 120 }, { width: 344, height: 200 }, viewport)).toEqual({
      left: 8,
      top: 1126,
    });
  });
  it('goes above the badge when there is no room below', () => {
    expect(placement({ left: 10, top: 600, bottom: 620 }, { width: 200, height: 200 }, viewport)).toEqual({
      left: 10,
      top: 1394,
    });
  });
});
