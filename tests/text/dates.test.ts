/**
 * Dates at every way into the store: ISO 8601 in any of its forms is normalised, anything else is refused
 * naming the record and field, and a refused file or article leaves the store as it was.
 */
import { describe, expect, it } from 'vitest';
import { parseReferenceFile } from '../../lib/reference/parse-file';
import * as store from '../../lib/store';
import { addedTimestamp, notADate, publishedDate } from '../../lib/text/dates';
import { dump, emptyLibrary } from '../helpers/store';

const AT = '2025-03-01T00:00:00.000Z';
const exportWith = (dates: object) =>
  JSON.stringify({
    format: 'claimlens-reference',
    version: 1,
    sources: [{ id: 's1', title: 'Floods', ...dates, claims: [{ id: 's1#0', text: 'The river rose 3 metres.' }] }],
  });
const review = (datePublished: string) =>
  JSON.stringify({ '@type': 'ClaimReview', claimReviewed: 'Officials said 500 people died.', datePublished });

describe('dates', () => {
  it('reads ISO 8601 dates at the precision given, and times as UTC timestamps', () => {
    expect(publishedDate('2025-01-20')).toBe('2025-01-20');
    expect(publishedDate(' 2025-01 ')).toBe('2025-01');
    expect(publishedDate('2025')).toBe('2025');
    expect(publishedDate('2025-01-20T23:30:00-05:00')).toBe('2025-01-20');
    expect(publishedDate('')).toBe('');
    expect(addedTimestamp('2025-01-20T10:00:00.5+02:00')).toBe('2025-01-20T08:00:00.500Z');
    expect(addedTimestamp('2025-01-20 10:00+0130')).toBe('2025-01-20T08:30:00.000Z');
    expect(addedTimestamp('2025-01-20')).toBe('2025-01-20T00:00:00.000Z');
    for (const bad of ['20 January 2025', '2025-02-30', '2025-13', '2025-01-20T25:00', 'yesterday', '1e9']) {
      expect(publishedDate(bad), bad).toBeUndefined();
      expect(addedTimestamp(bad), bad).toBeUndefined();
    }
    expect(addedTimestamp('')).toBeUndefined();
  });

  it('normalises the dates of an export file, and refuses one that is no date, naming record and field', () => {
    const dates = { publishedAt: '2025-01-20T09:00:00+09:00', addedAt: '2025-02-01T12:00:00+01:00' };
    const [article] = parseReferenceFile('a.json', exportWith(dates), AT).articles;
    expect(article.source).toMatchObject({ publishedAt: '2025-01-20', addedAt: '2025-02-01T11:00:00.000Z' });
    expect(parseReferenceFile('a.json', exportWith({}), AT).articles[0].source.addedAt).toBe(AT);
    expect(() => parseReferenceFile('a.json', exportWith({ publishedAt: 'Monday' }), AT)).toThrow(
      'source 1 ("Floods"): publishedAt "Monday" is not a date (expected an ISO 8601 date such as 2025-01-20, 2025-01 or 2025)',
    );
    expect(() => parseReferenceFile('a.json', exportWith({ addedAt: '2025-02-30' }), AT)).toThrow(
      'source 1 ("Floods"): addedAt "2025-02-30" is not a date',
    );
  });

  it('normalises a ClaimReview datePublished and refuses one that is no date', () => {
    expect(parseReferenceFile('fc.json', review('2025-01-20T10:00:00Z'), AT).articles[0].source.publishedAt).toBe(
      '2025-01-20',
    );
    expect(() => parseReferenceFile('fc.json', review('20/01/2025'), AT)).toThrow(
      'ClaimReview 1: datePublished "20/01/2025" is not a date',
    );
  });

  it('quotes a refused date short and without characters that hide or reorder the message', () => {
    expect(notADate('publishedAt', '\u202e02-01-2025\u202c')).toBe(
      'publishedAt "02-01-2025" is not a date (expected an ISO 8601 date such as 2025-01-20, 2025-01 or 2025)',
    );
    expect(notADate('addedAt', `\u0000\u001b[2J${'\ud83d\ude00'.repeat(50)}\ud800`)).toMatch(
      new RegExp(`^addedAt "\\[2J${'\ud83d\ude00'.repeat(34)}\\.\\.\\." is not a date`),
    );
  });

  it('a refused file or article changes nothing', async () => {
    const library = await emptyLibrary();
    await store.installSeeds(library, new Date(AT));
    const before = await dump(library);
    await expect(store.importReferences(library, 'a.json', exportWith({ publishedAt: 'last week' }))).rejects.toThrow(
      'publishedAt "last week" is not a date',
    );
    const meta = { title: 'Floods', publisher: 'P', url: 'https://p.example/f', publishedAt: '2025-02-30' };
    await expect(
      store.addArticle(library, { meta, blocks: [{ id: 'b', text: 'The river rose 3 metres on Monday.' }] }),
    ).rejects.toThrow('Adding the article was refused: publishedAt "2025-02-30" is not a date');
    expect(await dump(library)).toEqual(before);
  });
});
