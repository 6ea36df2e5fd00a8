/**
 * Where the annotator's badges go, and the background kept told about them. Keeps one slot per annotation the
 * background returned (null: no badge), so that `showAnnotation(index)` finds its badge; anchors a batch of
 * answered annotations and inserts their badges in one write (Hypothesis-style: locate everything, then write
 * once); bounds their number on a hostile page.
 *
 * nb. Content script only (writes to the page's DOM).
 */
import { anchorQuotes } from '../lib/anchor/anchor';
import type { DomPoint } from '../lib/anchor/block-text';
import { insertMarkers } from '../lib/anchor/insert';
import type { PageAnnotation } from '../lib/types';
import type { BadgeHandle } from './badge';
import type { BlockTracker } from './block-tracker';
import type { PageContext } from './context';
import type { PageUi } from './ui';
import { type BadgedAnnotation, hasVerdict } from './verdict';

/** What placement needs from the annotator. */
export interface PlacementDeps {
  doc: Document;
  ctx: PageContext;
  blocks: () => BlockTracker;
  maxBadges: number;
  backOff(reason: string): void;
  /** The UI part: itself once loaded (so placing badges then waits for nothing), or its load. */
  ui(): PageUi | Promise<PageUi>;
  /** Runs a change to the page that the mutation watch must not report. */
  ownWrite(write: () => void): void;
  /** The reader activated a badge. */
  onActivate(badge: BadgeHandle): void;
  /** Badges are about to leave the page (their popover, if open, closes). */
  onRemove(badges: BadgeHandle[]): void;
  /** Tells the background which annotations carry a badge (ProtocolMap.reportBadges); left out in some tests. */
  report?(request: { url: string; annotations: number; badged: number[] }): Promise<void>;
}

export interface BadgePlacement {
  /** The badges on the page, by annotation index (null: no badge for that annotation). */
  readonly slots: readonly (BadgeHandle | null)[];
  /**
   * Anchors `annotations` (appended to the slots) and inserts their badges in one batch. Gives up before
   * writing when `stale()` says a refresh or teardown came while the UI part loaded.
   */
  place(annotations: PageAnnotation[], stale: () => boolean): Promise<void>;
  /** Takes badges out of the page; their slots stay (null), so later indexes keep their meaning. */
  remove(badges: BadgeHandle[]): void;
  /** Empties the slots (after every block was forgotten). */
  clearSlots(): void;
  /** An annotatePage request for `url` went out: the background's list starts again or grows. */
  sending(url: string): void;
  /** The background answered: it knows the page, so later changes of the badges are reported. */
  answered(): void;
  /** Whether the background has been told about this page (a reset must then be sent too). */
  readonly reported: boolean;
  /** Reports the badges if they changed (once per batch of changes). */
  report(): void;
}

/** A badge's host and the end of its sentence, for insertion. */
interface Marker {
  end: DomPoint;
  textEnd: number;
  marker: Element;
}

export function createBadgePlacement(deps: PlacementDeps): BadgePlacement {
  const { doc, ctx } = deps;
  let slots: (BadgeHandle | null)[] = [];
  let badgeCount = 0;
  let reported = false;
  /** The URL of the last annotatePage request, and what the background was last told about the badges since. */
  let sentUrl = '';
  let lastReport = '';
  let reportQueued = false;
  let validityCheck = false;

  /**
   * Tells the background which annotations carry a badge now, once per batch of changes (a microtask later), and
   * only when that changed. The page's DOM says nothing about the badges, so this is how the popup, the toolbar
   * count and the browser tests learn what the page shows.
   */
  const report = () => {
    const send = deps.report;
    if (!send || !reported || reportQueued) return;
    reportQueued = true;
    queueMicrotask(() => {
      reportQueued = false;
      if (!ctx.isValid) return;
      const badged = slots.flatMap((badge, index) => (badge ? [index] : []));
      const said = `${sentUrl} ${slots.length}:${badged.join(',')}`;
      if (said === lastReport) return;
      lastReport = said;
      send({ url: sentUrl, annotations: slots.length, badged }).catch(() => undefined);
    });
  };

  const remove = (badges: BadgeHandle[]) => {
    if (badges.length === 0) return;
    deps.onRemove(badges);
    deps.ownWrite(() => {
      for (const badge of badges) badge.host.remove();
    });
    for (const badge of badges) slots[slots.indexOf(badge)] = null;
    badgeCount -= badges.length;
    report();
  };

  const place = async (annotations: PageAnnotation[], stale: () => boolean) => {
    const blocks = deps.blocks();
    const wanted = new Map<Element, { annotation: BadgedAnnotation; index: number }[]>();
    for (const annotation of annotations) {
      const index = slots.push(null) - 1;
      const element = blocks.elementOf(annotation.blockId);
      if (!hasVerdict(annotation) || !element?.isConnected) continue;
      wanted.set(element, [...(wanted.get(element) ?? []), { annotation, index }]);
    }
    if (wanted.size === 0) return report();
    const loading = deps.ui();
    const { createBadge } = loading instanceof Promise ? await loading : loading;
    if (stale() || !ctx.isValid) return;
    const batch: [Element, Marker[]][] = [];
    for (const [element, list] of wanted) {
      const record = blocks.record(element);
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
        if (badgeCount >= deps.maxBadges) {
          deps.backOff('too many matches; badging the first.');
          return;
        }
        const badge = createBadge(doc, annotation, deps.onActivate);
        slots[index] = badge;
        record.badges.push(badge);
        badgeCount += 1;
        markers.push({ end: anchor.end, textEnd: anchor.match.end, marker: badge.host });
      });
      if (markers.length > 0) batch.push([element, markers]);
    }
    if (batch.length === 0) return report();
    deps.ownWrite(() => {
      for (const [element, markers] of batch) insertMarkers(element, markers);
    });
    report();
    if (!validityCheck) {
      validityCheck = true;
      // nb. An orphaned content script (extension reloaded or turned off) learns it only when it asks
      // ctx.isValid; this check makes its badges go away within seconds.
      ctx.setInterval(() => undefined, 5000);
    }
  };

  return {
    get slots() {
      return slots;
    },
    place,
    remove,
    clearSlots() {
      slots = [];
    },
    sending(url) {
      sentUrl = url;
      lastReport = '';
    },
    answered() {
      reported = true;
    },
    get reported() {
      return reported;
    },
    report,
  };
}
