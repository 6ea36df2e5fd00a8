import { describe, expect, it } from 'vitest';
import { analyseSentence } from '../../lib/features/analyse';
import { isFirstName, placeOf } from '../../lib/lexicon';
import { defaultLexicon } from '../../lib/lexicon/default-lexicon';
import { placeVariantFinder } from '../../lib/lexicon/place-variants';

describe('placeVariantFinder', () => {
  const find = placeVariantFinder(['kyyiv', 'tehran', 'oman', 'ghana', 'mali', 'iran', 'moscow', 'new delhi', 'uae']);

  it('finds place words one inner letter inserted, removed or swapped away', () => {
    expect(find('kyiv')).toEqual(['kyyiv']);
    expect(find('teheran')).toEqual(['tehran']);
    expect(find('moskow')).toEqual(['moscow']);
  });

  it('does not take names one letter off a country for places', () => {
    expect(find('omar')).toEqual([]); // last letter differs
    expect(find('ghani')).toEqual([]);
    expect(find('malik')).toEqual([]); // letter added at the end
    expect(find('ivan')).toEqual([]); // "v" and "r" are not swapped by transliteration
  });

  it('ignores short words, phrases, place words themselves and non-letters', () => {
    expect(find('uaes')).toEqual([]);
    expect(find('tehran')).toEqual([]);
    expect(find('new delhy')).toEqual([]);
    expect(find('ky-iv')).toEqual([]);
    expect(find('')).toEqual([]);
  });
});

describe('placeOf with spelling variants', () => {
  it.each([
    ['Kyiv', 'ukraine'],
    ['kyiv', 'ukraine'],
    ['Moskow', 'russia'],
    ['Damaskus', 'syria'],
  ])('maps the variant %s to %s', (word, country) => {
    expect(placeOf(word)).toBe(country);
  });

  it('leaves English words and unrelated names alone', () => {
    expect(placeOf('Omar')).toBeUndefined();
    expect(placeOf('Ghani')).toBeUndefined();
    expect(placeOf('Malik')).toBeUndefined();
    expect(placeOf('Paris')).toBe('france');
    // "Chili" is one letter from "Chile" but WordNet knows it as a word of its own.
    expect(placeOf('Chili')).toBeUndefined();
  });

  it('gives the same answer when asked again', () => {
    expect(placeOf('Kyiv')).toBe(placeOf('Kyiv'));
    expect(placeOf('Xyzzyq')).toBeUndefined();
    expect(placeOf('Xyzzyq')).toBeUndefined();
  });
});

describe('person names are not read as place variants', () => {
  const placesIn = (sentence: string) =>
    analyseSentence(sentence, defaultLexicon)
      .features.words.filter((word) => word.place !== undefined)
      .map((word) => `${word.text}:${word.place}`);

  it('knows first names, and placeOf can leave variants out', () => {
    expect(isFirstName('Bernie')).toBe(true);
    expect(isFirstName('cameron')).toBe(true);
    expect(isFirstName('Kyiv')).toBe(false);
    // A first name is still a variant to placeOf; the analysis decides in context.
    expect(placeOf('Cameron')).toBe('cameroon');
    expect(placeOf('Kyiv', false)).toBeUndefined();
    expect(placeOf('Paris', false)).toBe('france');
  });

  it('does not read a known first name as a place one edit away', () => {
    expect(placesIn('Bernie told the rally that prices will fall.')).toEqual([]);
    expect(placesIn('Voters cheered when Angela arrived at the hall.')).toEqual([]);
    expect(placesIn('Cameron Whitlock won the seat by a few votes.')).toEqual([]);
  });

  it('does not read a surname after a given name as a place', () => {
    // "Moskow" (one edit from "Moscow") after a first name, an initial, or a given name the lexicon does not know.
    expect(placesIn('The report by Ashkan Moskow was published.')).toEqual([]);
    expect(placesIn('A statement from J. Moskow followed.')).toEqual([]);
    expect(placesIn('Her lawyer, Simon Moskow, declined to comment.')).toEqual([]);
  });

  it('still reads spelling variants of places, alone or before a word such as Oblast', () => {
    expect(placesIn('Shelling hit Kyiv overnight.')).toEqual(['Kyiv:ukrain']);
    expect(placesIn('Officials in Kyiv Oblast said the bridge was hit.')).toEqual(['Kyiv:ukrain']);
    expect(placesIn('Diplomats from Moskow and Teheran met.')).toEqual(['Moskow:russia', 'Teheran:iran']);
    // An exact place is a place whatever stands next to it.
    expect(placesIn('Jordan Peterson spoke in Paris.')).toContain('Paris:franc');
  });
});
