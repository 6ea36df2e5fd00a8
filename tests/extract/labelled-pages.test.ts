import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract/article';
import { looksLikeArticle } from '../../lib/extract/gate';
import { loadPage, norm, PAGES_DIR, pageNames } from './load';

interface Labels {
  page: string;
  labels: { text: string; expect: string }[];
}

/** Regions of the fixture pages that are not article text (their templates mark them so). */
const FURNITURE = 'header, nav, footer, aside, figure, figcaption, .byline, .promo, .cookie, .sidebar, .ticker, h1';

const pages = pageNames(PAGES_DIR);

describe('extractArticle on the labelled pages', () => {
  it('has the fixture pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(8);
  });

  for (const name of pages) {
    describe(name, () => {
      const doc = loadPage(PAGES_DIR, name);
      const article = extractArticle(doc);
      const blocks = article.blocks.map((block) => norm(block.text));

      const labelFile = join(PAGES_DIR, name.replace(/\.html$/, '.labels.json'));
      if (existsSync(labelFile)) {
        it('keeps every labelled sentence in some block', () => {
          const spec = JSON.parse(readFileSync(labelFile, 'utf8')) as Labels;
          expect(spec.page).toBe(basename(name));
          expect(spec.labels.length).toBeGreaterThan(0);
          const missing = spec.labels
            .map((label) => norm(label.text))
            .filter((text) => !blocks.some((b) => b.includes(text)));
          expect(missing).toEqual([]);
        });
      }

      it('keeps every body paragraph outside furniture', () => {
        const paragraphs = [...doc.querySelectorAll('body p')]
          .filter((p) => !p.closest(FURNITURE))
          .map((p) => norm(p.textContent ?? ''));
        expect(paragraphs.length).toBeGreaterThan(2);
        expect(paragraphs.filter((p) => !blocks.includes(p))).toEqual([]);
      });

      it('leaves out navigation, sidebar, footer, caption, byline, promo, cookie text and the headline', () => {
        const furniture = [...doc.querySelectorAll(FURNITURE)].map((el) => norm(el.textContent ?? '')).filter(Boolean);
        expect(furniture.length).toBeGreaterThan(5);
        for (const text of furniture) {
          expect(blocks.filter((block) => block.includes(text) || text.includes(block))).toEqual([]);
        }
      });

      it('reads the metadata', () => {
        const h1 = doc.querySelector('h1')?.textContent ?? '';
        expect(article.title).toBe(h1);
        const site = doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content');
        expect(article.publisher).toBe(site);
        const published = doc.querySelector('meta[property="article:published_time"]')?.getAttribute('content');
        expect(article.publishedAt).toBe(published);
        expect(article.url).toBe('');
      });

      it('numbers blocks in document order and passes the gate', () => {
        expect(article.blocks.map((block) => block.id)).toEqual(article.blocks.map((_, i) => `b${i}`));
        for (let i = 1; i < article.blocks.length; i++) {
          const previous = article.blocks[i - 1].element;
          // DOCUMENT_POSITION_FOLLOWING = 4
          expect(previous.compareDocumentPosition(article.blocks[i].element) & 4).toBe(4);
        }
        expect(looksLikeArticle(doc)).toBe(true);
      });
    });
  }
});
