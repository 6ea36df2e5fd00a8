import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, withinLimits } from '@/content/limits';

describe('withinLimits', () => {
  it('keeps blocks in order within the budgets and leaves out over-long ones', () => {
    const limits = { ...DEFAULT_LIMITS, maxBlocks: 2, maxChars: 100, maxBlockChars: 50 };
    const blocks = ['a'.repeat(10), 'b'.repeat(60), 'c'.repeat(40), 'd'.repeat(10)].map((text) => ({ text }));
    const { kept, tooLong, overBudget } = withinLimits(blocks, limits);
    expect(kept.map((b) => b.text[0])).toEqual(['a', 'c']);
    expect(tooLong.map((b) => b.text[0])).toEqual(['b']);
    expect(overBudget.map((b) => b.text[0])).toEqual(['d']);
  });
});
