/**
 * The single popover of the page: one host, rendered by Preact in its closed shadow root, that exists only while
 * the popover is open, placed under its badge (or a selection) and kept inside the viewport. Focus moves into it
 * on open and back to the badge on Escape; Escape and a click outside close it. Like the badge, it acts only on
 * the reader's own input (trusted.ts): a page script can neither close it nor press "Not a match".
 *
 * nb. Content script only (writes to the page's DOM, listens on its document).
 */

import { render } from 'preact';
import { Popover, type PopoverView } from '@/content/ui/Popover';
import type { BadgeHandle } from './badge';
import { POPOVER_TAG } from './contract';
import { placement } from './placement';
import { createShadowHost } from './shadow';
import { byReader } from './trusted';

export interface OpenOptions {
  /** The badge the popover belongs to (placement, aria-expanded, focus on close). */
  badge?: BadgeHandle;
  /** Where to place the popover when there is no badge (e.g. the selection's rectangle). */
  near?: DOMRect | null;
  onNotAMatch?: () => void;
}

export interface PopoverController {
  open(view: PopoverView, options?: OpenOptions): void;
  /** Closes the popover; with `restoreFocus`, focus goes back to its badge. */
  close(options?: { restoreFocus?: boolean }): void;
  /** The badge whose popover is open, if any. */
  readonly badge: BadgeHandle | null;
  readonly isOpen: boolean;
  /** The open popover's closed shadow root (content script only: never hand it to the page). */
  readonly root: ShadowRoot | null;
}

/** Creates the popover controller for `doc`; `write` wraps every page write (see MutationWatcher.ownWrite). */
export function createPopover(doc: Document, write: <T>(change: () => T) => T): PopoverController {
  let host: HTMLElement | null = null;
  let root: ShadowRoot | null = null;
  let mount: Element | null = null;
  let badge: BadgeHandle | null = null;
  let listeners: AbortController | null = null;
  let anchorRect: DOMRect | null = null;

  const place = () => {
    const box = mount?.firstElementChild as HTMLElement | null | undefined;
    const win = doc.defaultView;
    if (!host || !box || !win) return;
    const rect = badge?.host.getBoundingClientRect() ?? anchorRect;
    const viewport = {
      width: doc.documentElement.clientWidth || win.innerWidth,
      height: win.innerHeight,
      scrollX: win.scrollX,
      scrollY: win.scrollY,
    };
    const anchor = rect ?? { left: viewport.width, top: 0, bottom: 0 };
    // Measured at its natural height (up to the viewport's), then limited to the room it gets.
    box.style.maxHeight = '';
    const { width, height } = box.getBoundingClientRect();
    const { left, top, maxHeight } = placement(anchor, { width, height }, viewport);
    box.style.maxHeight = `${maxHeight}px`;
    host.style.left = `${left}px`;
    host.style.top = `${top}px`;
  };

  const close = (options: { restoreFocus?: boolean } = {}) => {
    if (!host) return;
    listeners?.abort();
    listeners = null;
    const closing = host;
    const owner = badge;
    const content = mount;
    host = null;
    root = null;
    mount = null;
    badge = null;
    if (content) render(null, content);
    write(() => closing.remove());
    owner?.setExpanded(false);
    if (options.restoreFocus) owner?.focus();
  };

  const open = (view: PopoverView, options: OpenOptions = {}) => {
    close();
    const created = createShadowHost(doc, POPOVER_TAG);
    host = created.host;
    root = created.root;
    mount = created.mount;
    badge = options.badge ?? null;
    anchorRect = options.near ?? null;
    Object.assign(host.style, { display: 'block', position: 'absolute', zIndex: '2147483647', left: '0', top: '0' });
    const onClose = byReader(() => close({ restoreFocus: true }));
    const notAMatch = options.onNotAMatch;
    const onNotAMatch = notAMatch && byReader(() => notAMatch());
    render(<Popover view={view} onClose={onClose} onNotAMatch={onNotAMatch} />, mount);
    const opened = host;
    write(() => doc.documentElement.appendChild(opened));
    place();
    badge?.setExpanded(true);
    (mount.firstElementChild as HTMLElement | null)?.focus({ preventScroll: true });

    listeners = new AbortController();
    const { signal } = listeners;
    doc.addEventListener(
      'keydown',
      byReader((event: KeyboardEvent) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        close({ restoreFocus: true });
      }),
      { capture: true, signal },
    );
    doc.addEventListener(
      'pointerdown',
      byReader((event: PointerEvent) => {
        const path = event.composedPath();
        if (path.includes(opened) || (badge && path.includes(badge.host))) return;
        close();
      }),
      { capture: true, signal },
    );
    doc.defaultView?.addEventListener('resize', place, { signal });
  };

  return {
    open,
    close,
    get badge() {
      return badge;
    },
    get isOpen() {
      return host !== null;
    },
    get root() {
      return root;
    },
  };
}
