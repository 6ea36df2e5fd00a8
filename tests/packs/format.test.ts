import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../lib/limits';
import { buildPackDocument, PackError, readPack } from '../../lib/packs';
import { ARTICLES, AT, DATA_FEED, PACK_META, REVIEWS } from './fixtures';

const META = PACK_META;
const built = () => JSON.stringify(buildPackDocument(ARTICLES, META), null, 1);

/** The error a pack read throws: a PackError of one line. */
function refusal(content: string, name = 'pack.json'): string {
  try {
    readPack(content, name, AT);
  } catch (error) {
    expect(error).toBeInstanceOf(PackError);
    const message = (error as Error).message;
    expect(message.split('\n')).toHaveLength(1);
    return message;
  }
  throw new Error('the pack was read');
}

describe('a pack in the export format', () => {
  it('round-trips what buildPackDocument writes: metadata, sources, dates, ratings', () => {
    const pack = readPack(built(), 'https://gazette.example/packs/river.json', AT);
    expect(pack.kind).toBe('export');
    expect(pack.meta).toEqual(META);
    expect(pack.articles).toEqual(ARTICLES);
    expect(pack.articles[0].claims[1].review?.rating).toBe('Accurate');
  });

  it('is an export the ordinary import reads too', async () => {
    const { parseReferenceFile } = await import('../../lib/reference/parse-file');
    expect(parseReferenceFile('river.json', built(), AT).articles).toEqual(ARTICLES);
  });

  it('titles a plain export (no pack header) by its file name and dates it by exportedAt', () => {
    const plain = JSON.parse(built());
    delete plain.pack;
    plain.exportedAt = '2026-11-01T00:00:00Z';
    const pack = readPack(JSON.stringify(plain), 'https://host.example/dir/refs.json', AT);
    expect(pack.meta).toEqual({
      title: 'refs.json',
      publisher: '',
      version: '',
      updatedAt: '2026-11-01T00:00:00.000Z',
    });
  });

  it.each([
    [{ title: '' }, /pack\.title must be a non-empty string/],
    [{ title: 5 }, /pack\.title must be a non-empty string/],
    [{ updatedAt: 'last Tuesday' }, /pack\.updatedAt "last Tuesday" is not a date/],
    [{ version: 'v'.repeat(101) }, /pack\.version is too long/],
  ])('refuses a bad header %j in one line', (change, message) => {
    const file = JSON.parse(built());
    file.pack = { ...file.pack, ...change };
    expect(refusal(JSON.stringify(file))).toMatch(message);
  });
});

describe('a pack in JSON Lines', () => {
  it('reads each line as a claim and titles the pack by its URL', () => {
    const lines =
      '{"id":"k1","text":"Keswold has four bakeries."}\n{"id":"k2","text":"Orrin has one school.","url":"https://o.example"}\n';
    const pack = readPack(lines, 'https://host.example/claims.jsonl', AT);
    expect(pack.kind).toBe('json-lines');
    expect(pack.meta.title).toBe('claims.jsonl');
    expect(pack.articles.map((a) => a.claims[0].text)).toEqual(['Keswold has four bakeries.', 'Orrin has one school.']);
    expect(pack.document).toBeUndefined();
  });

  it('names the broken line of a truncated file', () => {
    const cut = '{"id":"k1","text":"Keswold has four bakeries."}\n{"id":"k2","text":"Orrin has';
    expect(refusal(cut, 'claims.jsonl')).toMatch(/^line 2 is not valid JSON/);
  });
});

describe('a pack of ClaimReview JSON-LD', () => {
  it('reads a list of reviews with source, date and rating', () => {
    const pack = readPack(JSON.stringify(REVIEWS), 'reviews.json', AT);
    expect(pack.kind).toBe('claim-review');
    expect(pack.articles).toHaveLength(3);
    const [first] = pack.articles;
    expect(first.source).toMatchObject({
      publisher: 'Lantern Checks',
      url: 'https://checkers.example/review/1',
      publishedAt: '2026-09-11',
    });
    expect(first.claims[0].review).toEqual({ rating: 'False', appearances: ['https://social.example/1'] });
  });

  it('reads reviews inside an HTML page', () => {
    const html = `<!doctype html><html><head><script type="application/ld+json">${JSON.stringify(REVIEWS[2])}</script></head></html>`;
    const pack = readPack(html, 'https://checkers.example/latest.html', AT);
    expect(pack.kind).toBe('claim-review');
    expect(pack.articles[0].claims[0].text).toBe('The Keswold ferry carries 40 cars per crossing.');
  });
});

describe('a pack as a schema.org DataFeed', () => {
  it('reads every ClaimReview element and the feed metadata', () => {
    const pack = readPack(JSON.stringify(DATA_FEED), 'feed.json', AT);
    expect(pack.kind).toBe('data-feed');
    expect(pack.meta).toEqual({
      title: 'Lantern Checks reviews',
      publisher: 'Lantern Checks',
      version: '7',
      updatedAt: '2026-11-29T08:30:00.000Z',
    });
    expect(pack.articles.map((a) => [a.claims[0].text, a.claims[0].review?.rating, a.source.publishedAt])).toEqual([
      ['The Orrin bridge was built in under nine days.', 'False', '2026-09-11'],
      ['Half of Keswold households own a rowing boat.', 'Misleading', '2026-09-12'],
      ['The Keswold ferry carries 40 cars per crossing.', 'True', '2026-09-13'],
    ]);
  });

  it('refuses a feed without reviews, and names a bad review and a bad feed field', () => {
    expect(refusal(JSON.stringify({ ...DATA_FEED, dataFeedElement: [{ '@type': 'DataFeedItem', item: {} }] }))).toBe(
      'The DataFeed holds no ClaimReview items.',
    );
    const badReview = { ...REVIEWS[0], claimReviewed: 42 };
    expect(refusal(JSON.stringify({ ...DATA_FEED, dataFeedElement: [REVIEWS[1], badReview] }))).toMatch(
      /^ClaimReview 2: claimReviewed must be a non-empty string/,
    );
    expect(refusal(JSON.stringify({ ...DATA_FEED, dateModified: 'soon' }))).toMatch(
      /dateModified "soon" is not a date/,
    );
  });
});

describe('malformed, truncated and oversized packs', () => {
  it('says a JSON pack cut short is truncated', () => {
    const whole = built();
    for (const keep of [0.3, 0.9, 0.999]) {
      expect(refusal(whole.slice(0, Math.floor(whole.length * keep)))).toMatch(/truncated/);
    }
  });

  it('says where broken JSON breaks when it is not merely cut short', () => {
    expect(refusal('{"format": "claimlens-reference", oops}')).toMatch(
      /not valid JSON \(the error is at line 1, column 35\)/,
    );
  });

  it.each([
    ['', /The pack is empty/],
    ['   \n', /The pack is empty/],
    ['{"hello": "world"}', /This is not a pack/],
    ['[1, 2, 3]', /This is not a pack/],
    [
      '{"format":"claimlens-reference","version":1,"sources":[{"id":"s","title":"T","claims":[{"id":"c","text":""}]}]}',
      /source 1 \("T"\), claim 1: text must be a non-empty string/,
    ],
    ['{"format":"claimlens-reference","version":9,"sources":[]}', /version 9/],
  ])('refuses %j in one line', (content, message) => {
    expect(refusal(content)).toMatch(message);
  });

  it('refuses a pack over the file size limit before reading it', () => {
    const huge = `{"x":"${'a'.repeat(LIMITS.fileChars)}"}`;
    expect(refusal(huge)).toMatch(/The pack is too long \(104,857,6\d\d characters; the limit is 104,857,600\)/);
  });

  it('refuses JSON nested past the depth limit', () => {
    expect(refusal(`${'['.repeat(100)}${']'.repeat(100)}`)).toMatch(/nests objects and lists more than 64 levels/);
  });
});
