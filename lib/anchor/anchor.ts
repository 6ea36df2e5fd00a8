/**
 * Anchors quoted sentences in a block: reads the block's text once, finds every quote in it (see `matchQuote`),
 * and resolves each end offset to a text node. Keeps offsets, not live Ranges; writes nothing.
 *
 * nb. Needs a DOM (live or linkedom), but no browser globals.
 */
import { type DomPoint, endPoint, readBlockText } from './block-text';
import { matchQuote, type QuoteMatch, type TextQuote } from './quote';

/** A quote found in the block: where in its text, and the DOM position of its end. */
export interface Anchor {
  match: QuoteMatch;
  end: DomPoint;
}

/**
 * Anchors each quote in `block`, in the order given; an entry is null for a quote that cannot be found
 * (an orphan). Never throws for text that does not match.
 */
export function anchorQuotes(block: Element, quotes: readonly TextQuote[]): (Anchor | null)[] {
  const text = readBlockText(block);
  return quotes.map((quote) => {
    const match = matchQuote(text.text, quote);
    if (!match) return null;
    const end = endPoint(text, match.end);
    return end ? { match, end } : null;
  });
}
