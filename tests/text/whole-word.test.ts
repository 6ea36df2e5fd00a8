import { describe, expect, it } from 'vitest';
import { firstWholeWordFrom, lastWholeWordBefore } from '@/lib/text/whole-word';

describe('lastWholeWordBefore', () => {
  it('finds the last whole word before the end, not the word inside another', () => {
    const text = 'no one knew; it is now known that no deaths occurred';
    expect(lastWholeWordBefore(text, 'no', text.indexOf('deaths'))).toBe(text.lastIndexOf('no deaths'));
    expect(lastWholeWordBefore(text, 'no', text.indexOf('now'))).toBe(0);
  });

  it('gives -1 when there is none, or for an empty word', () => {
    expect(lastWholeWordBefore('known now', 'no', 9)).toBe(-1);
    expect(lastWholeWordBefore('no deaths', '', 9)).toBe(-1);
  });
});

describe('firstWholeWordFrom', () => {
  it('finds the first whole word from a position, not the word inside another', () => {
    const text = 'the lake, known as lake orva, has no lakes';
    expect(firstWholeWordFrom(text, 'lake', 0)).toBe(4);
    expect(firstWholeWordFrom(text, 'lake', 5)).toBe(text.indexOf('lake orva'));
    expect(firstWholeWordFrom(text, 'know', 0)).toBe(-1);
  });

  it('gives -1 when there is none, or for an empty word', () => {
    expect(firstWholeWordFrom('known now', 'no', 0)).toBe(-1);
    expect(firstWholeWordFrom('no deaths', '', 0)).toBe(-1);
  });
});
