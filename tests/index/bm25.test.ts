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
});

describe('Bm25Index snapshots', () => {
  it('restore the same scores, without removed documents, renumbered in order', () => {
    const index = new Bm25Index();
    for (let i = 0; i < 40; i += 1) index.add(doc('common', `k${i % 7}`, i % 3 ? 'odd' : 'even'));
    index.remove(4);
    index.remove(11);
    const restored = Bm25Index.fromSnapshot(structuredClone(index.toSnapshot()));
    expect(restored.size).toBe(index.size);
    const live = Array.from({ length: 40 }, (_, n) => n).filter((n) => n !== 4 && n !== 11);
    const q = query('k3', 'odd', 'common');
    const expected = index.search(q, 10).map((hit) => ({ doc: live.indexOf(hit.doc), score: hit.score }));
    expect(restored.search(q, 10)).toEqual(expected);
    expect(restored.idf('k3')).toBe(index.idf('k3'));
  });

  it('keep working after a restore: adds grow the postings, removes update frequencies', () => {
    const index = new Bm25Index();
    index.add(doc('asylum', 'korea'));
    index.add(doc('missile', 'korea'));
    const restored = Bm25Index.fromSnapshot(index.toSnapshot());
    const added = restored.add(doc('asylum', 'seoul'));
    expect(added).toBe(2);
    expect(restored.frequency('asylum')).toBe(2);
    restored.remove(0);
    expect(restored.frequency('asylum')).toBe(1);
    expect(restored.frequency('korea')).toBe(1);
    expect(restored.search(query('asylum'), 5).map((hit) => hit.doc)).toEqual([2]);
  });
});
