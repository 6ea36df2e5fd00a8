import { describe, expect, it } from 'vitest';
import { attestedSenses, frequentSenses } from '../../scripts/lexicon/senses';
import type { LemmaSenses } from '../../scripts/lexicon/wordnet';

function senses(tagCounts: number[]): LemmaSenses {
  return { lemma: 'x', pos: 'v', synsets: tagCounts.map((_, i) => `v:${i}`), tagCounts };
}

describe('frequentSenses', () => {
  it('keeps senses until most of the tagged usage is covered', () => {
    expect(frequentSenses(senses([50, 30, 10, 5]))).toEqual(['v:0', 'v:1']);
    expect(frequentSenses(senses([100, 2, 1]))).toEqual(['v:0']);
  });

  it('never keeps more than three senses nor senses never seen in text', () => {
    expect(frequentSenses(senses([10, 10, 10, 10, 10]))).toHaveLength(3);
    expect(frequentSenses(senses([5, 0, 0]))).toEqual(['v:0']);
  });

  it('keeps the first senses of a word with no tagged usage', () => {
    expect(frequentSenses(senses([0, 0, 0, 0]))).toEqual(['v:0', 'v:1', 'v:2']);
  });
});

describe('attestedSenses', () => {
  it('lists senses seen often enough in text to be worth keeping when a synonym keeps them', () => {
    expect(attestedSenses(senses([100, 20, 8, 4, 1]))).toEqual(['v:0', 'v:1', 'v:2']);
  });
});
