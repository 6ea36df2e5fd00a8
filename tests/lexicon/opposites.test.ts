import { describe, expect, it } from 'vitest';
import { oppositeLemmaPairs } from '../../lib/lexicon';
import { oppositePairs } from '../../scripts/lexicon/opposites';
import { readWordNet } from '../../scripts/lexicon/wordnet';

describe('opposites: WordNet antonym pairs', () => {
  it('pairs the members of two antonym senses, phrases too, each pair once and sorted', () => {
    const pairs = oppositePairs(readWordNet(), () => true);
    expect(pairs).toContain('accept~reject');
    expect(pairs).toContain('accept~turn_down');
    expect(pairs).toContain('open~shut_down');
    expect(pairs.every((pair) => pair.split('~')[0] < pair.split('~')[1])).toBe(true);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('keeps only the lemmas asked for', () => {
    const pairs = oppositePairs(readWordNet(), (lemma) => !lemma.includes('_'));
    expect(pairs).toContain('open~shut');
    expect(pairs.some((pair) => pair.includes('_'))).toBe(false);
  });

  it('ships the pairs of lemmas seen in tagged text in the lexicon', () => {
    const pairs = oppositeLemmaPairs().map(([a, b]) => `${a}~${b}`);
    expect(pairs).toContain('open~shut');
    expect(pairs).toContain('win~lose'.split('~').sort().join('~'));
    expect(pairs).not.toContain('hire~bring_in');
  });
});
