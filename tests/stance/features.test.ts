import { describe, expect, it } from 'vitest';
import { defaultLexicon } from '../../lib/lexicon/default-lexicon';
import { stanceFeatures } from '../../lib/stance/features';

const claim = 'A farmer in Wales grew a pumpkin weighing 900 kilograms';
const features = (sentence: string, reference = claim) => stanceFeatures(reference, sentence, defaultLexicon);

describe('stanceFeatures', () => {
  it('gives named values from 0 to 1, with a bias of 1', () => {
    const values = features('Welsh farmer grows a pumpkin that weighs 900 kilograms, his family says');
    expect(values.get('bias')).toBe(1);
    for (const [name, value] of values) {
      expect(value, name).toBeGreaterThanOrEqual(0);
      expect(value, name).toBeLessThanOrEqual(1);
    }
  });

  it('aligns a restatement closely and an unrelated sentence not at all', () => {
    const restated = features('Farmer in Wales grows 900-kilogram pumpkin');
    const unrelated = features('Stock markets closed higher on Tuesday after a quiet session');
    expect(restated.get('align.score')).toBeGreaterThan(0.4);
    expect(unrelated.get('align.score')).toBe(0);
    expect(unrelated.get('align.none')).toBe(1);
    expect(restated.get('align.none')).toBe(0);
  });

  it('counts the cues of the sentence and of the reference separately', () => {
    const values = features('Giant pumpkin grown in Wales is a hoax, farmer admits', `Reportedly, ${claim}`);
    expect(values.get('sentence.refuting')).toBeGreaterThan(0);
    expect(values.get('cue.refuting.hoax')).toBe(1);
    expect(values.get('sentence.hedge')).toBe(0);
    expect(values.get('reference.hedge')).toBeGreaterThan(0);
  });

  it('notices shared words negated on one side only', () => {
    const negated = features('A farmer in Wales did not grow a pumpkin weighing 900 kilograms');
    const plain = features('A farmer in Wales grew a pumpkin weighing 900 kilograms');
    expect(negated.get('polarity.sentenceNegates')).toBeGreaterThan(0);
    expect(negated.get('polarity.negationMismatch')).toBe(1);
    expect(plain.get('polarity.sentenceNegates')).toBe(0);
    expect(plain.get('polarity.negationMismatch')).toBe(0);
  });

  it('notices a number that disagrees with the claim’s', () => {
    expect(
      features('A farmer in Wales grew a pumpkin weighing 300 kilograms').get('quantity.conflicts'),
    ).toBeGreaterThan(0);
    expect(features('A farmer in Wales grew a pumpkin weighing 900 kilograms').get('quantity.conflicts')).toBe(0);
  });

  it('is the same for the same pair however often it is computed', () => {
    const sentence = 'Could a Welsh pumpkin really weigh 900 kilograms?';
    expect([...features(sentence)]).toEqual([...features(sentence)]);
  });
});
