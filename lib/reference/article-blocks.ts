/**
 * The text blocks of an article the reader pasted, as text or as HTML. HTML is parsed with the parser the
 * caller gives (the browser's DOMParser, or linkedom in a service worker and in Node), so this module needs
 * no browser globals; the article body is found by the engine's extractor (lib/extract), as on a live page.
 */
import { extractArticle } from '../extract/article';
import { articleFromText } from '../extract/plain-text';
import type { TextBlock } from '../types';

/** Parses HTML into a Document (e.g. `(html) => new DOMParser().parseFromString(html, 'text/html')`). */
export type HtmlParser = (html: string) => Document;

/** Text blocks of a pasted article: paragraphs of plain text, or the article body of HTML. */
export function articleBlocks(content: string, html: boolean, parseHtml: HtmlParser): TextBlock[] {
  const blocks = html ? extractArticle(parseHtml(content)).blocks : articleFromText(content).blocks;
  return blocks.map(({ id, text }) => ({ id, text }));
}
