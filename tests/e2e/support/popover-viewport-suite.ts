/**
 * The popover in a short window, both browsers: opened on a badge near the bottom of the viewport, it stays
 * wholly inside the viewport (above the badge, or scrolling within), leads with the verdict's reason, and marks
 * only decisive words. Leaves a screenshot of it for a person to look at.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { type DrivenBrowser, type DrivenTab, waitForPopover } from './behaviour-suite';
import { type BadgeInfo, badgeHostAfter } from './in-page';
import { badgesOn, waitForPageBadges } from './labelled-suite';
import { readLabels } from './labels';
import { setupOrFail } from './setup-or-fail';

/** A short, narrow window: a popover with two comparisons is taller than the room under a badge near its bottom. */
const WINDOW = { width: 700, height: 380 };
/** How far above the viewport's bottom the badge ends. */
const BADGE_GAP = 12;

/** Opens a popover on a badge near the bottom of a short window; `name` is the screenshot's (per browser). */
export function describePopoverInViewport(browser: () => DrivenBrowser, name: string): void {
  describe('the popover in a short window', () => {
    const labelled = readLabels('tests/fixtures/pages', 'dev-03-inaccurate-aggregator.labels.json');
    let tab: DrivenTab;
    let badges: BadgeInfo[] = [];

    setupOrFail(async () => {
      tab = await browser().open(`/pages/${labelled.page}`);
      await tab.setViewport(WINDOW.width, WINDOW.height);
      badges = await waitForPageBadges(tab, true);
    });
    afterAll(async () => {
      await tab?.close();
    });

    it('opens on a badge near the bottom inside the viewport, leading with why, marking only decisive words', async () => {
      const conflicting = labelled.labels.find(
        (label) =>
          label.expect === 'conflicting' && badgesOn(badges, label.text).some((b) => b.status === 'conflicting'),
      );
      expect(conflicting, `no conflicting badge on ${labelled.page}: ${JSON.stringify(badges)}`).toBeDefined();
      const badge = badgesOn(badges, conflicting!.text).find((b) => b.status === 'conflicting')!;
      await tab.scrollToBottomEdge(badgeHostAfter, badge.claimText, BADGE_GAP);
      await tab.clickWith(badgeHostAfter, badge.claimText);
      const popover = await waitForPopover(tab, 20_000);
      expect(popover, 'clicking the badge opened no popover').not.toBeNull();
      const { box, viewport } = popover!;
      expect(viewport).toEqual(expect.objectContaining({ height: WINDOW.height }));
      expect(box, 'the popover draws no dialog').not.toBeNull();
      const where = JSON.stringify({ box, viewport });
      expect(box!.top, where).toBeGreaterThanOrEqual(0);
      expect(box!.left, where).toBeGreaterThanOrEqual(0);
      expect(box!.bottom, where).toBeLessThanOrEqual(viewport.height);
      expect(box!.right, where).toBeLessThanOrEqual(viewport.width);
      // The first thing after the title bar is the reason, in words: each side's wording of the conflict.
      expect(popover!.text).toMatch(
        /^ClaimLens × This page(, according to [^:]+)?: .+ References(, according to [^:]+)?: /,
      );
      // Decisive words only: a number, a cue, a name, a date; never a run of paraphrased words.
      expect(popover!.highlights.length).toBeGreaterThan(0);
      for (const highlight of popover!.highlights)
        expect(highlight.split(/\s+/).length, highlight).toBeLessThanOrEqual(3);
      await tab.screenshot(name);
    });
  });
}
