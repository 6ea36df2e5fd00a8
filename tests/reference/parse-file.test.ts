import { describe, expect, it } from 'vitest';
import { exportFile } from '../../lib/reference/export-format';
import { parseReferenceFile, referenceFileSteps } from '../../lib/reference/parse-file';
import { ratingTruth } from '../../lib/reference/rating';

const AT = '2025-03-01T00:00:00.000Z';
const exportOf = (sources: unknown[]) => JSON.stringify({ format: 'claimlens-reference', version: 1, sources });
const source = (n: number, claims: unknown[]) => ({ id: `s${n}`, title: `Title ${n}`, claims });
const claim = (id: string, text: unknown = `Claim ${id} says 5 things.`) => ({ id, text });

describe('the export format', () => {
  it('reads sources and claims with defaults for optional fields', () => {
    const { kind, articles } = parseReferenceFile('x.json', exportOf([source(1, [claim('a'), claim('b')])]), AT);
    expect(kind).toBe('export');
    expect(articles[0].source).toEqual({
      id: 's1',
      title: 'Title 1',
      publisher: '',
      url: '',
      publishedAt: '',
      addedAt: AT,
      origin: 'import',
      enabled: true,
    });
    expect(articles[0].claims).toEqual([
      { id: 'a', sourceId: 's1', text: 'Claim a says 5 things.', start: 0, end: 0 },
      { id: 'b', sourceId: 's1', text: 'Claim b says 5 things.', start: 0, end: 0 },
    ]);
  });

  it('round-trips what exportFile writes', () => {
    const articles = [
      {
        source: {
          id: 'x',
          title: 'T',
          publisher: 'P',
          url: 'https://u',
          publishedAt: '2025-01-01',
          addedAt: AT,
          origin: 'user' as const,
          enabled: false,
        },
        claims: [
          {
            id: 'x#0',
            sourceId: 'x',
            text: 'One claim with 3 parts.',
            start: 4,
            end: 27,
            groupId: 'g',
            review: { rating: 'False', appearances: ['https://a'] },
          },
        ],
      },
    ];
    expect(parseReferenceFile('f.json', exportFile(articles), 'later').articles).toEqual(articles);
  });

  it('names the first bad record and field in plain words', () => {
    const bad = exportOf([
      source(1, [claim('a')]),
      source(2, []),
      { id: 's3', title: 'Some title', claims: [claim('c'), claim('d', '  ')] },
    ]);
    expect(() => parseReferenceFile('f.json', bad)).toThrow(
      'source 3 ("Some title"), claim 2: text must be a non-empty string',
    );
    expect(() => parseReferenceFile('f.json', exportOf([{ id: 's1', claims: [] }]))).toThrow(
      'source 1: title is missing',
    );
    expect(() => parseReferenceFile('f.json', exportOf([{ ...source(1, []), enabled: 'yes' }]))).toThrow(
      'source 1 ("Title 1"): enabled must be true or false',
    );
    expect(() => parseReferenceFile('f.json', exportOf([source(1, [{ id: 'a', text: 'T', start: -1 }])]))).toThrow(
      'claim 1: start must not be negative',
    );
  });

  it('refuses duplicate ids', () => {
    expect(() => parseReferenceFile('f.json', exportOf([source(1, []), source(1, [])]))).toThrow(
      'source 2 ("Title 1"): id "s1" is already used by source 1',
    );
    expect(() => parseReferenceFile('f.json', exportOf([source(1, [claim('a')]), source(2, [claim('a')])]))).toThrow(
      'source 2 ("Title 2"), claim 1: id "a" is already used by source 1 ("Title 1"), claim 1',
    );
  });

  it("quotes a file's own format and version short and without characters that hide or reorder text", () => {
    const message = (content: object) => {
      try {
        parseReferenceFile('f.json', JSON.stringify(content));
      } catch (error) {
        return (error as Error).message;
      }
      throw new Error('the file was not refused');
    };
    const long = message({ format: 'x'.repeat(100_000), version: 1, sources: [] });
    expect(long).toBe(
      `This is not a ClaimLens reference file: its "format" is "${'x'.repeat(57)}...", not "claimlens-reference".`,
    );
    const bidi = message({ format: 'claim\u202elens\u0000\u001b[2J', version: 1, sources: [] });
    expect(bidi).toBe(
      'This is not a ClaimLens reference file: its "format" is "claim lens [2J", not "claimlens-reference".',
    );
    expect(message({ format: 'claimlens-reference', version: `\ud800${'\ud83d\ude00'.repeat(80)}`, sources: [] })).toBe(
      `This reference file is version "${'\ud83d\ude00'.repeat(57)}..."; this ClaimLens reads version 1.`,
    );
    expect(message({ format: { a: 1 }, version: 1, sources: [] })).toMatch(/its "format" is an object,/);
    expect(message({ format: 'claimlens-reference', version: [2], sources: [] })).toMatch(/is version a list;/);
  });

  it('refuses invalid JSON, another format and another version', () => {
    expect(() =>
      parseReferenceFile('f.json', '{"format": "claimlens-reference",\n "version": 1,\n "sources": [}'),
    ).toThrow(/not valid JSON \(the error is at line 3/);
    expect(() => parseReferenceFile('f.json', '{"format": "other", "version": 1, "sources": []}')).toThrow(
      'This is not a ClaimLens reference file: its "format" is "other", not "claimlens-reference".',
    );
    expect(() =>
      parseReferenceFile('f.json', '{"format": "claimlens-reference", "version": 2, "sources": []}'),
    ).toThrow('version 2; this ClaimLens reads version 1 (update ClaimLens to import it).');
    expect(() => parseReferenceFile('f.json', '{"format": "claimlens-reference", "sources": []}')).toThrow(
      'This reference file does not say its "version"; this ClaimLens reads version 1.',
    );
    expect(() => parseReferenceFile('f.json', '[1, 2]')).toThrow(/cannot read this file/);
    expect(() => parseReferenceFile('f.json', '  ')).toThrow('The file is empty.');
  });

  it('finds where JSON breaks', () => {
    expect(() => parseReferenceFile('f.json', '[1, 2,\n 3 4]')).toThrow(
      'The file is not valid JSON (the error is at line 2, column 4).',
    );
    expect(() => parseReferenceFile('f.json', '{"a": "open')).toThrow('line 1, column 12');
  });

  it('keeps HTML and script in claim text as text', () => {
    const text = '<script>alert("x")</script><b>The army</b> sent 300 soldiers &amp; tanks.';
    const { articles } = parseReferenceFile('f.json', exportOf([source(1, [claim('a', text)])]));
    expect(articles[0].claims[0].text).toBe(text);
  });
});

describe('JSON Lines', () => {
  it('makes each line a source with one claim', () => {
    const content =
      '{"id": 1, "text": "The dam holds 40 million litres.", "title": "Dam", "url": "https://d"}\n\n{"id": "b", "text": "Rain fell for 9 days."}\n';
    const { kind, articles } = parseReferenceFile('claims.jsonl', content, AT);
    expect(kind).toBe('json-lines');
    expect(articles.map((a) => [a.source.id, a.source.title, a.source.url, a.claims[0].id, a.claims[0].text])).toEqual([
      ['1', 'Dam', 'https://d', '1', 'The dam holds 40 million litres.'],
      ['b', 'b', '', 'b', 'Rain fell for 9 days.'],
    ]);
  });

  it('names the bad line and field; refuses duplicate ids', () => {
    expect(() => parseReferenceFile('c.jsonl', '{"id": 1, "text": "A 1."}\n{"id": 2}\n')).toThrow(
      'line 2 (id "2"): text is missing',
    );
    expect(() => parseReferenceFile('c.jsonl', '{"id": 1, "text": "A 1."}\n{"id": 1, "text": "B 2."}')).toThrow(
      'line 2: id "1" is already used on line 1',
    );
    expect(() => parseReferenceFile('c.jsonl', '{"id": 1, "text": "A 1."}\n{oops\n')).toThrow(
      'line 2 is not valid JSON.',
    );
  });
});

describe('ClaimReview JSON-LD', () => {
  const review = (n: number, rating = 'False') => ({
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: `https://factcheck.example/${n}`,
    claimReviewed: `Claim number ${n} says 500 people died.`,
    reviewRating: { '@type': 'Rating', alternateName: rating },
    itemReviewed: { '@type': 'Claim', appearance: [{ '@type': 'CreativeWork', url: `https://social.example/${n}` }] },
    author: { '@type': 'Organization', name: 'Fact Desk' },
    datePublished: '2025-01-20T10:00:00Z',
  });

  it('reads a single object, a list and a @graph', () => {
    for (const json of [
      review(1),
      [review(1), review(2)],
      { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }, review(1)] },
    ]) {
      const { kind, articles } = parseReferenceFile('fc.json', JSON.stringify(json), AT);
      expect(kind).toBe('claim-review');
      expect(articles[0].source).toMatchObject({
        title: 'Claim number 1 says 500 people died.',
        publisher: 'Fact Desk',
        url: 'https://factcheck.example/1',
        publishedAt: '2025-01-20',
      });
      expect(articles[0].claims[0]).toMatchObject({
        text: 'Claim number 1 says 500 people died.',
        review: { rating: 'False', appearances: ['https://social.example/1'] },
      });
    }
  });

  it('reads the markup inside an HTML page, and names a bad review', () => {
    const html = `<html><head><script type="application/ld+json">${JSON.stringify(review(7))}</script></head><body></body></html>`;
    expect(parseReferenceFile('page.html', html).articles[0].claims[0].text).toBe(
      'Claim number 7 says 500 people died.',
    );
    expect(() =>
      parseReferenceFile('fc.json', JSON.stringify([review(1), { ...review(2), claimReviewed: '' }])),
    ).toThrow('ClaimReview 2: claimReviewed must be a non-empty string');
  });

  it('reads what ratings say', () => {
    expect(['False', 'Pants on Fire!', 'Mostly False', 'Fake'].map(ratingTruth)).toEqual([
      'false',
      'false',
      'false',
      'false',
    ]);
    expect(['True', 'Correct', 'Mostly True'].map(ratingTruth)).toEqual(['true', 'true', 'true']);
    expect(['Half True', 'Misleading', 'Missing context', 'Satire', 'Unproven', 'Weird'].map(ratingTruth)).toEqual(
      Array(6).fill('unclear'),
    );
  });
});

describe('reading a large file in steps', () => {
  /** The steps a reading takes, and what it gives. */
  function stepsOf(fileName: string, content: string) {
    const steps = referenceFileSteps(fileName, content, AT);
    let count = 0;
    for (let next = steps.next(); ; next = steps.next(), count++) if (next.done) return { count, value: next.value };
  }

  it('reads each format a few thousand records at a time, with the result of reading it at once', () => {
    const texts = Array.from({ length: 10_000 }, (_, n) => `Claim ${n} says ${n + 2} boats sank.`);
    const lines = texts.map((text, n) => JSON.stringify({ id: `c${n}`, text })).join('\n');
    const file = exportOf(texts.map((text, n) => source(n, [claim(`c${n}`, text)])));
    const reviews = JSON.stringify(texts.map((text) => ({ '@type': 'ClaimReview', claimReviewed: text })));
    for (const [name, content] of [
      ['a.jsonl', lines],
      ['a.json', file],
      ['fc.json', reviews],
    ]) {
      const { count, value } = stepsOf(name, content);
      expect(count, name).toBeGreaterThanOrEqual(5);
      expect(value, name).toEqual(parseReferenceFile(name, content, AT));
      expect(value.articles, name).toHaveLength(10_000);
    }
  });
});
