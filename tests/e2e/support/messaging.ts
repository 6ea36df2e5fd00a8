/**
 * Sends a message of the extension's protocol (messaging/protocol.ts) from one of the extension's own pages,
 * the way the popup does, so a suite can set settings or wait for the seed set without depending on the popup's
 * layout. Uses @webext-core/messaging's wire format: {id, type, data, timestamp} → {res} | {err}.
 */
import type { ProtocolMap, RequestOf, ResponseOf } from '../../../messaging/protocol';

export type MessageType = keyof ProtocolMap;
export type MessageData<K extends MessageType> = RequestOf<K>;
export type MessageReply<K extends MessageType> = ResponseOf<K>;

/** A request as it crosses into the page. */
export interface WireRequest {
  type: string;
  data: unknown;
}

/** Runs inside an extension page: sends one protocol message to the background and unwraps the reply. */
export async function sendFromExtensionPage(request: WireRequest): Promise<unknown> {
  interface Runtime {
    sendMessage(message: unknown): Promise<{ res?: unknown; err?: { message?: string } } | undefined>;
  }
  // nb. Firefox's `chrome.runtime.sendMessage` takes a callback and returns nothing; its `browser` returns a promise.
  const scope = globalThis as unknown as { browser?: { runtime: Runtime }; chrome: { runtime: Runtime } };
  const runtime = (scope.browser ?? scope.chrome).runtime;
  const reply = await runtime.sendMessage({
    id: Math.floor(Math.random() * 1e9),
    type: request.type,
    data: request.data,
    timestamp: Date.now(),
  });
  if (!reply) throw new Error(`No response to ${request.type}`);
  if (reply.err) throw new Error(reply.err.message ?? `${request.type} failed`);
  return reply.res;
}

/** A function that evaluates `sendFromExtensionPage` in an extension page (driver-specific). */
export type ExtensionPageSender = (request: WireRequest) => Promise<unknown>;

/** Typed protocol call through a driver's sender. */
export async function callBackground<K extends MessageType>(
  send: ExtensionPageSender,
  type: K,
  ...data: MessageData<K> extends undefined ? [] : [MessageData<K>]
): Promise<MessageReply<K>> {
  return (await send({ type, data: data[0] })) as MessageReply<K>;
}

/**
 * Waits until the background answers `listSources` with at least one source (the seed set is built on install),
 * so the first page a suite opens is annotated against the full reference set.
 */
export async function waitForReferenceSet(send: ExtensionPageSender, timeoutMs = 90_000): Promise<number> {
  const started = Date.now();
  let lastError = '';
  while (Date.now() - started < timeoutMs) {
    try {
      const sources = await callBackground(send, 'listSources');
      if (Array.isArray(sources) && sources.length > 0) return sources.length;
    } catch (error) {
      lastError = (error as Error).message;
    }
    await new Promise((done) => setTimeout(done, 300));
  }
  throw new Error(`the background did not list any reference source within ${timeoutMs} ms (${lastError})`);
}

/**
 * Runs inside an extension page: sends one protocol message to the content script of every tab, the way the
 * background shows a context-menu result, and returns how many tabs answered. (The tests cannot tell tabs
 * apart: without host permissions an extension page sees no tab's URL.)
 */
export async function broadcastFromExtensionPage(request: WireRequest): Promise<number> {
  interface Tabs {
    query(filter: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown, options: object): Promise<{ err?: unknown } | undefined>;
  }
  const scope = globalThis as unknown as { browser?: { tabs: Tabs }; chrome: { tabs: Tabs } };
  const tabs = (scope.browser ?? scope.chrome).tabs;
  const message = {
    id: Math.floor(Math.random() * 1e9),
    type: request.type,
    data: request.data,
    timestamp: Date.now(),
  };
  const answers = await Promise.all(
    (await tabs.query({})).map((tab) =>
      tab.id === undefined
        ? false
        : tabs.sendMessage(tab.id, message, { frameId: 0 }).then(
            (reply) => Boolean(reply && !reply.err),
            () => false,
          ),
    ),
  );
  return answers.filter(Boolean).length;
}

/** A function that evaluates `broadcastFromExtensionPage` in an extension page (driver-specific). */
export type TabBroadcaster = (request: WireRequest) => Promise<number>;

/** One badge on a page, as the extension knows it (the page's DOM tells nothing: content/contract.ts). */
export interface BadgeInfo {
  /** corroborated | conflicting | mixed */
  status: string;
  /** The page sentence the badge follows. */
  claimText: string;
}

/** What the background says about the tab showing one page. */
export interface PageBadges {
  /** How many open tabs the background has a summary of for that URL (0: not checked; over 1: ambiguous). */
  tabs: number;
  /** The tab's page state (active, paused, no-article, …), or '' when no tab matched. */
  state: string;
  badges: BadgeInfo[];
}

/**
 * Runs inside an extension page: asks the background for the page summary of every tab (ProtocolMap.pageSummary,
 * as the popup's "This page" list does) and returns the badges of the tab whose summary is about `url`: each
 * annotation the content script reported as badged, in the tab's order. An extension page without host
 * permissions cannot see tabs' URLs, but each summary carries the URL its content script annotated.
 */
export async function pageBadgesFromExtensionPage(url: string): Promise<PageBadges> {
  interface Api {
    tabs: { query(filter: object): Promise<{ id?: number }[]> };
    runtime: { sendMessage(message: unknown): Promise<{ res?: unknown; err?: { message?: string } } | undefined> };
  }
  interface Summary {
    state: string;
    url: string;
    annotations: { text: string; status: string }[];
    badged?: number[];
  }
  const scope = globalThis as unknown as { browser?: Api; chrome: Api };
  const api = scope.browser ?? scope.chrome;
  const summaries = await Promise.all(
    (await api.tabs.query({})).map(async (tab) => {
      if (tab.id === undefined) return null;
      const data = { tabId: tab.id };
      const reply = await api.runtime.sendMessage({ id: tab.id, type: 'pageSummary', data, timestamp: Date.now() });
      if (reply?.err) throw new Error(reply.err.message ?? 'pageSummary failed');
      return (reply?.res as Summary | undefined) ?? null;
    }),
  );
  const matching = summaries.filter((summary): summary is Summary => summary?.url === url);
  const summary = matching[0];
  if (!summary) return { tabs: 0, state: '', badges: [] };
  const badges = (summary.badged ?? []).flatMap((index) => {
    const annotation = summary.annotations[index];
    return annotation ? [{ status: annotation.status, claimText: annotation.text }] : [];
  });
  return { tabs: matching.length, state: summary.state, badges };
}

/** A function that evaluates `pageBadgesFromExtensionPage` in an extension page (driver-specific). */
export type PageBadgeReader = (url: string) => Promise<PageBadges>;

/**
 * The badges of the tab showing `url`, through the extension (see pageBadgesFromExtensionPage). Two tabs on the
 * same URL would make the answer ambiguous: that is an error in the suite, reported as such.
 */
export async function badgesThroughExtension(read: PageBadgeReader, url: string): Promise<BadgeInfo[]> {
  const answer = await read(url);
  if (answer.tabs > 1) throw new Error(`${answer.tabs} tabs show ${url}: the suite cannot tell their badges apart`);
  return answer.badges;
}

/** An extension page that runs functions (a Playwright or a Puppeteer page). */
export interface EvaluatingPage {
  evaluate(fn: never, arg: never): Promise<unknown>;
  isClosed(): boolean;
}

/**
 * Runs functions in the extension page tests send messages from, opened with `open` on first use. A page that
 * failed to open is not kept: the next call opens another; so is one that closed (the extension reloaded).
 */
export function extensionPageMessaging(open: () => Promise<EvaluatingPage>) {
  let opened: Promise<EvaluatingPage> | null = null;
  const inPage = async <A, T>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T> => {
    opened ??= open();
    let page = await opened.catch((error: unknown) => {
      opened = null;
      throw error;
    });
    if (page.isClosed()) {
      opened = open();
      page = await opened;
    }
    return (await page.evaluate(fn as never, arg as never)) as T;
  };
  const send: ExtensionPageSender = (request) => inPage(sendFromExtensionPage, request);
  const broadcast: TabBroadcaster = (request) => inPage(broadcastFromExtensionPage, request);
  const pageBadges: PageBadgeReader = (url) => inPage(pageBadgesFromExtensionPage, url);
  /** Forgets the extension page (after the extension reloaded, its pages are gone or dead). */
  const reopen = () => {
    opened = null;
  };
  return { inPage, send, broadcast, pageBadges, reopen };
}
