/** Anchoring of quoted sentences in page blocks (quote + position), and insertion of markers after them. */
export { type Anchor, anchorQuotes } from './anchor';
export { type BlockText, type DomPoint, endPoint, readBlockText } from './block-text';
export { insertAfterEnd, insertMarkers } from './insert';
export { matchQuote, type QuoteMatch, type TextQuote } from './quote';
