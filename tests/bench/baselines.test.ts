import { describe, expect, it } from 'vitest';
import { baselineTerms, PlainBm25 } from '../../bench/bm25-baseline';
import { parseQrels, parseQueries } from '../../bench/checkthat-data';
import { isHeldOut, parseCsv } from '../../bench/emergent-data';
import { hashString, seededRandom } from '../../bench/prng';
import { median } from '../../bench/stats';
import { synthesiseClaims } from '../../bench/synthetic-claims';

describe('PlainBm25', () => {
  const index = new PlainBm25([
    { id: 'fries', text: 'McDonald’s is offering any size fries for one dollar' },
    { id: 'snake', text: 'A video shows a giant anaconda swimming in a river' },
    { id: 'snake2', text: 'An anaconda was seen in a river in Brazil, a video shows' },
  ]);

  it('drops stop words and keeps words lower case', () => {
    expect(baselineTerms('The Anaconda IS in the river')).toEqual(['anaconda', 'river']);
  });

  it('ranks the documents sharing the rarer words first', () => {
    expect(index.search('giant anaconda', 3).map((hit) => hit.id)).toEqual(['snake', 'snake2']);
    expect(index.search('cheap fries', 3)[0].id).toBe('fries');
  });

  it('finds nothing for words it has never seen, and honours k', () => {
    expect(index.search('volcano', 5)).toEqual([]);
    expect(index.search('anaconda river video', 1)).toHaveLength(1);
  });
});

describe('CheckThat! files', () => {
  it('reads queries, skipping a header line', () => {
    const queries = parseQueries('tweet_id\ttweet\nq1\tfirst tweet\nq2\tsecond\ttab\n');
    expect([...queries]).toEqual([
      ['q1', 'first tweet'],
      ['q2', 'second\ttab'],
    ]);
  });

  it('reads qrels with several relevant claims and skips zero relevance', () => {
    const qrels = parseQrels('q1\t0\ta\t1\nq1 0 b 1\nq2\t0\tc\t0\n');
    expect([...(qrels.get('q1') ?? [])]).toEqual(['a', 'b']);
    expect(qrels.has('q2')).toBe(false);
  });
});

describe('Emergent data', () => {
  it('parses quoted CSV fields with commas, doubled quotes and line breaks', () => {
    expect(parseCsv('a,b\n"x, y","say ""hi""\nthere"\r\n1,2')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"\nthere'],
      ['1', '2'],
    ]);
  });

  it('holds out about a third of the claims, the same ones every time', () => {
    const ids = Array.from({ length: 3000 }, (_, n) => `claim-${n}`);
    const heldOut = ids.filter(isHeldOut);
    expect(heldOut.length / ids.length).toBeGreaterThan(0.28);
    expect(heldOut.length / ids.length).toBeLessThan(0.38);
    expect(ids.filter(isHeldOut)).toEqual(heldOut);
  });
});

describe('fixed-seed generators', () => {
  it('repeat the same sequence for the same seed', () => {
    const a = seededRandom(5);
    const b = seededRandom(5);
    const first = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(first);
    expect(first.every((value) => value >= 0 && value < 1)).toBe(true);
    expect(hashString('abc')).toBe(hashString('abc'));
    expect(hashString('abc')).not.toBe(hashString('abd'));
  });

  it('make the same synthetic claims from the same donors and seed', () => {
    const donors = [
      'The council approved 12 new homes on Monday in the old mill.',
      'Police said 3 people were hurt in a crash near the station.',
    ];
    const claims = synthesiseClaims(donors, 20, 1);
    expect(synthesiseClaims(donors, 20, 1)).toEqual(claims);
    expect(claims).toHaveLength(20);
    expect(claims.every((claim) => /[.!?]$/.test(claim))).toBe(true);
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});
