import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../lib/limits';
import { parseReferenceFile } from '../../lib/reference/parse-file';
import { exportOf, textOf } from '../helpers/limits';

const AT = '2025-03-01T00:00:00.000Z';
const review = (fields: Record<string, unknown> = {}) => ({
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  url: 'https://factcheck.example/1',
  claimReviewed: 'Claim number 1 says 500 people died.',
  reviewRating: { alternateName: 'False' },
  author: { name: 'Fact Desk' },
  ...fields,
});
const refusal = (name: string, content: string) => {
  try {
    parseReferenceFile(name, content, AT);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the file was accepted');
};

describe('limits at import', () => {
  it('refuses an over-long field in each format, naming the record, the field and the limit', () => {
    const long = (n: number) => 'x'.repeat(n);
    expect(refusal('a.json', exportOf([{ id: 's1', title: long(2_001), claims: [] }]))).toBe(
      `source 1 ("${long(57)}..."): title is too long (2,001 characters; the limit is 2,000)`,
    );
    expect(refusal('a.json', exportOf([{ id: 's1', title: 'T', claims: [{ id: 'c1', text: textOf(10_001) }] }]))).toBe(
      'source 1 ("T"), claim 1: text is too long (10,001 characters; the limit is 10,000)',
    );
    expect(refusal('a.json', exportOf([{ id: long(501), title: 'T', claims: [] }]))).toBe(
      'source 1 ("T"): id is too long (501 characters; the limit is 500)',
    );
    const lines = [
      { id: 'a', text: 'Report one says 3 boats sank.' },
      { id: long(5_000), text: 'Report two.' },
    ];
    expect(refusal('a.jsonl', lines.map((line) => JSON.stringify(line)).join('\n'))).toBe(
      `line 2 (id "${long(57)}..."): id is too long (5,000 characters; the limit is 500)`,
    );
    expect(refusal('fc.json', JSON.stringify([review(), review({ claimReviewed: textOf(20_000) })]))).toBe(
      'ClaimReview 2: claimReviewed is too long (20,000 characters; the limit is 10,000)',
    );
    expect(refusal('fc.json', JSON.stringify(review({ author: { name: long(1_500) } })))).toBe(
      'ClaimReview 1: author is too long (1,500 characters; the limit is 1,000)',
    );
    const page = `<html><script type="application/ld+json">${JSON.stringify(review({ url: long(9_000) }))}</script></html>`;
    expect(refusal('page.html', page)).toBe('ClaimReview 1: url is too long (9,000 characters; the limit is 8,000)');
  });

  it('refuses more claims than a source or an import may hold', () => {
    const claims = Array.from({ length: LIMITS.claimsPerSource + 1 }, (_, n) => ({ id: `c${n}`, text: 'A claim.' }));
    expect(refusal('a.json', exportOf([{ id: 's1', title: 'Big', claims }]))).toBe(
      'source 1 ("Big"): claims has too many claims (20,001; the limit is 20,000)',
    );
    const lines = Array.from({ length: LIMITS.claimsPerImport + 1 }, (_, n) => `{"id":"${n}","text":"x"}`);
    expect(refusal('a.jsonl', lines.join('\n'))).toBe('The file has too many claims (200,001; the limit is 200,000).');
  });

  it('reads records exactly at the limits', () => {
    const at = {
      id: 's'.repeat(LIMITS.sourceId),
      title: 't'.repeat(LIMITS.title),
      publisher: 'p'.repeat(LIMITS.publisher),
      url: `https://example.org/${'u'.repeat(LIMITS.url - 20)}`,
      publishedAt: '2025-01-20',
      claims: [{ id: 'c'.repeat(LIMITS.claimId), text: textOf(LIMITS.claimText) }],
    };
    const [article] = parseReferenceFile('a.json', exportOf([at]), AT).articles;
    expect(article.source).toMatchObject({ id: at.id, title: at.title, url: at.url, publishedAt: at.publishedAt });
    expect(article.claims[0].text).toHaveLength(LIMITS.claimText);
    const line = JSON.stringify({ id: 'i'.repeat(LIMITS.sourceId), text: textOf(LIMITS.claimText) });
    expect(parseReferenceFile('a.jsonl', line, AT).articles[0].claims[0].id).toHaveLength(LIMITS.sourceId);
    // A fact-check without a name takes its title from the claim, shortened to the title's limit.
    const untitled = parseReferenceFile('fc.json', JSON.stringify(review({ claimReviewed: textOf(5_000) })), AT);
    expect(untitled.articles[0].source.title).toHaveLength(LIMITS.title);
    expect(untitled.articles[0].source.title.endsWith('…')).toBe(true);
    expect(untitled.articles[0].claims[0].text).toHaveLength(5_000);
  });
});

describe('untrusted files in linear time', () => {
  // Sizes at which the earlier regular expressions took from seconds to hours: these finish only when linear.
  it('reads one claim record whose white space runs for 400,000 characters', () => {
    const content = `{"id": "a",${' '.repeat(400_000)}\n  "text": "Officials said 12 boats sank."${' '.repeat(400_000)}}`;
    const { kind, articles } = parseReferenceFile('claim.json', content, AT);
    expect(kind).toBe('json-lines');
    expect(articles[0].claims[0].text).toBe('Officials said 12 boats sank.');
  });

  it('reads a claim record followed by 400,000 blank lines', () => {
    const content = `{"id": "a", "text": "Officials said 12 boats sank."}${'\n'.repeat(400_000)}x`;
    expect(refusal('claims.txt', content)).toBe('The file is not valid JSON (the error is at line 400001, column 1).');
    const lines = `{"id": "a", "text": "One says 3."}${'\n \n'.repeat(200_000)}{"id": "b", "text": "Two says 4."}`;
    expect(parseReferenceFile('claims.txt', lines, AT).articles.map((a) => a.source.id)).toEqual(['a', 'b']);
  });

  it('reads the fact-check of a page with 50,000 unclosed JSON-LD script tags', () => {
    const page =
      `<html><script type="application/ld+json">${JSON.stringify(review())}</script>` +
      '<script type="application/ld+json">{"@type": "ClaimReview"'.repeat(50_000);
    const { articles } = parseReferenceFile('page.html', page, AT);
    expect(articles.map((article) => article.claims[0].text)).toEqual(['Claim number 1 says 500 people died.']);
    const scripts = '<script>var a = 1;</script>'.repeat(50_000);
    const late = `<html>${scripts}<SCRIPT TYPE='application/ld+json'>${JSON.stringify(review())}</SCRIPT></html>`;
    expect(parseReferenceFile('page.html', late, AT).articles).toHaveLength(1);
  });
});

describe('deeply nested JSON', () => {
  it('is refused in plain words, whether or not it is valid', () => {
    const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
    expect(refusal('a.json', deep(100_000))).toBe(
      'The file nests objects and lists more than 64 levels deep (at line 1, column 65); ' +
        'ClaimLens reads reference files up to that depth.',
    );
    expect(refusal('a.json', `{"a":\n${'['.repeat(100_000)}`)).toMatch(
      /more than 64 levels deep \(at line 2, column 64\)/,
    );
    expect(refusal('a.jsonl', `{"id":"a","text":"x"}\n{"id":"b","text":${deep(10_000)}}`)).toBe(
      'line 2 nests objects and lists more than 64 levels deep.',
    );
    // Brackets inside strings do not count.
    const claim = { id: 'a', text: `Officials said ${'['.repeat(1_000)} 12 boats sank.` };
    expect(parseReferenceFile('a.json', JSON.stringify(claim), AT).articles[0].claims[0].text).toBe(claim.text);
  });

  it('in a page, skips the deep block and reads the others', () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const page = `<html><script type="application/ld+json">${deep}</script><script type="application/ld+json">${JSON.stringify(review())}</script></html>`;
    expect(parseReferenceFile('page.html', page, AT).articles).toHaveLength(1);
  });
});
