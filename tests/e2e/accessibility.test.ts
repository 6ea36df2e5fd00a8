/**
 * Accessibility kept checked: axe-core (tests/e2e/support/axe.ts) over the built extension in Chromium — each of
 * the popup's five tabs, the popup over a badged article (its findings listed), each tab of the options page, and
 * an open popover on a fixture page (inside its closed shadow root). Nothing serious or critical may ship; the
 * popup and the options page have no finding at all (they have a `main` landmark, every part of them is inside a
 * landmark, and each source row is named by what it shows).
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { type AxeFinding, nodesChecked, revealClosedRoot, runAxe, seriousOrWorse } from './support/axe';
import { type ChromiumSession, launchChromium, popoverOf } from './support/chromium';
import { badgeHostAfter, POPOVER_HOST } from './support/in-page';
import { badgesThroughExtension, waitForReferenceSet } from './support/messaging';
import { settledBadges } from './support/settle';
import { setupOrFail } from './support/setup-or-fail';

const origin = inject('fixtureOrigin');
let session: ChromiumSession;

setupOrFail(async () => {
  session = await launchChromium();
  await waitForReferenceSet(session.send);
});

afterAll(async () => {
  await session?.close();
});

/** A short account of findings for a failure message (and the run's log). */
function summary(findings: readonly AxeFinding[]): string {
  return findings
    .map((finding) => `${finding.impact} ${finding.id} ×${finding.nodes} ${finding.targets.join(' ')}`)
    .join('\n');
}

/** Opens an extension page and runs axe on each of its tabs in turn; returns the findings per tab name. */
async function auditTabs(path: string, width: number): Promise<Map<string, AxeFinding[]>> {
  const page: Page = await session.context.newPage();
  try {
    await page.setViewportSize({ width, height: 700 });
    await page.goto(session.extensionUrl(path), { timeout: 60_000 });
    const tabs = page.getByRole('tab');
    await tabs.first().waitFor({ timeout: 30_000 });
    const names = await tabs.allTextContents();
    const findings = new Map<string, AxeFinding[]>();
    for (const name of names) {
      await page.getByRole('tab', { name, exact: true }).click();
      await expect.poll(() => page.getByRole('tab', { name, exact: true }).getAttribute('aria-selected')).toBe('true');
      // The References tab lists the seed sources once they load; the rows are what axe must see.
      if (name === 'References') await page.locator('.source-row').first().waitFor({ timeout: 30_000 });
      await expect
        .poll(async () => ((await page.getByRole('tabpanel').textContent()) ?? '').trim().length)
        .toBeGreaterThan(0);
      findings.set(name, await runAxe(page));
    }
    return findings;
  } finally {
    await page.close();
  }
}

describe('accessibility (axe-core)', () => {
  it('finds nothing on any of the popup’s five tabs', async () => {
    const findings = await auditTabs('popup.html', 380);
    expect([...findings.keys()]).toHaveLength(5);
    for (const [tab, found] of findings) console.log(`axe popup "${tab}": ${found.length} kinds\n${summary(found)}`);
    const byTab = Object.fromEntries([...findings].map(([tab, found]) => [tab, summary(found)]));
    expect(byTab).toEqual(Object.fromEntries([...findings.keys()].map((tab) => [tab, ''])));
  });

  it('finds nothing on any tab of the options page', async () => {
    const findings = await auditTabs('options.html', 1000);
    expect(findings.size).toBeGreaterThanOrEqual(4);
    for (const [tab, found] of findings) console.log(`axe options "${tab}": ${found.length} kinds\n${summary(found)}`);
    const byTab = Object.fromEntries([...findings].map(([tab, found]) => [tab, summary(found)]));
    expect(byTab).toEqual(Object.fromEntries([...findings.keys()].map((tab) => [tab, ''])));
  });

  it('finds nothing on the popup opened over a badged page (its This page tab lists the findings)', async () => {
    const page = await session.context.newPage();
    try {
      await page.goto(`${origin}/pages/dev-03-inaccurate-aggregator.html`, { timeout: 60_000 });
      await settledBadges(() => badgesThroughExtension(session.pageBadges, page.url()), {
        until: (found) => found.length > 0,
        maxMs: 30_000,
      });
      // The popup page in a tab of its own, loaded while the article's tab is the active one: it reads that tab
      // as the page it is over, as the toolbar popup does.
      const popup = await session.context.newPage();
      await popup.setViewportSize({ width: 380, height: 700 });
      await popup.goto(session.extensionUrl('popup.html'), { timeout: 60_000 });
      await page.bringToFront();
      await popup.reload({ timeout: 60_000 });
      await popup.locator('ul.findings li').first().waitFor({ timeout: 30_000 });
      const found = await runAxe(popup);
      console.log(`axe popup over a page: ${found.length} kinds\n${summary(found)}`);
      expect(summary(found)).toBe('');
      await popup.close();
    } finally {
      await page.close();
    }
  });

  it('finds nothing serious or critical in an open popover', async () => {
    const page = await session.context.newPage();
    try {
      await page.goto(`${origin}/pages/dev-03-inaccurate-aggregator.html`, { timeout: 60_000 });
      const badges = await settledBadges(() => badgesThroughExtension(session.pageBadges, page.url()), {
        until: (found) => found.length > 0,
        maxMs: 30_000,
      });
      expect(badges.length, 'no badge on the page').toBeGreaterThan(0);
      const host = (await page.evaluateHandle(badgeHostAfter, badges[0].claimText)).asElement();
      expect(host, `no badge host after "${badges[0].claimText}"`).not.toBeNull();
      await host!.click();
      await expect.poll(async () => (await popoverOf(page)) !== null, { timeout: 10_000 }).toBe(true);
      expect(await revealClosedRoot(page, POPOVER_HOST), 'the popover has no shadow root').toBe(true);
      const found = await runAxe(page, POPOVER_HOST);
      console.log(`axe popover: ${found.length} kinds${found.length ? `\n${summary(found)}` : ''}`);
      // axe walked the popover: its buttons (a root it could not enter would leave nothing to check).
      expect(await nodesChecked(page, POPOVER_HOST, 'button-name'), 'axe saw no button in the popover').toBeGreaterThan(
        0,
      );
      expect(seriousOrWorse(found), summary(found)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
