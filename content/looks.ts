/**
 * The one schedule of looks at a page, and the only place the content script runs the article gate: a look at
 * load, later looks for articles rendered by script after document_idle, and a look after each in-page
 * navigation (once the new page has rendered). Each look runs the gate once and hands its answer on.
 *
 * One schedule runs per page: the every-page script's (every-page.ts) until the page's session attaches, then
 * the session's (main.ts), which starts from the look that made the every-page script attach it rather than
 * asking the gate again.
 *
 * nb. Content script only (timers and navigation events of the page's window).
 */
import type { PageContext } from './context';

/** What one look saw. */
export interface PageLook {
  /** The gate's answer: the page holds an article. */
  article: boolean;
  /** The look follows an in-page navigation (the URL changed without a page load). */
  navigated: boolean;
}

export interface LookSchedule {
  /** Delays after the first look of the later looks (each one skipped when the receiver no longer wants it). */
  laterLooksMs: readonly number[];
  /** Delay between an in-page navigation and its look (the new page renders first). */
  navigationDelayMs: number;
  /** Interval of the URL check where the browser has no Navigation API. */
  navigationPollMs: number;
}

/** Who receives the looks. */
export interface LookReceiver {
  /** The "is this an article?" check, run once per look. */
  gate(doc: Document): boolean;
  onLook(look: PageLook): void;
  /**
   * Whether the later looks are still wanted: they are there for articles rendered late, so a receiver that has
   * taken up an article says no (absent: always wanted).
   */
  wantsLaterLooks?(): boolean;
  /** A look already made (the one that had the session attached), taken as the first look. */
  first?: PageLook;
}

/**
 * Looks at the page now (or takes `receiver.first`), at each later look that is still wanted, and after each
 * in-page navigation, handing `receiver.onLook` what each look saw. Invalidating `ctx` ends the schedule.
 */
export function scheduleLooks(
  doc: Document,
  ctx: PageContext,
  receiver: LookReceiver,
  schedule: Partial<LookSchedule> = {},
): void {
  // The defaults: looks at 1.5 s and 4 s cover articles that scripts render after document_idle.
  const { laterLooksMs = [1500, 4000], navigationDelayMs = 400, navigationPollMs = 1000 } = schedule;
  const look = (navigated: boolean) => {
    if (ctx.isValid) receiver.onLook({ article: receiver.gate(doc), navigated });
  };
  if (receiver.first) receiver.onLook(receiver.first);
  else look(false);
  for (const delay of laterLooksMs) {
    ctx.setTimeout(() => {
      if (receiver.wantsLaterLooks?.() ?? true) look(false);
    }, delay);
  }
  ctx.onNavigation(doc.defaultView!, () => ctx.setTimeout(() => look(true), navigationDelayMs), navigationPollMs);
}
