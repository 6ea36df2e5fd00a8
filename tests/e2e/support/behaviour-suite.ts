/**
 * Content-script behaviour both browsers must show, written once: pausing (a site, or ClaimLens as a whole)
 * takes effect on the open tab at once, paragraphs added after load are badged, and in-page navigation
 * (pushState) is followed. Each browser suite supplies how to open a tab and how to reach the background.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { BadgeInfo } from './in-page';
import { badgesOn, expectBadged, type OpenedPage, waitForPageBadges } from './labelled-suite';
import { positiveLabels, readLabels } from './labels';
import { callBackground, type ExtensionPageSender } from './messaging';
import { settledBadges } from './settle';
import { setupOrFail } from './setup-or-fail';

/** A fixture page in a tab that a shared suite drives. */
export interface DrivenTab extends OpenedPage {
  /** A real click (through the browser) on the element `find` returns in the page; fails when there is none. */
  click(find: () => Element | null | undefined): Promise<void>;
  /** The page's location.search. */
  search(): Promise<string>;
  /** Uncaught errors the page reported. */
  pageErrors: string[];
}

/** What a shared suite needs from a browser session. */
export interface DrivenBrowser {
  open(path: string): Promise<DrivenTab>;
  send: ExtensionPageSender;
}

/** Polls until `check` holds for the tab's badges (or the time is up) and returns the last badges seen. */
export function badgesUntil(tab: OpenedPage, check: (badges: BadgeInfo[]) => boolean, maxMs = 8_000) {
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
      expect(await badgesUntil(tab, (current) => current.length === 0, 5_000)).toEqual([]);
      await callBackground(browser().send, 'setSettings', resume);
      const back = await badgesUntil(tab, (current) => current.length >= before.length, 10_000);
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
      await expect.poll(() => tab.search(), { timeout: 5_000 }).toBe('?story=2');
      const after = await badgesUntil(tab, (current) =>
        second.every((label) => badgesOn(current, label.text).length > 0),
      );
      for (const label of second) expectBadged(after, label.text);
      for (const label of first) expect(badgesOn(after, label.text)).toEqual([]);
      await tab.close();
    });
  });
}
