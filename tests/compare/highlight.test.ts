import { describe, expect, it } from 'vitest';
import { highlightPieces, occurrences } from '@/lib/compare/highlight';
import { differenceRanges, mergeRanges } from '@/lib/compare/locate';

const slice = (text: string, ranges: { start: number; end: number }[]) => ranges.map((r) => text.slice(r.start, r.end));

describe('highlightPieces', () => {
  it('covers the text exactly, marking only the given ranges', () => {
    const text = 'Officials said 300 soldiers died.';
    const pieces = highlightPieces(text, occurrences(text, '300'));
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces).toEqual([
      { text: 'Officials said ', kind: 'plain' },
      { text: '300', kind: 'difference' },
      { text: ' soldiers died.', kind: 'plain' },
    ]);
  });

  it('marks nothing when there is no range', () => {
    expect(highlightPieces('A plain restatement.', [])).toEqual([{ text: 'A plain restatement.', kind: 'plain' }]);
  });

  it('finds named differences as whole words only', () => {
    expect(occurrences('In 1300 and 300 BC', '300')).toEqual([{ start: 12, end: 15 }]);
    expect(occurrences('anything', '')).toEqual([]);
  });
});

describe('differenceRanges', () => {
  it('finds a number as written, its thousands separator included', () => {
    const text = 'About 1,000 cars were recalled.';
    const ranges = differenceRanges(text, [{ kind: 'number', page: 'About 1,000', reference: '900' }], 'page');
    expect(slice(text, ranges)).toEqual(['About 1,000']);
  });

  it('finds a negated word with the cue nearest before it, not a cue elsewhere', () => {
    const text = 'No one was hurt, but the museum has not reopened.';
    const ranges = differenceRanges(
      text,
      [{ kind: 'polarity', page: 'reopened', reference: 'not … reopened' }],
      'reference',
    );
    expect(slice(text, ranges)).toEqual(['not', 'reopened']);
  });

  it('finds each of several dates the engine joined, and nothing it cannot find', () => {
    const text = 'The fair ran on Friday and Saturday.';
    const dates = [{ kind: 'date' as const, page: 'friday, saturday', reference: 'sunday' }];
    expect(slice(text, differenceRanges(text, dates, 'page'))).toEqual(['Friday', 'Saturday']);
    expect(differenceRanges(text, dates, 'reference')).toEqual([]);
  });

  it('merges overlapping ranges', () => {
    expect(
      mergeRanges([
        { start: 5, end: 9 },
        { start: 0, end: 3 },
        { start: 8, end: 12 },
      ]),
    ).toEqual([
      { start: 0, end: 3 },
      { start: 5, end: 12 },
    ]);
  });
});
