/**
 * Starts Debian's Chromium with the built extension (.output/chrome-mv3) loaded, through playwright-core.
 * A browser that cannot start, or an extension whose service worker never comes up, is an error (the suite
 * fails; it never skips).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { type BadgeLooks, badgeLooksThrough, type ClosedRootView, closedRootViews, POPOVER_HOST } from './in-page';
import {
  type ExtensionPageSender,
  extensionPageMessaging,
  type PageBadgeReader,
  type TabBroadcaster,
} from './messaging';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROME_BUILD = resolve('.output/chrome-mv3');

export interface ChromiumSession {
  context: BrowserContext;
  /** Null when launched without the extension. */
  extensionId: string | null;
  serviceWorker: Worker | null;
  /** chrome-extension://<id>/<path> */
  extensionUrl(path: string): string;
  /** Sends protocol messages from an extension page opened on first use (popup.html in its own tab). */
  send: ExtensionPageSender;
  /** Sends a protocol message to the content script of every tab (see broadcastFromExtensionPage). */
  broadcast: TabBroadcaster;
  /** The badges of the tab showing a URL, through the background (see pageBadgesFromExtensionPage). */
  pageBadges: PageBadgeReader;
  /** Evaluates `fn(arg)` in an extension page (the one messages are sent from). */
  inExtensionPage<A, T>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  /**
   * Clicks the toolbar button over `page` (CDP Extensions.triggerAction): the popup opens, and the extension
   * gets `activeTab` access to that tab, as after a reader's click.
   */
  clickToolbarButton(page: Page): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Unpacked extension to load; null for a browser without it (benchmark baselines). */
  extensionDir?: string | null;
  headless?: boolean;
  /** More command-line switches (a benchmark's --remote-debugging-port, to reach the service worker's CDP). */
  args?: readonly string[];
}

/** Launches Chromium with a fresh profile; resolves once the extension's service worker runs. */
export async function launchChromium(options: LaunchOptions = {}): Promise<ChromiumSession> {
  const extensionDir = options.extensionDir === undefined ? CHROME_BUILD : options.extensionDir;
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium is not installed at ${CHROMIUM_PATH}`);
  if (extensionDir && !existsSync(join(extensionDir, 'manifest.json')))
    throw new Error(`no extension build at ${extensionDir}: run "npx wxt build" first`);
  const profile = mkdtempSync(join(tmpdir(), 'claimlens-chromium-'));
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    // CDP's Extensions domain: clickToolbarButton (Extensions.triggerAction).
    '--enable-unsafe-extension-debugging',
    ...(options.args ?? []),
  ];
  if (extensionDir) args.unshift(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: options.headless ?? true,
      args,
      viewport: { width: 1200, height: 900 },
    });
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw new Error(`Chromium could not start (${CHROMIUM_PATH}): ${(error as Error).message}`);
  }
  // A missing element fails an action after 10 s rather than at the test's timeout, so a broken build
  // fails the suite quickly.
  context.setDefaultTimeout(10_000);
  // Page loads on a slow, busy CI machine may take up to 60 s.
  context.setDefaultNavigationTimeout(60_000);
  const close = async () => {
    await context.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  };
  let serviceWorker: Worker | null = null;
  if (extensionDir) {
    try {
      serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 60_000 }));
    } catch {
      await close();
      throw new Error("the extension's service worker did not start within 60 s");
    }
  }
  const extensionId = serviceWorker ? new URL(serviceWorker.url()).host : null;
  const extensionUrl = (path: string) => {
    if (!extensionId) throw new Error('this browser was launched without the extension');
    return `chrome-extension://${extensionId}/${path}`;
  };
  const {
    send,
    broadcast,
    pageBadges,
    inPage: inExtensionPage,
  } = extensionPageMessaging(async () => {
    const page = await context.newPage();
    await page.goto(extensionUrl('popup.html'), { timeout: 60_000 });
    return page;
  });
  const clickToolbarButton = async (page: Page) => {
    const browser = context.browser();
    if (!browser || !extensionId)
      throw new Error('no browser connection, or no extension, to click the toolbar button of');
    const cdp = await browser.newBrowserCDPSession();
    try {
      const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
      const target = targetInfos.find((info) => info.url === page.url());
      if (!target) throw new Error(`no tab target at ${page.url()}`);
      await cdp.send('Extensions.triggerAction' as never, { id: extensionId, targetId: target.targetId } as never);
    } finally {
      await cdp.detach().catch(() => undefined);
    }
  };
  return {
    context,
    extensionId,
    serviceWorker,
    extensionUrl,
    send,
    broadcast,
    pageBadges,
    inExtensionPage,
    clickToolbarButton,
    close,
  };
}

/**
 * Runs `declaration` (a self-contained function whose `this` is the root) on the closed shadow root of each `tag`
 * host of a Playwright page, in document order, with `arg` as its second argument; its string results. Seen through
 * the Chrome DevTools Protocol (DOM.describeNode with `pierce` reaches closed roots; a page script never can).
 */
async function onClosedRoots(page: Page, tag: string, declaration: string, arg: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { result } = await cdp.send('Runtime.evaluate', {
      expression: `[...document.querySelectorAll(${JSON.stringify(tag)})]`,
    });
    if (!result.objectId) return [];
    const { result: items } = await cdp.send('Runtime.getProperties', {
      objectId: result.objectId,
      ownProperties: true,
    });
    const hosts = items
      .filter((item) => /^\d+$/.test(item.name) && item.value?.objectId)
      .sort((a, b) => Number(a.name) - Number(b.name))
      .map((item) => item.value!.objectId!);
    const answers: string[] = [];
    for (const objectId of hosts) {
      const { node } = await cdp.send('DOM.describeNode', { objectId, depth: 1, pierce: true });
      const shadow = node.shadowRoots?.[0];
      if (!shadow) continue;
      const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
      const { result: answer } = await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId!,
        functionDeclaration: declaration,
        arguments: [{ value: null }, { value: arg }],
        returnByValue: true,
      });
      answers.push(answer.value as string);
    }
    return answers;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** What the closed shadow root of each `tag` host of a Playwright page shows, in document order (through CDP). */
export function closedRootsOf(page: Page, tag: string, reveal?: string): Promise<ClosedRootView[]> {
  return closedRootViews((...run) => onClosedRoots(page, ...run), tag, reveal);
}

/** Each badge's look beside the look of each of `statuses` (see describeBadgeLooks), through CDP. */
export function badgeLooksOf(page: Page, statuses: readonly string[]): Promise<BadgeLooks[]> {
  return badgeLooksThrough((...run) => onClosedRoots(page, ...run), statuses);
}

/** The open popover of a Playwright page (seen through CDP), or null; `reveal`: see describeClosedRoot. */
export async function popoverOf(page: Page, reveal?: string): Promise<ClosedRootView | null> {
  return (await closedRootsOf(page, POPOVER_HOST, reveal))[0] ?? null;
}
