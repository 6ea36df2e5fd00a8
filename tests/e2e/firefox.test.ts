/**
 * The Firefox build (.output/firefox-mv2) in Debian's Firefox ESR, headless, driven over WebDriver BiDi: the
 * add-on installs, its popup page opens, and the labelled pages, the strict-CSP page and the no-article page
 * show the same badges (as the extension reports them) and popover (seen through BiDi) as in Chromium; "not a
 * match", pausing, paragraphs added later, in-page navigation (pushState), hostile pages and what a page's own
 * scripts can learn or do behave as in Chromium too. One browser for the whole file.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import {
  badgesUntil,
  clickPopoverButton,
  type DrivenTab,
  describeDynamicPages,
  describeExtensionReload,
  describeHostilePages,
  describePausing,
  describeSelections,
  openPopoverOn,
} from './support/behaviour-suite';
import {
  badgeLooksOf,
  closedRootsOf,
  elementOf,
  type FirefoxSession,
  geckoId,
  launchFirefox,
  popoverOf,
  resizeViewport,
} from './support/firefox';
import { alignToBottom, BADGE_HOST, countBadgeHosts } from './support/in-page';
import { badgesOn, describeLabelledPages, expectBadged, waitForPageBadges } from './support/labelled-suite';
import { positiveLabels, quotesReference, readLabels } from './support/labels';
import { badgesThroughExtension, callBackground, waitForReferenceSet } from './support/messaging';
import { describePageProbes } from './support/page-probes-suite';
import { describePopoverInViewport } from './support/popover-viewport-suite';
import { screenshotPath } from './support/screenshots';
import { settledBadges } from './support/settle';
import { setupOrFail } from './support/setup-or-fail';
import { describeUpdate } from './support/update-suite';

const origin = inject('fixtureOrigin');
let session: FirefoxSession;

interface Tab extends DrivenTab {
  page: Page;
}

async function openTab(path: string): Promise<Tab> {
  const page = await session.browser.newPage();
  page.setDefaultTimeout(10_000);
  page.setDefaultNavigationTimeout(60_000);
  const pageErrors: string[] = [];
  const consoleLines: string[] = [];
  page.on('console', (message) => consoleLines.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => {
    const message = String((error as Error).message ?? error);
    // nb. Firefox reports its own favicon request being blocked on the strict-CSP page; not the page's doing.
    if (!message.includes('/favicon.ico')) pageErrors.push(message);
  });
  await page.goto(`${origin}${path}`);
  // The page's URL as it is now (an in-page navigation changes it).
  const url = () => page.evaluate(() => location.href);
  const tab: Tab = {
    page,
    pageErrors,
    consoleLines,
    evaluate: (fn) => page.evaluate(fn),
    evaluateWith: (fn, arg) => page.evaluate(fn as never, arg as never),
    badges: async () => badgesThroughExtension(session.pageBadges, await url()),
    summaryState: async () => (await session.pageBadges(await url())).state,
    badgeRoots: () => closedRootsOf(page, BADGE_HOST),
    close: () => page.close(),
    click: (find) => clickIn(tab, find),
    clickWith: async (find, arg) => {
      const handle = await page.evaluateHandle(find as (arg: unknown) => Element | null | undefined, arg);
      const element = handle.asElement() as ElementHandle<Element> | null;
      expect(element, `nothing to click: ${find.toString()}(${JSON.stringify(arg)})`).not.toBeNull();
      await element!.click();
    },
    rightClick: (find) => clickIn(tab, find, 'right'),
    clickAt: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key as never),
    reload: async () => {
      await page.reload();
    },
    popover: (reveal) => popoverOf(page, reveal),
    badgeLooks: (statuses) => badgeLooksOf(page, statuses),
    search: () => page.evaluate(() => location.search),
    setViewport: (width, height) => resizeViewport(page, width, height),
    scrollToBottomEdge: async (find, arg, gap) => {
      const handle = await page.evaluateHandle(find as (arg: unknown) => Element | null | undefined, arg);
      const element = handle.asElement() as ElementHandle<Element> | null;
      expect(element, `nothing to scroll to: ${find.toString()}(${JSON.stringify(arg)})`).not.toBeNull();
      await element!.evaluate(alignToBottom, gap);
    },
    screenshot: async (name) => {
      await page.screenshot({ path: screenshotPath(name) as `${string}.png` });
    },
  };
  return tab;
}

/** Clicks (a real click, through the browser) the element `find` returns in the page; fails when there is none. */
async function clickIn(
  tab: Tab,
  find: () => Element | null | undefined,
  button: 'left' | 'right' = 'left',
): Promise<void> {
  const handle = await tab.page.evaluateHandle(find);
  const element = handle.asElement() as ElementHandle<Element> | null;
  expect(element, `nothing to click: ${find.toString()}`).not.toBeNull();
  await element!.click({ button });
}

setupOrFail(async () => {
  session = await launchFirefox();
});

afterAll(async () => {
  await session?.close();
});

describe('the add-on in Firefox', () => {
  it('installs under the gecko id of the build', () => {
    expect(session.addonId).toBe(geckoId());
    expect(session.addonId).toBe('claimlens@claimlens.example');
  });

  it('opens the popup page, which shows the product name', async () => {
    const popup = await session.openExtensionPage('popup.html');
    await resizeViewport(popup, 420, 600);
    await expect
      .poll(() => popup.evaluate(() => document.body.textContent), { timeout: 30_000 })
      .toContain('ClaimLens');
    await popup.screenshot({ path: screenshotPath('firefox-popup') as `${string}.png` });
    await popup.close();
  });

  it('builds its reference set on install (the background lists the seed sources)', async () => {
    expect(await waitForReferenceSet(session.send)).toBeGreaterThanOrEqual(2);
  });
});

describe('the popup adds an article pasted as HTML and imports a file', () => {
  let tab: Tab;
  let popup: Page;

  /** A real click on the first element of `selector` in the popup whose text is `text`, once it is there. */
  const clickOn = async (selector: string, text: string) => {
    await (await elementOf(popup, selector, text)).click();
  };

  /** Waits for the popup to say `said`, then for the page (made the visible tab) to badge `sentence` green. */
  const expectBadgedAfter = async (said: string | RegExp, sentence: string) => {
    const body = () => popup.evaluate(() => document.body.textContent);
    await expect.poll(body, { timeout: 30_000 }).toMatch(said);
    // The page checks again once it is the visible tab (a hidden tab defers its work).
    await tab.page.bringToFront();
    await expect
      .poll(async () => badgesOn(await tab.badges(), sentence).map((badge) => badge.status), { timeout: 60_000 })
      .toContain('corroborated');
  };

  setupOrFail(async () => {
    tab = await openTab('/pages/dev-05-unrelated-sport.html');
    await waitForPageBadges(tab, false);
    popup = await session.openExtensionPage('popup.html');
    await resizeViewport(popup, 420, 640);
  });

  afterAll(async () => {
    // What the tests added is removed again, so the suites below see the seed set only.
    const sources = await callBackground(session.send, 'listSources');
    for (const source of sources.filter((added) => added.title.endsWith('(e2e)'))) {
      await callBackground(session.send, 'deleteSource', { id: source.id });
    }
    await popup?.close();
    await tab?.close();
  });

  it('reads the HTML in the popup (the background has no parser), saves its claim, and the open page badges it', async () => {
    const pasted = 'The visitors had not won at the ground since 1998.';
    const title = 'Match report, pasted as HTML (e2e)';
    await clickOn('[role=tab]', 'Add');
    await popup.type('.field-grid input', title);
    await clickOn('label.check', 'HTML');
    await popup.type(
      'textarea.article-text',
      `<html><body><nav><a href="/">Home</a></nav><article><h1>Derby</h1><p>${pasted}</p></article></body></html>`,
    );
    await clickOn('button', 'Show the claims');
    await clickOn('button', 'Save 1 claim');
    await expectBadgedAfter(title, pasted);
  });

  it('imports a reference file chosen in the popup, and the open page badges its claim', async () => {
    const claim = 'The manager said the team would not rest any players before the cup tie on Wednesday.';
    await popup.bringToFront();
    await clickOn('[role=tab]', 'Import / export');
    const file = join(mkdtempSync(join(tmpdir(), 'claimlens-e2e-')), 'claims.jsonl');
    writeFileSync(file, `${JSON.stringify({ id: 'e2e-import-1', text: claim, title: 'Imported fact-check (e2e)' })}\n`);
    const input = await elementOf(popup, 'input[type=file]');
    await (input as ElementHandle<HTMLInputElement>).uploadFile(file);
    await expectBadgedAfter(/added/i, claim);
  });
});

describe('labelled pages', () => {
  describeLabelledPages(() => async (path) => openTab(path));
});

describe('the popover', () => {
  it('opens on a conflicting badge with the reference sentence, its source and a highlighted difference', async () => {
    const labelled = readLabels('tests/fixtures/pages', 'dev-03-inaccurate-aggregator.labels.json');
    const tab = await openTab(`/pages/${labelled.page}`);
    const badges = await waitForPageBadges(tab, true);
    const target = labelled.labels.find(
      (label) =>
        label.expect === 'conflicting' && badgesOn(badges, label.text).some((badge) => badge.status === 'conflicting'),
    );
    expect(target, `no conflicting badge: ${JSON.stringify(badges)}`).toBeDefined();
    const popover = await openPopoverOn(tab, target!.text);
    expect(popover, 'clicking the badge opened no popover').not.toBeNull();
    expect(quotesReference(popover!.text, target!.refs), popover!.text).toBe(true);
    const seeds = JSON.parse(readFileSync('data/seeds/seeds.json', 'utf8')) as { title: string; publisher: string }[];
    expect(seeds.some((seed) => popover!.text.includes(seed.title) || popover!.text.includes(seed.publisher))).toBe(
      true,
    );
    expect(popover!.highlights.filter(Boolean).length).toBeGreaterThan(0);
    await tab.page.screenshot({ path: screenshotPath('firefox-popover') as `${string}.png` });
    await tab.page.keyboard.press('Escape');
    await expect.poll(() => popoverOf(tab.page), { timeout: 20_000 }).toBeNull();
    await tab.close();
  });
});

// Before "not a match", which removes a badge of the same page for good.
describeUpdate(() => ({ open: openTab, send: session.send, broadcast: session.broadcast }), 'firefox-update-popover');

describe('"not a match"', () => {
  it('removes the badge, and it stays removed after a reload', async () => {
    const labelled = readLabels('tests/fixtures/pages', 'dev-02-december-estimate.labels.json');
    const tab = await openTab(`/pages/${labelled.page}`);
    const badges = await waitForPageBadges(tab, true);
    const target = labelled.labels.find((label) => label.expect !== 'none' && badgesOn(badges, label.text).length > 0);
    expect(target, `no badged label: ${JSON.stringify(badges)}`).toBeDefined();
    const popover = await openPopoverOn(tab, target!.text);
    expect(
      popover?.buttons.some((button) => /not a match/i.test(button.label)),
      JSON.stringify(popover?.buttons),
    ).toBe(true);
    await clickPopoverButton(tab, /not a match/i);
    const after = await badgesUntil(tab, (current) => badgesOn(current, target!.text).length === 0);
    expect(badgesOn(after, target!.text)).toEqual([]);
    await tab.reload();
    const reloaded = await waitForPageBadges(tab, badges.length > 1);
    expect(badgesOn(reloaded, target!.text)).toEqual([]);
    await tab.close();
  });
});

describePausing(() => ({ open: openTab, send: session.send, broadcast: session.broadcast }));
describePopoverInViewport(
  () => ({ open: openTab, send: session.send, broadcast: session.broadcast }),
  'firefox-popover-short-window',
);
describeDynamicPages(() => ({ open: openTab, send: session.send, broadcast: session.broadcast }));
describeHostilePages(() => ({ open: openTab, send: session.send, broadcast: session.broadcast }));
describeSelections(() => ({ open: openTab, send: session.send, broadcast: session.broadcast }));
describePageProbes(() => ({ open: openTab, send: session.send, broadcast: session.broadcast }));

describe('hard pages', () => {
  it('badges a page with a strict Content-Security-Policy and opens its popover', async () => {
    const csp = readLabels('tests/fixtures/e2e', 'strict-csp.labels.json');
    const positives = positiveLabels(csp.labels);
    const tab = await openTab('/e2e/strict-csp.html');
    const badges = await settledBadges(tab.badges, {
      until: (current) => positives.every((label) => badgesOn(current, label.text).length > 0),
      minMs: 0,
      quietMs: 400,
    });
    for (const label of positives) expectBadged(badges, label.text);
    const conflicting = positives.find((label) => label.expect === 'conflicting')!;
    const popover = await openPopoverOn(tab, conflicting.text);
    expect(popover).not.toBeNull();
    expect(quotesReference(popover!.text, conflicting.refs)).toBe(true);
    expect(tab.pageErrors).toEqual([]);
    await tab.close();
  });

  it('puts no badge on a page with no article (search results)', async () => {
    const tab = await openTab('/e2e/search-results.html');
    expect(await waitForPageBadges(tab, false)).toEqual([]);
    expect(tab.pageErrors).toEqual([]);
    await tab.close();
  });
});

// Last: the reload ends the session's extension pages.
describeExtensionReload(
  () => ({ open: openTab, send: session.send, broadcast: session.broadcast }),
  async () => {
    const page = await session.openExtensionPage('popup.html');
    await page.evaluate('browser.runtime.reload()').catch(() => undefined);
    // Its extension pages went with the old instance: the badges are asked from a new one.
    session.reopenExtensionPage();
  },
  true,
);

describe('the add-on turned off', () => {
  it('leaves in the open tab only hosts that tell the page nothing, and a reload takes them away', async () => {
    const tab = await openTab('/pages/dev-01-wire-rewrite.html');
    const badges = await waitForPageBadges(tab, true);
    expect(badges.length).toBeGreaterThan(0);
    await session.browser.uninstallExtension(session.addonId);
    // Firefox keeps the nodes a content script added; with closed roots and no attribute they say nothing.
    const left = await tab.page.evaluate(() =>
      [...document.querySelectorAll('claimlens-badge, claimlens-popover')].map((host) => ({
        root: host.shadowRoot !== null,
        attributes: host.getAttributeNames(),
        text: host.textContent,
      })),
    );
    expect(left.length).toBeLessThanOrEqual(badges.length);
    for (const host of left) expect(host).toEqual({ root: false, attributes: ['style'], text: '' });
    await tab.reload();
    await new Promise((done) => setTimeout(done, 2_000));
    expect(await tab.evaluate(countBadgeHosts)).toBe(0);
    expect(tab.pageErrors).toEqual([]);
    await tab.close();
  });
});
