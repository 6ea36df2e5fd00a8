// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type BadgeHandle, createBadge } from '@/content/badge';
import { POPOVER_TAG } from '@/content/contract';
import { createPopover, type PopoverController } from '@/content/popover';
import { badgeName, safeLink } from '@/content/ui/labels';
import { withComparisons } from '@/lib/compare/comparison';
import { defaultLexicon } from '@/lib/lexicon/default-lexicon';
import { annotation, match } from './fixtures';
import { fromReader, readerClick } from './reader-input';

const sentence = 'Officials said 300 soldiers were deployed on Monday.';
const write = <T>(change: () => T) => change();

function badgeFor(status: 'corroborated' | 'conflicting' | 'mixed' = 'conflicting', onActivate = vi.fn()) {
  const badge = createBadge(document, { ...annotation(sentence), status }, onActivate);
  document.body.append(badge.host);
  return badge;
}

const button = (badge: BadgeHandle) => badge.root.querySelector('button')!;
const popoverRoot = () => document.querySelector(POPOVER_TAG) as HTMLElement | null;
/** The popovers made in the current test: their closed roots are reachable only through the controller. */
let popovers: PopoverController[] = [];
const newPopover = (): PopoverController => {
  const popover = createPopover(document, write);
  popovers.push(popover);
  return popover;
};
const dialog = () => popovers.at(-1)?.root?.querySelector('[role="dialog"]') as HTMLElement | null;
const escapeKey = () => new KeyboardEvent('keydown', { key: 'Escape', bubbles: true });
const pointerDown = () => new Event('pointerdown', { bubbles: true, composed: true });

afterEach(() => {
  document.body.innerHTML = '';
  for (const leftover of document.querySelectorAll(POPOVER_TAG)) leftover.remove();
  popovers = [];
});

describe('badge', () => {
  it('tells the page nothing: a closed root, no attribute but its style, no text; the name is inside', () => {
    const onActivate = vi.fn();
    const badge = badgeFor('conflicting', onActivate);
    expect(badge.host.shadowRoot).toBeNull();
    expect(badge.host.getAttributeNames()).toEqual(['style']);
    expect(badge.host.getAttribute('style')).not.toMatch(/conflict|corrobor|mixed|soldiers/i);
    expect(badge.host.childNodes).toHaveLength(0);
    expect(badge.host.textContent).toBe('');
    const b = button(badge);
    expect(b.getAttribute('aria-label')).toBe('Conflicts with 2 reference sources');
    expect(b.textContent).toContain('2');
    expect(b.getAttribute('aria-expanded')).toBe('false');
    readerClick(b);
    expect(onActivate).toHaveBeenCalledWith(badge);
  });

  it("ignores a page script's clicks: only the reader's (trusted) click activates it", () => {
    const onActivate = vi.fn();
    const badge = badgeFor('corroborated', onActivate);
    badge.host.click();
    button(badge).click();
    button(badge).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    button(badge).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(onActivate).not.toHaveBeenCalled();
    readerClick(button(badge));
    expect(onActivate).toHaveBeenCalledOnce();
  });

  it('marks its closed root as made by this extension, so a look-alike the page made is told apart', async () => {
    const { isOwnHost } = await import('@/content/owner');
    const badge = badgeFor();
    expect(badge.root.mode).toBe('closed');
    expect(badge.root.lastElementChild?.hasAttribute('data-owner')).toBe(true);
    const lookAlike = document.createElement('claimlens-badge');
    lookAlike.attachShadow({ mode: 'closed' });
    document.body.append(lookAlike);
    expect(isOwnHost(lookAlike)).toBe(false);
  });

  it('shares one stylesheet between badges', () => {
    const one = badgeFor();
    const two = badgeFor('corroborated');
    const sheets = (badge: BadgeHandle) => badge.root.adoptedStyleSheets;
    if (sheets(one).length > 0) expect(sheets(one)[0]).toBe(sheets(two)[0]);
    else expect(one.root.querySelector('style')?.textContent).toContain('.badge');
  });

  it('names each status in words', () => {
    expect(badgeName('corroborated', 2)).toBe('Corroborated by 2 reference sources');
    expect(badgeName('corroborated', 1)).toBe('Corroborated by 1 reference source');
    expect(badgeName('conflicting', 2)).toBe('Conflicts with 2 reference sources');
    expect(badgeName('mixed', 2)).toBe('Reference sources disagree (2)');
  });
});

describe('popover', () => {
  it('leads with the reason, then sets the page sentence beside each reference claim, only decisive words marked', () => {
    const badge = badgeFor();
    const popover = newPopover();
    const view = withComparisons(badge.annotation, defaultLexicon);
    popover.open({ kind: 'annotation', annotation: view }, { badge, onNotAMatch: vi.fn() });
    const root = dialog()!;
    expect(root).not.toBeNull();
    const items = root.querySelectorAll('ol > li');
    expect(items).toHaveLength(2);
    const [pageSide, referenceSide] = items[0].querySelectorAll('blockquote');
    expect(pageSide.textContent).toBe(sentence);
    expect(referenceSide.textContent).toBe(match().referenceClaim);
    expect([...pageSide.querySelectorAll('mark.difference')].map((m) => m.textContent)).toEqual(['300']);
    expect([...referenceSide.querySelectorAll('mark.difference')].map((m) => m.textContent)).toEqual(['3,000']);
    // "Monday" / "Tuesday" differ too, but the engine did not name them: a changed word alone is not marked.
    expect([...pageSide.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['300']);
    const lead = root.querySelector('.reason')!;
    expect(lead).toBe(root.querySelector('.bar + *'));
    expect(lead.textContent).toBe(
      'This page, according to officials: 300 soldiers were deployed on Monday. References, according to officials: 3,000 soldiers were deployed on Tuesday.',
    );
    const link = items[0].querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://example.org/border');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(items[0].querySelector('.source')!.textContent).toContain('Morning Star');
    // The source's date as the update line and the reference list write it.
    expect(items[0].querySelector('.source')!.textContent).toContain('13 Jan 2025');
    expect(root.textContent).toContain('Conflicts with 2 reference sources');
    expect(button(badge).getAttribute('aria-expanded')).toBe('true');
  });

  it('marks the named differences when the match carries no decisive ranges', () => {
    const popover = newPopover();
    popover.open({ kind: 'annotation', annotation: annotation(sentence) });
    const pageSide = dialog()!.querySelector('blockquote')!;
    expect([...pageSide.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['300']);
  });

  it('puts page and reference text in as text, never as markup', () => {
    const hostile = '<img src=x onerror="alert(1)"> said 300 soldiers died.';
    const popover = newPopover();
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

  it('opens in a closed root, with nothing on its host that tells what it shows', () => {
    const badge = badgeFor();
    const popover = newPopover();
    popover.open({ kind: 'annotation', annotation: badge.annotation }, { badge });
    expect(popoverRoot()!.shadowRoot).toBeNull();
    expect(popoverRoot()!.getAttributeNames()).toEqual(['style']);
    expect(popoverRoot()!.textContent).toBe('');
    expect(popover.root!.textContent).toContain(match().referenceClaim);
  });

  it('moves focus in, closes on Escape and gives focus back to the badge', () => {
    const badge = badgeFor();
    const popover = newPopover();
    popover.open({ kind: 'annotation', annotation: badge.annotation }, { badge });
    expect(popover.root!.activeElement).toBe(dialog());
    document.dispatchEvent(escapeKey()); // A page script's Escape does not close it.
    expect(popover.isOpen).toBe(true);
    document.dispatchEvent(fromReader(escapeKey()));
    expect(popoverRoot()).toBeNull();
    expect(popover.isOpen).toBe(false);
    expect(badge.root.activeElement).toBe(button(badge));
    expect(button(badge).getAttribute('aria-expanded')).toBe('false');
  });

  it('closes on a click outside, not on a click inside', () => {
    const badge = badgeFor();
    const popover = newPopover();
    popover.open({ kind: 'annotation', annotation: badge.annotation }, { badge });
    dialog()!.dispatchEvent(fromReader(pointerDown()));
    expect(popover.isOpen).toBe(true);
    document.body.dispatchEvent(pointerDown()); // A page script's.
    expect(popover.isOpen).toBe(true);
    document.body.dispatchEvent(fromReader(pointerDown()));
    expect(popover.isOpen).toBe(false);
  });

  it('offers "Not a match" and a close button', () => {
    const badge = badgeFor();
    const onNotAMatch = vi.fn();
    const popover = newPopover();
    popover.open({ kind: 'annotation', annotation: badge.annotation }, { badge, onNotAMatch });
    const buttons = [...dialog()!.querySelectorAll('button')];
    const notAMatch = buttons.find((b) => b.textContent === 'Not a match')!;
    const close = buttons.find((b) => b.getAttribute('aria-label') === 'Close')!;
    notAMatch.click(); // A page script's clicks do nothing.
    close.click();
    expect(onNotAMatch).not.toHaveBeenCalled();
    expect(popover.isOpen).toBe(true);
    readerClick(notAMatch);
    expect(onNotAMatch).toHaveBeenCalledOnce();
    readerClick(close);
    expect(popover.isOpen).toBe(false);
  });

  it('says so when a checked selection matches nothing', () => {
    const popover = newPopover();
    popover.open({ kind: 'check', text: 'Some text', annotation: null });
    expect(dialog()!.textContent).toContain('No reference claim matches the selected text.');
  });
});
