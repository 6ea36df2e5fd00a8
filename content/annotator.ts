/**
 * The content script's work on one page: gate → extract blocks → ask the background → anchor → badges, then
 * keep the badges right as the page changes (new paragraphs, in-page navigation), as settings change
 * (refresh) and when the extension goes away (every badge removed). Locates everything first and writes
 * once; keeps one slot per annotation the background returned, so `showAnnotation(index)` finds its badge.
 *
 * nb. Content script only (reads and writes the page's DOM). Messaging, extraction and the page UI are
 * injected: the UI (Preact, badges, popover) is a separate part, loaded only once there is something to show.
 */

import { anchorQuotes } from '../lib/anchor/anchor';
import type { DomPoint } from '../lib/anchor/block-text';
import { insertMarkers } from '../lib/anchor/insert';
import { samePage } from '../lib/page-identity';
import { isPausedOn } from '../lib/paused-sites';
import type { PageAnnotation, TextBlock } from '../lib/types';
import type { RequestOf, ResponseOf, Settings } from '../messaging/protocol';
import type { BadgeHandle } from './badge';
import type { PageContext } from './context';
import { DEFAULT_LIMITS, type PageLimits, withinLimits } from './limits';
import type { PopoverController } from './popover';
import type { PageUi } from './ui';
import type { PopoverView } from './ui/Popover';
import { type BadgedAnnotation, hasVerdict } from './verdict';
import { DEFAULT_WATCH, type WatchOptions, watchMutations } from './watch';

/** What the annotator needs from the extension and the extractor. */
export interface AnnotatorDeps {
  doc: Document;
  ctx: PageContext;
  annotatePage(request: RequestOf<'annotatePage'>): Promise<ResponseOf<'annotatePage'>>;
  markNotAMatch(request: RequestOf<'markNotAMatch'>): Promise<void>;
  /** Tells the background which annotations carry a badge (ProtocolMap.reportBadges); left out in some tests. */
  reportBadges?(request: RequestOf<'reportBadges'>): Promise<void>;
  getSettings(): Promise<Settings>;
  looksLikeArticle(doc: Document): boolean;
  /** The page UI part (badges, popover); asked for only when there is something to show. */
  loadUi(): Promise<PageUi>;
  extractArticle(doc: Document): { blocks: readonly { text: string; element: Element }[] };
  /** One line for the console when the annotator backs off (console.info by default). */
  info?: (message: string) => void;
  limits?: Partial<PageLimits>;
  watch?: Partial<WatchOptions>;
  /** Delays before the gate is tried again on a page that did not look like an article yet. */
  gateRetriesMs?: number[];
  /** Delay between an in-page navigation and the rescan (the new page renders first). */
  navigationDelayMs?: number;
}

export interface Annotator {
  /** First run: checks settings and the page, then annotates. */
  start(): Promise<void>;
  /** Removes every badge at once, then annotates again with the current settings. */
  refresh(): Promise<void>;
  /** Scrolls to the badge of annotation `index` and opens its popover; false when it has no badge. */
  showAnnotation(index: number): boolean;
  /** Opens the popover with the result of checking a selection (resolves once it is shown). */
  showCheckResult(text: string, annotation: PageAnnotation | null): Promise<void>;
  /** Opens the popover with a short notice (resolves once it is shown). */
  showNotice(message: string): Promise<void>;
  /** Resolves when no scan is running or queued (for tests and benchmarks). */
  settled(): Promise<void>;
  /** The badges on the page, by annotation index (null: no badge for that annotation). */
  readonly slots: readonly (BadgeHandle | null)[];
}

type ScanKind = 'full' | 'partial';

/** A block element as last sent (or left out, with no id), and the badges in it. */
interface BlockRecord {
  id: string;
  text: string;
  badges: BadgeHandle[];
}

/** Creates the annotator; nothing happens until `start()`. Invalidating `ctx` removes everything it added. */
export function createAnnotator(deps: AnnotatorDeps): Annotator {
  const { doc, ctx } = deps;
  const win = doc.defaultView!;
  const limits = { ...DEFAULT_LIMITS, ...deps.limits };
  const info = deps.info ?? console.info;
  const said = new Set<string>();
  /** Says why the annotator backs off, once per reason per page. */
  const backOff = (reason: string) => {
    if (!said.has(reason)) info(`ClaimLens: ${reason}`);
    said.add(reason);
  };

  let slots: (BadgeHandle | null)[] = [];
  const blocks = new Map<Element, BlockRecord>();
  const elementOf = new Map<string, Element>();
  let badgeCount = 0;
  let nextBlockId = 0;
  let generation = 0;
  /** Whether the background has been told about this page (so a reset must be sent too). */
  let reported = false;
  let paused = false;
  let tooLarge = false;
  let everArticle = false;
  let queued: ScanKind | null = null;
  let running: Promise<void> | null = null;
  let waitingForVisible = false;
  let validityCheck = false;
  /** The URL of the last annotatePage request, and what the background was last told about the badges since. */
  let sentUrl = '';
  let lastReport = '';
  let reportQueued = false;
  /** The lowest element holding every sent block: page changes outside it (and not above it) are ignored. */
  let scope: Element | null = null;
  let lastUrl = win.location.href;

  const watcher = watchMutations(
    doc.documentElement,
    ctx,
    {
      onChange: () => void requestScan('partial'),
      onStorm: () => backOff('page changes too often; pausing checks of new text.'),
      isRelevant: (record) => !scope || scope.contains(record.target) || record.target.contains(scope),
    },
    { ...DEFAULT_WATCH, ...deps.watch },
  );
  /** The UI part and the page's popover, once something needed them. */
  let ui: PageUi | null = null;
  let popover: PopoverController | null = null;
  const withUi = async (): Promise<PageUi> => {
    const loaded = await deps.loadUi();
    popover ??= loaded.createPopover(doc, watcher.ownWrite);
    ui = loaded;
    return loaded;
  };

  /**
   * Tells the background which annotations carry a badge now, once per batch of changes (a microtask later), and
   * only when that changed. The page's DOM says nothing about the badges, so this is how the popup, the toolbar
   * count and the browser tests learn what the page shows.
   */
  const reportBadges = () => {
    const report = deps.reportBadges;
    if (!report || !reported || reportQueued) return;
    reportQueued = true;
    queueMicrotask(() => {
      reportQueued = false;
      if (!ctx.isValid) return;
      const badged = slots.flatMap((badge, index) => (badge ? [index] : []));
      const said = `${sentUrl} ${slots.length}:${badged.join(',')}`;
      if (said === lastReport) return;
      lastReport = said;
      report({ url: sentUrl, annotations: slots.length, badged }).catch(() => undefined);
    });
  };

  /** Takes badges out of the page; their slots stay (null), so later indexes keep their meaning. */
  const removeBadges = (badges: BadgeHandle[]) => {
    if (badges.length === 0) return;
    if (popover?.badge && badges.includes(popover.badge)) popover.close();
    watcher.ownWrite(() => {
      for (const badge of badges) badge.host.remove();
    });
    for (const badge of badges) slots[slots.indexOf(badge)] = null;
    badgeCount -= badges.length;
    reportBadges();
  };

  /** Forgets a block element: its badges go, and it counts as new when seen again. */
  const forget = (element: Element) => {
    const record = blocks.get(element);
    if (!record) return;
    removeBadges(record.badges);
    elementOf.delete(record.id);
    blocks.delete(element);
  };

  /** Removes every badge and the popover and forgets what was sent. */
  const clearAll = () => {
    popover?.close();
    for (const element of [...blocks.keys()]) forget(element);
    slots = [];
    scope = null;
    reportBadges();
  };

  const openFor = (badge: BadgeHandle) =>
    popover?.open({ kind: 'annotation', annotation: badge.annotation }, { badge, onNotAMatch: () => notAMatch(badge) });

  const togglePopover = (badge: BadgeHandle) => {
    if (!ctx.isValid) return;
    if (popover?.badge === badge) popover.close({ restoreFocus: true });
    else openFor(badge);
  };

  const notAMatch = (badge: BadgeHandle) => {
    const { annotation } = badge;
    for (const record of blocks.values()) record.badges = record.badges.filter((other) => other !== badge);
    removeBadges([badge]);
    deps
      .markNotAMatch({
        pageUrl: win.location.href,
        sentence: annotation.text,
        claimIds: annotation.matches.map((match) => match.claimId),
      })
      .catch(() => popover?.open({ kind: 'notice', message: 'ClaimLens could not save “Not a match”.' }));
  };

  /**
   * Anchors the answered annotations and inserts their badges in one batch (loading the UI part first when
   * there is a badge to show). Gives up when a refresh or teardown (a new `generation`) came meanwhile.
   */
  const place = async (annotations: PageAnnotation[], current: number) => {
    const wanted = new Map<Element, { annotation: BadgedAnnotation; index: number }[]>();
    for (const annotation of annotations) {
      const index = slots.push(null) - 1;
      const element = elementOf.get(annotation.blockId);
      if (!hasVerdict(annotation) || !element?.isConnected) continue;
      wanted.set(element, [...(wanted.get(element) ?? []), { annotation, index }]);
    }
    if (wanted.size === 0) return reportBadges();
    const { createBadge } = ui ?? (await withUi());
    if (current !== generation || !ctx.isValid) return;
    const batch: [Element, Marker[]][] = [];
    for (const [element, list] of wanted) {
      const record = blocks.get(element);
      const anchors = anchorQuotes(
        element,
        list.map(({ annotation: { text, prefix, suffix, start, end } }) => ({
          exact: text,
          prefix,
          suffix,
          start,
          end,
        })),
      );
      const markers: Marker[] = [];
      list.forEach(({ annotation, index }, i) => {
        const anchor = anchors[i];
        // No sentence is badged twice, and a hostile page gets a bounded number of badges.
        if (!anchor || !record || record.badges.some((badge) => badge.annotation.text === annotation.text)) return;
        if (badgeCount >= limits.maxBadges) {
          backOff('too many matches; badging the first.');
          return;
        }
        const badge = createBadge(doc, annotation, togglePopover);
        slots[index] = badge;
        record.badges.push(badge);
        badgeCount += 1;
        markers.push({ end: anchor.end, textEnd: anchor.match.end, marker: badge.host });
      });
      if (markers.length > 0) batch.push([element, markers]);
    }
    if (batch.length === 0) return reportBadges();
    watcher.ownWrite(() => {
      for (const [element, markers] of batch) insertMarkers(element, markers);
    });
    reportBadges();
    if (!validityCheck) {
      validityCheck = true;
      // nb. An orphaned content script (extension reloaded or turned off) learns it only when it asks
      // ctx.isValid; this check makes its badges go away within seconds.
      ctx.setInterval(() => undefined, 5000);
    }
  };

  const pageTooLarge = () => {
    const count = doc.getElementsByTagName('*').length;
    if (count <= limits.maxElements) return false;
    tooLarge = true;
    watcher.stop();
    backOff(`page too large (${count} elements); not checking it.`);
    return true;
  };

  /** Blocks to send: new or changed ones (all of them for a full scan), within the limits. */
  const blocksToSend = (kind: ScanKind): TextBlock[] | 'full' => {
    for (const element of blocks.keys()) if (!element.isConnected) forget(element);
    const fresh = deps.extractArticle(doc).blocks.filter((block) => blocks.get(block.element)?.text !== block.text);
    if (kind === 'partial' && fresh.length > limits.fullRescanBlocks) return 'full';
    const { kept, tooLong, overBudget } = withinLimits(fresh, limits);
    if (tooLong.length > 0) backOff('skipping very long paragraphs.');
    if (overBudget.length > 0) backOff('too much text; checking part of it.');
    const keep = new Set(kept.map((block) => block.element));
    const out: TextBlock[] = [];
    for (const { element, text } of fresh) {
      forget(element);
      // Left-out blocks are remembered too (with no id), so they are not reconsidered until they change.
      const id = keep.has(element) ? `c${nextBlockId++}` : '';
      blocks.set(element, { id, text, badges: [] });
      if (!id) continue;
      elementOf.set(id, element);
      out.push({ id, text });
    }
    scope = scopeOf([...elementOf.values()]);
    return out;
  };

  const scan = async (kind: ScanKind): Promise<void> => {
    if (!ctx.isValid || paused || tooLarge) return;
    if (kind === 'full') {
      generation += 1;
      clearAll();
    }
    const current = generation;
    const url = win.location.href;
    const isArticle = deps.looksLikeArticle(doc);
    if (isArticle && !everArticle) {
      everArticle = true;
      watcher.start();
    }
    let blocks: TextBlock[] = [];
    if (isArticle) {
      if (pageTooLarge()) return;
      const chosen = blocksToSend(kind);
      if (chosen === 'full') return scan('full');
      blocks = chosen;
    }
    // A full scan of a page the background knows about is sent even when empty: it resets the tab's list.
    if (blocks.length === 0 && !(kind === 'full' && reported)) return;
    // The background's list for the tab starts again (or grows): what it was told about the badges is stale.
    sentUrl = url;
    lastReport = '';
    const response = await deps.annotatePage({ url, blocks, ...(kind === 'partial' ? { append: true } : {}) });
    reported = true;
    if (current !== generation || !ctx.isValid) return;
    if (response.state === 'paused' || response.state === 'paused-site') {
      pause();
      return;
    }
    await place(response.annotations, current);
  };

  const pause = () => {
    paused = true;
    watcher.stop();
    clearAll();
  };

  const drain = async () => {
    while (queued && ctx.isValid) {
      if (doc.visibilityState === 'hidden') {
        waitingForVisible = true;
        return;
      }
      const kind = queued;
      queued = null;
      try {
        await scan(kind);
      } catch {
        // The background may be restarting or gone; the next change or refresh tries again.
      }
    }
  };

  function requestScan(kind: ScanKind): Promise<void> {
    queued = queued === 'full' || kind === 'full' ? 'full' : 'partial';
    if (!running) {
      running = drain().finally(() => {
        running = null;
      });
    }
    return running;
  }

  /** Reads the settings; true when ClaimLens may work on this page. */
  const allowed = async () => {
    try {
      paused = isPausedOn(await deps.getSettings(), win.location.hostname);
    } catch {
      paused = false; // The background answers annotatePage with the page state anyway.
    }
    return !paused;
  };

  /** Annotates the page unless ClaimLens is paused for it. */
  const begin = async () => {
    if (await allowed()) await requestScan('full');
  };

  ctx.addEventListener(doc, 'visibilitychange', () => {
    if (doc.visibilityState !== 'hidden' && waitingForVisible) {
      waitingForVisible = false;
      if (queued) void requestScan(queued);
    }
  });
  ctx.onNavigation(win, () => {
    ctx.setTimeout(() => {
      const url = win.location.href;
      const same = samePage(url, lastUrl);
      lastUrl = url;
      void requestScan(same ? 'partial' : 'full');
    }, deps.navigationDelayMs ?? 400);
  });
  ctx.onInvalidated(() => {
    generation += 1;
    queued = null;
    watcher.stop();
    clearAll();
  });

  return {
    async start() {
      if (deps.looksLikeArticle(doc)) return begin();
      // Articles rendered by script may arrive after document_idle: look again a little later.
      for (const delay of deps.gateRetriesMs ?? [1500, 4000]) {
        ctx.setTimeout(() => {
          if (!everArticle && !running && deps.looksLikeArticle(doc)) void begin();
        }, delay);
      }
    },
    async refresh() {
      generation += 1;
      queued = null;
      clearAll();
      if (!(await allowed())) {
        watcher.stop();
        return;
      }
      tooLarge = false;
      await requestScan('full');
      if (everArticle) watcher.start();
    },
    showAnnotation(index) {
      const badge = slots[index];
      if (!badge?.host.isConnected) return false;
      badge.host.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
      openFor(badge);
      return true;
    },
    showCheckResult(text, annotation) {
      const view: PopoverView = { kind: 'check', text, annotation };
      const near = selectionRect(doc);
      return withUi().then(() => popover?.open(view, { near }));
    },
    showNotice(message) {
      const near = selectionRect(doc);
      return withUi().then(() => popover?.open({ kind: 'notice', message }, { near }));
    },
    async settled() {
      while (running) await running;
    },
    get slots() {
      return slots;
    },
  };
}

/** A badge's host and the end of its sentence, for insertion. */
interface Marker {
  end: DomPoint;
  textEnd: number;
  marker: Element;
}

/** The lowest common ancestor of `elements`. */
function scopeOf(elements: Element[]): Element | null {
  let common: Element | null = elements[0] ?? null;
  for (const element of elements) {
    while (common && !common.contains(element)) common = common.parentElement;
  }
  return common;
}

/** The rectangle of the current selection, or null. */
function selectionRect(doc: Document): DOMRect | null {
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const rect = selection.getRangeAt(0).getBoundingClientRect();
  return rect.width === 0 && rect.height === 0 ? null : rect;
}
