import { describe, expect, it } from 'vitest';
import { Bm25Index } from '../../lib/index/bm25';

const doc = (...keys: string[]) => ({ keys: new Map(keys.map((key) => [key, 1])) });
const query = (...keys: string[]) => new Map(keys.map((key) => [key, 1]));

describe('Bm25Index', () => {
  it('ranks documents sharing rarer keys higher', () => {
    const index = new Bm25Index();
    const a = index.add(doc('soldier', 'asylum', 'korea'));
    const b = index.add(doc('soldier', 'korea', 'missile'));
    index.add(doc('korea', 'rally'));
    const hits = index.search(query('asylum', 'korea'), 3);
    expect(hits[0].doc).toBe(a);
    expect(hits.map((hit) => hit.doc)).toContain(b);
  });

  it('forgets removed documents, in results and in frequencies', () => {
    const index = new Bm25Index();
    const a = index.add(doc('asylum'));
    index.add(doc('missile'));
    const before = index.idf('asylum');
    index.remove(a);
    expect(index.size).toBe(1);
    expect(index.search(query('asylum'), 5)).toEqual([]);
    expect(index.idf('asylum')).toBeGreaterThan(before);
  });

  it('never gives a negative weight, even to a key every document has', () => {
    const index = new Bm25Index();
    for (let i = 0; i < 5; i += 1) index.add(doc('korea', `k${i}`));
    index.remove(0);
    index.add(doc('korea'));
    expect(index.idf('korea')).toBeGreaterThan(0);
  });

  it('returns at most k hits, best first, and nothing for unknown keys', () => {
    const index = new Bm25Index();
    for (let i = 0; i < 20; i += 1) index.add(doc('common', i % 2 ? 'odd' : 'even'));
    const hits = index.search(query('common', 'odd'), 5);
    expect(hits).toHaveLength(5);
    for (let i = 1; i < hits.length; i += 1) expect(hits[i - 1].score).toBeGreaterThanOrEqual(hits[i].score);
    expect(index.search(query('absent'), 5)).toEqual([]);
  });

  it('gives the same hits for a query asked again, whatever was asked between (none left over)', () => {
    const index = new Bm25Index();
    for (let i = 0; i < 30; i += 1) index.add(doc('fleet', i % 3 ? 'harbour' : 'storm', `n${i % 7}`));
    const first = index.search(query('storm', 'n2'), 4);
    index.search(query('harbour', 'n2', 'fleet'), 0);
    index.search(query('harbour', 'storm'), 2);
    expect(index.search(query('storm', 'n2'), 4)).toEqual(first);
    expect(index.search(query('storm', 'n2'), 30).slice(0, 4)).toEqual(first);
  });

  it('scores a document the same wherever it sits in a large index (documents are scored in blocks)', () => {
    const index = new Bm25Index();
    for (let i = 0; i < 12_000; i += 1) index.add(doc(`n${i % 40}`, i % 3 === 0 ? 'a' : 'b'));
    index.remove(0);
    const hits = index.search(query('a', 'n0'), 200, 1);
    // Documents with both keys (multiples of 120) first, from the first block to the last, ties by number.
    const both = Array.from({ length: 99 }, (_, n) => 120 * (n + 1));
    expect(hits.slice(0, 99).map((hit) => hit.doc)).toEqual(both);
    expect(new Set(hits.slice(0, 99).map((hit) => hit.score)).size).toBe(1);
    expect(hits[99].score).toBeLessThan(hits[0].score);
  });
});
