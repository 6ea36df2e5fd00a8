/**
 * The annotator's memory of the page's blocks: each block element as last sent (with the id the background
 * knows it by) or left out (no id), and the badges in it. A scan sends only blocks that are new or changed, so
 * this is what keeps infinite scroll and live blogs cheap; the scope (the lowest element holding every sent
 * block) lets the mutation watch ignore changes elsewhere on the page.
 *
 * nb. Content script only (holds the page's elements).
 */
import type { TextBlock } from '../lib/types';
import type { BadgeHandle } from './badge';
import { type PageLimits, withinLimits } from './limits';
import type { ScanKind } from './scheduler';

/** A block element as last sent (or left out, with no id), and the badges in it. */
export interface BlockRecord {
  id: string;
  text: string;
  badges: BadgeHandle[];
}

export interface BlockTracker {
  /** The record of a block element, if it was seen. */
  record(element: Element): BlockRecord | undefined;
  /** The element of a sent block id. */
  elementOf(id: string): Element | undefined;
  /**
   * The blocks to send from `extracted` (the article's blocks now): new or changed ones, within the limits, each
   * remembered with a fresh id. 'full' when a partial scan finds so many that one full rescan is cheaper.
   */
  toSend(kind: ScanKind, extracted: readonly { text: string; element: Element }[]): TextBlock[] | 'full';
  /** Forgets the blocks no longer in the page (their badges go). */
  forgetDetached(): void;
  /** Forgets every block (their badges go), so that everything counts as new. */
  forgetAll(): void;
  /** Takes `badge` out of its block's list (it was removed on its own, as after "Not a match"). */
  dropBadge(badge: BadgeHandle): void;
  /** The lowest element holding every sent block, or null before the first send. */
  readonly scope: Element | null;
}

/**
 * Creates an empty tracker. `removeBadges` takes a forgotten block's badges out of the page; `backOff` says why
 * some text was left out.
 */
export function createBlockTracker(
  limits: PageLimits,
  removeBadges: (badges: BadgeHandle[]) => void,
  backOff: (reason: string) => void,
): BlockTracker {
  const blocks = new Map<Element, BlockRecord>();
  const elements = new Map<string, Element>();
  let nextBlockId = 0;
  let scope: Element | null = null;

  /** Forgets a block element: its badges go, and it counts as new when seen again. */
  const forget = (element: Element) => {
    const record = blocks.get(element);
    if (!record) return;
    removeBadges(record.badges);
    elements.delete(record.id);
    blocks.delete(element);
  };

  return {
    record: (element) => blocks.get(element),
    elementOf: (id) => elements.get(id),
    toSend(kind, extracted) {
      const fresh = extracted.filter((block) => blocks.get(block.element)?.text !== block.text);
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
        elements.set(id, element);
        out.push({ id, text });
      }
      scope = scopeOf([...elements.values()]);
      return out;
    },
    forgetDetached() {
      for (const element of [...blocks.keys()]) if (!element.isConnected) forget(element);
    },
    forgetAll() {
      for (const element of [...blocks.keys()]) forget(element);
      scope = null;
    },
    dropBadge(badge) {
      for (const record of blocks.values()) record.badges = record.badges.filter((other) => other !== badge);
    },
    get scope() {
      return scope;
    },
  };
}

/** The lowest common ancestor of `elements`. */
function scopeOf(elements: Element[]): Element | null {
  let common: Element | null = elements[0] ?? null;
  for (const element of elements) {
    while (common && !common.contains(element)) common = common.parentElement;
  }
  return common;
}
