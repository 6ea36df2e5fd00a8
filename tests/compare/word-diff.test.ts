import { describe, expect, it } from 'vitest';
import { highlightPieces, occurrences } from '@/lib/compare/highlight';
import { withWordDiffs, wordDiff } from '@/lib/compare/word-diff';
import { annotation } from '../content/fixtures';

const slice = (text: string, ranges: { start: number; end: number }[]) => ranges.map((r) => text.slice(r.start, r.end));

describe('wordDiff', () => {
  it('marks the words each side does not share, numbers included', () => {
    const page = 'Officials said 300 soldiers died on Monday.';
    const reference = 'Officials said 3,000 soldiers died on Tuesday.';
    const diff = wordDiff(page, reference);
    expect(slice(page, diff.a)).toEqual(['300', 'Monday']);
    expect(slice(reference, diff.b)).toEqual(['3,000', 'Tuesday']);
  });

  it('joins neighbouring changed words and ignores case', () => {
    const diff = wordDiff('The Minister did not resign.', 'the minister resigned.');
    expect(slice('The Minister did not resign.', diff.a)).toEqual(['did not resign']);
    expect(slice('the minister resigned.', diff.b)).toEqual(['resigned']);
  });

  it('marks nothing for identical sentences', () => {
    expect(wordDiff('Same words here.', 'same words here.')).toEqual({ a: [], b: [] });
  });
});

describe('withWordDiffs', () => {
  it("adds each match's word diff against the page sentence, and keeps null as null", () => {
    const page = 'Officials said 300 soldiers were deployed on Monday.';
    const result = withWordDiffs(annotation(page));
    expect(result.matches).toHaveLength(2);
    const { wordDiff: diff } = result.matches[0];
    expect(slice(page, diff!.page)).toEqual(['300', 'Monday']);
    expect(slice(result.matches[0].referenceClaim, diff!.reference)).toEqual(['3,000', 'Tuesday']);
    expect(withWordDiffs(null)).toBeNull();
  });
});

describe('highlightPieces', () => {
  it('covers the text exactly, named differences over diff words', () => {
    const text = 'Officials said 300 soldiers died.';
    const pieces = highlightPieces(text, [{ start: 15, end: 27 }], occurrences(text, '300'));
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces).toEqual([
      { text: 'Officials said ', kind: 'plain' },
      { text: '300', kind: 'difference' },
      { text: ' soldiers', kind: 'changed' },
      { text: ' died.', kind: 'plain' },
    ]);
  });

  it('finds named differences as whole words only', () => {
    expect(occurrences('In 1300 and 300 BC', '300')).toEqual([{ start: 12, end: 15 }]);
    expect(occurrences('anything', '')).toEqual([]);
  });
});
