/**
 * A thing moved through space is no measure moved; "without the required notice" denies the notice; "half that" is
 * no figure; "little" is near enough to "no"; a figure set against one announced before is an update; a figure
 * raised "to a" level, or to a sum of money, was another before; a count "by Friday" is a tally so far; a direction
 * opening a place's name is part of it. Every sentence is written for these tests about invented places.
 */
import { describe, expect, it } from 'vitest';
import { analyseSentence } from '../../lib/features/analyse';
import { earlierFigures } from '../../lib/features/earlier';
import { extractQuantities } from '../../lib/features/quantities';
import { defaultLexicon } from '../../lib/lexicon/default-lexicon';
import { saysTallySoFar } from '../../lib/time/update';
import { storyStance } from '../helpers/dated-stance';

const words = (sentence: string) => analyseSentence(sentence, defaultLexicon).features.words;

describe('a thing moved through space', () => {
  it('moves no measure: a toll that rose is not against a bus that fell into a gorge', () => {
    const result = storyStance(
      "The death toll from Monday's bus crash in the Orsk gorge has risen to 34, police said on Wednesday.",
      'A bus carrying 58 passengers fell about 200 metres into the Orsk gorge on Monday, killing at least 31 people.',
      { page: '2025-03-05', reference: '2025-03-03' },
    );
    expect(result.stance).toBe('updates');
  });

  it('a ferry that sank in a river neither', () => {
    const result = storyStance(
      'The death toll from the ferry capsizing on the Velk river has risen to 31, officials said on Saturday.',
      'A crowded ferry sank in the Velk river on Friday morning, killing at least 23 people, officials said.',
      { page: '2025-03-08', reference: '2025-03-07' },
    );
    expect(result.stance).not.toBe('contradicts');
  });

  it('leaves a measure moved two ways a contradiction', () => {
    const result = storyStance(
      'Exports from Velk rose in March, the ministry said.',
      'Exports from Velk fell in March, the ministry said.',
    );
    expect(result.stance).toBe('contradicts');
  });
});

describe('"without" a thing', () => {
  it('denies the thing past a participle before it and a possessive', () => {
    const sentence = "The stoppage had been called without the legally required 72 hours' notice.";
    const negated = words(sentence)
      .filter((word) => word.negated)
      .map((word) => word.stem);
    expect(negated).toContain('notic');
    expect(negated).not.toContain('requir');
  });

  it('agrees with a denial that the notice was given', () => {
    const result = storyStance(
      "The Orsk company said the stoppage had been called without the legally required 72 hours' notice and was therefore illegal.",
      "The Orsk company said the strike was illegal because the union had not given 72 hours' notice.",
    );
    expect(result.stance).not.toBe('contradicts');
  });
});

describe('"half that"', () => {
  it("is no figure of its own; 'half of this year's budget' still is", () => {
    expect(extractQuantities('The operator has offered half that.')).toEqual([]);
    expect(extractQuantities('Half of it was lost.')).toEqual([]);
    expect(extractQuantities("Half of this year's budget went on roads.").map((quantity) => quantity.value)).toEqual([
      50,
    ]);
  });
});

describe('next to none', () => {
  it('"little emotion" does not contradict "no emotion"; "a little" still does', () => {
    const reference = 'Dorin Vell, 61, showed no emotion in Orsk as the verdict was read.';
    expect(storyStance('Dorin Vell, 61, showed little emotion in the dock in Orsk.', reference).stance).not.toBe(
      'contradicts',
    );
    expect(storyStance('Dorin Vell, 61, showed a little emotion in the dock in Orsk.', reference).stance).toBe(
      'contradicts',
    );
  });
});

describe('a figure set against one given before', () => {
  const page =
    'The company said on Friday that the Orsk plant would create 750 jobs, more than the 600 it had announced on Thursday, after the government agreed to a larger grant.';

  it('gives the earlier figure', () => {
    expect(earlierFigures(page).map((quantity) => quantity.value)).toEqual([600]);
    expect(earlierFigures('The Orsk plant will create 750 jobs, more than the 600 at the old plant.')).toEqual([]);
  });

  it('is an update of it', () => {
    const result = storyStance(
      page,
      'The company said the Orsk plant would cost 95 billion marks and create 600 jobs.',
      {
        page: '2025-11-08',
        reference: '2025-11-06',
      },
    );
    expect(result.stance).toBe('updates');
  });
});

describe('a figure raised to a level', () => {
  it('"raised its offer to a 20% pay increase" was less before', () => {
    const result = storyStance(
      'Orsk Oil has raised its offer to a 20% pay increase.',
      'Orsk Oil has offered a 15% pay rise from January.',
      {
        page: '2025-11-08',
        reference: '2025-11-04',
      },
    );
    expect(result.stance).toBe('updates');
  });

  it('a sum raised to billions of a currency the engine does not know was less before', () => {
    const result = storyStance(
      'A supplementary bill passed on Friday raised planned spending to 40.3 billion marks, to cover higher pensions.',
      'Spending is planned at 39.8 billion marks, 6% more than this year.',
      { page: '2025-11-08', reference: '2025-11-04' },
    );
    expect(result.stance).toBe('updates');
  });
});

describe('a count reached by a day', () => {
  it('is a tally so far, a figure with thousands between', () => {
    expect(saysTallySoFar('Cocoa arrivals at Velk ports had reached about 705,000 tonnes by Friday.')).toBe(true);
  });
});

describe('a direction opening a name', () => {
  it('is part of a place the lexicon does not know, not of a country it knows', () => {
    expect(words('Central Lombok has reported 410 cases.')[0]).toMatchObject({ text: 'Central', proper: true });
    expect(words("South Korea's spy agency said so.")[0]).toMatchObject({ text: 'South', proper: false });
  });

  it('tells two places apart', () => {
    const result = storyStance(
      'Central Lombok has reported 410 cases.',
      'East Lombok regency is the worst affected, with 830 cases.',
    );
    expect(result.stance).not.toBe('contradicts');
  });
});

describe('what a review of these rules found reaching too far', () => {
  it('a measure that fell in a river or sank into recession still moved opposite to one that rose', () => {
    expect(
      storyStance(
        'Pollution levels rose in the Kelto river last week, the agency said.',
        'Pollution levels fell in the Kelto river last week, the agency said.',
      ).stance,
    ).toBe('contradicts');
    expect(
      storyStance(
        "Norland's economy sank into recession in the third quarter.",
        "Norland's economy grew in the third quarter.",
      ).stance,
    ).toBe('contradicts');
  });

  it('"few" is some, not none', () => {
    expect(
      storyStance(
        'There were few injuries when the Kelto stadium roof collapsed, officials said.',
        'There were no injuries when the Kelto stadium roof collapsed, officials said.',
      ).stance,
    ).toBe('contradicts');
  });

  it('a figure reported elsewhere is no earlier figure of this one', () => {
    expect(
      earlierFigures('Kelto has counted 420 cases, more than the 300 reported in neighbouring Tarvia.').map(
        (quantity) => quantity.value,
      ),
    ).toEqual([]);
  });
});
