/**
 * A clause set off as an aside is not the sentence's main predicate; a verb of lasting puts its event after it;
 * a failing and a falling short in the same thing are one fact. Every sentence is written for these tests about invented places,
 * companies and events.
 */
import { describe, expect, it } from 'vitest';
import { analyseSentence } from '../../lib/features/analyse';
import { defaultLexicon } from '../../lib/lexicon/default-lexicon';
import { datedStance, storyStance } from '../helpers/dated-stance';

describe('a sentence with an aside', () => {
  it('agrees on its main clause whatever the aside says in other words', () => {
    expect(
      storyStance(
        'The ferry captain, who escaped with light burns, was arrested by harbour police.',
        'The ferry captain, who survived with minor burns, was detained by harbour police.',
      ).stance,
    ).toBe('supports');
  });

  it('is not restated by a reference that shares only the aside', () => {
    expect(
      storyStance(
        'The ferry captain, who escaped with light burns, was fined by the Drelle court.',
        'The ferry captain escaped with light burns before the Drelle court opened.',
      ).stance,
    ).toBe('related');
  });

  it('keeps a light main verb the predicate ("makes T-shirts")', () => {
    expect(
      storyStance(
        'The Orvel factory, which opened in 2009, makes T-shirts and sportswear.',
        'The Orvel factory opened in 2009 and makes T-shirts and sportswear.',
      ).stance,
    ).toBe('supports');
  });

  it('marks the aside, not the main verb', () => {
    const words = analyseSentence('The captain, who escaped with light burns, was arrested.', defaultLexicon).features
      .words;
    expect(words.filter((word) => word.aside).map((word) => word.stem)).toEqual(['escap']);
    expect(words.find((word) => word.stem === 'arrest')?.aside).toBeUndefined();
  });
});

describe('an aside beside a figure', () => {
  it('leaves the level the main clause states to be compared', () => {
    expect(
      storyStance(
        'Core inflation, which strips out fuel and food, came in at 2.6%.',
        'Core inflation, which excludes fuel and food, was 2.3%.',
      ).stance,
    ).toBe('contradicts');
  });

  it('reads "compared with" a figure as a circumstance, not the predicate', () => {
    const words = analyseSentence(
      'The Tarn reservoir held 11.4 per cent of its capacity, compared with 38 per cent a year ago.',
      defaultLexicon,
    ).features.words;
    expect(words.find((word) => word.stem === 'compar')?.adjunct).toBe(true);
  });
});

describe('an aside in the reference', () => {
  it('leaves its main clause to tell an estimate set anew by a later report', () => {
    expect(
      datedStance(
        'Varn Power has raised its estimate of the damage at the Orrin Gorge hydropower plant to 1.9 billion rupees.',
        '2025-07-11',
        'Varn Power, which runs the plant, put the damage at 1.2 billion rupees.',
        '2025-07-08',
      ).stance,
    ).toBe('updates');
  });
});

describe('a first told as a denial of any before', () => {
  it('agrees with "the first time"', () => {
    expect(
      storyStance(
        'Lawyer Imre Vasko said no court in Dorvia had ever before cancelled a mining lease.',
        'Lawyer Imre Vasko said it was the first time a court in Dorvia had cancelled a mining lease.',
      ).stance,
    ).toBe('supports');
  });

  it('is not a denial of it before a time ("before nightfall")', () => {
    expect(
      storyStance(
        'Rescuers did not reach the village of Orsk before nightfall.',
        'Rescuers reached the village of Orsk for the first time since the quake.',
      ).stance,
    ).not.toBe('supports');
  });

  it('still contradicts a plain denial', () => {
    expect(
      storyStance(
        'Lawyer Imre Vasko said no court in Dorvia had cancelled the mining lease.',
        'Lawyer Imre Vasko said a court in Dorvia had cancelled the mining lease.',
      ).stance,
    ).toBe('contradicts');
  });
});

describe('a verb of lasting', () => {
  it('is passed over only for the verb it keeps up, right after it', () => {
    expect(
      storyStance(
        'The airport at Harlow stayed open although 40 flights were cancelled.',
        'The airport at Harlow closed and 40 flights were cancelled.',
      ).stance,
    ).not.toBe('supports');
  });

  it('restates the act it keeps up ("remains suspended" / "suspended")', () => {
    expect(
      storyStance(
        'Varrow Sea Lines remains suspended from the Orlen route.',
        "The maritime authority suspended Varrow Sea Lines' licence for the Orlen route pending an inquiry.",
      ).stance,
    ).toBe('supports');
  });
});

describe('a noun of falling short', () => {
  it('still contradicts its denial ("no shortcomings in")', () => {
    expect(
      storyStance(
        'The Orsk inquiry found no shortcomings in the police response to the riot.',
        'The Orsk inquiry found shortcomings in the police response to the riot.',
      ).stance,
    ).toBe('contradicts');
  });

  it('does not contradict a failure in the same thing', () => {
    expect(
      storyStance(
        'Corvel Bank has been fined 4.2 million euros by the Marren regulator over weaknesses in its payment checks.',
        'The Marren regulator fined Corvel Bank 4.2 million euros for failures in its payment checks.',
      ).stance,
    ).toBe('supports');
  });
});
