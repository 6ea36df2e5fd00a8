/**
 * An update, both browsers: the December page's toll, which the seed references give higher in January, is badged
 * `updated` (not `conflicting`), and its popover says first which side is newer, with both dates. Leaves a
 * screenshot of the popover for a person to look at.
 */
import { describe, expect, it } from 'vitest';
import { badgesUntil, type DrivenBrowser, openPopoverOn } from './behaviour-suite';
import { badgesOn } from './labelled-suite';

/** The December page's toll. */
const TOLL = 'about 100 North Korean soldiers have been killed';

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
        const popover = await openPopoverOn(tab, TOLL);
        expect(popover, 'clicking the badge opened no popover').not.toBeNull();
        expect(popover!.text).toMatch(/This page \(19 Dec 2024\) gives an earlier figure: .*Your references \(/);
        await tab.screenshot(name);
      } finally {
        await tab.close();
      }
    });
  });
}
