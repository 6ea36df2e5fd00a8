import { describe, expect, it } from 'vitest';
import { Bm25Index } from '../../../lib/index/bm25';
import { postingsFromSnapshot, postingsSnapshot } from '../../../lib/index/snapshot/postings';

const doc = (...keys: string[]) => ({ keys: new Map(keys.map((key) => [key, 1])) });
const query = (...keys: string[]) => new Map(keys.map((key) => [key, 1]));

describe('postings snapshots', () => {
  it('restore the same scores, without removed documents, renumbered in order', () => {
    const index = new Bm25Index();
    for (let i = 0; i < 40; i += 1) index.add(doc('common', `k${i % 7}`, i % 3 ? 'odd' : 'even'));
    index.remove(4);
    index.remove(11);
    const restored = postingsFromSnapshot(structuredClone(postingsSnapshot(index)));
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
    const restored = postingsFromSnapshot(postingsSnapshot(index));
    const added = restored.add(doc('asylum', 'seoul'));
    expect(added).toBe(2);
    expect(restored.frequency('asylum')).toBe(2);
    restored.remove(0);
    expect(restored.frequency('asylum')).toBe(1);
    expect(restored.frequency('korea')).toBe(1);
    expect(restored.search(query('asylum'), 5).map((hit) => hit.doc)).toEqual([2]);
  });
});
