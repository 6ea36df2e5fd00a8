import { describe, expect, it } from 'vitest';
import { lastWholeWordBefore } from '@/lib/text/whole-word';

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
