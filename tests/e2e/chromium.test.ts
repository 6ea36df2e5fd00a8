/**
 * The built extension (.output/chrome-mv3) in Debian's Chromium, headless, on fixture pages served from
 * 127.0.0.1: badges as the extension reports them (the page's DOM tells nothing), the popover seen through CDP
 * and worked with real clicks and keys, what a page's own scripts can learn or do, "not a match", pausing, the
 * popup's reference management with the page's badges following, dynamic pages, pushState navigation, a strict
 * CSP, a page with no article, a 10,000-word article and hostile pages (200,000 elements, a huge text node, a
 * mutation storm). One browser for the whole file.
 */
import { readFileSync } from 'node:fs';
import type { ElementHandle, Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { PART_FILES } from '../../content/parts';
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
import { badgeLooksOf, type ChromiumSession, closedRootsOf, launchChromium, popoverOf } from './support/chromium';
import { alignToBottom, BADGE_HOST, type BadgeInfo, readArticleText } from './support/in-page';
import { badgesOn, describeLabelledPages, expectBadged, waitForPageBadges } from './support/labelled-suite';
import { type LabelledPage, normalise, positiveLabels, quotesReference, readLabels } from './support/labels';
import { longArticleClaims } from './support/long-article';
import { badgesThroughExtension, callBackground, waitForReferenceSet } from './support/messaging';
import { describePageProbes } from './support/page-probes-suite';
import { type PageWatch, watchPage } from './support/page-watch';
import { describePopoverInViewport } from './support/popover-viewport-suite';
import { screenshotPath } from './support/screenshots';
import { setupOrFail } from './support/setup-or-fail';
import { describeUpdate } from './support/update-suite';

const origin = inject('fixtureOrigin');
let session: ChromiumSession;

interface Tab extends DrivenTab {
  page: Page;
  watch: PageWatch;
}

/** Opens a fixture page in a new tab, watching its errors from the start. */
async function openTab(path: string): Promise<Tab> {
  const page = await session.context.newPage();
  const watch = await watchPage(page);
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { __articleTextAtLoad: string }).__articleTextAtLoad = (
        document.querySelector('article') ?? document.body
      )
        .textContent!.replace(/\s+/g, ' ')
        .trim();
    });
  });
  await page.goto(`${origin}${path}`, { timeout: 60_000 });
  const summary = async () => session.pageBadges(page.url());
  return {
    page,
    watch,
    pageErrors: watch.pageErrors,
    consoleLines: watch.consoleLines,
    evaluate: (fn) => page.evaluate(fn),
    evaluateWith: (fn, arg) => page.evaluate(fn as never, arg as never),
    badges: () => badgesThroughExtension(session.pageBadges, page.url()),
    summaryState: async () => (await summary()).state,
    badgeRoots: () => closedRootsOf(page, BADGE_HOST),
    close: () => page.close(),
    click: async (find) => {
      const element = (await page.evaluateHandle(find)).asElement();
      expect(element, `nothing to click: ${find.toString()}`).not.toBeNull();
      await element!.click();
    },
    clickWith: async (find, arg) => {
      const element = (await page.evaluateHandle(find as never, arg as never)).asElement() as ElementHandle | null;
      expect(element, `nothing to click: ${find.toString()}(${JSON.stringify(arg)})`).not.toBeNull();
      await element!.click();
    },
    rightClick: async (find) => {
      const element = (await page.evaluateHandle(find)).asElement();
      expect(element, `nothing to right-click: ${find.toString()}`).not.toBeNull();
      await element!.click({ button: 'right' });
    },
    clickAt: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key),
    reload: async () => {
      await page.reload({ timeout: 60_000 });
    },
    popover: (reveal) => popoverOf(page, reveal),
    badgeLooks: (statuses) => badgeLooksOf(page, statuses),
    search: () => page.evaluate(() => location.search),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    scrollToBottomEdge: async (find, arg, gap) => {
      const element = (await page.evaluateHandle(find as never, arg as never)).asElement() as ElementHandle | null;
      expect(element, `nothing to scroll to: ${find.toString()}(${JSON.stringify(arg)})`).not.toBeNull();
      await element!.evaluate(alignToBottom, gap);
    },
    screenshot: async (name) => {
      await page.screenshot({ path: screenshotPath(name) });
    },
  };
}

/** Titles and publishers of the seed sources (what the popover names as the source). */
function seedSourceNames(): string[] {
  const seeds = JSON.parse(readFileSync('data/seeds/seeds.json', 'utf8')) as { title: string; publisher: string }[];
  return seeds.flatMap((seed) => [seed.title, seed.publisher]).filter(Boolean);
}

setupOrFail(async () => {
  session = await launchChromium();
});

afterAll(async () => {
  await session?.close();
});

describe('the extension in Chromium', () => {
  it('starts its service worker, and the manifest is named ClaimLens', async () => {
    expect(session.extensionId).toMatch(/^[a-p]{32}$/);
    const name = await session.serviceWorker!.evaluate(
      () =>
        (
          globalThis as unknown as { chrome: { runtime: { getManifest(): { name: string } } } }
        ).chrome.runtime.getManifest().name,
    );
    expect(name).toBe('ClaimLens');
  });

  it('opens the popup page, which shows the product name', async () => {
    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 420, height: 600 });
    await popup.goto(session.extensionUrl('popup.html'));
    await expect.poll(() => popup.locator('body').textContent(), { timeout: 30_000 }).toContain('ClaimLens');
    await popup.screenshot({ path: screenshotPath('chromium-popup') });
    await popup.close();
  });

  it('builds its reference set on install (the background lists the seed sources)', async () => {
    expect(await waitForReferenceSet(session.send)).toBeGreaterThanOrEqual(2);
  });

  it('opens the options page: the reference manager in a full tab, listing the seed sources', async () => {
    const options = await session.context.newPage();
    await options.goto(session.extensionUrl('options.html'));
    const body = () => options.locator('body').textContent();
    await expect.poll(body, { timeout: 10_000 }).toContain('ClaimLens');
    await expect
      .poll(body, { timeout: 10_000 })
      .toContain('North Korean soldiers captured in Ukraine show no interest in seeking asylum');
    expect(await body()).toContain('Captured Pyongyang soldiers in Ukraine won’t defect to South Korea');
    await options.close();
  });
});

describe('labelled pages', () => {
  describeLabelledPages(() => async (path) => openTab(path));

  it('leaves the article text as it was, apart from the badges (dev-01)', async () => {
    const tab = await openTab('/pages/dev-01-wire-rewrite.html');
    const badges = await waitForPageBadges(tab, true);
    expect(badges.length).toBeGreaterThan(0);
    const atLoad = await tab.page.evaluate(
      () => (window as unknown as { __articleTextAtLoad: string }).__articleTextAtLoad,
    );
    expect(await tab.page.evaluate(readArticleText)).toBe(atLoad);
    await tab.page.screenshot({ path: screenshotPath('chromium-badged-page'), fullPage: true });
    await tab.close();
  });

  it("gives screen readers each badge's name from inside its closed root (the accessibility tree)", async () => {
    const tab = await openTab('/pages/dev-01-wire-rewrite.html');
    const badges = await waitForPageBadges(tab, true);
    expect(badges.length).toBeGreaterThan(0);
    const cdp = await session.context.newCDPSession(tab.page);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    await cdp.detach();
    const named = nodes
      .filter((node) => node.role?.value === 'button')
      .map((node) => String(node.name?.value ?? ''))
      .filter((name) =>
        /^(Corroborated by|Conflicts with|Reference sources disagree|Updated: reported at another date in)/.test(name),
      );
    expect(named).toHaveLength(badges.length);
    await tab.close();
  });
});

describe('the popover', () => {
  const labelled = readLabels('tests/fixtures/pages', 'dev-03-inaccurate-aggregator.labels.json');
  let tab: Tab;
  let badges: BadgeInfo[] = [];
  /** A conflicting label that carries a conflicting badge (the first one, if any). */
  let target: LabelledPage['labels'][number] | undefined;

  setupOrFail(async () => {
    tab = await openTab(`/pages/${labelled.page}`);
    badges = await waitForPageBadges(tab, true);
    target = labelled.labels.find(
      (label) =>
        label.expect === 'conflicting' && badgesOn(badges, label.text).some((badge) => badge.status === 'conflicting'),
    );
  });
  afterAll(async () => {
    await tab?.close();
  });

  it('opens on a conflicting badge with the reference sentence, its source and a highlighted difference', async () => {
    expect(target, `no conflicting badge on ${labelled.page}: ${JSON.stringify(badges)}`).toBeDefined();
    const popover = await openPopoverOn(tab, target!.text);
    expect(popover, 'clicking the badge opened no popover').not.toBeNull();
    expect(quotesReference(popover!.text, target!.refs), popover!.text).toBe(true);
    expect(
      seedSourceNames().some((name) => popover!.text.includes(name)),
      `no seed source title or publisher in: ${popover!.text}`,
    ).toBe(true);
    expect(popover!.highlights.filter(Boolean).length, 'no highlighted difference (mark/ins/del)').toBeGreaterThan(0);
    await tab.page.screenshot({ path: screenshotPath('chromium-popover') });
  });

  it('closes with Escape', async () => {
    expect(target).toBeDefined();
    if (!(await popoverOf(tab.page))) await openPopoverOn(tab, target!.text);
    await tab.page.keyboard.press('Escape');
    await expect.poll(() => popoverOf(tab.page), { timeout: 20_000 }).toBeNull();
  });

  it('"not a match" removes the badge, and it stays removed after a reload', async () => {
    expect(target).toBeDefined();
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
  });
});

describePausing(() => ({ open: openTab, send: session.send, broadcast: session.broadcast }));
describePopoverInViewport(
  () => ({ open: openTab, send: session.send, broadcast: session.broadcast }),
  'chromium-popover-short-window',
);

describeUpdate(() => ({ open: openTab, send: session.send, broadcast: session.broadcast }), 'chromium-update-popover');

describe('the popup manages references, and the page follows', () => {
  const sentence = 'City beat United 3-1 on Saturday in front of a record crowd of 54,000.';
  const title = 'Match report (e2e)';
  let tab: Tab;
  let popup: Page;
  let exported = '';

  setupOrFail(async () => {
    tab = await openTab('/pages/dev-05-unrelated-sport.html');
    await waitForPageBadges(tab, false);
    popup = await session.context.newPage();
    await popup.setViewportSize({ width: 420, height: 640 });
    await popup.goto(session.extensionUrl('popup.html'));
    await tab.page.bringToFront();
  });
  afterAll(async () => {
    await popup?.close();
    await tab?.close();
  });

  it('adds an article, and its claim is badged on the open page', async () => {
    expect(badgesOn(await tab.badges(), sentence)).toEqual([]);
    await popup.getByRole('tab', { name: 'Add' }).click();
    await popup.getByLabel('Title').fill(title);
    await popup.getByLabel('Publisher').fill('The e2e Desk');
    await popup.getByRole('radio', { name: 'Plain text' }).check();
    await popup.getByLabel('Article text').fill(`${sentence}\n\nThe stadium roof will be replaced next year.`);
    await popup.getByRole('button', { name: 'Show the claims' }).click();
    await popup.getByRole('button', { name: /^Save \d+ claims?$/ }).click();
    await expect.poll(() => popup.locator('body').textContent(), { timeout: 10_000 }).toContain(title);
    const badges = await badgesUntil(tab, (current) => badgesOn(current, sentence).length > 0);
    expect(badgesOn(badges, sentence).map((badge) => badge.status)).toContain('corroborated');
  });

  it('adds an article pasted as HTML (read in the popup, not the background), and its claim is badged', async () => {
    const pasted = 'The visitors had not won at the ground since 1998.';
    const htmlTitle = 'Match report, pasted as HTML (e2e)';
    await popup.getByRole('tab', { name: 'Add' }).click();
    await popup.getByLabel('Title').fill(htmlTitle);
    await popup.getByRole('radio', { name: 'HTML' }).check();
    await popup
      .getByLabel('Article text')
      .fill(
        `<html><body><nav><a href="/">Home</a></nav><article><h1>Derby</h1><p>${pasted}</p></article></body></html>`,
      );
    await popup.getByRole('button', { name: 'Show the claims' }).click();
    await popup.getByRole('button', { name: 'Save 1 claim' }).click();
    await expect.poll(() => popup.locator('body').textContent(), { timeout: 10_000 }).toContain(htmlTitle);
    const badges = await badgesUntil(tab, (current) => badgesOn(current, pasted).length > 0);
    expect(badgesOn(badges, pasted).map((badge) => badge.status)).toContain('corroborated');
    // Removed again, so the tests below see only the article they add.
    const added = (await callBackground(session.send, 'listSources')).find((source) => source.title === htmlTitle);
    await callBackground(session.send, 'deleteSource', { id: added!.id });
    await badgesUntil(tab, (current) => badgesOn(current, pasted).length === 0);
  });

  it('exports the references as a file that holds the new claim', async () => {
    await popup.getByRole('tab', { name: 'Import / export' }).click();
    const download = popup.waitForEvent('download', { timeout: 10_000 });
    await popup.getByRole('button', { name: 'Export all' }).click();
    const file = await download;
    exported = readFileSync((await file.path())!, 'utf8');
    expect(exported).toContain(sentence);
    expect(exported).toContain(title);
  });

  it('deletes the source, and the badge leaves the page', async () => {
    await popup.getByRole('tab', { name: 'References' }).click();
    await popup.getByRole('button', { name: new RegExp(`delete.*${title.replace(/[()]/g, '\\$&')}`, 'i') }).click();
    const badges = await badgesUntil(tab, (current) => badgesOn(current, sentence).length === 0);
    expect(badgesOn(badges, sentence)).toEqual([]);
  });

  it('imports the exported file, and the badge comes back', async () => {
    expect(exported).not.toBe('');
    await popup.getByRole('tab', { name: 'Import / export' }).click();
    await popup.getByLabel('Reference file').setInputFiles({
      name: 'claimlens-export.json',
      mimeType: 'application/json',
      buffer: Buffer.from(exported),
    });
    await expect.poll(() => popup.locator('body').textContent(), { timeout: 10_000 }).toMatch(/added/i);
    const badges = await badgesUntil(tab, (current) => badgesOn(current, sentence).length > 0);
    expect(badgesOn(badges, sentence).map((badge) => badge.status)).toContain('corroborated');
  });
});

describeDynamicPages(() => ({ open: openTab, send: session.send, broadcast: session.broadcast }));

describe('hard pages', () => {
  it('works on a page with a strict Content-Security-Policy, without violations', async () => {
    const csp = readLabels('tests/fixtures/e2e', 'strict-csp.labels.json');
    const positives = positiveLabels(csp.labels);
    const tab = await openTab('/e2e/strict-csp.html');
    const badges = await badgesUntil(tab, (current) =>
      positives.every((label) => badgesOn(current, label.text).length > 0),
    );
    for (const label of positives) expectBadged(badges, label.text);
    const conflicting = positives.find((label) => label.expect === 'conflicting')!;
    const popover = await openPopoverOn(tab, conflicting.text);
    expect(popover).not.toBeNull();
    expect(quotesReference(popover!.text, conflicting.refs)).toBe(true);
    expect(await tab.watch.cspViolations()).toEqual([]);
    expect(tab.watch.pageErrors).toEqual([]);
    await tab.close();
  });

  it("does not let a page find the content script's parts at the extension's fixed id", async () => {
    const tab = await openTab('/e2e/search-results.html');
    for (const file of ['page-ui.js', 'page-annotator.js']) {
      const reachable = await tab.page.evaluate(async (url) => {
        try {
          return (await fetch(url)).ok;
        } catch {
          return false;
        }
      }, `chrome-extension://${session.extensionId}/${file}`);
      expect(reachable, file).toBe(false);
    }
    await tab.close();
  });

  it('puts no badge on a page with no article (search results), and reports no error', async () => {
    const tab = await openTab('/e2e/search-results.html');
    const badges = await waitForPageBadges(tab, false);
    expect(badges).toEqual([]);
    expect(tab.watch.pageErrors).toEqual([]);
    expect(tab.watch.consoleErrors).toEqual([]);
    await tab.close();
  });

  it('badges every restated claim of a 10,000-word article, each once per occurrence', async () => {
    const claims = longArticleClaims(10_000);
    const tab = await openTab('/e2e/long-article.html?words=10000');
    const badges = await badgesUntil(tab, (current) => current.length >= claims.length, 60_000);
    for (const text of new Set(claims)) {
      const occurrences = claims.filter((claim) => claim === text).length;
      expect(badges.filter((badge) => normalise(badge.claimText) === normalise(text)).length, text).toBe(occurrences);
    }
    expect(badges.length).toBe(claims.length);
    expect(tab.watch.pageErrors).toEqual([]);
    await tab.close();
  });
});

describe('privacy and reach', () => {
  it("posts nothing to the page that carries the extension's id while it badges an article", async () => {
    const page = await session.context.newPage();
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __messages: string[] }).__messages = seen;
      window.addEventListener('message', (event) => seen.push(JSON.stringify(event.data)));
      for (const type of ['wxt:content-script-started', 'message']) {
        document.addEventListener(type, (event) =>
          seen.push(`${event.type} ${JSON.stringify((event as CustomEvent).detail)}`),
        );
      }
    });
    const url = `${origin}/pages/dev-01-wire-rewrite.html`;
    await page.goto(url, { timeout: 60_000 });
    await expect
      .poll(async () => (await badgesThroughExtension(session.pageBadges, url)).length, { timeout: 30_000 })
      .toBeGreaterThan(0);
    const messages = await page.evaluate(() => (window as unknown as { __messages: string[] }).__messages);
    expect(messages.filter((message) => message.includes(session.extensionId!))).toEqual([]);
    await page.close();
  });

  it('reaches a page with no article once the toolbar button was clicked over it (activeTab): the part is injected', async () => {
    const tab = await openTab('/e2e/search-results.html');
    await session.clickToolbarButton(tab.page);
    const outcome = await session.inExtensionPage(
      async ({ url, file }) => {
        interface Api {
          tabs: {
            query(filter: object): Promise<{ id?: number; url?: string }[]>;
            sendMessage(tabId: number, message: unknown, options: object): Promise<unknown>;
          };
          scripting: { executeScript(injection: object): Promise<unknown> };
        }
        const api = (globalThis as unknown as { chrome: Api }).chrome;
        const target = (await api.tabs.query({})).find((candidate) => candidate.url === url);
        if (target?.id === undefined) return { found: false, before: '', after: null as unknown };
        const notice = { id: 1, type: 'showNotice', data: { message: 'Injected on demand.' }, timestamp: Date.now() };
        const before = await api.tabs.sendMessage(target.id, notice, { frameId: 0 }).then(
          () => 'answered',
          (error: Error) => error.message,
        );
        await api.scripting.executeScript({ target: { tabId: target.id, frameIds: [0] }, files: [file] });
        const after = await api.tabs.sendMessage(target.id, { ...notice, id: 2 }, { frameId: 0 });
        return { found: true, before, after };
      },
      { url: tab.page.url(), file: PART_FILES.annotator },
    );
    expect(outcome.found, 'the toolbar click did not grant access to the tab').toBe(true);
    expect(outcome.before).toMatch(/Receiving end does not exist/);
    expect(outcome.after).toEqual({});
    await expect
      .poll(async () => (await popoverOf(tab.page))?.text ?? '', { timeout: 20_000 })
      .toContain('Injected on demand.');
    expect(await tab.badges()).toEqual([]);
    expect(tab.watch.pageErrors).toEqual([]);
    await tab.close();
  });
});

describeHostilePages(() => ({ open: openTab, send: session.send, broadcast: session.broadcast }));
describePageProbes(() => ({ open: openTab, send: session.send, broadcast: session.broadcast }));
describeSelections(() => ({ open: openTab, send: session.send, broadcast: session.broadcast }));

// Last: the reload ends the session's extension pages.
describeExtensionReload(
  () => ({ open: openTab, send: session.send, broadcast: session.broadcast }),
  async () => {
    await session.serviceWorker!.evaluate('chrome.runtime.reload()').catch(() => undefined);
  },
  false,
);
