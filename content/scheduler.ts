/**
 * When the annotator scans: one scan at a time, requests made meanwhile merged into the next one (a full scan
 * wins over a partial one), and nothing while the tab is hidden (the queued scan runs when it shows again).
 *
 * nb. Content script only (the page's visibility).
 */
import type { PageContext } from './context';

/** A full scan sends every block again (and resets the background's list); a partial one only new blocks. */
export type ScanKind = 'full' | 'partial';

export interface ScanScheduler {
  /**
   * Queues a scan; resolves when the queue is drained. `article` is the gate's answer when a look just gave it,
   * so the scan need not ask the gate again.
   */
  request(kind: ScanKind, article?: boolean): Promise<void>;
  /** Drops the queued scan (a refresh or teardown starts again). */
  cancel(): void;
  /** Resolves when no scan is running or queued. */
  settled(): Promise<void>;
}

/** Runs `scan` as requested. A scan that throws is let go: the next change or refresh tries again. */
export function createScanScheduler(
  doc: Document,
  ctx: PageContext,
  scan: (kind: ScanKind, article: boolean | undefined) => Promise<void>,
): ScanScheduler {
  let queued: ScanKind | null = null;
  /** The gate's answer for the queued scan, when the request that queued it last had one. */
  let queuedArticle: boolean | undefined;
  let running: Promise<void> | null = null;
  let waitingForVisible = false;

  const drain = async () => {
    while (queued && ctx.isValid) {
      if (doc.visibilityState === 'hidden') {
        waitingForVisible = true;
        return;
      }
      const kind = queued;
      const article = queuedArticle;
      queued = null;
      queuedArticle = undefined;
      try {
        await scan(kind, article);
      } catch {
        // The background may be restarting or gone; the next change or refresh tries again.
      }
    }
  };

  const request = (kind: ScanKind, article?: boolean): Promise<void> => {
    queued = queued === 'full' || kind === 'full' ? 'full' : 'partial';
    queuedArticle = article;
    if (!running) {
      running = drain().finally(() => {
        running = null;
      });
    }
    return running;
  };

  ctx.addEventListener(doc, 'visibilitychange', () => {
    if (doc.visibilityState !== 'hidden' && waitingForVisible) {
      waitingForVisible = false;
      if (queued) void request(queued, queuedArticle);
    }
  });

  return {
    request,
    cancel() {
      queued = null;
      queuedArticle = undefined;
    },
    async settled() {
      while (running) await running;
    },
  };
}
