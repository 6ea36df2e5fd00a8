/**
 * The content script's side of the protocol (ProtocolMap), in a few lines: it speaks the wire format of
 * @webext-core/messaging (a request `{ id, type, data, timestamp }`, an answer `{ res }` or `{ err }`), so
 * the background's `onMessage` handlers answer it and its `sendMessage(type, data, tabId)` reaches it, but
 * it leaves that library's error serialisation out of the bundle that runs on every page.
 *
 * nb. Uses the `chrome` extension global (present in Chrome and Firefox), only when called.
 */
import type { ProtocolMap, RequestOf as Request, ResponseOf as Response, TabMessage } from './protocol';

interface WireMessage {
  id: number;
  type: string;
  data: unknown;
  timestamp: number;
}

/** The part of the `chrome` global this module uses. */
interface ChromeRuntime {
  lastError?: { message?: string };
  sendMessage(message: unknown, callback: (answer: unknown) => void): void;
  onMessage: {
    addListener(listener: RootListener): void;
    removeListener(listener: RootListener): void;
  };
}
type RootListener = (message: unknown, sender: unknown, reply: (answer: unknown) => void) => boolean;

const runtime = () => (globalThis as unknown as { chrome: { runtime: ChromeRuntime } }).chrome.runtime;

let nextId = Math.floor(Math.random() * 10_000);

/** Sends a request to the background; rejects with the background's error message (plain words). */
export function send<K extends keyof ProtocolMap>(
  type: K,
  ...[data]: Parameters<ProtocolMap[K]>
): Promise<Response<K>> {
  const message: WireMessage = { id: nextId++, type, data, timestamp: Date.now() };
  return new Promise((resolve, reject) => {
    runtime().sendMessage(message, (reply) => {
      const answer = reply as { res?: Response<K>; err?: { message?: string } } | undefined;
      const failure = runtime().lastError?.message ?? (answer ? answer.err?.message : 'No response');
      if (failure !== undefined || answer?.err) reject(new Error(failure ?? 'ClaimLens could not answer.'));
      else resolve(answer!.res as Response<K>);
    });
  });
}

type Handler<K extends keyof ProtocolMap> = (data: Request<K>) => Response<K> | Promise<Response<K>>;
const handlers = new Map<string, (data: unknown) => unknown>();
let rootListener: RootListener | null = null;

/**
 * Answers tab messages of `type` from the background (one handler per type). Returns the function that
 * removes the handler (the last removal also removes the runtime listener).
 */
export function listen<K extends TabMessage>(type: K, handler: Handler<K>): () => void {
  handlers.set(type, handler as (data: unknown) => unknown);
  if (!rootListener) {
    rootListener = (message, _sender, reply) => {
      const { type: kind, data, timestamp } = (message ?? {}) as Partial<WireMessage>;
      const handle = typeof kind === 'string' && typeof timestamp === 'number' ? handlers.get(kind) : undefined;
      if (!handle) return false;
      Promise.resolve()
        .then(() => handle(data))
        .then(
          (res) => reply({ res }),
          (error: unknown) => reply({ err: { message: error instanceof Error ? error.message : String(error) } }),
        );
      return true;
    };
    runtime().onMessage.addListener(rootListener);
  }
  return () => {
    handlers.delete(type);
    if (handlers.size === 0 && rootListener) {
      runtime().onMessage.removeListener(rootListener);
      rootListener = null;
    }
  };
}
