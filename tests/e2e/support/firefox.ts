/**
 * Starts Debian's Firefox ESR through puppeteer-core (WebDriver BiDi) and installs the Firefox build
 * (.output/firefox-mv2) as a temporary add-on. The add-on's internal UUID is fixed with the
 * `extensions.webextensions.uuids` preference, so its pages live at a known moz-extension:// origin.
 * A browser that cannot start, or an add-on that will not install, is an error (the suite fails, never skips).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { type BadgeLooks, badgeLooksThrough, type ClosedRootView, closedRootViews, POPOVER_HOST } from './in-page';
import {
  type ExtensionPageSender,
  extensionPageMessaging,
  type PageBadgeReader,
  type TabBroadcaster,
} from './messaging';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_BUILD = resolve('.output/firefox-mv2');
/** The add-on's internal UUID in the test profile. */
export const FIREFOX_EXTENSION_UUID = '6f3c2a1e-9b4d-4c7a-8e21-5d0f3b9a7c11';

export interface FirefoxSession {
  browser: Browser;
  /** The add-on id Firefox reports (the gecko id of wxt.config.ts). */
  addonId: string;
  /** moz-extension://<uuid>/<path> */
  extensionUrl(path: string): string;
  /** Opens an extension page in a new tab and waits until it has loaded. */
  openExtensionPage(path: string): Promise<Page>;
  /** Sends protocol messages from an extension page opened on first use. */
  send: ExtensionPageSender;
  /** Sends a protocol message to the content script of every tab (see broadcastFromExtensionPage). */
  broadcast: TabBroadcaster;
  /** The badges of the tab showing a URL, through the background (see pageBadgesFromExtensionPage). */
  pageBadges: PageBadgeReader;
  /** Forgets the extension page messages are sent from (after the add-on reloaded, it is gone). */
  reopenExtensionPage(): void;
  close(): Promise<void>;
}

/** The gecko id the build's manifest declares. */
export function geckoId(buildDir = FIREFOX_BUILD): string {
  const manifest = JSON.parse(readFileSync(join(buildDir, 'manifest.json'), 'utf8'));
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (typeof id !== 'string') throw new Error(`${buildDir}/manifest.json declares no gecko id`);
  return id;
}

/** Launches Firefox headless with a fresh profile and installs the add-on (`buildDir`, the Firefox build by default). */
export async function launchFirefox(options: { headless?: boolean; buildDir?: string } = {}): Promise<FirefoxSession> {
  const buildDir = options.buildDir ?? FIREFOX_BUILD;
  if (!existsSync(FIREFOX_PATH)) throw new Error(`Firefox is not installed at ${FIREFOX_PATH}`);
  if (!existsSync(join(buildDir, 'manifest.json')))
    throw new Error(`no Firefox build at ${buildDir}: run "npx wxt build -b firefox" first`);
  const id = geckoId(buildDir);
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: options.headless ?? true,
      extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [id]: FIREFOX_EXTENSION_UUID }) },
      args: ['--remote-allow-system-access'],
      defaultViewport: { width: 1200, height: 900 },
    });
  } catch (error) {
    throw new Error(`Firefox could not start (${FIREFOX_PATH}): ${(error as Error).message}`);
  }
  let addonId: string;
  try {
    addonId = await browser.installExtension(buildDir);
  } catch (error) {
    await browser.close();
    throw new Error(`Firefox would not install ${buildDir}: ${(error as Error).message}`);
  }
  const extensionUrl = (path: string) => `moz-extension://${FIREFOX_EXTENSION_UUID}/${path}`;

  // nb. Puppeteer's BiDi navigation never reports a moz-extension:// load as finished, so the page is loaded
  // without awaiting goto (its eventual timeout is ignored) and readiness is polled in the page instead. An
  // evaluation that lands while the page's realm is being replaced fails with a protocol error ("right-hand
  // side of 'in' should be an object"): such a poll is simply tried again.
  const openExtensionPage = async (path: string) => {
    const page = await browser.newPage();
    const url = extensionUrl(path);
    page.goto(url, { timeout: 60_000 }).catch(() => undefined);
    const deadline = Date.now() + 60_000;
    let lastError: unknown = null;
    for (;;) {
      try {
        const ready = await page.evaluate(
          (expected: string) => location.href === expected && document.readyState === 'complete',
          url,
        );
        if (ready) return page;
      } catch (error) {
        lastError = error;
      }
      if (Date.now() > deadline) {
        await page.close().catch(() => undefined);
        throw new Error(`Firefox did not open ${url} within 60 s${lastError ? ` (${String(lastError)})` : ''}`);
      }
      await new Promise((done) => setTimeout(done, 100));
    }
  };
  const { send, broadcast, pageBadges, reopen } = extensionPageMessaging(() => openExtensionPage('popup.html'));
  return {
    browser,
    addonId,
    extensionUrl,
    openExtensionPage,
    send,
    broadcast,
    pageBadges,
    reopenExtensionPage: reopen,
    close: () => browser.close(),
  };
}

/** A remote value as WebDriver BiDi serialises it (the parts read here). */
interface RemoteValue {
  type: string;
  sharedId?: string;
  value?: unknown;
}

/** Puppeteer's BiDi realm of a page's main frame (not public API: puppeteer-core is pinned in package.json). */
interface BidiRealm {
  callFunction(
    declaration: string,
    awaitPromise: boolean,
    options: object,
  ): Promise<{ type: string; result?: RemoteValue; exceptionDetails?: { text?: string } }>;
}

/** Calls `declaration` in the page's main realm through BiDi; the result as BiDi serialises it. */
async function callInPage(realm: BidiRealm, declaration: string, options: object): Promise<RemoteValue> {
  const answer = await realm.callFunction(declaration, false, { resultOwnership: 'none', ...options });
  if (answer.type !== 'success' || !answer.result) {
    throw new Error(`BiDi call failed in the page: ${answer.exceptionDetails?.text ?? answer.type}`);
  }
  return answer.result;
}

function mainRealmOf(page: Page): BidiRealm {
  const frame = page.mainFrame() as unknown as { mainRealm?: () => { realm?: BidiRealm } };
  const realm = frame.mainRealm?.().realm;
  if (!realm) throw new Error("this puppeteer-core has no BiDi realm on its frames: see firefox.ts's closedRootsOf");
  return realm;
}

/**
 * Runs `declaration` (a self-contained function taking the root as its first argument) on the closed shadow root of
 * each `tag` host of a Puppeteer (Firefox) page, in document order, with `arg` as its second argument; its string
 * results. Seen through WebDriver BiDi: node serialisation with `includeShadowTree: 'all'` hands over closed roots,
 * which a page script never gets.
 */
async function onClosedRoots(page: Page, tag: string, declaration: string, arg: string): Promise<string[]> {
  const realm = mainRealmOf(page);
  const hosts = await callInPage(realm, `() => [...document.querySelectorAll(${JSON.stringify(tag)})]`, {
    serializationOptions: { maxDomDepth: 1, maxObjectDepth: 1, includeShadowTree: 'all' },
  });
  const answers: string[] = [];
  for (const host of (hosts.value as RemoteValue[] | undefined) ?? []) {
    const shadow = (host.value as { shadowRoot?: RemoteValue | null } | undefined)?.shadowRoot;
    if (!shadow?.sharedId) continue;
    const answer = await callInPage(realm, declaration, {
      arguments: [{ sharedId: shadow.sharedId }, { type: 'string', value: arg }],
    });
    if (answer.type !== 'string') throw new Error(`could not read a closed root: ${JSON.stringify(answer)}`);
    answers.push(answer.value as string);
  }
  return answers;
}

/** What the closed shadow root of each `tag` host of a Puppeteer page shows, in document order (through BiDi). */
export function closedRootsOf(page: Page, tag: string, reveal?: string): Promise<ClosedRootView[]> {
  return closedRootViews((...run) => onClosedRoots(page, ...run), tag, reveal);
}

/** Each badge's look beside the look of each of `statuses` (see describeBadgeLooks), through BiDi. */
export function badgeLooksOf(page: Page, statuses: readonly string[]): Promise<BadgeLooks[]> {
  return badgeLooksThrough((...run) => onClosedRoots(page, ...run), statuses);
}

/** The open popover of a Puppeteer page (seen through BiDi), or null; `reveal`: see describeClosedRoot. */
export async function popoverOf(page: Page, reveal?: string): Promise<ClosedRootView | null> {
  return (await closedRootsOf(page, POPOVER_HOST, reveal))[0] ?? null;
}

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Sets a page's viewport. Puppeteer's setViewport also sends emulation.setScreenOrientationOverride, which Firefox
 * ESR 140 does not know: that one refusal is ignored, and the new width is waited for in the page.
 */
export async function resizeViewport(page: Page, width: number, height: number, timeout = 30_000): Promise<void> {
  try {
    await page.setViewport({ width, height });
  } catch (error) {
    if (!String(error).includes('setScreenOrientationOverride')) throw error;
  }
  const end = Date.now() + timeout;
  while ((await page.evaluate(() => window.innerWidth)) !== width) {
    if (Date.now() > end) throw new Error(`the viewport did not become ${width} px wide within ${timeout} ms`);
    await pause(100);
  }
}

/**
 * The first element matching `selector` (and, when given, whose trimmed text is `text`), once it is there. Polled
 * with evaluate: puppeteer's waitForSelector and waitForFunction build their poller with Function(), which an
 * extension page's content security policy blocks in Firefox ESR 140.
 */
export async function elementOf(
  page: Page,
  selector: string,
  text?: string,
  timeout = 30_000,
): Promise<ElementHandle<Element>> {
  const end = Date.now() + timeout;
  for (;;) {
    const handle = await page.evaluateHandle(
      (sel, wanted) =>
        [...document.querySelectorAll(sel)].find(
          (element) => wanted === undefined || element.textContent?.trim() === wanted,
        ) ?? null,
      selector,
      text,
    );
    const element = handle.asElement();
    if (element) return element as ElementHandle<Element>;
    await handle.dispose();
    if (Date.now() > end) throw new Error(`no ${selector}${text ? ` reading "${text}"` : ''} within ${timeout} ms`);
    await pause(200);
  }
}
