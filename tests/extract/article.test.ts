import { describe, expect, it } from 'vitest';
import { articleBlocks, extractArticle } from '../../lib/extract/article';
import { blockTextNodes } from '../../lib/extract/dom';
import { looksLikeArticle } from '../../lib/extract/gate';
import { isoDate, urlDate } from '../../lib/extract/metadata';
import { EXTRACT_DIR, loadPage, norm, PAGES_DIR, pageNames, parse, serialise } from './load';

const texts = (doc: Document) => extractArticle(doc).blocks.map((block) => norm(block.text));

describe('extractArticle on a page without <article> (div soup with a sidebar)', () => {
  const doc = loadPage(EXTRACT_DIR, 'div-soup.html');
  const blocks = texts(doc);

  it('keeps the story paragraphs, including a text-only <div>', () => {
    expect(blocks).toEqual([
      norm(
        'Dredging of the old harbour will begin in April, the port authority said on Tuesday, after two years of delays.',
      ),
      norm(
        'The work, which will cost about 4.2 million euros, is meant to let larger ferries dock at the eastern quay.',
      ),
      norm('Fishermen have asked for the work to pause during the herring season, which runs from May to July.'),
      norm('The council will publish the full schedule next month, a spokesperson said.'),
    ]);
  });

  it('leaves out the sidebar, byline, ad label, share bar, "read more" link and footer', () => {
    const all = blocks.join('\n');
    for (const furniture of ['quiz', 'light rain', 'jane doe', 'advertisement', 'share on', 'read more', 'copyright']) {
      expect(all).not.toContain(furniture);
    }
  });

  it('takes the title from the h1 and the publisher from the title suffix', () => {
    const article = extractArticle(doc);
    expect(article.title).toBe('Harbour dredging to start in spring');
    expect(article.publisher).toBe('Coastal Times');
    // No machine-readable date: the byline's "March 3, 2025" dates it.
    expect(article.publishedAt).toBe('2025-03-03');
  });
});

describe('extractArticle on a page with comments and a comment form', () => {
  const doc = loadPage(EXTRACT_DIR, 'comments.html');
  const article = extractArticle(doc);

  it('keeps the story and its subhead, not the comments, the form or the date line', () => {
    expect(article.blocks.map((block) => norm(block.text))).toEqual([
      norm('The city council voted 31 to 12 on Wednesday to build protected cycle lanes on four main roads.'),
      norm('Construction is expected to start in June and to take about 18 months, council officers said.'),
      norm('Shops worried'),
      norm('Some shop owners on the high street said losing parking spaces would hurt their business.'),
    ]);
  });

  it('reads canonical URL, og:title and JSON-LD publisher and date (as written, not shifted to UTC)', () => {
    expect(article.url).toBe('https://gazette.example/news/cycle-lanes');
    expect(article.title).toBe('Council approves new cycle lanes');
    expect(article.publisher).toBe('Riverside Gazette');
    expect(article.publishedAt).toBe('2025-04-02');
  });
});

describe('block text', () => {
  const doc = loadPage(EXTRACT_DIR, 'inline.html');
  const { blocks } = extractArticle(doc);

  it('concatenates text inside inline elements exactly, with entities decoded, without scripts or buttons', () => {
    expect(blocks.map((block) => block.text)).toEqual([
      "Seoul's spy agency said 300 soldiers\u00a0died & 2,700 were hurt.1",
      'He said \u201cthere may be other options\u201d, according to\n   the NIS.',
      'A third paragraph with visible words only.',
    ]);
  });

  it('is the data of the block text nodes, in order, so offsets map onto text nodes', () => {
    for (const block of blocks) {
      const nodes = blockTextNodes(block.element);
      expect(nodes.map((node) => node.data).join('')).toBe(block.text);
      for (const node of nodes) expect(block.element.contains(node)).toBe(true);
    }
  });

  it('gives the same ids to the same blocks of the same document', () => {
    const again = extractArticle(loadPage(EXTRACT_DIR, 'inline.html')).blocks;
    expect(again.map(({ id, text }) => ({ id, text }))).toEqual(blocks.map(({ id, text }) => ({ id, text })));
  });
});

describe('metadata', () => {
  it('normalises dates to YYYY-MM-DD or gives an empty string', () => {
    expect(isoDate('2025-01-13T09:00:00+09:00')).toBe('2025-01-13');
    expect(isoDate('January 13, 2025')).toBe('2025-01-13');
    expect(isoDate('')).toBe('');
    expect(isoDate('yesterday')).toBe('');
  });

  it('falls back to <time datetime> and strips the site name from <title>', () => {
    const doc = parse(
      '<html><head><title>Dam repairs finished early - Valley News</title></head><body><div class="post">' +
        '<time datetime="2024-11-30T08:00:00Z">30 Nov</time><p>The repairs to the dam were finished two weeks early, the water board said.</p>' +
        '</div></body></html>',
    );
    const article = extractArticle(doc);
    expect(article.title).toBe('Dam repairs finished early');
    expect(article.publishedAt).toBe('2024-11-30');
    expect(article.blocks.map((block) => block.text)).toEqual([
      'The repairs to the dam were finished two weeks early, the water board said.',
    ]);
  });

  describe('the publication date, from wherever the page gives it', () => {
    const STORY = '<p>The ferry to Port Sellin carried 80 passengers through the storm, the operator said.</p>';
    const dated = (head: string, body = '', url = 'https://news.example/story') =>
      extractArticle(
        parse(
          `<html><head><link rel="canonical" href="${url}">${head}</head><body><article>${body}${STORY}</article></body></html>`,
        ),
      ).publishedAt;

    it('reads JSON-LD datePublished, article:published_time and <time datetime>', () => {
      const ld = '{"@type": "NewsArticle", "headline": "Ferry", "datePublished": "2024-12-19T08:00:00+09:00"}';
      expect(dated(`<script type="application/ld+json">${ld}</script>`)).toBe('2024-12-19');
      expect(dated('<meta property="article:published_time" content="2025-01-15T10:00:00Z">')).toBe('2025-01-15');
      expect(dated('', '<time datetime="2025-02-11">11 Feb</time>')).toBe('2025-02-11');
    });

    it('reads a date written in the byline or dateline', () => {
      expect(dated('', '<p class="byline">By A. Writer · Published 19 December 2024</p>')).toBe('2024-12-19');
      expect(dated('', '<div class="article-dateline">ALDMERE, Jan. 15, 2025</div>')).toBe('2025-01-15');
    });

    it('reads a date in the address, and gives none when the page has none', () => {
      expect(dated('', '', 'https://news.example/2024/12/19/ferry-storm')).toBe('2024-12-19');
      expect(urlDate('https://news.example/world/20250115-ferry.html')).toBe('2025-01-15');
      expect(urlDate('https://news.example/2025/02/30/ferry')).toBe('');
      expect(urlDate('not a url')).toBe('');
      expect(dated('', '<p class="byline">By A. Writer</p>')).toBe('');
    });
  });

  it('reads a hostile title and a huge JSON-LD list in linear time, without running out of stack', () => {
    const story = '<p>The repairs to the dam were finished two weeks early, the water board said.</p>';
    const title = `${'Big fire - '.repeat(40_000)}|x`;
    const titled = parse(`<html><head><title>${title}</title></head><body><div>${story}</div></body></html>`);
    expect(extractArticle(titled).title).toBe(title);
    const list = `[${'0,'.repeat(300_000)}{"@type": "NewsArticle", "headline": "Dam repairs finished"}]`;
    const listed = parse(
      `<html><head><script type="application/ld+json">${list}</script></head><body><div>${story}</div></body></html>`,
    );
    expect(extractArticle(listed).title).toBe('Dam repairs finished');
  });

  it('finds a paragraph nested 30,000 elements deep, without running out of stack', () => {
    const story = 'The repairs to the dam were finished two weeks early, the water board said.';
    const deep = parse(`<html><body>${'<div>'.repeat(30_000)}<p>${story}</p></body></html>`);
    expect(texts(deep)).toEqual([norm(story)]);
    const inNav = parse(`<html><body><nav>${'<div>'.repeat(30_000)}<p>${story}</p></nav></body></html>`);
    expect(texts(inNav)).not.toContain(norm(story));
  });

  it('gives empty fields and no blocks for an empty document', () => {
    const empty = { title: '', url: '', publisher: '', publishedAt: '', blocks: [] };
    expect(extractArticle(parse('<html><head></head><body></body></html>'))).toEqual(empty);
    expect(extractArticle(parse(''))).toEqual(empty);
  });
});

describe('the document is left as it was', () => {
  const fixtures = [
    ...pageNames(PAGES_DIR).map((name) => [PAGES_DIR, name]),
    ...pageNames(EXTRACT_DIR).map((name) => [EXTRACT_DIR, name]),
  ];
  for (const [dir, name] of fixtures) {
    it(name, () => {
      const doc = loadPage(dir, name);
      const before = serialise(doc);
      expect(before.length).toBeGreaterThan(100);
      looksLikeArticle(doc);
      extractArticle(doc);
      expect(serialise(doc)).toBe(before);
    });
  }
});

describe('extractArticle on a news page with the usual furniture around and inside the body', () => {
  const doc = loadPage(EXTRACT_DIR, 'news-site.html');
  const article = extractArticle(doc);

  it('keeps standfirst, paragraphs, subhead, quote, list items and correction, in order', () => {
    expect(article.blocks.map((block) => [block.element.localName, norm(block.text)])).toEqual([
      [
        'p',
        norm("South Korea's spy agency says one of two captured North Korean soldiers has asked to remain in Ukraine."),
      ],
      [
        'p',
        norm(
          "One of the two North Korean soldiers captured by Ukrainian forces has said he wants to stay in Ukraine, South Korea's National Intelligence Service told lawmakers on Monday.",
        ),
      ],
      [
        'p',
        norm(
          'The soldier made the request during questioning in which South Korean officials took part, the lawmakers said after a closed-door briefing.',
        ),
      ],
      ['h2', 'prisoner exchange'],
      [
        'p',
        norm(
          "Ukraine's president, Volodymyr Zelensky, has offered to return the men to North Korea in exchange for Ukrainians held in Russia.",
        ),
      ],
      ['p', norm('“There may be other options for those who do not want to go back,” he wrote on X.')],
      ['li', norm('About 300 North Korean soldiers have been killed, according to the NIS.')],
      ['li', norm('Some 2,700 have been wounded.')],
      ['p', norm('North Korea has not acknowledged sending troops to fight for Russia.')],
      ['p', norm('This article was amended on 14 January 2025 to correct the date of the briefing.')],
    ]);
  });

  it('reads metadata from og tags and JSON-LD, ignoring a publisher given as a URL', () => {
    expect(article.title).toBe('Seoul says captured soldiers want to stay in Ukraine');
    expect(article.url).toBe('https://meridian.example/world/asia/2025/jan/13/soldiers');
    expect(article.publisher).toBe('The Daily Meridian');
    expect(article.publishedAt).toBe('2025-01-13');
    expect(looksLikeArticle(doc)).toBe(true);
  });
});

describe('articleBlocks (what the content script sends) is extractArticle().blocks', () => {
  const fixtures = [
    ...pageNames(PAGES_DIR).map((name) => [PAGES_DIR, name] as const),
    ...pageNames(EXTRACT_DIR).map((name) => [EXTRACT_DIR, name] as const),
  ];
  it.each(fixtures)('%s/%s', (dir, name) => {
    const doc = loadPage(dir, name);
    const expected = extractArticle(doc).blocks;
    const actual = articleBlocks(doc);
    expect(actual.map((b) => b.text)).toEqual(expected.map((b) => b.text));
    expect(actual.every((b, i) => b.element === expected[i].element)).toBe(true);
  });
});
