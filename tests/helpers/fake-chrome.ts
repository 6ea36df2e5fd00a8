/**
 * A `chrome` global for tests of the content script's messaging: runtime and tabs deliver each message to the
 * runtime.onMessage listeners (the first that returns true answers), and getURL maps extension paths through
 * `urls` (so a test can point a content-script part at a module of its own).
 */
export type RuntimeListener = (
  message: unknown,
  sender: unknown,
  reply: (answer: unknown) => void,
) => boolean | undefined;

/** Installs the fake on globalThis and returns its listeners; `removeFakeChrome` takes it away. */
export function installFakeChrome(urls: Record<string, string> = {}): Set<RuntimeListener> {
  const listeners = new Set<RuntimeListener>();
  const deliver = (message: unknown, callback: (answer: unknown) => void) => {
    for (const listener of listeners) {
      if (listener(message, { id: 'extension' }, callback) === true) return;
    }
    callback(undefined);
  };
  (globalThis as Record<string, unknown>).chrome = {
    runtime: {
      id: 'extension',
      lastError: undefined,
      getURL: (path: string) => urls[path] ?? `chrome-extension://extension${path}`,
      sendMessage: (message: unknown, callback: (answer: unknown) => void) => deliver(message, callback),
      onMessage: {
        addListener: (l: RuntimeListener) => listeners.add(l),
        removeListener: (l: RuntimeListener) => listeners.delete(l),
      },
    },
    tabs: {
      sendMessage: (_tab: number, message: unknown, _options: unknown, callback: (answer: unknown) => void) =>
        deliver(message, callback),
    },
  };
  return listeners;
}

export function removeFakeChrome(): void {
  delete (globalThis as Record<string, unknown>).chrome;
}
