/**
 * Packs in Chromium (support/packs-suite.ts, with its pack server on 127.0.0.1).
 *
 * nb. Automation cannot answer Chromium's permission prompt: this suite loads the e2e-packs build
 * (`wxt build --mode e2e-packs`, see wxt.config.ts), which holds `http://127.0.0.1/*` from install, so the
 * Subscribe click's `permissions.request` is granted without a prompt. Everything else is the release build.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe } from 'vitest';
import { type ChromiumSession, launchChromium } from './support/chromium';
import { waitForReferenceSet } from './support/messaging';
import { describePacks, type PacksDriver } from './support/packs-suite';
import { setupOrFail } from './support/setup-or-fail';

let session: ChromiumSession;
let options: Page;
let tab: Page | undefined;

setupOrFail(async () => {
  session = await launchChromium({ extensionDir: resolve('.output/chrome-mv3-e2e-packs') });
  await waitForReferenceSet(session.send);
  options = await session.context.newPage();
  await options.goto(session.extensionUrl('options.html'), { timeout: 60_000 });
  await options.getByRole('tab', { name: 'Import / export' }).click();
});

afterAll(async () => {
  await session?.close();
});

describe('packs in Chromium', () => {
  describePacks(
    (): PacksDriver => ({
      session,
      click: (selector) => options.locator(selector).first().click(),
      type: (selector, text) => options.locator(selector).fill(text),
      text: async (selector) => {
        const found = options.locator(selector).first();
        return (await found.count()) === 0 ? '' : ((await found.textContent()) ?? '');
      },
      openArticle: async (url) => {
        tab = await session.context.newPage();
        await tab.goto(url, { timeout: 60_000 });
      },
      reloadArticle: async () => {
        await tab?.reload({ timeout: 60_000 });
      },
      showArticle: async () => {
        await tab?.bringToFront();
      },
    }),
  );
});
