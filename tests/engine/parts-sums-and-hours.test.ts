/**
 * What a figure is of: an hour put in its part of the day ("3:20 on Monday afternoon"), the part of a whole given
 * after it ("1,240 cases, of which 186"), what became of those an outcome describes ("four injured passengers died"),
 * those a thing is given to ("3,000 meals to evacuees"), a figure added to another ("added 4 million"), and the
 * kind of a sum ("a loss of 120 naira a litre"). Also a verb whose object is nothing ("found nothing abnormal"),
 * supply lost ("were without power" / "lost power") and two readings of a level on their own days. Every sentence
 * is written for these tests about invented events.
 */
import { describe, expect, it } from 'vitest';
import { analyseSentence } from '../../lib/features/analyse';
import { clockTimes } from '../../lib/features/quantity/clock';
import { defaultLexicon } from '../../lib/lexicon/default-lexicon';
import { datedStance, storyStance } from '../helpers/dated-stance';

const quantities = (sentence: string) => analyseSentence(sentence, defaultLexicon).features.quantities;
const minutes = (sentence: string) => clockTimes(sentence).map((time) => time.value);
const SAME_DAY = '2025-08-13';

describe('an hour without a meridiem', () => {
  it('is read in the part of the day named after it', () => {
    expect(minutes('The fire started at about 3:20 on Monday afternoon.')).toEqual([15 * 60 + 20]);
    expect(minutes('The plane landed at 9:40 in the evening.')).toEqual([21 * 60 + 40]);
    expect(minutes('The quake struck at 10:15 on Tuesday night.')).toEqual([22 * 60 + 15]);
    expect(minutes('The first ferry left at 6:30 in the morning.')).toEqual([6 * 60 + 30]);
  });

  it('is after midnight early in the night, and as written where no part is named', () => {
    expect(minutes('The quake struck at 2:10 on Tuesday night.')).toEqual([2 * 60 + 10]);
    expect(minutes('The count ended at 3:20 on Monday.')).toEqual([3 * 60 + 20]);
  });

  it('agrees with the same time given with "p.m."', () => {
    const result = datedStance(
      'The fire started near the village of Orvalle at about 3:20 on Monday afternoon.',
      SAME_DAY,
      'The blaze started at around 3:20 p.m. on Monday near the village of Orvalle.',
      SAME_DAY,
    );
    expect(result.stance).toBe('supports');
  });
});

describe('a part of a whole given after it ("of which")', () => {
  it('counts what the whole counts, and is not itself a whole', () => {
    const [whole, part] = quantities(
      'The number of suspected cases has reached 1,240, of which 186 have been confirmed by laboratory tests.',
    );
    expect(whole?.head).toBe('case');
    expect(part?.head).toBe('case');
    expect(part?.predicate).not.toBe('whole');
  });

  it('is the figure a later count of confirmed cases updates', () => {
    const result = datedStance(
      'Laboratories have confirmed 402 cases.',
      '2025-09-07',
      'The number of suspected cases has reached 1,240, of which 186 have been confirmed by laboratory tests.',
      '2025-09-04',
    );
    expect(result.stance).toBe('updates');
    expect(result.differences).toEqual([{ kind: 'number', page: '402', reference: '186' }]);
  });
});

describe('those an outcome describes', () => {
  it('are counted by what became of them ("four injured passengers died")', () => {
    const [, four] = quantities('The death toll has risen to 21 after four injured passengers died in hospital.');
    expect(four?.predicate).toBe('outcome:death');
    expect(quantities('Twelve injured workers were taken to hospital.')[0]?.predicate).toBe('outcome:injury');
  });

  it('leave a later toll an update of the earlier one, not a conflict with the count of the injured', () => {
    const result = datedStance(
      'The death toll from the derailment has risen to 21 after four injured passengers died in hospital.',
      '2025-06-11',
      'The death toll from the derailment rose to 17 on Sunday, with 64 people injured.',
      '2025-06-08',
    );
    expect(result.stance).toBe('updates');
  });
});

describe('those a thing is given to', () => {
  it('are not what the count counts ("distributed 3,000 meals to evacuees")', () => {
    expect(quantities('Volunteers have distributed 3,000 meals to evacuees in Verrin.')[0]?.predicate).toBe(
      quantities('Volunteers have distributed 3,000 meals in Verrin.')[0]?.predicate,
    );
    const result = datedStance(
      'Volunteers have distributed 3,000 meals to evacuees in Verrin.',
      SAME_DAY,
      'About 2,300 people have been evacuated to Verrin.',
      SAME_DAY,
    );
    expect(result.stance).not.toBe('contradicts');
  });
});

describe('a figure given as more on top of another', () => {
  const differenceOf = (sentence: string) => quantities(sentence)[0]?.difference === true;

  it('is the size of an addition ("added 4 million for each family")', () => {
    expect(differenceOf('The regional government added 4 million pesos for each family.')).toBe(true);
  });

  it('is no addition where "another" counts a group of its own ("300 died and another 2,700 were injured")', () => {
    const [, injured] = quantities('About 300 soldiers have died and another 2,700 have been injured.');
    expect(injured?.difference).toBeUndefined();
  });

  it('is no conflict with the sum it is added to', () => {
    const result = datedStance(
      'The regional government added 4 million pesos for each family.',
      SAME_DAY,
      'The minister announced 10 million pesos in compensation for each family.',
      SAME_DAY,
    );
    expect(result.stance).not.toBe('contradicts');
  });

  it('leaves a sum given plainly a level', () => {
    expect(differenceOf('The minister announced 10 million pesos for each family.')).toBe(false);
  });
});

describe('the kind of a sum', () => {
  it('sets a loss apart from a price', () => {
    const result = datedStance(
      'The company now sells petrol at 1,130 naira a litre, up from 865 naira.',
      SAME_DAY,
      'The company had been selling petrol at a loss of about 120 naira a litre.',
      SAME_DAY,
    );
    expect(result.stance).not.toBe('contradicts');
    const losing = datedStance(
      'The company had been losing about 120 naira on every litre of petrol it sold.',
      SAME_DAY,
      'The new price of petrol at company outlets is 1,065 naira a litre.',
      SAME_DAY,
    );
    expect(losing.stance).not.toBe('contradicts');
  });

  it('still compares two prices, and two fines', () => {
    expect(
      datedStance(
        'The company sells petrol at 1,130 naira a litre.',
        SAME_DAY,
        'The company sells petrol at 1,065 naira a litre.',
        SAME_DAY,
      ).stance,
    ).toBe('contradicts');
    expect(
      datedStance(
        'The regulator fined the bank 18 million euros on Tuesday.',
        SAME_DAY,
        'The regulator fined the bank 12 million euros on Tuesday.',
        SAME_DAY,
      ).stance,
    ).toBe('contradicts');
  });
});

describe('a verb whose object is nothing', () => {
  it('is denied, as "nothing was found" denies it', () => {
    const result = datedStance(
      'Checks at the Ostrava and Velin plants found nothing abnormal, the regulator said.',
      SAME_DAY,
      'The regulator said no abnormalities were found at the Ostrava and Velin plants.',
      SAME_DAY,
    );
    expect(result.stance).toBe('supports');
  });

  it('leaves "found no evidence" to what it finds none of', () => {
    const words = analyseSentence('Inspectors found no evidence of a leak.', defaultLexicon).features.words;
    expect(words.find((word) => word.text === 'found')?.cue).toBeUndefined();
    expect(words.find((word) => word.text === 'evidence')?.cue).toBe('no');
  });
});

describe('supply lost', () => {
  it('is what "without" says ("were without power" / "lost power"), and a count of it moves between days', () => {
    const result = datedStance(
      'Some 5,000 households in Varna were without power, the utility said.',
      '2025-10-14',
      'About 8,400 households in Varna lost power, the utility said.',
      '2025-10-15',
    );
    expect(result).toMatchObject({ stance: 'updates', differences: [{ kind: 'number' }] });
  });

  it('still differs from power that was never lost', () => {
    const result = datedStance(
      'Households in Varna were without power on Tuesday.',
      SAME_DAY,
      'Households in Varna kept their power on Tuesday.',
      SAME_DAY,
    );
    expect(result.stance).toBe('contradicts');
  });
});

describe('two readings of a level', () => {
  const thursday = 'Street sellers in Orvo were charging as much as 2,000 pesos for a litre on Thursday.';
  const tuesday = 'Street sellers in Orvo were charging 1,500 pesos a litre on Tuesday.';

  it('are each of their own report’s day: no contradiction of dates', () => {
    // 2025-07-24 is a Thursday, 2025-07-22 a Tuesday.
    expect(datedStance(thursday, '2025-07-25', tuesday, '2025-07-22').stance).toBe('related');
  });

  it('still differ in their days when both reports are of one day', () => {
    expect(datedStance(thursday, '2025-07-22', tuesday, '2025-07-22').stance).toBe('contradicts');
  });
});

describe('a part of a whole put with a possessive or first', () => {
  it('counts what the whole counts ("11 of the train\'s 22 coaches", "Of the train\'s 22 coaches, 13")', () => {
    expect(quantities("Eleven of the train's 22 coaches came off the rails.")[0]?.head).toBe('coach');
    expect(quantities("Of the train's 22 coaches, 13 derailed.")[1]?.head).toBe('coach');
  });

  it('leaves no green badge for a count the other side words another way', () => {
    const result = datedStance(
      "Of the train's 22 coaches, 13 derailed and three overturned.",
      SAME_DAY,
      "Eleven of the train's 22 coaches came off the rails, and three of them overturned.",
      SAME_DAY,
    );
    expect(result.stance).not.toBe('supports');
  });
});

describe('a measure joined to its number by a hyphen', () => {
  it('is read ("a 25-kilometre stretch", "a 10-tonne truck"), a compound adjective is not ("a three-judge panel")', () => {
    expect(quantities('Police shut a 25-kilometre stretch of the road.')[0]).toMatchObject({ unit: 'km', value: 25 });
    expect(quantities('A 10-tonne truck overturned.')[0]?.value).toBe(10_000);
    expect(quantities('A three-judge panel heard the case.')).toEqual([]);
  });

  it('is compared with the same measure written out', () => {
    const result = datedStance(
      'Authorities shut a 25-kilometre section of the M-4 motorway.',
      SAME_DAY,
      'Authorities closed a 40-kilometre stretch of the M-4 motorway and several regional roads.',
      SAME_DAY,
    );
    expect(result).toMatchObject({ stance: 'contradicts', differences: [{ kind: 'number' }] });
  });
});

describe('how far a count has got ("so far", "to date")', () => {
  it('is not what it counts', () => {
    expect(quantities('Officials put the number at 12 so far.')[0]?.head).not.toBe('far');
    expect(quantities('Volunteers have collected 40 tonnes to date.')[0]?.head).not.toBe('date');
  });

  it('leaves an earlier tally an update of a later count', () => {
    const result = datedStance(
      'Officials put the number of cancelled trains at 12 so far.',
      '2025-06-07',
      'The railways have cancelled 26 trains.',
      '2025-06-08',
    );
    expect(result.stance).toBe('updates');
  });
});

describe('the days of two acts', () => {
  // 2025-08-18 is a Monday.
  const published = { page: '2025-08-18', reference: '2025-08-19' };

  it('differ without contradicting ("died when the bridge gave way on Monday" / "pulled two more bodies on Tuesday")', () => {
    const result = storyStance(
      'At least four people died when the Orvo bridge gave way on Monday afternoon, police said.',
      'Rescuers pulled two more bodies from the river on Tuesday, bringing the death toll from the collapse of the Orvo bridge to nine.',
      published,
    );
    expect(result.differences.some((difference) => difference.kind === 'date')).toBe(false);
  });

  it('still contradict as the days of one act', () => {
    const result = storyStance(
      'The Orvo bridge collapsed on Monday afternoon, police said.',
      'The Orvo bridge collapsed on Tuesday afternoon, police said.',
      { page: '2025-08-19', reference: '2025-08-19' },
    );
    expect(result).toMatchObject({ stance: 'contradicts', differences: [{ kind: 'date' }] });
  });
});
