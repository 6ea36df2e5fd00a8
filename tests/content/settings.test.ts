import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, withinLimits } from '@/content/limits';
import { isPausedOn } from '@/content/settings';

describe('isPausedOn', () => {
  const settings = { enabled: true, pausedSites: ['example.com', 'www.news.test'] };
  it('pauses everywhere when ClaimLens is off', () => {
    expect(isPausedOn({ ...settings, enabled: false }, 'other.org')).toBe(true);
  });
  it('pauses a paused site and its subdomains, whatever the www', () => {
    expect(isPausedOn(settings, 'example.com')).toBe(true);
    expect(isPausedOn(settings, 'www.example.com')).toBe(true);
    expect(isPausedOn(settings, 'live.example.com')).toBe(true);
    expect(isPausedOn(settings, 'news.test')).toBe(true);
    expect(isPausedOn(settings, 'notexample.com')).toBe(false);
    expect(isPausedOn(settings, 'other.org')).toBe(false);
  });
});

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
