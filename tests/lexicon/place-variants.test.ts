import { describe, expect, it } from 'vitest';
import { placeOf } from '../../lib/lexicon';
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
