// @vitest-environment happy-dom
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { pageFromHtml } from '../../cli/pages';
import { annotatedArticle } from '../../content/annotator-part';

/** The page as the content script sees it: a live document at its address. */
function livePage(url: string, html: string): Document {
  const window = new Window({ url });
  window.document.write(html);
  return window.document as unknown as Document;
}

const STORY = [
  'Floodwater in the Aldmere valley has reached 40 villages, the regional council said on Tuesday evening.',
  'About 120 people have been moved to shelters in Corvey and Lindhurst, and more are expected overnight.',
  'The council said two bridges on the valley road were closed after the river rose by almost three metres.',
  'Volunteers from the Lindhurst rowing club have ferried families from farms cut off by the water.',
].map((text) => `<p>${text}</p>`);

/** A page dated only in its article's body, after a teaser of another story dated in another way. */
function page(articleDate: string, teaser: string): string {
  return (
    '<!doctype html><html><head><title>Aldmere floods | Valley Post</title></head><body>' +
    `<header><nav><a href="/">Home</a></nav><ul class="latest"><li>${teaser}</li></ul></header>` +
    `<main><article><h1>Aldmere floods reach 40 villages</h1>${articleDate}${STORY.join('')}</article></main>` +
    '<footer>Valley Post</footer></body></html>'
  );
}

/** The page's date as the CLI reads the saved page and as the content script reads the live one. */
function datesOf(html: string, url: string): { cli: string; contentScript: string } {
  return { cli: pageFromHtml(html).publishedAt, contentScript: annotatedArticle(livePage(url, html)).publishedAt };
}

describe('the page date, in the content script and in the CLI', () => {
  // Each page is dated only in its article's body, after a teaser of another story dated the same way.
  it.each([
    {
      where: 'the dateline',
      articleDate: '<p class="dateline">ALDMERE, 19 December 2024</p>',
      teaser: '<a href="/roads">Road to Corvey reopens</a> <span class="teaser-date">3 March 2025</span>',
      date: '2024-12-19',
    },
    {
      where: 'the byline’s <time>',
      articleDate: '<p class="byline">By R. Teller <time datetime="2025-01-14">14 Jan</time></p>',
      teaser: '<a href="/bridge">Bridge repairs begin</a> <time datetime="2025-02-27">27 Feb</time>',
      date: '2025-01-14',
    },
  ])('is $where in the article body, not the teaser’s date before it, in both', ({ articleDate, teaser, date }) => {
    const url = `https://valley.example/news/${date}`;
    expect(datesOf(page(articleDate, teaser), url)).toEqual({ cli: date, contentScript: date });
  });

  it('reads the same blocks as the CLI', () => {
    const html = page('<p class="dateline">ALDMERE, 19 December 2024</p>', 'Road to Corvey reopens');
    const live = annotatedArticle(livePage('https://valley.example/news/aldmere-blocks', html));
    expect(live.blocks.map((block) => block.text)).toEqual(pageFromHtml(html).blocks.map((block) => block.text));
  });
});

describe('the page headline, in the content script and in the CLI', () => {
  it('is read alike, without the site name', () => {
    const html = page('<p class="dateline">ALDMERE, 19 December 2024</p>', '<a href="/roads">Road reopens</a>');
    const cli = pageFromHtml(html).title;
    expect(annotatedArticle(livePage('https://valley.example/floods', html)).title).toBe(cli);
    expect(cli).toContain('Aldmere floods');
    expect(cli).not.toContain('Valley Post');
  });
});

describe('a headline longer than a message carries', () => {
  it('is cut to the limit, so the page is still annotated', () => {
    const long = `Aldmere ${'flood '.repeat(500)}`;
    const html = page('<p class="dateline">ALDMERE, 19 December 2024</p>', '<a href="/roads">Road reopens</a>')
      .replace('<h1>Aldmere floods reach 40 villages</h1>', `<h1>${long}</h1>`)
      .replace('<title>Aldmere floods | Valley Post</title>', `<title>${long}</title>`);
    const title = annotatedArticle(livePage('https://valley.example/long', html)).title;
    expect(title.length).toBeLessThanOrEqual(2_000);
    expect(title.startsWith('Aldmere flood')).toBe(true);
  });
});
