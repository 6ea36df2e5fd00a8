/**
 * The text blocks of an article the reader pasted, as text or as HTML. HTML is parsed with the parser the
 * caller gives (the browser's DOMParser, or linkedom in Node), so this module needs no browser globals.
 * This is the one place to swap in the engine's article extractor (lib/extract) when it lands.
 */
import type { TextBlock } from '../types';
import { textBlocks } from './from-text';

/** Parses HTML into a Document (e.g. `(html) => new DOMParser().parseFromString(html, 'text/html')`). */
export type HtmlParser = (html: string) => Document;

const BLOCKS = 'p, li, h1, h2, h3, h4, blockquote, pre, td, dd';
const BOILERPLATE = 'nav, header, footer, aside, form, script, style, noscript, template, figure, [aria-hidden="true"]';

/** Paragraph-level blocks of an HTML document's text (navigation, scripts and figures left out). */
export function htmlBlocks(document: Document): TextBlock[] {
  const root = document.querySelector('article') ?? document.body ?? document.documentElement;
  if (!root) return [];
  const blocks: TextBlock[] = [];
  for (const element of root.querySelectorAll(BLOCKS)) {
    if (element.closest(BOILERPLATE)) continue;
    // Nested blocks (a <p> inside an <li>) are read once, through the innermost one.
    if (element.querySelector(BLOCKS)) continue;
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) blocks.push({ id: `b${blocks.length}`, text });
  }
  if (blocks.length === 0) return textBlocks(root.textContent ?? '');
  return blocks;
}

/** Text blocks of a pasted article: paragraphs of plain text, or of HTML parsed with `parseHtml`. */
export function articleBlocks(content: string, html: boolean, parseHtml: HtmlParser): TextBlock[] {
  return html ? htmlBlocks(parseHtml(content)) : textBlocks(content);
}
