/**
 * The content script's work on one page: gate → extract blocks → ask the background → anchor → badges, then
 * keep the badges right as the page changes (new paragraphs, in-page navigation), as settings change
 * (refresh) and when the extension goes away (every badge removed). It ties together its parts: which blocks
 * were sent (block-tracker.ts), when it scans (scheduler.ts), where the badges go (badge-placement.ts), and
 * the mutation watch (watch.ts). When it looks at the page is the schedule of looks' (looks.ts), not its own.
 *
 * nb. Content script only (reads and writes the page's DOM). Messaging, extraction and the page UI are
 * injected: the UI (Preact, badges, popover) is a separate part, loaded only once there is something to show.
 */

import { samePage } from '../lib/page-identity';
import { isPausedOn } from '../lib/paused-sites';
import type { PageAnnotation, TextBlock } from '../lib/types';
import type { RequestOf, ResponseOf, Settings } from '../messaging/protocol';
import type { BadgeHandle } from './badge';
import { createBadgePlacement } from './badge-placement';
import { createBlockTracker } from './block-tracker';
import type { PageContext } from './context';
import { DEFAULT_LIMITS, type PageLimits } from './limits';
import type { PopoverController } from './popover';
import { createScanScheduler, type ScanKind } from './scheduler';
import type { PageUi } from './ui';
import type { PopoverView } from './ui/Popover';
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
  /** The article's blocks, and its publication date (ISO, '' when unknown) that dates its figures. */
  extractArticle(doc: Document): {
    blocks: readonly { text: string; element: Element }[];
    publishedAt?: string;
    title?: string;
  };
  /** One line for the console when the annotator backs off (console.info by default). */
  info?: (message: string) => void;
  limits?: Partial<PageLimits>;
  watch?: Partial<WatchOptions>;
}

export interface Annotator {
  /**
   * First run: checks the settings, then annotates. `article` is the gate's answer when a look just gave it;
   * without it the scan asks the gate.
   */
  start(article?: boolean): Promise<void>;
  /** The page navigated in place (a look after it said whether it is an article): rescans. */
  navigated(article: boolean): void;
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

  let generation = 0;
  let paused = false;
  let tooLarge = false;
  let everArticle = false;
  let lastUrl = win.location.href;

  const watcher = watchMutations(
    doc.documentElement,
    ctx,
    {
      onChange: () => void scheduler.request('partial'),
      onStorm: () => backOff('page changes too often; pausing checks of new text.'),
      isRelevant: (record) => {
        const scope = blocks.scope;
        return !scope || scope.contains(record.target) || record.target.contains(scope);
      },
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

  const badges = createBadgePlacement({
    doc,
    ctx,
    blocks: () => blocks,
    maxBadges: limits.maxBadges,
    backOff,
    ui: () => ui ?? withUi(),
    ownWrite: watcher.ownWrite,
    onActivate: (badge) => togglePopover(badge),
    onRemove: (removed) => {
      if (popover?.badge && removed.includes(popover.badge)) popover.close();
    },
    report: deps.reportBadges,
  });
  const blocks = createBlockTracker(limits, badges.remove, backOff);
  const scheduler = createScanScheduler(doc, ctx, (kind, article) => scan(kind, article));

  /** Removes every badge and the popover and forgets what was sent. */
  const clearAll = () => {
    popover?.close();
    blocks.forgetAll();
    badges.clearSlots();
    badges.report();
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
    blocks.dropBadge(badge);
    badges.remove([badge]);
    deps
      .markNotAMatch({
        pageUrl: win.location.href,
        sentence: annotation.text,
        claimIds: annotation.matches.map((match) => match.claimId),
      })
      .catch(() => popover?.open({ kind: 'notice', message: 'ClaimLens could not save “Not a match”.' }));
  };

  const pageTooLarge = () => {
    const count = doc.getElementsByTagName('*').length;
    if (count <= limits.maxElements) return false;
    tooLarge = true;
    watcher.stop();
    backOff(`page too large (${count} elements); not checking it.`);
    return true;
  };

  /**
   * One scan: the article's new blocks (all of them for a full scan) to the background, then their badges.
   * `known` is the gate's answer when a look just gave it; otherwise the scan asks the gate (a change of the
   * page is a look of its own: an article may have arrived or gone).
   */
  const scan = async (kind: ScanKind, known?: boolean): Promise<void> => {
    if (!ctx.isValid || paused || tooLarge) return;
    if (kind === 'full') {
      generation += 1;
      clearAll();
    }
    const current = generation;
    const url = win.location.href;
    const isArticle = known ?? deps.looksLikeArticle(doc);
    if (isArticle && !everArticle) {
      everArticle = true;
      watcher.start();
    }
    let sent: TextBlock[] = [];
    let publishedAt = '';
    let title = '';
    if (isArticle) {
      if (pageTooLarge()) return;
      blocks.forgetDetached();
      const article = deps.extractArticle(doc);
      publishedAt = article.publishedAt ?? '';
      title = article.title ?? '';
      const chosen = blocks.toSend(kind, article.blocks);
      if (chosen === 'full') return scan('full', isArticle);
      sent = chosen;
    }
    // A full scan of a page the background knows about is sent even when empty: it resets the tab's list.
    if (sent.length === 0 && !(kind === 'full' && badges.reported)) return;
    badges.sending(url);
    const response = await deps.annotatePage({
      url,
      blocks: sent,
      ...(publishedAt ? { publishedAt } : {}),
      ...(title ? { title } : {}),
      ...(kind === 'partial' ? { append: true } : {}),
    });
    badges.answered();
    if (current !== generation || !ctx.isValid) return;
    if (response.state === 'paused' || response.state === 'paused-site') {
      pause();
      return;
    }
    await badges.place(response.annotations, () => current !== generation);
  };

  const pause = () => {
    paused = true;
    watcher.stop();
    clearAll();
  };

  /** Reads the settings; true when ClaimLens may work on this page. */
  const allowed = async () => {
    try {
      paused = isPausedOn(await deps.getSettings(), win.location.hostname);
    } catch {
      paused = false; // The background answers annotatePage with the page state anyway.
    }
    return !paused;
  };

  ctx.onInvalidated(() => {
    generation += 1;
    scheduler.cancel();
    watcher.stop();
    clearAll();
  });

  return {
    async start(article) {
      if (await allowed()) await scheduler.request('full', article);
    },
    navigated(article) {
      const url = win.location.href;
      const same = samePage(url, lastUrl);
      lastUrl = url;
      void scheduler.request(same ? 'partial' : 'full', article);
    },
    async refresh() {
      generation += 1;
      scheduler.cancel();
      clearAll();
      if (!(await allowed())) {
        watcher.stop();
        return;
      }
      tooLarge = false;
      await scheduler.request('full');
      if (everArticle) watcher.start();
    },
    showAnnotation(index) {
      const badge = badges.slots[index];
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
    settled: () => scheduler.settled(),
    get slots() {
      return badges.slots;
    },
  };
}

/** The rectangle of the current selection, or null. */
function selectionRect(doc: Document): DOMRect | null {
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const rect = selection.getRangeAt(0).getBoundingClientRect();
  return rect.width === 0 && rect.height === 0 ? null : rect;
}
