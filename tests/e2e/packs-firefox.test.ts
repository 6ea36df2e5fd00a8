/**
 * Packs in Firefox (support/packs-suite.ts, with its pack server on 127.0.0.1).
 *
 * nb. Automation cannot answer Firefox's permission prompt: this suite installs the e2e-packs build
 * (`wxt build -b firefox --mode e2e-packs`, see wxt.config.ts), which holds `http://127.0.0.1/*` from install,
 * so the Subscribe click's `permissions.request` is granted without a prompt. Everything else is the release build.
 */
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, describe } from 'vitest';
import { elementOf, type FirefoxSession, launchFirefox } from './support/firefox';
import { waitForReferenceSet } from './support/messaging';
import { describePacks, type PacksDriver } from './support/packs-suite';
import { setupOrFail } from './support/setup-or-fail';

let session: FirefoxSession;
let options: Page;
let tab: Page | undefined;

/** A real click on the options page's first element matching `selector`, once it is there. */
async function click(selector: string): Promise<void> {
  await (await elementOf(options, selector)).click();
}

setupOrFail(async () => {
  session = await launchFirefox({ buildDir: resolve('.output/firefox-mv2-e2e-packs') });
  await waitForReferenceSet(session.send);
  options = await session.openExtensionPage('options.html');
  await (await elementOf(options, '[role=tab]', 'Import / export')).click();
});

afterAll(async () => {
  await session?.close();
});

describe('packs in Firefox', () => {
  describePacks(
    (): PacksDriver => ({
      session,
      click,
      type: async (selector, text) => {
        await elementOf(options, selector);
        await options.type(selector, text);
      },
      text: (selector) => options.evaluate((sel) => document.querySelector(sel)?.textContent ?? '', selector),
      openArticle: async (url) => {
        tab = await session.browser.newPage();
        tab.setDefaultNavigationTimeout(60_000);
        await tab.goto(url);
      },
      reloadArticle: async () => {
        await tab?.reload();
      },
      showArticle: async () => {
        await tab?.bringToFront();
      },
    }),
  );
});
