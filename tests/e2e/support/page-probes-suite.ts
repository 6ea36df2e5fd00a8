/**
 * What a hostile page's own scripts can learn from ClaimLens or do to it, tried from the page's main world the
 * way issue 15 found it could: read the badges and the open popover, click them and press their keys with
 * synthetic events, and detect the extension with a look-alike element. Each probe asserts that the page learns
 * nothing and changes nothing; what ClaimLens really shows is checked beside it through the extension and the
 * driver, so a probe that sees nothing cannot pass by looking at an empty page. Both browsers run it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { type DrivenBrowser, type DrivenTab, openPopoverOn, waitForPopover } from './behaviour-suite';
import { countBadgeHosts } from './in-page';
import { waitForPageBadges } from './labelled-suite';
import { readLabels } from './labels';
import { callBackground } from './messaging';
import { setupOrFail } from './setup-or-fail';

/** What a page script reads off ClaimLens's hosts. */
interface HostReading {
  hosts: number;
  popovers: number;
  /** `.shadowRoot` of each host, as a page sees it: true when it is not null. */
  openRoots: boolean[];
  /** Every attribute name on the hosts, and every style value. */
  attributes: string[];
  styles: string[];
  /** Light-DOM text and markup inside the hosts. */
  inside: string[];
  /** The whole document as markup. */
  html: string;
  /** Each badge host's size, keyed by the font size it inherits (what a page can measure). */
  sizes: Record<string, string[]>;
}

/** Runs in the page's main world: everything a page script can read off ClaimLens's hosts. */
function readHostsAsPage(): HostReading {
  const hosts = [...document.querySelectorAll('claimlens-badge, claimlens-popover')];
  return {
    hosts: hosts.length,
    popovers: document.querySelectorAll('claimlens-popover').length,
    openRoots: hosts.map((host) => host.shadowRoot !== null),
    attributes: hosts.flatMap((host) => host.getAttributeNames()),
    styles: hosts.map((host) => host.getAttribute('style') ?? ''),
    inside: hosts.map((host) => host.innerHTML + host.textContent),
    html: document.documentElement.outerHTML,
    sizes: [...document.querySelectorAll('claimlens-badge')].reduce<Record<string, string[]>>((byFont, host) => {
      const rect = host.getBoundingClientRect();
      const font = getComputedStyle(host).fontSize;
      byFont[font] = [...(byFont[font] ?? []), `${rect.width.toFixed(1)}x${rect.height.toFixed(1)}`];
      return byFont;
    }, {}),
  };
}

/** Runs in the page's main world: every synthetic way a script might activate the badges (clicks, keys, focus). */
function pokeBadgesAsPage(): number {
  let poked = 0;
  for (const host of document.querySelectorAll<HTMLElement>('claimlens-badge')) {
    host.click();
    host.focus();
    for (const type of ['pointerdown', 'mousedown', 'mouseup', 'click']) {
      host.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, cancelable: true }));
    }
    for (const key of ['Enter', ' ']) {
      for (const type of ['keydown', 'keypress', 'keyup']) {
        host.dispatchEvent(new KeyboardEvent(type, { key, bubbles: true, composed: true, cancelable: true }));
      }
    }
    const rect = host.getBoundingClientRect();
    const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
    if (hit instanceof HTMLElement) hit.click();
    poked += 1;
  }
  return poked;
}

/**
 * Runs in the page's main world: synthetic clicks over the whole open popover (a grid of points, whatever
 * element each hits, its "Not a match" button included if a script could reach it) and an Escape key.
 */
function pokePopoverAsPage(): number {
  const popover = document.querySelector<HTMLElement>('claimlens-popover');
  if (!popover) return 0;
  popover.click();
  const rect = popover.getBoundingClientRect();
  let poked = 0;
  for (let x = rect.left + 4; x < rect.right; x += 12) {
    for (let y = rect.top + 4; y < rect.bottom; y += 8) {
      const hit = document.elementFromPoint(x, y);
      if (!(hit instanceof HTMLElement)) continue;
      hit.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: x, clientY: y }));
      poked += 1;
    }
  }
  document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
  return poked;
}

/** Runs in the page's main world: look-alike hosts hidden by their own style, and what they compute to. */
function lookAlikesAsPage(): { badge: string; popover: string; sheets: number; ownSheets: number } {
  const badge = document.createElement('claimlens-badge');
  const popover = document.createElement('claimlens-popover');
  badge.setAttribute('style', 'display:none');
  popover.setAttribute('style', 'display:none');
  document.body.append(badge, popover);
  const reading = {
    badge: getComputedStyle(badge).display,
    popover: getComputedStyle(popover).display,
    sheets: document.styleSheets.length,
    ownSheets: document.querySelectorAll('style, link[rel~="stylesheet"]').length,
  };
  badge.remove();
  popover.remove();
  return reading;
}

/** Runs in the page's main world: the fixture's own look-alikes (made before ClaimLens ran), as the page sees them. */
function fixtureLookAlikesAsPage(): { present: number; display: string[] } {
  const probes = ['probe-badge', 'probe-popover'].map((id) => document.getElementById(id));
  return {
    present: probes.filter((probe) => probe?.isConnected).length,
    display: probes.map((probe) => (probe ? getComputedStyle(probe).display : 'missing')),
  };
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** The page-side probes of issue 15 (read, click, detect), in one browser. */
export function describePageProbes(browser: () => DrivenBrowser): void {
  describe("a page's own scripts learn nothing from ClaimLens and change nothing", () => {
    const labelled = readLabels('tests/fixtures/pages', 'dev-03-inaccurate-aggregator.labels.json');
    let tab: DrivenTab;
    let target = '';
    let reference = '';

    setupOrFail(async () => {
      tab = await browser().open(`/pages/${labelled.page}`);
      const badges = await waitForPageBadges(tab, true);
      // A conflicting badge if one is left (another suite may have answered "not a match" to one), else any.
      const badge = badges.find((candidate) => candidate.status === 'conflicting') ?? badges[0];
      expect(badge, 'no badge on the page').toBeDefined();
      target = badge!.claimText;
      const annotation = await callBackground(browser().send, 'checkText', { text: target });
      reference = annotation?.matches[0]?.referenceClaim ?? '';
      expect(reference, 'the sentence restates a reference claim').not.toBe('');
    });
    afterAll(async () => {
      await tab?.close();
    });

    it('reads no verdict, sentence or reference text off the badges or the open popover', async () => {
      const popover = await openPopoverOn(tab, target);
      // What the reader sees (through the driver): the reference sentence is on screen.
      const squash = (text: string) => text.replace(/\s+/g, '');
      expect(squash(popover?.text ?? '')).toContain(squash(reference));
      const seen = await tab.evaluate(readHostsAsPage);
      expect(seen.hosts).toBe((await tab.badges()).length + 1);
      expect(seen.popovers).toBe(1);
      expect(
        seen.openRoots.every((open) => !open),
        'a host exposes its shadow root',
      ).toBe(true);
      expect([...new Set(seen.attributes)]).toEqual(['style']);
      for (const style of seen.styles) expect(style).not.toMatch(/corrobor|conflict|mixed\b|disagree/i);
      expect(seen.inside.every((inside) => inside === '')).toBe(true);
      expect(seen.html).not.toMatch(/data-status|data-claim-text|data-claimlens/);
      expect(seen.html).not.toContain(reference);
      // Nor off their size: every badge measures the same, whatever its verdict and number of sources.
      const statuses = new Set((await tab.badges()).map((badge) => badge.status));
      expect(statuses.size, 'the page should show more than one verdict').toBeGreaterThan(1);
      for (const sizes of Object.values(seen.sizes)) expect(new Set(sizes).size, sizes.join(' ')).toBe(1);
      await tab.press('Escape');
      await expect.poll(() => tab.popover(), { timeout: 20_000 }).toBeNull();
    });

    it('opens no popover with synthetic clicks or keys on the badges', async () => {
      if (await tab.popover()) await tab.press('Escape');
      await expect.poll(() => tab.popover(), { timeout: 20_000 }).toBeNull();
      expect(await tab.evaluate(pokeBadgesAsPage)).toBeGreaterThan(0);
      await sleep(500);
      expect(await tab.popover()).toBeNull();
      expect(await tab.evaluate(() => document.querySelectorAll('claimlens-popover').length)).toBe(0);
    });

    it('cannot close the open popover or press "Not a match" in it; after a reload every badge is still there', async () => {
      const before = await tab.badges();
      expect(await openPopoverOn(tab, target)).not.toBeNull();
      expect(await tab.evaluate(pokePopoverAsPage)).toBeGreaterThan(0);
      await sleep(500);
      const still = await tab.popover();
      expect(still, 'a synthetic Escape or click outside closed the popover').not.toBeNull();
      expect(still!.buttons.map((button) => button.label)).toContain('Not a match');
      expect(await tab.badges()).toEqual(before);
      // Nothing was stored: the background badges the same sentences after a reload.
      await tab.reload();
      const reloaded = await waitForPageBadges(tab, true);
      await expect.poll(async () => (await tab.badges()).length, { timeout: 30_000 }).toBe(before.length);
      expect((await tab.badges()).map((badge) => badge.claimText)).toEqual(before.map((badge) => badge.claimText));
      expect(reloaded.length).toBeGreaterThan(0);
    });

    it("still works for the reader's own input: Tab to a badge, Enter opens it, Escape closes it", async () => {
      let onBadge = false;
      for (let presses = 0; presses < 80 && !onBadge; presses += 1) {
        await tab.press('Tab');
        onBadge = await tab.evaluate(() => document.activeElement?.localName === 'claimlens-badge');
      }
      expect(onBadge, 'Tab never reached a badge').toBe(true);
      await tab.press('Enter');
      expect(await waitForPopover(tab)).not.toBeNull();
      await tab.press('Escape');
      await expect.poll(() => tab.popover(), { timeout: 20_000 }).toBeNull();
    });
  });

  describe('a page cannot tell ClaimLens is installed where it has shown nothing', () => {
    it('a look-alike host hidden by its own style stays hidden on a page with no article', async () => {
      const tab = await browser().open('/e2e/search-results.html');
      // Past the every-page script's later looks (1.5 and 4 s).
      await sleep(4_500);
      const reading = await tab.evaluate(lookAlikesAsPage);
      expect(reading).toMatchObject({ badge: 'none', popover: 'none' });
      expect(reading.sheets, 'a stylesheet the page did not add').toBe(reading.ownSheets);
      expect(await tab.evaluate(countBadgeHosts)).toBe(0);
      await tab.close();
    });

    it("leaves an article page's own look-alikes hidden and in place once ClaimLens has checked it", async () => {
      const tab = await browser().open('/e2e/look-alikes.html');
      // The extension checked the page: the background has its summary (with nothing badged).
      await expect
        .poll(async () => (await tab.summaryState()) === 'active', { timeout: 30_000, interval: 300 })
        .toBe(true);
      await sleep(1_000);
      expect(await tab.badges()).toEqual([]);
      expect(await tab.evaluate(fixtureLookAlikesAsPage)).toEqual({ present: 2, display: ['none', 'none'] });
      expect(await tab.evaluate(lookAlikesAsPage)).toMatchObject({ badge: 'none', popover: 'none' });
      // The page's own look-alike badge is the only one: ClaimLens added none and removed none.
      expect(await tab.evaluate(countBadgeHosts)).toBe(1);
      await tab.close();
    });
  });
}
