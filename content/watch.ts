/**
 * Watches the page for new or changed text (infinite scroll, live blogs, in-page navigation) and reports it,
 * coalesced: one call after the page has been quiet for `debounceMs`, at most `maxWaitMs` after the first
 * change. ClaimLens's own writes are not reported (`ownWrite`), nor are changes `isRelevant` rejects.
 * A mutation storm makes the watcher back off for a while and say so once.
 *
 * nb. Content script only (MutationObserver of the page's window).
 */

import type { PageContext } from './context';
import { isOwnNode } from './contract';

export interface WatchOptions {
  debounceMs: number;
  maxWaitMs: number;
  /** More reports than this within `stormWindowMs` is a storm. */
  stormReports: number;
  /** More mutation records than this within `stormWindowMs` is a storm. */
  stormRecords: number;
  stormWindowMs: number;
  /** How long the watcher stays off after a storm. */
  backoffMs: number;
}

export const DEFAULT_WATCH: WatchOptions = {
  debounceMs: 60,
  maxWaitMs: 600,
  stormReports: 12,
  stormRecords: 50_000,
  stormWindowMs: 10_000,
  backoffMs: 30_000,
};

export interface MutationWatcher {
  start(): void;
  stop(): void;
  /** Runs `write` (a change ClaimLens makes to the page) so that its mutations are never reported. */
  ownWrite<T>(write: () => T): T;
}

/** Elements whose content is never article text. */
const NON_TEXT = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'svg']);

function carriesText(node: Node): boolean {
  if (isOwnNode(node)) return false;
  if (node.nodeType === 3) return /\S/.test((node as Text).data.slice(0, 500));
  if (node.nodeType !== 1) return false;
  return !NON_TEXT.has((node as Element).localName) && node.firstChild !== null;
}

/** True for a mutation that may change article text: text added, removed or edited outside ClaimLens's nodes. */
export function changesText(record: MutationRecord): boolean {
  const parent = record.type === 'characterData' ? record.target.parentNode : record.target;
  if (!parent || (parent.nodeType === 1 && NON_TEXT.has((parent as Element).localName))) return false;
  if (record.type === 'characterData') return true;
  for (const node of record.addedNodes) if (carriesText(node)) return true;
  for (const node of record.removedNodes) if (carriesText(node)) return true;
  return false;
}

/**
 * Observes `root` (childList, characterData, subtree). `onChange` runs coalesced after relevant mutations;
 * `onStorm` runs once per back-off when the page changes too often (the watcher then stops for `backoffMs`
 * and reports one change when it resumes).
 */
export function watchMutations(
  root: Node,
  ctx: PageContext,
  handlers: { onChange: () => void; onStorm: () => void; isRelevant?: (record: MutationRecord) => boolean },
  options: WatchOptions = DEFAULT_WATCH,
): MutationWatcher {
  const Observer = root.ownerDocument?.defaultView?.MutationObserver ?? MutationObserver;
  let observing = false;
  let firstChangeAt = 0;
  let timer: number | undefined;
  let windowStart = 0;
  let reports = 0;
  let records = 0;
  let backingOff = false;
  /** Whether the caller wants the watcher on (a storm's back-off turns it off for a while, not for good). */
  let wanted = false;

  const flush = () => {
    timer = undefined;
    firstChangeAt = 0;
    reports += 1;
    if (reports > options.stormReports) return storm();
    handlers.onChange();
  };

  const note = (batch: MutationRecord[]) => {
    if (!observing || batch.length === 0) return;
    const now = Date.now();
    if (now - windowStart > options.stormWindowMs) {
      windowStart = now;
      reports = 0;
      records = 0;
    }
    records += batch.length;
    if (records > options.stormRecords) return storm();
    const relevant = handlers.isRelevant ?? (() => true);
    if (!batch.some((record) => changesText(record) && relevant(record))) return;
    if (firstChangeAt === 0) firstChangeAt = now;
    if (timer !== undefined) clearTimeout(timer);
    const wait = Math.max(0, Math.min(options.debounceMs, firstChangeAt + options.maxWaitMs - now));
    timer = ctx.setTimeout(flush, wait);
  };

  const observer = new Observer((batch) => note(batch));

  const connect = () => {
    if (observing || backingOff || !wanted || !ctx.isValid) return;
    observing = true;
    observer.observe(root, { childList: true, characterData: true, subtree: true });
  };

  const start = () => {
    wanted = true;
    connect();
  };

  const disconnect = () => {
    observing = false;
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    firstChangeAt = 0;
  };

  const stop = () => {
    wanted = false;
    disconnect();
  };

  function storm() {
    disconnect();
    backingOff = true;
    handlers.onStorm();
    ctx.setTimeout(() => {
      backingOff = false;
      windowStart = 0;
      if (!wanted) return;
      connect();
      handlers.onChange();
    }, options.backoffMs);
  }

  ctx.onInvalidated(stop);

  return {
    start,
    stop,
    ownWrite(write) {
      if (!observing) return write();
      note(observer.takeRecords());
      try {
        return write();
      } finally {
        observer.takeRecords();
      }
    },
  };
}
