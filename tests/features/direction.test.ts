/** Verbs of change and the way they move what they measure. */
import { describe, expect, it } from 'vitest';
import { analyseSentence } from '../../lib/features/analyse';
import { changeOf, directionOf } from '../../lib/features/direction';
import { defaultLexicon } from '../../lib/lexicon/default-lexicon';

const change = (sentence: string) => changeOf(analyseSentence(sentence, defaultLexicon).features)?.direction;

describe('the direction of a change', () => {
  it('is read from the verb, in any tense', () => {
    expect(change('Exports rose 3% in the first quarter.')).toBe('up');
    expect(change('The bank has cut its main rate.')).toBe('down');
    expect(change('Sales are falling across the region.')).toBe('down');
  });

  it('is none when the sentence moves two ways, or denies the change', () => {
    expect(change('Exports rose while imports fell.')).toBeUndefined();
    expect(change('The bank did not raise its rate.')).toBeUndefined();
    expect(change('The bridge reopened on Monday.')).toBeUndefined();
  });

  it('is none for a verb of becoming ("fell ill", "grew tired")', () => {
    expect(change('At least 40 people in Corrow have fallen ill after drinking tap water.')).toBeUndefined();
    expect(change('The crowd fell silent as the names were read.')).toBeUndefined();
    expect(change('Fares fell sharply in the spring.')).toBe('down');
  });

  it('is looked up by stem', () => {
    expect(directionOf('increas')).toBe('up');
    expect(directionOf('declin')).toBe('down');
    expect(directionOf('open')).toBeUndefined();
  });
});
