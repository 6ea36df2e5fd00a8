import { describe, expect, it } from 'vitest';
import { analyseSentence } from '../../lib/features/analyse';

const negated = (sentence: string) =>
  analyseSentence(sentence)
    .features.words.filter((word) => word.negated)
    .map((word) => word.stem);

describe('negation scope', () => {
  it('negates the words after a cue, not names', () => {
    expect(negated('The soldiers have not asked to be resettled in South Korea.')).toEqual(['ask', 'resettl']);
  });

  it('treats denial and refusal as negation', () => {
    expect(negated('The agency denied that it had taken part in questioning.')).toContain('taken');
    expect(negated('The agency refused to discuss the matter.')).toContain('discuss');
  });

  it('stops at a clause boundary', () => {
    const words = negated('They did not attend, but the ministry sent a statement.');
    expect(words).toEqual(['attend']);
  });

  it('counts cues, including contractions', () => {
    expect(analyseSentence("He didn't say and never will.").features.negations).toBe(2);
    expect(analyseSentence('Troops were deployed to the border.').features.negations).toBe(0);
  });
});
