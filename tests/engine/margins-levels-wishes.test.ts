/**
 * Figures that are not the plain count they look like: a possessive before the counted noun says whose, not what
 * ("the three main employers' unions"); a margin between two sides ("64 votes ahead", "led by 57 votes") is the size
 * of a difference, never a total; a level ("stood at 11.7 per cent on Sunday") may have gone either way by another
 * day; and a figure someone wants ("had wanted the fare cut to 2 euros") is no account of what is. Written for these
 * tests about invented events.
 */
import { describe, expect, it } from 'vitest';
import { analyseSentence } from '../../lib/features/analyse';
import { defaultLexicon } from '../../lib/lexicon/default-lexicon';
import { align } from '../../lib/match/similarity';
import { otherPeriod } from '../../lib/time/period';
import { saysTallySoFar } from '../../lib/time/update';
import { datedStance, storyStance } from '../helpers/dated-stance';

const figures = (sentence: string) => analyseSentence(sentence, defaultLexicon).features.quantities;
const features = (sentence: string) => analyseSentence(sentence, defaultLexicon).features;
/** The figures the matcher pairs across two sentences, as "page~reference". */
const pairs = (page: string, reference: string) =>
  align(features(page), features(reference), () => 1).quantities.map(
    (pair) => `${pair.page.text}~${pair.reference.text}`,
  );

describe('a possessive before the counted noun', () => {
  it('is whose the things are, not what is counted', () => {
    expect(figures('The pact was also signed by the three main growers’ associations.')[0].head).toBe('associ');
    expect(figures("The pact was also signed by the three main growers' associations.")[0].head).toBe('associ');
    expect(figures("Inspectors checked 14 of the port's cranes.")[0].head).toBe('crane');
  });

  it('leaves a plain count alone, and a plural possessive right after the number', () => {
    expect(figures('The three main growers signed the pact.')[0].head).toBe('grower');
    expect(figures("Divers recovered the 15 miners' bodies on Monday.")[0].head).toBe('miner');
  });

  it('keeps a count of employees apart from a count of employers’ confederations', () => {
    expect(
      pairs(
        'The pact covers about 52,000 state employees and was signed at the ministry.',
        "The smaller union signed the pact, as did the three main employers' confederations.",
      ),
    ).toEqual([]);
  });
});

describe('a phrase opened by an -ing word in a noun’s place', () => {
  const verbs = (sentence: string) =>
    features(sentence)
      .words.filter((word) => word.verb)
      .map((word) => word.stem);
  it('is a noun: "at three polling stations", "the polling station"', () => {
    expect(verbs('Observers found faults at three polling stations.')).not.toContain('poll_station');
    expect(verbs('Voters queued outside the polling station.')).not.toContain('poll_station');
  });

  it('stays a verb after its subject: "were taking part"', () => {
    expect(verbs('The rebels were taking part in the talks.')).toContain('take_part');
    expect(verbs('The army accused the rebels of setting up 3 camps.')).toContain('set_up');
  });
});

describe('a margin between two sides', () => {
  it('is the size of a difference, after or before its figure', () => {
    expect(figures('Dalca finished 64 votes ahead of her rival.')[0].difference).toBe(true);
    expect(figures('Dalca led by 57 votes on Wednesday.')[0].difference).toBe(true);
    expect(figures('Dalca won the seat by 64 votes.')[0].difference).toBe(true);
    expect(figures('Dalca held a lead of 57 votes.')[0].difference).toBe(true);
  });

  it('is not a passive "led by" or a plain tally', () => {
    expect(figures('The inquiry was led by 12 engineers.')[0].difference).toBeUndefined();
    expect(figures('A delegation led by 3 ministers arrived.')[0].difference).toBeUndefined();
    expect(figures('Police arrested 30 people ahead of the summit.')[0].difference).toBeUndefined();
    expect(figures('Courts jailed 12 men behind the fraud.')[0].difference).toBeUndefined();
    expect(figures('Dalca won 19,221 votes.')[0].difference).toBeUndefined();
  });

  it('never pairs with a side’s total of votes', () => {
    expect(
      pairs(
        'Dalca finished 64 votes ahead of Marin once every ballot had been recounted.',
        "Dalca had 19,221 votes to Marin's 19,164 after the recount, according to figures read out by the commission.",
      ),
    ).toEqual([]);
  });

  it('still contradicts another margin of the same race', () => {
    expect(
      storyStance(
        'Dalca won the seat by 64 votes after the recount, the commission said.',
        'Dalca won the seat by 57 votes after the recount, the commission said.',
      ).stance,
    ).toBe('contradicts');
  });
});

describe('a level', () => {
  const MONDAY = '2026-05-04';
  const FRIDAY = '2026-05-08';
  it.each([
    {
      what: 'read on one day and on another is an update, whichever way it went',
      page: ['The Varna reservoir stood at 11.7 per cent of capacity on Sunday, the water board said.', MONDAY],
      reference: ['The Varna reservoir held 11.4 per cent of its capacity on Monday, the water board said.', MONDAY],
      stance: 'updates',
    },
    {
      what: 'given as fallen to its figure, days apart, is an update too',
      page: ['The Varna reservoir was down to 10.9 per cent of capacity, the water board said.', FRIDAY],
      reference: ['The Varna reservoir stood at 11.4 per cent of capacity, the water board said.', MONDAY],
      stance: 'updates',
    },
    {
      what: 'read on the same day at two figures stays a contradiction',
      page: ['The Varna reservoir stood at 11.7 per cent of capacity on Monday, the water board said.', MONDAY],
      reference: [
        'The Varna reservoir stood at 11.4 per cent of its capacity on Monday, the water board said.',
        MONDAY,
      ],
      stance: 'contradicts',
    },
    {
      what: 'is not what a thing had at one moment: passengers on board stay a contradiction',
      page: ['Police said the minibus had 12 passengers on board.', FRIDAY],
      reference: ['The minibus was carrying 18 passengers when it left the road, police said.', MONDAY],
      stance: 'contradicts',
    },
  ])('$what', ({ page, reference, stance }) => {
    expect(datedStance(page[0], page[1], reference[0], reference[1]).stance).toBe(stance);
  });
});

describe('a count that changes with the story', () => {
  const TUESDAY = '2026-09-08';
  const SATURDAY = '2026-09-12';
  it.each([
    {
      what: 'the places an outbreak has spread to ("in three provinces") grow with it',
      page: ['Nine people in three provinces have fallen ill with salmonella linked to frozen dumplings.', TUESDAY],
      reference: [
        'Thirteen people in five provinces have fallen ill with salmonella linked to frozen dumplings.',
        SATURDAY,
      ],
      stance: 'updates',
    },
    {
      what: 'a scope extended to its figure is the newer level',
      page: ['The water board extended the night-time cuts to 210 streets on Friday.', SATURDAY],
      reference: ['The water board will cut supply to 160 streets every night from Wednesday.', TUESDAY],
      stance: 'updates',
    },
    {
      what: 'a margin read at two stages of a count moves either way',
      page: ['Dalca led by 112 votes with most ballots recounted, the commission said.', TUESDAY],
      reference: ['Dalca led by 57 votes with most ballots recounted, the commission said.', SATURDAY],
      stance: 'updates',
    },
    {
      what: 'a wire dateline’s day is the report’s: the count after it is read, and grew from a floor',
      page: ['At least four people died when a footbridge over the Tavi gave way on Monday afternoon.', TUESDAY],
      reference: [
        'TAVIRA, Sept 9 – Nine people were killed when a footbridge over the Tavi collapsed on Monday afternoon, officials said on Wednesday.',
        SATURDAY,
      ],
      stance: 'updates',
    },
    {
      what: 'a floor given first and a larger figure later is the count gone on, whatever it counts',
      page: ['At least 420 ballots have been set aside as disputed, the commission said.', TUESDAY],
      reference: ['In all, 512 ballots were set aside as disputed.', SATURDAY],
      stance: 'updates',
    },
    {
      what: 'a floor given later than a larger figure is no update',
      page: ['At least 420 ballots have been set aside as disputed, the commission said.', SATURDAY],
      reference: ['In all, 512 ballots were set aside as disputed.', TUESDAY],
      stance: 'supports',
    },
    {
      what: 'a measure fallen by its amount is no level: snow that dropped stays a contradiction',
      page: ['The storm dropped 30 centimetres of snow on the pass, forecasters said.', TUESDAY],
      reference: ['The storm dropped 50 centimetres of snow on the pass, forecasters said.', SATURDAY],
      stance: 'contradicts',
    },
    {
      what: 'who had been somewhere at one moment is no tally: passengers on board stay a contradiction',
      page: ['Police said 12 passengers had been on board the minibus.', TUESDAY],
      reference: ['Police said 18 passengers had been on board the minibus.', SATURDAY],
      stance: 'contradicts',
    },
    {
      what: 'a floor of a measure, not a count, is no count gone on',
      page: ['The dam is at least 40 metres high, engineers said.', TUESDAY],
      reference: ['The dam is 52 metres high, engineers said.', SATURDAY],
      stance: 'supports',
    },
    {
      what: 'a count in a place that is no place of a story stays a contradiction',
      page: ['Fire crews fought the blaze in three warehouses on Monday.', TUESDAY],
      reference: ['Fire crews fought the blaze in five warehouses on Monday.', TUESDAY],
      stance: 'contradicts',
    },
  ])('$what', ({ page, reference, stance }) => {
    expect(datedStance(page[0], page[1], reference[0], reference[1]).stance).toBe(stance);
  });

  it('a count done by a time, without "had", is a tally so far; a deadline or a day’s event is not', () => {
    expect(saysTallySoFar('With 150 polling stations recounted by Tuesday evening, Dalca was 112 votes ahead.')).toBe(
      true,
    );
    expect(saysTallySoFar('Residents were told to leave by Friday.')).toBe(false);
    expect(saysTallySoFar('Officials said 40 homes must be evacuated by Friday.')).toBe(false);
    expect(saysTallySoFar('A decision is expected by Friday.')).toBe(false);
    expect(saysTallySoFar('The depot was destroyed by Tuesday’s storm.')).toBe(false);
  });

  it('a total over the past year is another fact than the count of one act', () => {
    expect(
      otherPeriod(
        'The office had inspected 46 bridges in the past year.',
        TUESDAY,
        'The minister ordered an inspection of 112 bridges.',
        TUESDAY,
      ),
    ).toBe(true);
    expect(
      otherPeriod(
        'The office inspected 46 bridges.',
        TUESDAY,
        'The minister ordered an inspection of 112 bridges.',
        TUESDAY,
      ),
    ).toBe(false);
    expect(
      datedStance(
        'The provincial office had inspected 46 bridges in the past year, Galvez said.',
        TUESDAY,
        'The minister ordered an inspection of 112 bridges of similar design across the country.',
        TUESDAY,
      ).stance,
    ).not.toBe('contradicts');
  });
});

describe('a figure someone wants', () => {
  it('is marked as wanted', () => {
    expect(figures('The drivers’ union had wanted the fare cut to 2 euros.')[0].wanted).toBe(true);
    expect(figures('Residents called for a cap of 40 lorries a day.')[0].wanted).toBe(true);
    expect(figures('The fare will be cut to 2 euros.')[0].wanted).toBeUndefined();
    expect(figures('Demand for power rose to 40 gigawatts.')[0].wanted).toBeUndefined();
    expect(figures('The union demanded talks after 12 workers were killed.')[0].wanted).toBeUndefined();
    expect(figures('Teachers demanding higher pay closed 40 schools.')[0].wanted).toBeUndefined();
  });

  it('never pairs with what was decided', () => {
    expect(
      pairs('The union had wanted the bus fare cut to 1.50 euros.', 'The city will cut its bus fare to 2.50 euros.'),
    ).toEqual([]);
    expect(
      pairs(
        'The union had wanted the bus fare cut to 1.50 euros.',
        'The city will cut its bus fare from 3 euros to 2.50 euros in March under a deal signed on Wednesday.',
      ),
    ).toEqual([]);
  });

  it('still contradicts another account of the same wish', () => {
    expect(
      storyStance(
        'The drivers’ union had demanded a fare of 3 euros, its leader said.',
        'The drivers’ union had demanded a fare of 1.50 euros, its leader said.',
      ).stance,
    ).toBe('contradicts');
  });
});
