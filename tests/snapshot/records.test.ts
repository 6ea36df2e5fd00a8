import { describe, expect, it } from 'vitest';
import { packStrings, unpackStrings } from '../../lib/snapshot/packed-strings';
import { packRecords, unpackRecords } from '../../lib/snapshot/records';

describe('packed strings', () => {
  it('come back equal and in order, empty and non-ASCII ones too', () => {
    const strings = ['', 'Kyiv', '', 'naïve café 🎉', 'a\u0000b', 'Zelenskyy'];
    expect(unpackStrings(packStrings(strings))).toEqual(strings);
  });
});

describe('packed records', () => {
  it('come back equal: optional fields, flags, numbers, lists, nested records and odd values', () => {
    const records = [
      {
        id: 'a',
        start: 0,
        ratio: 0.2,
        features: { words: [{ stem: 'die', concepts: ['c1', 'c2'], proper: false }], entities: ['north korea'] },
        review: { rating: 'False', appearances: [] },
      },
      {
        id: 'b',
        start: -0,
        ratio: Number.NaN,
        groupId: 'g',
        features: {
          words: [
            { stem: 'soldier', concepts: [], proper: true, cap: 0.35, text: 'Soldiers' },
            { stem: 'kursk', concepts: ['c1', 'c2'], proper: true, place: 'russia' },
          ],
          entities: [],
          quantities: [{ value: 300, high: 300, unit: '', context: ['soldier'] }],
        },
        mixed: 3,
      },
      { id: 'c', start: 7, ratio: 1e300, features: { words: [], entities: ['x'] }, mixed: 'three', nothing: null },
    ];
    const restored = unpackRecords<(typeof records)[number]>(packRecords(records));
    expect(restored).toEqual(records);
    expect(Object.is(restored[1].start, -0)).toBe(true);
  });

  it('leave out undefined fields and share equal string lists', () => {
    const restored = unpackRecords<{ a?: number; list: string[] }>(
      packRecords([
        { a: undefined, list: ['x', 'y'] },
        { a: 1, list: ['x', 'y'] },
      ]),
    );
    expect('a' in restored[0]).toBe(false);
    expect(restored[1].a).toBe(1);
    expect(restored[0].list).toEqual(['x', 'y']);
    expect(restored[0].list).toBe(restored[1].list);
  });

  it('round-trip no records at all', () => {
    expect(unpackRecords(packRecords([]))).toEqual([]);
  });
});
