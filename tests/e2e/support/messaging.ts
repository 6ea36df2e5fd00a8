/**
 * Sends a message of the extension's protocol (lib/messaging/protocol.ts) from one of the extension's own pages,
 * the way the popup does, so a suite can set settings or wait for the seed set without depending on the popup's
 * layout. Uses @webext-core/messaging's wire format: {id, type, data, timestamp} → {res} | {err}.
 */
import type { ProtocolMap } from '../../../lib/messaging/protocol';

export type MessageType = keyof ProtocolMap;
export type MessageData<K extends MessageType> = Parameters<ProtocolMap[K]>[0];
export type MessageReply<K extends MessageType> = ReturnType<ProtocolMap[K]>;

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
export async function waitForReferenceSet(send: ExtensionPageSender, timeoutMs = 45_000): Promise<number> {
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

/** An extension page that runs functions (a Playwright or a Puppeteer page). */
export interface EvaluatingPage {
  evaluate(fn: never, arg: never): Promise<unknown>;
}

/**
 * Runs functions in the extension page tests send messages from, opened with `open` on first use. A page that
 * failed to open is not kept: the next call opens another.
 */
export function extensionPageMessaging(open: () => Promise<EvaluatingPage>) {
  let opened: Promise<EvaluatingPage> | null = null;
  const inPage = async <A, T>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T> => {
    opened ??= open();
    const page = await opened.catch((error: unknown) => {
      opened = null;
      throw error;
    });
    return (await page.evaluate(fn as never, arg as never)) as T;
  };
  const send: ExtensionPageSender = (request) => inPage(sendFromExtensionPage, request);
  const broadcast: TabBroadcaster = (request) => inPage(broadcastFromExtensionPage, request);
  return { inPage, send, broadcast };
}
