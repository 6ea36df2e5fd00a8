// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pageArticle } from '../../content/page-article';

const page = (head: string, body: string) => {
  const doc = document.implementation.createHTMLDocument('');
  doc.documentElement.innerHTML = `<head>${head}</head><body>${body}</body>`;
  return doc;
};

describe('pageArticle', () => {
  it('takes the article paragraphs and the page metadata', () => {
    const doc = page(
      '<title>Fallback | Site</title><meta property="og:title" content="Rail strike called">' +
        '<meta property="og:site_name" content="Morning Star"><meta property="article:published_time" content="2025-03-02T08:00:00Z">' +
        '<link rel="canonical" href="https://example.org/rail">',
      '<nav><a href="/">Home</a></nav><article><h1>Rail strike called</h1>' +
        '<p>Rail workers in Westmarch will strike for 48 hours from Monday, their union said on Thursday.</p>' +
        '<p>The union said 87% voted in favour of the action on a turnout of 71% of its members.</p>' +
        '<p>The operator said it would run about a third of its normal services on strike days.</p></article>' +
        '<footer>All rights reserved.</footer>',
    );
    const { meta, text } = pageArticle(doc);
    expect(meta).toEqual({
      title: 'Rail strike called',
      publisher: 'Morning Star',
      url: 'https://example.org/rail',
      publishedAt: '2025-03-02',
    });
    expect(text.split('\n\n')).toHaveLength(3);
    expect(text).toContain('87% voted in favour');
    expect(text).not.toMatch(/Home|rights reserved/);
  });

  it('leaves out a publication date that names no real day, rather than have the add refused', () => {
    const body =
      '<article><p>Rail workers in Westmarch will strike for 48 hours from Monday, their union said.</p></article>';
    const dated = (date: string) =>
      pageArticle(page(`<meta property="article:published_time" content="${date}">`, body)).meta.publishedAt;
    expect(dated('2025-02-30T08:00:00Z')).toBe('');
    expect(dated('2024-02-29T08:00:00Z')).toBe('2024-02-29');
  });

  it('refuses a page with no article in plain words', () => {
    expect(() => pageArticle(page('<title>Search</title>', '<nav><a href="/">Home</a></nav>'))).toThrow(
      'This page has no article text that ClaimLens can add.',
    );
  });
});
