import { afterEach, describe, expect, it } from 'vitest';
import { looksLikeArticle } from '../../lib/extract/gate';
import { EXTRACT_DIR, loadPage, PAGES_DIR, pageNames, parse } from './load';

describe('looksLikeArticle', () => {
  it('says yes to every labelled news page and the div-soup and comments pages', () => {
    const names = pageNames(PAGES_DIR);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(looksLikeArticle(loadPage(PAGES_DIR, name)), name).toBe(true);
    expect(looksLikeArticle(loadPage(EXTRACT_DIR, 'div-soup.html'))).toBe(true);
    expect(looksLikeArticle(loadPage(EXTRACT_DIR, 'comments.html'))).toBe(true);
  });

  it('says no to a search results page (snippets in cards, and snippets under title links)', () => {
    expect(looksLikeArticle(loadPage(EXTRACT_DIR, 'search-results.html'))).toBe(false);
  });

  it('says no to a web-app shell', () => {
    expect(looksLikeArticle(loadPage(EXTRACT_DIR, 'app-shell.html'))).toBe(false);
  });

  it('says no to an empty page and to a page whose text is all in navigation and footer', () => {
    expect(looksLikeArticle(parse(''))).toBe(false);
    expect(looksLikeArticle(parse('<html><head></head><body></body></html>'))).toBe(false);
    const long = 'This sentence is long enough to count as a real paragraph of text on any page.';
    expect(
      looksLikeArticle(
        parse(`<html><body><nav><p>${long}</p><p>${long}</p><p>${long}</p></nav><footer><p>${long}</p><p>${long}</p>
        <p>${long}</p></footer></body></html>`),
      ),
    ).toBe(false);
  });

  it('accepts a short body when the head says it is an article', () => {
    const body =
      '<main><p>The bridge reopened on Monday after repairs.</p><p>Traffic is expected to be light this week.</p><p>Tolls are unchanged.</p></main>';
    expect(looksLikeArticle(parse(`<html><head></head><body>${body}</body></html>`))).toBe(false);
    const head = '<meta property="og:type" content="article">';
    expect(looksLikeArticle(parse(`<html><head>${head}</head><body>${body}</body></html>`))).toBe(true);
    const ld = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bridge reopens"}</script>';
    expect(looksLikeArticle(parse(`<html><head>${ld}</head><body>${body}</body></html>`))).toBe(true);
  });

  it('reads JSON-LD with long white-space runs in linear time (a quadratic pattern took minutes here)', () => {
    const body =
      '<main><p>The bridge reopened on Monday after repairs.</p><p>Traffic is expected to be light this week.</p><p>Tolls are unchanged.</p></main>';
    const page = (json: string) =>
      parse(`<html><head><script type="application/ld+json">${json}</script></head><body>${body}</body></html>`);
    const spaces = ' '.repeat(200_000);
    expect(looksLikeArticle(page(`{"@type":${spaces}"WebPage"}`.repeat(3)))).toBe(false);
    expect(looksLikeArticle(page(`{"@type":${spaces}[${spaces}"NewsArticle"]}`))).toBe(true);
  });

  describe('on a big page', () => {
    const elementProto = Object.getPrototypeOf(Object.getPrototypeOf(parse('<p></p>').createElement('p')));
    let restore = () => {};
    afterEach(() => restore());

    it('reads a bounded sample of paragraphs, not the whole page', () => {
      const paragraph = '<p>Paragraph of a very long page, with enough words in it to pass the length threshold.</p>';
      const doc = parse(`<html><body><article>${paragraph.repeat(5000)}</article></body></html>`);
      // Count the paragraphs whose text the gate reads (linkedom defines textContent on its Element class).
      let owner = elementProto;
      while (owner && !Object.getOwnPropertyDescriptor(owner, 'textContent')) owner = Object.getPrototypeOf(owner);
      const descriptor = Object.getOwnPropertyDescriptor(owner, 'textContent')!;
      let reads = 0;
      Object.defineProperty(owner, 'textContent', {
        ...descriptor,
        get(this: Element) {
          if (this.localName === 'p') reads += 1;
          return descriptor.get!.call(this);
        },
      });
      restore = () => Object.defineProperty(owner, 'textContent', descriptor);
      expect(looksLikeArticle(doc)).toBe(true);
      expect(reads).toBeGreaterThan(0);
      expect(reads).toBeLessThanOrEqual(300);
    });
  });
});

describe('looksLikeArticle on paragraphs wrapped one by one', () => {
  it('counts paragraphs under a common grandparent', () => {
    const wrapped = [
      'The regional rail operator said on Friday that services would return to normal by Monday.',
      'Engineers have replaced the damaged signalling equipment near the central station.',
      'Passengers with tickets for cancelled trains can claim a full refund online or at stations.',
    ]
      .map((text) => `<div data-component="text-block"><p>${text}</p></div>`)
      .join('');
    expect(looksLikeArticle(parse(`<html><body><div class="story">${wrapped}</div></body></html>`))).toBe(true);
  });
});
