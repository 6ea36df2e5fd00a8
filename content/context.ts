/**
 * The lifetime of ClaimLens on one page. Every listener, timer and observer of the content script goes
 * through a PageContext, so invalidating it (the extension reloaded, updated or turned off) removes them all.
 *
 * Why not WXT's ContentScriptContext: it announces every new instance to the page with `window.postMessage`,
 * under an event name that carries the extension's id (any script of the page can read it, which would undo
 * the dynamic part URLs of wxt.config.ts), and it reads `chrome.runtime` as it is built, which costs about
 * 1–2 ms on every page (see parts.ts). A newer instance replaces an older one through the content script's
 * own world instead (main.ts).
 *
 * nb. Content script only (timers and events of the page's window).
 */

/** The extension global, as far as this module reads it. */
interface ExtensionGlobal {
  chrome?: { runtime?: { id?: string } };
}

function runtime(): { id?: string } | undefined {
  try {
    return (globalThis as ExtensionGlobal).chrome?.runtime;
  } catch {
    return undefined;
  }
}

/**
 * Whether the extension that runs this script is still there. An orphaned content script (its extension
 * reloaded or turned off) keeps running in Chrome, and finds `chrome.runtime.id` gone.
 */
export function extensionAlive(): boolean {
  return Boolean(runtime()?.id);
}

/** An `alive` check for a context: the extension runtime of now is still there, and still the one in use. */
export function sameExtension(): () => boolean {
  const now = runtime();
  return () => Boolean(now?.id) && runtime() === now;
}

/** The Navigation API, where the browser has it (Chrome; not Firefox ESR). */
interface NavigationTarget {
  addEventListener(
    type: 'navigate',
    listener: (event: { destination: { url: string } }) => void,
    options?: AddEventListenerOptions,
  ): void;
}

export class PageContext {
  readonly #controller = new AbortController();
  readonly #alive: () => boolean;

  /** `alive` says whether the extension is still there (asked when a timer fires or `isValid` is read). */
  constructor(alive: () => boolean = sameExtension()) {
    this.#alive = alive;
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** False once invalidated, or once the extension is found gone (which invalidates it). */
  get isValid(): boolean {
    if (!this.#controller.signal.aborted && !this.#alive()) this.invalidate();
    return !this.#controller.signal.aborted;
  }

  /** Removes everything registered through this context (runs the `onInvalidated` callbacks once). */
  invalidate(): void {
    this.#controller.abort();
  }

  /** Runs `callback` when the context is invalidated; returns the function that cancels that. */
  onInvalidated(callback: () => void): () => void {
    if (this.signal.aborted) {
      callback();
      return () => undefined;
    }
    this.signal.addEventListener('abort', callback, { once: true });
    return () => this.signal.removeEventListener('abort', callback);
  }

  /** `setTimeout` that does not fire after invalidation. */
  setTimeout(handler: () => void, ms: number): number {
    const id = setTimeout(() => {
      if (this.isValid) handler();
    }, ms) as unknown as number;
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  /** `setInterval` that stops at invalidation (each tick also notices an extension that went away). */
  setInterval(handler: () => void, ms: number): number {
    const id = setInterval(() => {
      if (this.isValid) handler();
    }, ms) as unknown as number;
    this.onInvalidated(() => clearInterval(id));
    return id;
  }

  /** `target.addEventListener`, removed at invalidation. */
  addEventListener<E extends Event = Event>(
    target: EventTarget,
    type: string,
    handler: (event: E) => void,
    options: AddEventListenerOptions = {},
  ): void {
    target.addEventListener(type, handler as EventListener, { ...options, signal: this.signal });
  }

  /**
   * Calls `handler` with the new URL after each in-page navigation of `win` (history.pushState, back and
   * forward between entries of the same document). Uses the Navigation API where there is one; otherwise
   * compares the URL every `pollMs`, since a content script cannot see the page's pushState calls.
   */
  onNavigation(win: Window, handler: (url: string) => void, pollMs = 1000): void {
    let last = win.location.href;
    const check = (url: string) => {
      if (url === last) return;
      last = url;
      if (this.isValid) handler(url);
    };
    const navigation = (win as unknown as { navigation?: NavigationTarget }).navigation;
    if (typeof navigation?.addEventListener === 'function') {
      navigation.addEventListener('navigate', (event) => check(event.destination.url), { signal: this.signal });
    } else {
      this.setInterval(() => check(win.location.href), pollMs);
    }
  }
}
