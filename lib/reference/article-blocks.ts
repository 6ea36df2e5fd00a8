/**
 * The text blocks of an article the reader pasted, as text or as HTML. HTML is parsed with the parser the
 * caller gives (the browser's DOMParser in the popup, or linkedom in Node), so this module needs no browser
 * globals; the article body is found by the engine's extractor (lib/extract), as on a live page.
 */
import { extractArticle } from '../extract/article';
import { articleFromText } from '../extract/plain-text';
import type { TextBlock } from '../types';

/** Parses HTML into a Document (e.g. `(html) => new DOMParser().parseFromString(html, 'text/html')`). */
export type HtmlParser = (html: string) => Document;

/** Text blocks of a pasted article in plain text: its paragraphs. */
export function plainArticleBlocks(text: string): TextBlock[] {
  return articleFromText(text).blocks.map(({ id, text }) => ({ id, text }));
}

/** Text blocks of a pasted article: paragraphs of plain text, or the article body of HTML. */
export function articleBlocks(content: string, html: boolean, parseHtml: HtmlParser): TextBlock[] {
  if (!html) return plainArticleBlocks(content);
  return extractArticle(parseHtml(content)).blocks.map(({ id, text }) => ({ id, text }));
}

/** A run of white space holding a line break. */
const LINE_BREAK = /\s*[\n\r\u2028\u2029]\s*/g;

/**
 * The article body of an HTML page as plain text that plainArticleBlocks reads back block for block: one line per
 * block (a line break inside one, as HTML source wraps a paragraph, becomes a space), blocks apart by a blank
 * line. So a page with a DOM (the popup) reads pasted HTML and sends the background, which has no DOM parser,
 * the article as text (see background/service.ts).
 */
export function articleTextOfHtml(html: string, parseHtml: HtmlParser): string {
  return extractArticle(parseHtml(html))
    .blocks.map((block) => block.text.replace(LINE_BREAK, ' ').trim())
    .filter((text) => text.length > 0)
    .join('\n\n');
}
