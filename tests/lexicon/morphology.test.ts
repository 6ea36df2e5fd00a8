import { describe, expect, it } from 'vitest';
import { lemmatizeWith, type UsageLookup } from '../../lib/lexicon/morphology';

/** A tiny lemma list: word → tag counts per part of speech. */
const LEMMAS: Record<string, Record<string, number>> = {
  walk: { n: 3, v: 40 },
  box: { n: 20 },
  hop: { v: 5 },
  hope: { n: 10, v: 30 },
  means: { n: 60 },
  mean: { n: 10, v: 200 },
  arms: { n: 11 },
  arm: { n: 100 },
  wounded: { n: 1, a: 19 },
  wound: { n: 24, v: 5 },
};
const usage: UsageLookup = (lemma) => (Object.hasOwn(LEMMAS, lemma) ? LEMMAS[lemma] : undefined);

describe('lemmatizeWith', () => {
  it('keeps a suffix rule only when it reaches a lemma of the right part of speech', () => {
    expect(lemmatizeWith('walked', usage)).toBe('walk');
    expect(lemmatizeWith('walks', usage)).toBe('walk');
    expect(lemmatizeWith('boxes', usage)).toBe('box');
    expect(lemmatizeWith('boxed', usage)).toBe('boxed');
  });

  it('tells doubled consonants from silent e', () => {
    expect(lemmatizeWith('hopping', usage)).toBe('hop');
    expect(lemmatizeWith('hoping', usage)).toBe('hope');
  });

  it('weighs a word that is a lemma itself against its base', () => {
    expect(lemmatizeWith('means', usage)).toBe('means');
    expect(lemmatizeWith('arms', usage)).toBe('arm');
    expect(lemmatizeWith('wounded', usage)).toBe('wound');
  });

  it('uses the irregular table whatever the lemma list says', () => {
    expect(lemmatizeWith('went', usage)).toBe('go');
  });
});
