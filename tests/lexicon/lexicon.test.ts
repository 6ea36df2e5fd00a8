import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { conceptsOf, conceptsOfPhrase, isStopWord, lemmatize, placeOf } from '../../lib/lexicon';

/** True when the lemmas of two words share at least one concept. */
function shareConcept(a: string, b: string): boolean {
  const concepts = new Set(conceptsOf(lemmatize(a)));
  return conceptsOf(lemmatize(b)).some((concept) => concepts.has(concept));
}

describe('lemmatize', () => {
  it.each([
    ['took', 'take'],
    ['taken', 'take'],
    ['fled', 'flee'],
    ['men', 'man'],
    ['women', 'woman'],
    ['children', 'child'],
    ['died', 'die'],
    ['dying', 'die'],
    ['said', 'say'],
    ['held', 'hold'],
    ['was', 'be'],
    ['were', 'be'],
    ['has', 'have'],
    ['caught', 'catch'],
    ['sought', 'seek'],
    ['better', 'good'],
    ['crises', 'crisis'],
    // Prefixed forms of irregular verbs.
    ['overran', 'overrun'],
    ['undertook', 'undertake'],
    ['withheld', 'withhold'],
    ['outgrew', 'outgrow'],
    ['rewrote', 'rewrite'],
  ])('undoes the irregular form %s → %s', (word, lemma) => {
    expect(lemmatize(word)).toBe(lemma);
  });

  it('leaves a word that only starts like a prefix alone', () => {
    expect(lemmatize('outfit')).toBe('outfit');
    expect(lemmatize('rebound')).toBe('rebound');
  });

  it.each([
    ['killed', 'kill'],
    ['wounded', 'wound'],
    ['injured', 'injure'],
    ['asked', 'ask'],
    ['countries', 'country'],
    ['buses', 'bus'],
    ['stopped', 'stop'],
    ['running', 'run'],
    ['tried', 'try'],
    ['bigger', 'big'],
    ['largest', 'large'],
    ['negotiations', 'negotiation'],
    ['prepared', 'prepare'],
  ])('undoes the regular suffix of %s → %s', (word, lemma) => {
    expect(lemmatize(word)).toBe(lemma);
  });

  it('keeps words that are lemmas in their own right more often than their base', () => {
    expect(lemmatize('evening')).toBe('evening');
    expect(lemmatize('species')).toBe('species');
    expect(lemmatize('news')).toBe('news');
    expect(lemmatize('dead')).toBe('dead');
    expect(lemmatize('willing')).toBe('willing');
    expect(lemmatize('interesting')).toBe('interesting');
    expect(lemmatize('leading')).toBe('lead');
  });

  it('lower-cases, drops possessives and leaves stop words alone', () => {
    expect(lemmatize('Soldiers')).toBe('soldier');
    expect(lemmatize("Russia's")).toBe('russia');
    expect(lemmatize('officials’')).toBe('official');
    expect(lemmatize('us')).toBe('us');
    expect(lemmatize('its')).toBe('its');
  });

  it('inflects the last part of an unknown hyphenated compound', () => {
    expect(lemmatize('ex-soldiers')).toBe('ex-soldier');
    expect(lemmatize('pro-government')).toBe('pro-government');
  });

  it('returns unknown words lower-cased and otherwise unchanged', () => {
    expect(lemmatize('Xyzzyqed')).toBe('xyzzyqed');
    expect(lemmatize('')).toBe('');
    expect(lemmatize('__proto__')).toBe('__proto__');
  });
});

describe('conceptsOf', () => {
  it.each([
    ['killed', 'died'],
    ['died', 'dead'],
    ['killed', 'dead'],
    ['death', 'died'],
    ['injured', 'wounded'],
    ['wounded', 'hurt'],
    ['injured', 'hurt'],
    ['asylum', 'refuge'],
    ['participate', 'participation'],
    ['involvement', 'participation'],
    ['request', 'asked'],
    ['willing', 'prepared'],
    ['discuss', 'discussion'],
    ['captured', 'caught'],
    ['defected', 'deserted'],
  ])('gives %s and %s a shared concept', (a, b) => {
    expect(shareConcept(a, b)).toBe(true);
  });

  it.each([
    ['killed', 'wounded'],
    ['asked', 'denied'],
    ['soldier', 'civilian'],
    ['increase', 'decrease'],
    ['north', 'south'],
    ['few', 'many'],
    ['alive', 'dead'],
    ['win', 'lose'],
    ['father', 'mother'],
    ['accept', 'reject'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(shareConcept(a, b)).toBe(false);
  });

  it('keeps very polysemous words to a few concepts', () => {
    for (const word of ['take', 'get', 'make', 'run', 'set', 'go', 'break', 'line']) {
      expect(conceptsOf(word).length).toBeGreaterThan(0);
      expect(conceptsOf(word).length).toBeLessThanOrEqual(16);
    }
  });

  it('accepts phrases written with spaces or underscores', () => {
    expect(conceptsOf('take part')).toEqual(conceptsOf('take_part'));
    expect(conceptsOf('take part').some((concept) => conceptsOf('participate').includes(concept))).toBe(true);
  });

  it('returns no concepts for unknown words', () => {
    expect(conceptsOf('xyzzyq')).toEqual([]);
    expect(conceptsOf('')).toEqual([]);
    expect(conceptsOf('constructor plugh')).toEqual([]);
  });
});

describe('conceptsOfPhrase', () => {
  const lemmas = (text: string) => text.split(' ').map(lemmatize);

  it('finds the multi-word lemma that starts at a position', () => {
    const phrase = conceptsOfPhrase(lemmas('they took part in the talks'), 1);
    expect(phrase?.length).toBe(2);
    expect(phrase?.concepts.some((concept) => conceptsOf('participate').includes(concept))).toBe(true);
    expect(conceptsOfPhrase(lemmas('troops handed over the city'), 1)?.length).toBe(2);
    expect(conceptsOfPhrase(lemmas('North Korea fired'), 0)?.length).toBe(2);
  });

  it('matches phrases whose words were inflected in WordNet', () => {
    expect(conceptsOfPhrase(lemmas('the armed forces'), 1)?.length).toBe(2);
  });

  it('prefers the longest phrase', () => {
    expect(conceptsOfPhrase(lemmas('United States of America'), 0)?.length).toBe(4);
    expect(conceptsOfPhrase(lemmas('United States officials'), 0)?.length).toBe(2);
  });

  it('returns undefined where no phrase starts', () => {
    expect(conceptsOfPhrase(lemmas('they took part'), 0)).toBeUndefined();
    expect(conceptsOfPhrase(['kill'], 0)).toBeUndefined();
    expect(conceptsOfPhrase([], 0)).toBeUndefined();
    expect(conceptsOfPhrase(['take', 'part'], 5)).toBeUndefined();
  });
});

describe('placeOf', () => {
  it.each([
    ['pyongyang', 'north korea'],
    ['kiev', 'ukraine'],
    ['seoul', 'south korea'],
    ['moscow', 'russia'],
    ['ukrainian', 'ukraine'],
    ['russian', 'russia'],
    ['french', 'france'],
    ['British', 'united kingdom'],
    ['DPRK', 'north korea'],
    ['north_korea', 'north korea'],
    ['Ukraine', 'ukraine'],
  ])('maps %s to %s', (word, country) => {
    expect(placeOf(word)).toBe(country);
  });

  it.each([
    ['Estonian', 'estonia'],
    ['Tallinn', 'estonia'],
    ['latvian', 'latvia'],
    ['Vilnius', 'lithuania'],
    ['Serbian', 'serbia'],
    ['Belgrade', 'serbia'],
    ['Montenegrin', 'montenegro'],
    ['Czech', 'czech republic'],
    ['Slovak', 'slovakia'],
    ['Kyrgyz', 'kyrgyzstan'],
    ['Eswatini', 'swaziland'],
  ])('maps %s, of a state WordNet 3.1 files as a region or names otherwise, to %s', (word, country) => {
    expect(placeOf(word)).toBe(country);
  });

  it('returns undefined for words that name no country', () => {
    expect(placeOf('soldier')).toBeUndefined();
    expect(placeOf('us')).toBeUndefined();
    expect(placeOf('')).toBeUndefined();
    expect(placeOf('toString')).toBeUndefined();
  });
});

describe('isStopWord', () => {
  it('knows English function words, whatever their case', () => {
    expect(isStopWord('the')).toBe(true);
    expect(isStopWord('The')).toBe(true);
    expect(isStopWord('would')).toBe(true);
    expect(isStopWord('don’t')).toBe(true);
  });

  it('does not treat content words as stop words', () => {
    expect(isStopWord('killed')).toBe(false);
    expect(isStopWord('ukraine')).toBe(false);
    expect(isStopWord('')).toBe(false);
  });
});

describe('lexicon data', () => {
  it('stays within its size budget', () => {
    const file = fileURLToPath(new URL('../../lib/lexicon/data/lexicon.json', import.meta.url));
    expect(statSync(file).size).toBeLessThanOrEqual(2.5 * 1024 * 1024);
  });
});

describe('British and American spelling', () => {
  it('meet at the American lemma when the lexicon knows it', () => {
    expect(lemmatize('organised')).toBe('organize');
    expect(lemmatize('organisation')).toBe('organization');
    expect(lemmatize('analysed')).toBe('analyze');
    expect(lemmatize('labour')).toBe('labor');
    expect(lemmatize('defence')).toBe('defense');
    expect(lemmatize('centre')).toBe('center');
    expect(lemmatize('catalogue')).toBe('catalog');
  });

  it('leave words alone that only look British', () => {
    for (const word of ['rise', 'raise', 'wise', 'premise', 'four', 'hour', 'fence', 'sentence', 'acre', 'genre']) {
      expect(lemmatize(word)).toBe(word);
    }
  });
});
