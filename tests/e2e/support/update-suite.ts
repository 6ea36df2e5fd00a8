/**
 * An update, both browsers: the December page's toll, which the seed references give higher in January, is badged
 * `updated` (not `conflicting`), in a badge a reader tells from the others by colour and by shape, and its popover
 * says first which side is newer, with both dates. Leaves a screenshot of the popover for a person to look at.
 */
import { describe, expect, it } from 'vitest';
import { badgesUntil, type DrivenBrowser, openPopoverOn } from './behaviour-suite';
import { badgesOn } from './labelled-suite';

/** The December page's toll. */
const TOLL = 'about 100 North Korean soldiers have been killed';

/** The badges an update must not look like (content/ui/content.css). */
const OTHER_STATUSES = ['corroborated', 'conflicting', 'mixed'] as const;

/** `name` is the screenshot's (per browser). */
export function describeUpdate(browser: () => DrivenBrowser, name: string): void {
  describe('an update', () => {
    it('badges a figure of another date as updated, and the popover says which side is newer with both dates', async () => {
      const tab = await browser().open('/pages/dev-02-december-estimate.html');
      try {
        // Badges come in batches: wait for the toll's own, not for the first one.
        const badges = await badgesUntil(tab, (current) => badgesOn(current, TOLL).length > 0);
        const statuses = badgesOn(badges, TOLL).map((badge) => badge.status);
        expect(statuses, JSON.stringify(badges)).toEqual(['updated']);

        // Its own colour and its own shape, as the browser draws them: each other status is measured in the
        // updated badge's own root, with the stylesheet the page has.
        const looks = (await tab.badgeLooks(OTHER_STATUSES)).filter((badge) => badge.status === 'updated');
        expect(looks, 'no updated badge seen inside its closed root').toHaveLength(1);
        const { own, others } = looks[0];
        expect(own.background).toMatch(/^rgba?\(/);
        for (const status of OTHER_STATUSES) {
          expect(others[status], `no ${status} badge measured`).toBeDefined();
          expect(own.background, `updated and ${status} badges share a colour`).not.toBe(others[status].background);
          expect(own.corners, `updated and ${status} badges share a shape`).not.toBe(others[status].corners);
        }

        const popover = await openPopoverOn(tab, TOLL);
        expect(popover, 'clicking the badge opened no popover').not.toBeNull();
        // The page is dated 19 December 2024; the seed reference with the January toll only by its month.
        expect(popover!.text).toMatch(
          /This page \(19 Dec 2024\) gives an earlier figure: .*about 100.*Your references \(Jan 2025\): .*about 300/,
        );
        await tab.screenshot(name);
      } finally {
        await tab.close();
      }
    });
  });
}
