/**
 * What was found on each tab (for the popup and the toolbar count), kept where a restarted background finds
 * it again: a Manifest V3 service worker is stopped after a short idle time, and its memory with it. Summaries
 * go to the session storage area (`storage.session`: Chrome MV3, Firefox 115+), which lives as long as the
 * browser session and is never written to disk; where it is missing (older Firefox, tests), memory only.
 * The area is injected, so this module has no browser globals.
 */
import type { PageSummary } from '../messaging/protocol';

/** The part of a `storage.StorageArea` this module uses. */
export interface SessionArea {
  get(keys: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string): Promise<void>;
}

const keyOf = (tabId: number) => `tab-summary:${tabId}`;

/** A summary read back from storage, or undefined when it is not one (another version wrote it, or nothing). */
function asSummary(value: unknown): PageSummary | undefined {
  const summary = value as Partial<PageSummary> | undefined;
  return summary &&
    typeof summary.state === 'string' &&
    typeof summary.url === 'string' &&
    Array.isArray(summary.annotations)
    ? (summary as PageSummary)
    : undefined;
}

export class TabSummaries {
  /** What this background wrote or read since it started (the area is only read for tabs not seen yet). */
  private readonly cache = new Map<number, PageSummary | undefined>();
  /** Changes run one after another, so two quick updates of one tab cannot lose each other's annotations. */
  private queue: Promise<unknown> = Promise.resolve();

  /** `area`: the session storage area, or undefined to keep summaries in memory only. */
  constructor(private readonly area?: SessionArea) {}

  /** The tab's summary, or undefined when nothing was recorded for it (or it was forgotten). */
  get(tabId: number): Promise<PageSummary | undefined> {
    return this.enqueue(() => this.read(tabId));
  }

  /**
   * Replaces the tab's summary with `change(summary before)`; returns the new summary. A change that returns the
   * summary it was given (or undefined) leaves the tab as it was.
   */
  update<S extends PageSummary | undefined>(
    tabId: number,
    change: (before: PageSummary | undefined) => S,
  ): Promise<S | PageSummary | undefined> {
    return this.enqueue(async () => {
      const before = await this.read(tabId);
      const summary = change(before);
      if (summary === undefined || summary === before) return before;
      this.cache.set(tabId, summary);
      try {
        await this.area?.set({ [keyOf(tabId)]: summary });
      } catch {
        // Too large for the area, or the area is gone: kept in memory only, and no older summary is left
        // behind for a restarted worker to show.
        await this.remove(tabId);
      }
      return summary;
    });
  }

  /** Forgets a tab (closed, or loading another page). */
  forget(tabId: number): Promise<void> {
    return this.enqueue(async () => {
      this.cache.set(tabId, undefined);
      await this.remove(tabId);
    });
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async read(tabId: number): Promise<PageSummary | undefined> {
    if (this.cache.has(tabId) || !this.area) return this.cache.get(tabId);
    let stored: PageSummary | undefined;
    try {
      stored = asSummary((await this.area.get(keyOf(tabId)))[keyOf(tabId)]);
    } catch {
      // Storage unreadable: the tab counts as not checked until its page is annotated again.
    }
    this.cache.set(tabId, stored);
    return stored;
  }

  private async remove(tabId: number): Promise<void> {
    try {
      await this.area?.remove(keyOf(tabId));
    } catch {
      // The area is gone: nothing is left in it to remove.
    }
  }
}

/** The two tab events that end what a tab's summary says (`browser.tabs` has them). */
export interface TabEvents {
  onRemoved: { addListener(listener: (tabId: number) => void): void };
  onUpdated: { addListener(listener: (tabId: number, change: { status?: string }) => void): void };
}

/**
 * Forgets a tab's summary when the tab closes or starts loading a page (annotatePage for the new page records
 * it again). Register synchronously at start-up, so a woken service worker gets the events.
 */
export function forgetTabsThatLeave(tabs: TabEvents, forget: (tabId: number) => Promise<void>): void {
  tabs.onRemoved.addListener((tabId) => void forget(tabId));
  tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void forget(tabId);
  });
}
