/**
 * Packs in Chromium, against a pack server on 127.0.0.1 started here: subscribe from the options page (the origin
 * asked for in the click), badges from the pack's claim on a fixture page, an update that changes the claim and the
 * badge following, a 304, the host down (the last good version kept, the error shown), a bad signature refused,
 * and unsubscribing.
 *
 * nb. Automation cannot answer Chromium's permission prompt: this suite loads the e2e-packs build
 * (`wxt build --mode e2e-packs`, see wxt.config.ts), which holds `http://127.0.0.1/*` from install, so the
 * Subscribe click's `permissions.request` is granted without a prompt. Everything else is the release build.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { PackSubscription } from '../../messaging/protocol';
import { type ChromiumSession, launchChromium } from './support/chromium';
import { badgesThroughExtension, callBackground, waitForReferenceSet } from './support/messaging';
import { type PackServer, startPackServer } from './support/pack-server';
import { setupOrFail } from './support/setup-or-fail';

const origin = inject('fixtureOrigin');
const ARTICLE = `${origin}/e2e/pack-article.html`;
const TITLE = 'Thistledown river notes';
/** Waits of a slow, busy CI machine: never less than 30 s for anything that loads or refreshes. */
const SLOW = { timeout: 90_000, interval: 500 };

let session: ChromiumSession;
let server: PackServer;
let options: Page;
let article: Page;

setupOrFail(async () => {
  server = await startPackServer();
  await server.serve('3.2', '1');
  session = await launchChromium({ extensionDir: resolve('.output/chrome-mv3-e2e-packs') });
  await waitForReferenceSet(session.send);
  options = await session.context.newPage();
  await options.goto(session.extensionUrl('options.html'), { timeout: 60_000 });
  await options.getByRole('tab', { name: 'Import / export' }).click();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** The status of the badge on the fixture page's weir sentence ('' when it has none). */
async function weirBadge(): Promise<string> {
  const badges = await badgesThroughExtension(session.pageBadges, ARTICLE);
  return badges.find((badge) => badge.claimText.includes('Marlow weir reopened'))?.status ?? '';
}

/** The pack's line in the options page. */
const packRow = () => options.locator('li.pack-row', { hasText: TITLE });

/** The subscription as the background has it (the suite has one at a time). */
async function thePack(): Promise<PackSubscription | undefined> {
  return (await callBackground(session.send, 'listPacks'))[0];
}

/**
 * Presses "Refresh now", waits until the background checked the pack again and the pack's line shows it; returns
 * the line.
 */
async function refreshNow(): Promise<string> {
  const before = (await thePack())?.lastChecked;
  await options.getByRole('button', { name: `Refresh now: ${TITLE}` }).click();
  await expect.poll(async () => (await thePack())?.lastChecked, SLOW).not.toBe(before);
  const error = (await thePack())?.lastError;
  const line = async () => (await packRow().locator('.pack-status').textContent()) ?? '';
  await expect
    .poll(async () => (error ? (await line()).includes(error) : !(await line()).includes('failed')), SLOW)
    .toBe(true);
  return line();
}

describe('packs in Chromium', () => {
  it('subscribes from the options page with the key in the link, and lists what the pack holds', async () => {
    await options.getByLabel('Pack URL').fill(`${server.url}#key=${server.publicKey}`);
    await options.getByRole('button', { name: 'Subscribe' }).click();
    await expect.poll(() => options.locator('body').textContent(), SLOW).toContain(`Subscribed to “${TITLE}”.`);
    const row = (await packRow().textContent()) ?? '';
    expect(row).toContain('Thistledown River Authority · 1 claim · updated 2026-10-02');
    expect(row).toContain('Last checked');
    // The key went with the link only: the host was asked for the file, without fragment, cookie or referrer.
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0].headers.cookie).toBeUndefined();
    expect(server.requests[0].headers.referer).toBeUndefined();
  });

  it("badges the fixture page from the pack's claim", async () => {
    article = await session.context.newPage();
    await article.goto(ARTICLE, { timeout: 60_000 });
    await expect.poll(weirBadge, SLOW).toBe('corroborated');
  });

  it('takes an update that changes the claim, and the badge follows', async () => {
    await server.serve('4.8', '2');
    await refreshNow();
    await expect.poll(weirBadge, SLOW).toBe('conflicting');
    expect(server.requests.at(-1)).toMatchObject({ status: 200, headers: { 'if-none-match': '"v1"' } });
  });

  it('asks again with the ETag and takes a 304 as "unchanged"', async () => {
    const status = await refreshNow();
    expect(server.requests.at(-1)).toMatchObject({ status: 304, headers: { 'if-none-match': '"v2"' } });
    expect(status).toMatch(/^Last checked /);
    expect(await weirBadge()).toBe('conflicting');
  });

  it('keeps the last good version when the host is down, and says so', async () => {
    server.down();
    const status = await refreshNow();
    server.up();
    expect(status).toMatch(/failed: The pack could not be downloaded .* Last worked /);
    expect(await weirBadge()).toBe('conflicting');
  });

  it('refuses an update whose signature does not hold', async () => {
    // Changed after signing to what the page says: accepted, the badge would turn green.
    server.tamper('3.2');
    const status = await refreshNow();
    expect(status).toMatch(/failed: The pack was refused: its signature does not match its content/);
    await article.reload({ timeout: 60_000 });
    await expect.poll(weirBadge, SLOW).toBe('conflicting');
  });

  it('unsubscribes: the pack and its badge go', async () => {
    await options.getByRole('button', { name: `Remove ${TITLE}` }).click();
    await options.getByRole('alertdialog').getByRole('button', { name: 'Remove' }).click();
    await expect.poll(() => packRow().count(), SLOW).toBe(0);
    await expect.poll(weirBadge, SLOW).toBe('');
  });
});
