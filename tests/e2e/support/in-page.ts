/**
 * What the suites run inside a fixture page. ClaimLens's page UI tells the page nothing: two custom hosts
 * (`claimlens-badge`, `claimlens-popover`) with no attribute but their style, no text, and closed shadow roots.
 * So the suites learn what was badged through the extension (messaging.ts, the tab's page summary), and see
 * inside a closed root only through the driver's own protocol (CDP in Chromium, WebDriver BiDi in Firefox),
 * which a page never has: `describeClosedRoot` runs on a root the driver hands over.
 *
 * Each function is self-contained (it is serialised into the page): no references to anything outside its body,
 * and no named inner functions (tsx's name helper would follow them into the page).
 */

export type { BadgeInfo } from './messaging';

/** Host tag names of ClaimLens's page UI. */
export const BADGE_HOST = 'claimlens-badge';
export const POPOVER_HOST = 'claimlens-popover';

/** What a closed shadow root shows (seen through the driver). */
export interface ClosedRootView {
  /** All text inside it, stylesheets left out. */
  text: string;
  /** Texts of highlighted differences (mark, ins, del elements). */
  highlights: string[];
  /** Links (href) it offers. */
  links: string[];
  /** Its buttons: accessible name (aria-label, else text), aria-expanded, and the centre of each in the viewport. */
  buttons: { label: string; expanded: string | null; x: number; y: number }[];
  /** The label of the focused element inside it, if any. */
  focused: string | null;
  /** Where its dialog (or first element) is drawn, in viewport coordinates; null when it has none. */
  box: { left: number; top: number; right: number; bottom: number } | null;
  /** The viewport's size as its page lays out (without scroll bars). */
  viewport: { width: number; height: number };
}

/** What a test can see of the open popover. */
export type PopoverInfo = ClosedRootView;

/**
 * Runs on a closed shadow root (its `this`, or its argument): what it shows, as JSON text (both drivers return
 * a string as it is). With `reveal` (a pattern, case-insensitive), the first button whose label matches is
 * scrolled into view first (the popover scrolls inside), so that a real click at its centre lands on it.
 */
export function describeClosedRoot(this: ShadowRoot | undefined, given?: ShadowRoot | null, reveal?: string): string {
  const root = (given ?? this) as ShadowRoot;
  if (reveal) {
    const pattern = new RegExp(reveal, 'i');
    const wanted = [...root.querySelectorAll('button')].find((button) =>
      pattern.test(button.getAttribute('aria-label') ?? button.textContent ?? ''),
    );
    wanted?.scrollIntoView({ block: 'center' });
  }
  const texts: string[] = [];
  const highlights: string[] = [];
  const links: string[] = [];
  const buttons: ClosedRootView['buttons'] = [];
  const pending: Node[] = [...root.childNodes];
  while (pending.length > 0) {
    const node = pending.shift() as Node;
    if (node.nodeType === 3) texts.push(node.nodeValue ?? '');
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    if (element.matches('style, script')) continue;
    if (element.matches('mark, ins, del')) highlights.push((element.textContent ?? '').trim());
    if (element.matches('a[href]')) links.push(element.getAttribute('href') ?? '');
    if (element.matches('button')) {
      const rect = element.getBoundingClientRect();
      buttons.push({
        label: (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().replace(/\s+/g, ' '),
        expanded: element.getAttribute('aria-expanded'),
        x: rect.left + rect.width / 2,
        y: rect.top + rect.height / 2,
      });
    }
    pending.unshift(...element.childNodes);
  }
  const focused = root.activeElement;
  const drawn = (root.querySelector('[role="dialog"]') ?? root.firstElementChild)?.getBoundingClientRect();
  const page = root.host.ownerDocument;
  return JSON.stringify({
    box: drawn ? { left: drawn.left, top: drawn.top, right: drawn.right, bottom: drawn.bottom } : null,
    viewport: { width: page.documentElement.clientWidth, height: page.defaultView?.innerHeight ?? 0 },
    text: texts.join(' ').replace(/\s+/g, ' ').trim(),
    highlights,
    links,
    buttons,
    focused: focused ? (focused.getAttribute('aria-label') ?? focused.textContent ?? '').trim() : null,
  });
}

/** How a badge is drawn, as the browser computes it from ClaimLens's stylesheet. */
export interface BadgeLook {
  /** Computed background colour ("rgb(5, 80, 174)"). */
  background: string;
  /** Computed radius of each corner (all four, as they may differ), "9px 9px 9px 9px". */
  corners: string;
}

/** A badge's status and look, beside the look a badge of each other status has in the same place. */
export interface BadgeLooks {
  status: string;
  own: BadgeLook;
  /** By status: a badge drawn for the measure with that status's class, in the badge's own root. */
  others: Record<string, BadgeLook>;
}

/**
 * Runs on a badge's closed shadow root (its `this`, or its argument): the badge button's status and computed look,
 * and, for each of `statuses` (space-separated), the look of a copy of the button given that status's class
 * (`badge <status>`, as content/ui/Badge.tsx writes it), drawn beside it in the same root and removed at once, so
 * every status is measured with the stylesheet the page really has. JSON text, "null" for a root with no badge.
 */
export function describeBadgeLooks(this: ShadowRoot | undefined, given?: ShadowRoot | null, statuses?: string): string {
  const root = (given ?? this) as ShadowRoot;
  const badge = root.querySelector('.badge');
  const view = root.host.ownerDocument.defaultView;
  if (!badge || !view) return 'null';
  // The button itself (''), then a copy of it for each status asked about; no inner function (see above).
  const looks: Record<string, BadgeLook> = {};
  for (const status of ['', ...(statuses ?? '').split(' ').filter(Boolean)]) {
    const element = status ? (badge.cloneNode(true) as Element) : badge;
    if (status) {
      element.setAttribute('class', `badge ${status}`);
      badge.after(element);
    }
    const style = view.getComputedStyle(element);
    looks[status] = {
      background: style.backgroundColor,
      corners: [
        style.borderTopLeftRadius,
        style.borderTopRightRadius,
        style.borderBottomRightRadius,
        style.borderBottomLeftRadius,
      ].join(' '),
    };
    if (status) element.remove();
  }
  const own = looks[''];
  delete looks[''];
  const status = [...badge.classList].find((name) => name !== 'badge') ?? '';
  return JSON.stringify({ status, own, others: looks });
}

/**
 * A driver's way into closed roots (chromium.ts through CDP, firefox.ts through BiDi): runs `declaration` (a
 * self-contained function of this file, given the root as `this` or first argument and `arg` second) on the closed
 * root of each `tag` host, in document order, and returns its string results.
 */
export type ClosedRootRunner = (tag: string, declaration: string, arg: string) => Promise<string[]>;

/** What the closed root of each `tag` host shows (describeClosedRoot), through a driver's runner. */
export async function closedRootViews(run: ClosedRootRunner, tag: string, reveal = ''): Promise<ClosedRootView[]> {
  const answers = await run(tag, describeClosedRoot.toString(), reveal);
  return answers.map((answer) => JSON.parse(answer) as ClosedRootView);
}

/** Each badge's look beside the look of each of `statuses` (describeBadgeLooks), through a driver's runner. */
export async function badgeLooksThrough(run: ClosedRootRunner, statuses: readonly string[]): Promise<BadgeLooks[]> {
  const answers = await run(BADGE_HOST, describeBadgeLooks.toString(), statuses.join(' '));
  return answers.map((answer) => JSON.parse(answer) as BadgeLooks | null).filter((looks) => looks !== null);
}

/** How many badge hosts the page has (what any page script can count). */
export function countBadgeHosts(): number {
  return document.querySelectorAll('claimlens-badge').length;
}

/**
 * The badge host that follows the sentence `text` (whitespace-normalised; its last 60 characters are enough), for
 * a real click on it; null when none does. A badge is inserted right after its sentence, so the text of its block
 * up to the host ends with it.
 */
export function badgeHostAfter(text: string): Element | null {
  const tail = text.replace(/\s+/g, ' ').trim().slice(-60);
  for (const host of document.querySelectorAll('claimlens-badge')) {
    const block = host.closest('p, li, blockquote, td, h1, h2, h3, h4, div, article') ?? host.parentElement;
    if (!block) continue;
    const range = document.createRange();
    range.setStart(block, 0);
    range.setEndBefore(host);
    // The first host whose block holds the sentence before it is the one right after the sentence.
    if (range.toString().replace(/\s+/g, ' ').includes(tail)) return host;
  }
  return null;
}

/** The page's visible article text in one string (for checking the page text was left as it was). */
export function readArticleText(): string {
  const article = document.querySelector('article') ?? document.body;
  const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.nodeValue ?? '');
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Scrolls the page so that `element` ends `gap` pixels above the bottom of the viewport. */
export function alignToBottom(element: Element, gap: number): void {
  const rect = element.getBoundingClientRect();
  window.scrollBy(0, rect.bottom - (window.innerHeight - gap));
}
