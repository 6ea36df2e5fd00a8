/**
 * Content-script behaviour both browsers must show, written once: pausing (a site, or ClaimLens as a whole)
 * takes effect on the open tab at once, paragraphs added after load are badged, in-page navigation
 * (pushState) is followed, and hostile pages make the content script back off without hanging the tab. Each browser suite supplies how to open a tab and how to reach the background.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { type BadgeInfo, type BadgeLooks, badgeHostAfter, countBadgeHosts, type PopoverInfo } from './in-page';
import { badgesOn, expectBadged, type OpenedPage, waitForPageBadges } from './labelled-suite';
import { overlaps, positiveLabels, readLabels } from './labels';
import { callBackground, type ExtensionPageSender, type TabBroadcaster } from './messaging';
import { settledBadges } from './settle';
import { setupOrFail } from './setup-or-fail';

/** A fixture page in a tab that a shared suite drives. */
export interface DrivenTab extends OpenedPage {
  /** A real click (through the browser) on the element `find` returns in the page; fails when there is none. */
  click(find: () => Element | null | undefined): Promise<void>;
  /** A real click on the element `find(arg)` returns in the page; fails when there is none. */
  clickWith<A>(find: (arg: A) => Element | null | undefined, arg: A): Promise<void>;
  /** A real right click (opens the context menu) on the element `find` returns. */
  rightClick(find: () => Element | null | undefined): Promise<void>;
  /** A real mouse click at a point of the viewport (CSS pixels). */
  clickAt(x: number, y: number): Promise<void>;
  /** A real key press (e.g. 'Enter', 'Escape', 'Tab'). */
  press(key: string): Promise<void>;
  /** Reloads the page and waits for it to load. */
  reload(): Promise<void>;
  /** The state of the tab's page summary in the background ('' when it has none for this page). */
  summaryState(): Promise<string>;
  /**
   * The open ClaimLens popover (seen through the driver: its root is closed to the page), or null. With `reveal`
   * (a pattern), the matching button is scrolled into view inside it first.
   */
  popover(reveal?: string): Promise<PopoverInfo | null>;
  /**
   * Each badge's status and computed look (colour, corners) beside the look a badge of each of `statuses` has in
   * its place (seen through the driver: see describeBadgeLooks).
   */
  badgeLooks(statuses: readonly string[]): Promise<BadgeLooks[]>;
  /** The page's location.search. */
  search(): Promise<string>;
  /** Resizes the tab's viewport (CSS pixels). */
  setViewport(width: number, height: number): Promise<void>;
  /** Scrolls the page so that the element `find(arg)` returns ends `gap` pixels above the viewport's bottom. */
  scrollToBottomEdge<A>(find: (arg: A) => Element | null | undefined, arg: A, gap: number): Promise<void>;
  /** Saves a screenshot of the viewport as artifacts/screenshots/<name>.png. */
  screenshot(name: string): Promise<void>;
  /** Uncaught errors the page reported. */
  pageErrors: string[];
  /** Console messages of the page and of the content script, as "type: text". */
  consoleLines: string[];
  /** Runs `fn` in the page (its own world, as a page script) and returns its (serialisable) result. */
  evaluate<T>(fn: () => T): Promise<T>;
  /** Runs `fn(arg)` in the page's own world. */
  evaluateWith<A, T>(fn: (arg: A) => T, arg: A): Promise<T>;
}

/** Waits (up to `maxMs`) for the popover to open, and returns it (null if it did not). */
export async function waitForPopover(tab: DrivenTab, maxMs = 10_000): Promise<PopoverInfo | null> {
  const started = Date.now();
  for (;;) {
    const popover = await tab.popover();
    if (popover || Date.now() - started > maxMs) return popover;
    await new Promise((done) => setTimeout(done, 200));
  }
}

/** Clicks (a real click) the badge on the sentence overlapping `text` and waits for the popover. */
export async function openPopoverOn(tab: DrivenTab, text: string): Promise<PopoverInfo | null> {
  const badge = (await tab.badges()).find((candidate) => overlaps(candidate.claimText, text));
  expect(badge, `no badge on "${text}"`).toBeDefined();
  await tab.clickWith(badgeHostAfter, badge!.claimText);
  return waitForPopover(tab);
}

/** Clicks (a real click, at its place on screen) the open popover's button whose label matches `label`. */
export async function clickPopoverButton(tab: DrivenTab, label: RegExp): Promise<void> {
  const popover = await tab.popover(label.source);
  const button = popover?.buttons.find((candidate) => label.test(candidate.label));
  expect(button, `no button ${label} in the popover: ${JSON.stringify(popover?.buttons)}`).toBeDefined();
  await tab.clickAt(button!.x, button!.y);
}

/** What a shared suite needs from a browser session. */
export interface DrivenBrowser {
  open(path: string): Promise<DrivenTab>;
  send: ExtensionPageSender;
  broadcast: TabBroadcaster;
}

/** Polls until `check` holds for the tab's badges (or the time is up) and returns the last badges seen. */
export function badgesUntil(tab: OpenedPage, check: (badges: BadgeInfo[]) => boolean, maxMs = 20_000) {
  return settledBadges(tab.badges, { until: check, minMs: 0, quietMs: 400, maxMs });
}

/** Pausing the site, and turning ClaimLens off, remove the open tab's badges at once; undoing it restores them. */
export function describePausing(browser: () => DrivenBrowser): void {
  describe('pausing', () => {
    let tab: DrivenTab;
    let before: BadgeInfo[] = [];

    setupOrFail(async () => {
      tab = await browser().open('/pages/dev-01-wire-rewrite.html');
      before = await waitForPageBadges(tab, true);
    });
    afterAll(async () => {
      await callBackground(browser().send, 'setSettings', { enabled: true, pausedSites: [] }).catch(() => undefined);
      await tab?.close();
    });

    const pauseAndResume = async (pause: object, resume: object) => {
      expect(before.length).toBeGreaterThan(0);
      await callBackground(browser().send, 'setSettings', pause);
      expect(await badgesUntil(tab, (current) => current.length === 0)).toEqual([]);
      await expect.poll(() => tab.evaluate(countBadgeHosts), { timeout: 20_000 }).toBe(0);
      await callBackground(browser().send, 'setSettings', resume);
      const back = await badgesUntil(tab, (current) => current.length >= before.length, 30_000);
      expect(back.length).toBe(before.length);
    };

    it('pausing the site removes the badges from the open tab at once, and resuming brings them back', () =>
      pauseAndResume({ pausedSites: ['127.0.0.1'] }, { pausedSites: [] }));

    it('turning ClaimLens off removes the badges, and turning it on brings them back', () =>
      pauseAndResume({ enabled: false }, { enabled: true }));
  });
}

/** Paragraphs a live blog adds later, and in-page navigation, are annotated; nothing is badged twice. */
export function describeDynamicPages(browser: () => DrivenBrowser): void {
  describe('dynamic pages', () => {
    it('badges paragraphs a live blog adds after load, and older updates loaded on demand', async () => {
      const live = readLabels('tests/fixtures/e2e', 'live-blog.labels.json');
      const tab = await browser().open('/e2e/live-blog.html');
      const [initial, timed, ...onDemand] = positiveLabels(live.labels);
      const first = await badgesUntil(tab, (current) => badgesOn(current, timed!.text).length > 0);
      expectBadged(first, initial!.text);
      expectBadged(first, timed!.text);
      await tab.click(() => document.getElementById('load-more'));
      const all = await badgesUntil(tab, (current) =>
        onDemand.every((label) => badgesOn(current, label.text).length > 0),
      );
      for (const label of onDemand) expectBadged(all, label.text);
      const texts = all.map((badge) => badge.claimText);
      expect(new Set(texts).size).toBe(texts.length);
      for (const label of live.labels.filter((candidate) => candidate.expect === 'none'))
        expect(badgesOn(all, label.text)).toEqual([]);
      expect(tab.pageErrors).toEqual([]);
      await tab.close();
    });

    it('follows in-page navigation (pushState): the new story is badged, the old one leaves no badge', async () => {
      const navigation = readLabels('tests/fixtures/e2e', 'in-page-navigation.labels.json');
      const first = positiveLabels(navigation.labels.filter((label) => label.view === 'first'));
      const second = positiveLabels(navigation.labels.filter((label) => label.view === 'second'));
      const tab = await browser().open('/e2e/in-page-navigation.html');
      const before = await badgesUntil(tab, (current) =>
        first.every((label) => badgesOn(current, label.text).length > 0),
      );
      for (const label of first) expectBadged(before, label.text);
      await tab.click(() => document.getElementById('next-story'));
      await expect.poll(() => tab.search(), { timeout: 20_000 }).toBe('?story=2');
      const after = await badgesUntil(tab, (current) =>
        second.every((label) => badgesOn(current, label.text).length > 0),
      );
      for (const label of second) expectBadged(after, label.text);
      for (const label of first) expect(badgesOn(after, label.text)).toEqual([]);
      await tab.close();
    });

    it('badges a story an app shows in place after starting on a front page with no article', async () => {
      const navigation = readLabels('tests/fixtures/e2e', 'in-page-navigation.labels.json');
      const second = positiveLabels(navigation.labels.filter((label) => label.view === 'second'));
      const tab = await browser().open('/e2e/in-page-navigation.html?from=home');
      // Past the every-page script's later looks (1.5 and 4 s): only the navigation can lead it to the story.
      await new Promise((done) => setTimeout(done, 4_500));
      expect(await tab.badges()).toEqual([]);
      expect(await tab.evaluate(countBadgeHosts)).toBe(0);
      await tab.click(() => document.getElementById('next-story'));
      const after = await badgesUntil(tab, (current) =>
        second.every((label) => badgesOn(current, label.text).length > 0),
      );
      for (const label of second) expectBadged(after, label.text);
      expect(tab.pageErrors).toEqual([]);
      await tab.close();
    });
  });
}

/** Hostile pages (200,000 elements, a huge text node, a mutation storm): ClaimLens backs off and says so. */
export function describeHostilePages(browser: () => DrivenBrowser): void {
  describe('hostile pages', () => {
    const RESPONSIVE_MS = 2_000;
    const claims = positiveLabels(readLabels('tests/fixtures/e2e', 'strict-csp.labels.json').labels);

    /** Waits for the content script's console line saying it backs off (`words`), and returns it. */
    const backOffLine = async (tab: DrivenTab, words: string) => {
      await expect.poll(() => tab.consoleLines.some((line) => line.includes(words)), { timeout: 30_000 }).toBe(true);
      return tab.consoleLines.find((line) => line.includes(words))!;
    };

    /**
     * Milliseconds for a trivial evaluation in the page: the tab still answers. A hung tab takes far longer
     * than RESPONSIVE_MS; the storm page's own rewrites (2,000 nodes every 20 ms) slow every answer a little.
     */
    const roundTripMs = async (tab: DrivenTab) => {
      const started = Date.now();
      await tab.evaluate(() => document.title.length);
      return Date.now() - started;
    };

    it('does not check a page of 200,000 elements, says so in the console, and the tab stays responsive', async () => {
      const tab = await browser().open('/e2e/hostile.html?kind=nodes');
      expect(await tab.evaluate(() => document.getElementsByTagName('*').length)).toBeGreaterThan(200_000);
      expect(await backOffLine(tab, 'ClaimLens: page too large')).toMatch(/info: .*\(\d{6} elements\)/);
      expect(await tab.badges()).toEqual([]);
      expect(await tab.evaluate(countBadgeHosts)).toBe(0);
      expect(await roundTripMs(tab), 'the tab answers').toBeLessThan(RESPONSIVE_MS);
      expect(tab.pageErrors).toEqual([]);
      await tab.close();
    });

    it('leaves out a huge single text node, says so, and still badges the rest of the article', async () => {
      const tab = await browser().open('/e2e/hostile.html?kind=text');
      expect(await tab.evaluate(() => document.getElementById('huge')!.firstChild!.nodeValue!.length)).toBeGreaterThan(
        9_000_000,
      );
      const badges = await badgesUntil(tab, (current) =>
        claims.every((label) => badgesOn(current, label.text).length > 0),
      );
      for (const label of claims) expectBadged(badges, label.text);
      expect(badges.filter((badge) => badge.claimText.includes('The council met'))).toEqual([]);
      await backOffLine(tab, 'ClaimLens: skipping very long paragraphs');
      expect(await roundTripMs(tab), 'the tab answers').toBeLessThan(RESPONSIVE_MS);
      expect(tab.pageErrors).toEqual([]);
      await tab.close();
    });

    it('backs off from a mutation storm and says so; its badges stay, and the tab and the extension answer', async () => {
      const tab = await browser().open('/e2e/hostile.html?kind=storm');
      const before = await badgesUntil(tab, (current) =>
        claims.every((label) => badgesOn(current, label.text).length > 0),
      );
      for (const label of claims) expectBadged(before, label.text);
      await backOffLine(tab, 'ClaimLens: page changes too often');
      const ticks = await tab.evaluate(() => (window as unknown as { __hostile: { ticks: number } }).__hostile.ticks);
      expect(ticks, 'the storm had not started').toBeGreaterThan(0);
      expect(await roundTripMs(tab), 'the tab answers').toBeLessThan(RESPONSIVE_MS);
      const started = Date.now();
      await callBackground(browser().send, 'getSettings');
      expect(Date.now() - started, 'the background answers').toBeLessThan(RESPONSIVE_MS);
      const after = await tab.badges();
      for (const label of claims) expectBadged(after, label.text);
      expect(after.length, 'badges after the storm').toBe(before.length);
      expect(tab.pageErrors).toEqual([]);
      await tab.close();
    });
  });
}

/**
 * The context menu's "Check selection" on a page with no article: the every-page script listens for nothing
 * until the reader opens the context menu on a selection; then the background's result reaches the page.
 */
export function describeSelections(browser: () => DrivenBrowser): void {
  describe('a selection on a page with no article', () => {
    it('gets the check result once the reader opens the context menu on it', async () => {
      const tab = await browser().open('/e2e/search-results.html');
      const selected = await tab.evaluate(() => {
        const snippet = document.querySelector('.snippet')!;
        const range = document.createRange();
        range.selectNodeContents(snippet);
        document.getSelection()!.removeAllRanges();
        document.getSelection()!.addRange(range);
        return document.getSelection()!.toString().trim();
      });
      expect(selected.length).toBeGreaterThan(20);
      // What the background's menu handler sends: the engine's check of the selection.
      const annotation = await callBackground(browser().send, 'checkText', { text: selected });
      expect(annotation, 'the snippet restates a seed claim').not.toBeNull();
      const reference = annotation!.matches[0]!.referenceClaim;
      const result = { type: 'showCheckResult', data: { text: selected, annotation } };
      // Nothing listens yet, so the page shows nothing.
      await browser().broadcast(result);
      await new Promise((done) => setTimeout(done, 300));
      expect(await tab.popover()).toBeNull();
      await tab.rightClick(() => document.querySelector('.snippet'));
      await expect.poll(async () => (await browser().broadcast(result)) > 0, { timeout: 30_000 }).toBe(true);
      await expect.poll(() => tab.popover(), { timeout: 20_000 }).not.toBeNull();
      const shown = (await tab.popover())!.text.replace(/\s+/g, ' ');
      expect(shown).toContain(reference.replace(/\s+/g, ' ').slice(0, 40));
      expect(await tab.badges()).toEqual([]);
      expect(await tab.evaluate(countBadgeHosts)).toBe(0);
      expect(tab.pageErrors).toEqual([]);
      await tab.close();
    });
  });
}

/**
 * Reloading the extension (an update does the same): the old instance's badges leave the open tab. Chrome
 * leaves the tab without ClaimLens until it loads again (`reinjects: false`); Firefox injects the new instance
 * into it at once, which badges each sentence again, once. Run it last: the session's extension pages go with
 * the old instance.
 */
export function describeExtensionReload(
  browser: () => DrivenBrowser,
  reload: () => Promise<void>,
  reinjects: boolean,
): void {
  describe('the extension reloaded', () => {
    it(
      reinjects
        ? "replaces the old instance's badges: each sentence is badged once, by the new instance"
        : 'removes every badge from an open tab within seconds',
      async () => {
        const tab = await browser().open('/pages/dev-01-wire-rewrite.html');
        const before = await waitForPageBadges(tab, true);
        expect(before.length).toBeGreaterThan(0);
        await reload();
        // Past the old instance's own check (every 5 s) and the new instance's first scan.
        await new Promise((done) => setTimeout(done, 7_000));
        const hosts = () => tab.evaluate(countBadgeHosts);
        if (reinjects) {
          // The new instance tells the new background what it badged; the old instance's hosts are gone.
          const after = await badgesUntil(tab, (current) => current.length === before.length, 30_000);
          expect(after.map((badge) => badge.claimText)).toEqual(before.map((badge) => badge.claimText));
          await expect.poll(hosts, { timeout: 20_000 }).toBe(before.length);
        } else {
          // No instance is left to ask: what the page holds is the answer.
          await expect.poll(hosts, { timeout: 20_000 }).toBe(0);
        }
        expect(tab.pageErrors).toEqual([]);
        await tab.close();
      },
    );
  });
}
