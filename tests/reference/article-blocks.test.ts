import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract/article';
import { articleTextOfHtml, plainArticleBlocks } from '../../lib/reference/article-blocks';

const parseHtml = (html: string) => parseHTML(html).document as unknown as Document;
const PAGES = ['tests/fixtures/pages', 'tests/fixtures/pages/other', 'tests/fixtures/pages/other/refs'];

describe('articleTextOfHtml (pasted HTML read in the popup, sent to the background as text)', () => {
  const pages = PAGES.flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => name.endsWith('.html'))
      .map((name) => join(dir, name)),
  );

  it.each(pages)('is read back as the article blocks the extractor finds: %s', (path) => {
    const html = readFileSync(path, 'utf8');
    const extracted = extractArticle(parseHtml(html)).blocks.map((block) => block.text.replace(/\s*\n\s*/g, ' '));
    const sent = articleTextOfHtml(html, parseHtml);
    expect(plainArticleBlocks(sent).map((block) => block.text)).toEqual(extracted);
  });

  it('keeps a paragraph that the HTML source wraps over short and long lines as one block', () => {
    const long = 'and then a very long line of the same paragraph that goes on well past a hundred characters in all';
    const html = `<article><p>The ferry\n  sailed at noon\n${long}.</p><p>It was late.</p></article>`;
    const blocks = plainArticleBlocks(articleTextOfHtml(html, parseHtml));
    expect(blocks.map((block) => block.text)).toEqual([`The ferry sailed at noon ${long}.`, 'It was late.']);
  });

  it('gives no text for HTML without an article', () => {
    expect(articleTextOfHtml('<nav><a href="/">Home</a></nav>', parseHtml)).toBe('');
  });
});
