/**
 * A figure that has risen to its value in a newer report, counts done by a time, a thing demanded, a subject of a
 * denied predicate, a modifier past a denied verb, a place against a thing, and a vague part of a whole. Every
 * sentence is written for these tests about invented places, unions and companies.
 */
import { describe, expect, it } from 'vitest';
import { analyseSentence } from '../../lib/features/analyse';
import { WHOLE } from '../../lib/features/predicate';
import { defaultLexicon } from '../../lib/lexicon/default-lexicon';
import { saysTallySoFar } from '../../lib/time/update';
import { storyStance } from '../helpers/dated-stance';
import { negatedStems } from '../helpers/negated';

const later = { page: '2025-03-07', reference: '2025-03-04' };
const earlier = { page: '2025-03-04', reference: '2025-03-07' };

describe('a figure the newer report says has risen to it', () => {
  const page =
    'The number of nurses on strike in Tarsk has climbed to more than 9,000, their union said on Friday, as the walkout entered its fifth day.';
  const reference = "The Tarsk nurses' union said about 4,000 nurses had joined the strike in Tarsk on its first day.";

  it('is an update of the older, lower figure', () => {
    const result = storyStance(page, reference, later);
    expect(result.stance).toBe('updates');
    expect(result.time?.newer).toBe('page');
  });

  it('is no update when the report that says so is the older one', () => {
    expect(storyStance(page, reference, earlier).stance).toBe('contradicts');
  });
});

describe('a count done by a time', () => {
  it('is a tally so far, by a weekday and its part of the day or by the end of a day', () => {
    expect(saysTallySoFar('By Thursday afternoon, councillors had filed 58 objections, the press office said.')).toBe(
      true,
    );
    expect(saysTallySoFar("Councillors had filed 37 objections by the end of Wednesday's session.")).toBe(true);
    expect(saysTallySoFar('Objections must be filed by the end of Wednesday.')).toBe(false);
  });

  it('gives an update between two reports a day apart', () => {
    const result = storyStance(
      'By Thursday afternoon, councillors had filed 58 objections, the press office said.',
      "Councillors had filed 37 objections by the end of Wednesday's session, the council's press office said.",
      { page: '2025-11-06', reference: '2025-11-05' },
    );
    expect(result.stance).toBe('updates');
  });
});

describe('a thing demanded', () => {
  it('is not said done, so a denial that it was done does not contradict it', () => {
    const result = storyStance(
      "The Velk dockers' union is demanding a 40% rise.",
      "The Velk dockers' union is demanding a 40% increase in basic pay, which it says has not been raised since 2019.",
    );
    expect(result.stance).not.toBe('contradicts');
  });
});

describe('a subject of a denied predicate', () => {
  it('is denied as the object of a denied verb is', () => {
    const result = storyStance(
      'The harbour minister said the strike was illegal, saying legally required mediation had not taken place.',
      'The harbour minister said the strike was illegal because the union had not completed the mediation required by law.',
    );
    expect(result.stance).not.toBe('contradicts');
  });

  it('still contradicts the plain statement that it took place', () => {
    const result = storyStance(
      'The harbour minister said mediation had not taken place before the strike.',
      'The harbour minister said mediation had taken place before the strike.',
    );
    expect(result.stance).toBe('contradicts');
  });
});

describe('a modifier past a denied verb', () => {
  const negated = negatedStems;

  it('is not denied: what the law requires still holds', () => {
    const words = negated('The union had not completed the mediation required by law.');
    expect(words).toContain('mediat');
    expect(words).not.toContain('requir');
  });

  it('a verb right after a denied verb is still denied', () => {
    expect(negated('The council did not approve or fund the bridge.')).toEqual(
      expect.arrayContaining(['approv', 'fund']),
    );
  });
});

describe('a place against a thing', () => {
  it('gives no contradiction: a country and a mine in it are not one producer for sure', () => {
    const result = storyStance(
      'Chile produced about 50,000 tonnes of copper last year.',
      'The mine produced 38,000 tonnes of copper last year.',
    );
    expect(result.stance).not.toBe('contradicts');
  });

  it('leaves two figures of one named subject to contradict', () => {
    const result = storyStance(
      'The Karsk mine produced about 50,000 tonnes of copper last year.',
      'The Karsk mine produced 38,000 tonnes of copper last year.',
    );
    expect(result.stance).toBe('contradicts');
  });
});

describe('a vague part of a whole', () => {
  it('makes its figure the whole the part is taken from', () => {
    const [whole] = analyseSentence('Rescuers reached some of the 11 trapped miners.', defaultLexicon).features
      .quantities;
    expect(whole.predicate).toBe(WHOLE);
  });

  it('gives no contradiction with a count of some of them', () => {
    const result = storyStance(
      'Eight miners who had been trapped underground were brought to the surface alive late on Wednesday.',
      'Rescuers had made contact by radio with some of the 11 trapped miners, who were reported to have air and water.',
    );
    expect(result.stance).not.toBe('contradicts');
  });
});

describe('a demand denied', () => {
  it('contradicts the demand made: the demand itself is what one side denies', () => {
    const result = storyStance(
      'Officials in Velk did not call for a ban on vaping.',
      'Officials in Velk called for a ban on vaping.',
    );
    expect(result.stance).toBe('contradicts');
  });
});

describe('none of a whole', () => {
  it('is a count of its own: "none of the 11 survived" contradicts "eight of the 11 survived"', () => {
    const result = storyStance(
      'None of the 11 miners trapped in Velk survived.',
      'Eight of the 11 miners trapped in Velk survived.',
    );
    expect(result.stance).toBe('contradicts');
  });
});

describe('periods', () => {
  it("a year one side gives in passing is the other side's year too", () => {
    const result = storyStance(
      'Dockers in Velk last went on strike in 2021, when a walkout lasted eleven days.',
      'Dockers in Velk last went on strike in 2021, for nine days.',
      { page: '2025-03-05', reference: '2025-03-04' },
    );
    expect(result.stance).toBe('contradicts');
  });

  it('next year in a report of 2025 is 2026, and a sentence without a year may speak of a plan for it', () => {
    const reference = 'The government of Velk presented a 2026 budget that would raise spending to 42.6 billion marks.';
    const published = { page: '2025-11-06', reference: '2025-11-05' };
    expect(
      storyStance('Velk plans to spend 42.6 billion marks next year under its budget.', reference, published).stance,
    ).toBe('supports');
    expect(
      storyStance('The Velk budget would raise spending to 42.6 billion marks.', reference, published).stance,
    ).toBe('supports');
  });

  it("a year long past is still another period than a report's own", () => {
    const result = storyStance(
      'In 2019, floods in Velk killed 14 people.',
      'Floods in Velk killed 14 people, officials said.',
      { page: '2025-03-05', reference: '2025-03-04' },
    );
    expect(result.stance).toBe('related');
  });
});
