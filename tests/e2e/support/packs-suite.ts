/**
 * The packs suite both browsers run (packs-chromium.test.ts, packs-firefox.test.ts), against a pack server on
 * 127.0.0.1 (pack-server.ts): subscribe in the options page (the origin asked for in the click), badges from the
 * pack's claim on a fixture page, an update that changes the claim and the badge following, a 304, the host down
 * (the last good version kept, the error shown), a bad signature refused, and unsubscribing.
 */
import { afterAll, expect, inject, it } from 'vitest';
import type { PackSubscription } from '../../../messaging/protocol';
import { badgesThroughExtension, callBackground, type ExtensionPageSender, type PageBadgeReader } from './messaging';
import { type PackServer, startPackServer } from './pack-server';
import { setupOrFail } from './setup-or-fail';

/** What the suite needs of a browser: the options page (open on Import / export) and a tab for the article. */
export interface PacksDriver {
  /** Messages from an extension page (the browser session's). */
  session: { send: ExtensionPageSender; pageBadges: PageBadgeReader };
  /** A real click (a user gesture) on the options page's element matching `selector`, once it is there. */
  click(selector: string): Promise<void>;
  /** Types into the options page's element matching `selector`. */
  type(selector: string, text: string): Promise<void>;
  /** The text of the options page's first element matching `selector` ('' when there is none). */
  text(selector: string): Promise<string>;
  /** Opens the article at `url` in a tab of its own, or loads it again. */
  openArticle(url: string): Promise<void>;
  reloadArticle(): Promise<void>;
  /** Makes the article's tab the visible one (a hidden tab defers its work). */
  showArticle(): Promise<void>;
}

const TITLE = 'Thistledown river notes';
/** Waits of a slow, busy CI machine: never less than 30 s for anything that loads or refreshes. */
const SLOW = { timeout: 90_000, interval: 500 };
const ROW = 'li.pack-row';

/** The fixture article the pack's claim is about. */
const ARTICLE = 'e2e/pack-article.html';

export function describePacks(driver: () => PacksDriver): void {
  const article = `${inject('fixtureOrigin')}/${ARTICLE}`;
  let server: PackServer;
  setupOrFail(async () => {
    server = await startPackServer();
    await server.serve('3.2', '1');
  });
  afterAll(async () => {
    await server?.close();
  });
  /** The subscription as the background has it (the suite has one at a time). */
  const thePack = async (): Promise<PackSubscription | undefined> =>
    (await callBackground(driver().session.send, 'listPacks'))[0];

  /** The status of the badge on the fixture page's weir sentence ('' when it has none). */
  const weirBadge = async (): Promise<string> => {
    const badges = await badgesThroughExtension(driver().session.pageBadges, article);
    return badges.find((badge) => badge.claimText.includes('Marlow weir reopened'))?.status ?? '';
  };
  const expectBadge = async (status: string) => {
    await driver().showArticle();
    await expect.poll(weirBadge, SLOW).toBe(status);
  };

  /**
   * Presses "Refresh now", waits until the background checked the pack again and the pack's line shows it;
   * returns the line.
   */
  const refreshNow = async (): Promise<string> => {
    const before = (await thePack())?.lastChecked;
    await driver().click(`button[aria-label="Refresh now: ${TITLE}"]`);
    await expect.poll(async () => (await thePack())?.lastChecked, SLOW).not.toBe(before);
    const error = (await thePack())?.lastError;
    const line = () => driver().text(`${ROW} .pack-status`);
    await expect
      .poll(async () => (error ? (await line()).includes(error) : !(await line()).includes('failed')), SLOW)
      .toBe(true);
    return line();
  };

  it('subscribes from the options page with the key in the link, and lists what the pack holds', async () => {
    await driver().type('form.pack-subscribe input[type=url]', `${server.url}#key=${server.publicKey}`);
    await driver().click('form.pack-subscribe button[type=submit]');
    await expect.poll(() => driver().text('body'), SLOW).toContain(`Subscribed to “${TITLE}”.`);
    const row = await driver().text(ROW);
    expect(row).toContain(TITLE);
    expect(row).toContain('Thistledown River Authority · 1 claim · updated 2026-10-02');
    expect(row).toContain('Last checked');
    // The key went with the link only: the host was asked for the file, without cookie or referrer.
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0].headers.cookie).toBeUndefined();
    expect(server.requests[0].headers.referer).toBeUndefined();
  });

  it("badges the fixture page from the pack's claim", async () => {
    await driver().openArticle(article);
    await expectBadge('corroborated');
  });

  it('takes an update that changes the claim, and the badge follows', async () => {
    await server.serve('4.8', '2');
    await refreshNow();
    await expectBadge('conflicting');
    expect(server.requests.at(-1)).toMatchObject({ status: 200, headers: { 'if-none-match': '"v1"' } });
  });

  it('asks again with the ETag and takes a 304 as "unchanged"', async () => {
    const status = await refreshNow();
    expect(server.requests.at(-1)).toMatchObject({ status: 304, headers: { 'if-none-match': '"v2"' } });
    expect(status).toMatch(/^Last checked /);
    await expectBadge('conflicting');
  });

  it('keeps the last good version when the host is down, and says so', async () => {
    server.down();
    const status = await refreshNow();
    server.up();
    expect(status).toMatch(/failed: The pack could not be downloaded .* Last worked /);
    await expectBadge('conflicting');
  });

  it('refuses an update whose signature does not hold', async () => {
    // Changed after signing to what the page says: accepted, the badge would turn green.
    server.tamper('3.2');
    const status = await refreshNow();
    expect(status).toMatch(/failed: The pack was refused: its signature does not match its content/);
    await driver().reloadArticle();
    await expectBadge('conflicting');
  });

  it('unsubscribes: the pack and its badge go', async () => {
    await driver().click(`button[aria-label="Remove ${TITLE}"]`);
    await driver().click('[role=alertdialog] button.danger');
    await expect.poll(() => driver().text(ROW), SLOW).toBe('');
    await expectBadge('');
  });
}
