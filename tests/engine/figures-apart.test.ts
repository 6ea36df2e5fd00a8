/**
 * Figures and negations that look like a contradiction and are not one: the same figure given as a rate on one side
 * only, a figure per one of several against a total, the rest of a group against the whole group, an average
 * against one measurement, an extreme said with "never", a denial that ends where another verb begins, and days of
 * other events. Written for these tests about invented events.
 */
import { describe, expect, it } from 'vitest';
import { annotateBlocks, buildReferenceIndex } from '../../lib/engine';
import { analyseSentence } from '../../lib/features/analyse';
import { defaultLexicon } from '../../lib/lexicon/default-lexicon';
import { testArticle } from '../helpers/articles';
import { datedStance, storyStance } from '../helpers/dated-stance';
import { negatedStems } from '../helpers/negated';

const statusOf = (index: ReturnType<typeof buildReferenceIndex>, text: string) =>
  annotateBlocks(index, [{ id: 'b0', text }])[0]?.status;
const quantities = (sentence: string) => analyseSentence(sentence, defaultLexicon).features;
const perOf = (sentence: string) => quantities(sentence).quantities.map((quantity) => [quantity.text, quantity.per]);
const negated = negatedStems;

describe('a figure the reference gives beside another of the same unit', () => {
  it('is compared with the one of the same thing, not moved to one an act around it shares', () => {
    const index = buildReferenceIndex([
      testArticle(
        'a',
        'The iceberg, about six kilometres wide, broke off the shelf near Halvik on Tuesday and drifted some 25 kilometres out to sea.',
      ),
    ]);
    expect(statusOf(index, 'The iceberg, roughly six kilometres wide, is drifting out to sea off Halvik.')).not.toBe(
      'conflicting',
    );
  });

  it('agrees with the same figure given as a rate, and does not conflict with the later figure', () => {
    const index = buildReferenceIndex([
      testArticle(
        'a',
        'The hydro plant will have an initial capacity of 15 gigawatt-hours a year, rising to 35 gigawatt-hours once the second dam is built.',
      ),
    ]);
    expect(statusOf(index, 'The hydro plant will open with 15 gigawatt-hours of annual capacity.')).toBe(
      'corroborated',
    );
  });

  it('pairs with a figure per one of several when the sentence leaves "each" unsaid, if the two agree', () => {
    const index = buildReferenceIndex([
      testArticle('a', 'Marvale Telecom will pay a dividend of at least 40 fils a share this year.'),
    ]);
    expect(statusOf(index, 'Marvale Telecom will pay a dividend of no less than 40 fils this year.')).toBe(
      'corroborated',
    );
  });
});

describe('a figure per one of several', () => {
  it('is read from "each", "per", "apiece" and from a sum "a share"', () => {
    expect(perOf('Farmers will get 30 dollars for each sheep culled.')).toEqual([['30 dollars', 'each']]);
    expect(perOf('The riders had each paid about 400 euros for a seat.')).toEqual([['about 400 euros', 'each']]);
    expect(perOf('The bonds were priced at 98 cents a share.')).toEqual([['98', 'each']]);
    // The two are not each one's; the 300 euros are.
    expect(perOf('The two were fined 300 euros each.')).toEqual([
      ['two', undefined],
      ['300 euros', 'each'],
    ]);
    // Not a count of people each of whom did something, nor "each of", nor "each year".
    expect(perOf('Two men were arrested and each was charged.')).toEqual([['Two', undefined]]);
    expect(perOf('Each of the 12 victims was named.')).toEqual([['12', undefined]]);
    expect(perOf('Each year 300 people drown in the lakes.')).toEqual([['300', undefined]]);
    // "Half of each bid" is a share of every one, and a fund is no piece.
    expect(perOf('Half of each bid is due within 30 days.')[0]).toEqual(['Half', undefined]);
    expect(perOf('The firm will put 200,000 euros into a fund.')).toEqual([['200,000 euros', undefined]]);
  });

  it('never contradicts a total', () => {
    const index = buildReferenceIndex([
      testArticle('a', 'The ministry will pay a one-off grant of 300 dollars to each registered oyster diver.'),
    ]);
    expect(statusOf(index, 'With about 1,800 registered divers, the grants will cost about 540,000 dollars.')).not.toBe(
      'conflicting',
    );
  });
});

describe('an average', () => {
  it('is a figure per one, not one measurement', () => {
    expect(perOf('The average March temperature in the bay is 14 degrees.')).toEqual([['14', 'average']]);
    expect(perOf('Fares will rise by 8 percent on average.')).toEqual([['8 percent', 'average']]);
    // The average of something else: the 40 are counted.
    expect(perOf('The average age of the 40 victims was 35.')[0]).toEqual(['40', undefined]);
    // A rate's own period comes first: "normally" does not make it an average.
    expect(perOf('The gallery normally draws about 90,000 visitors a year.')).toEqual([['about 90,000', 'year']]);
  });
});

describe('the rest of a group', () => {
  it('is not the whole group', () => {
    const index = buildReferenceIndex([
      testArticle('a', 'The complaint was filed by the Tenants Union, a Corvale housing group, with four residents.'),
    ]);
    expect(statusOf(index, 'She and three other residents filed the complaint with the Tenants Union.')).not.toBe(
      'conflicting',
    );
  });
});

describe('a proportion with its noun inside', () => {
  it('is read as a share ("one voter in ten"), not as two counts', () => {
    const [share] = quantities('Roughly one voter in ten was undecided.').quantities;
    expect(share).toMatchObject({ unit: 'percent', value: 10 });
    // A base that counts a thing of its own is a count: two people, ten cars.
    expect(quantities('Two people in ten cars were hurt.').quantities.map((quantity) => quantity.value)).toEqual([
      2, 10,
    ]);
  });
});

describe('a negation that states an extreme', () => {
  it('is no denial: "never seen a flood this big" says it is the largest', () => {
    expect(negated('"I have not seen a flood this big in thirty years," the mayor said.')).toEqual([]);
    expect(negated('The agency said it had never recorded a landslide on this scale.')).toEqual([]);
    expect(negated('The agency has not seen this report.')).toContain('see');
    expect(negated('The agency has not seen this new report.')).toContain('see');
    expect(negated('Officials did not say that new cases had been found.')).toContain('case');
    expect(negated('The cause is not so clear.')).toContain('clear');
  });

  it('agrees with the superlative', () => {
    const index = buildReferenceIndex([
      testArticle('a', 'Hydrologist Mara Lind said the flood was the largest she had seen in thirty years.'),
    ]);
    expect(statusOf(index, '"I have not seen a flood this big in thirty years," said hydrologist Mara Lind.')).toBe(
      'corroborated',
    );
  });
});

describe('a verb that denies its object', () => {
  it('ends where "and" brings another verb of the same subject', () => {
    expect(negated('The airline ruled out sabotage and said a worn seal had probably caused the leak.')).toEqual([
      'sabotag',
    ]);
    expect(negated('The ministry denied the report and has said the dam is safe.')).not.toContain('safe');
    // A gerund after "and" is more of what is denied.
    expect(negated('The firm denied cutting and moving the jobs.')).toContain('cut');
  });
});

describe('the day of another event', () => {
  const dates = (sentence: string) => analyseSentence(sentence, defaultLexicon).features.dates;
  it('is not the day of what the sentence reports', () => {
    expect(dates('Mediators have been talking to the gunmen since Monday and secured the release tonight.')).toEqual(
      [],
    );
    expect(dates('The line stayed closed on Friday, two days after the freight train derailed near Oberau.')).toEqual(
      [],
    );
    expect(dates('The freight train derailed near Oberau on Wednesday.')).toEqual(['wednesday']);
  });
});

describe('a tally to date', () => {
  it('said with a perfect on both sides is an update when the newer is larger', () => {
    const result = datedStance(
      'Volunteers have picked 3.6 tonnes of plastic pellets out of the sand at Sorvik.',
      '2026-07-14',
      'Residents have collected about 1.2 tonnes of plastic pellets from beaches at Sorvik.',
      '2026-07-11',
    );
    expect(result).toMatchObject({ stance: 'updates', time: { newer: 'page' } });
  });

  it('of what is closed tonight is a state, which may be lower a day earlier', () => {
    const result = datedStance(
      'Eight beaches are closed to bathers tonight, the coastguard says.',
      '2026-07-10',
      'The coastguard has closed 13 beaches to bathers.',
      '2026-07-11',
    );
    expect(result).toMatchObject({ stance: 'updates', time: { newer: 'reference' } });
  });
});

describe('a length of time in days of a kind', () => {
  it('is read with "working" or "business" between the number and the days, as a unit of its own', () => {
    const [span] = quantities('The council has 15 working days to appeal.').quantities;
    expect(span).toMatchObject({ unit: 'workday', value: 15 });
    const index = buildReferenceIndex([
      testArticle('a', 'The bill now goes to the governor, who has 10 working days to sign or veto it.'),
    ]);
    expect(statusOf(index, 'The governor has 15 working days to sign or veto the bill.')).toBe('conflicting');
    // Ten working days are two weeks of the calendar.
    expect(statusOf(index, 'The governor has two weeks to sign or veto the bill.')).not.toBe('conflicting');
  });
});

describe('half a percent', () => {
  it('is a percentage of its own, not half of something', () => {
    const [share] = quantities('The cull is less than half a percent of the herd.').quantities;
    expect(share).toMatchObject({ unit: 'percent', value: 0.5, qualifier: 'lessThan' });
    expect(quantities('Half of the herd was culled.').quantities[0]).toMatchObject({ unit: 'percent', value: 50 });
  });
});

describe('an ordinal', () => {
  it('ranks the same thing: "the first ... this year" against "the second ... this year" contradicts', () => {
    const index = buildReferenceIndex([
      testArticle('a', 'It was the second spill reported by a Danish refinery this year, after a smaller one in May.'),
    ]);
    expect(statusOf(index, 'The spill is the first reported by a Danish refinery this year.')).toBe('conflicting');
    expect(statusOf(index, 'It was the second spill reported by a Danish refinery this year.')).toBe('corroborated');
  });

  it('of a step in a sequence names another step, not the same one ranked otherwise', () => {
    const index = buildReferenceIndex([
      testArticle(
        'a',
        'The mill will have an initial capacity of 8,000 tonnes a year, rising to 15,000 tonnes in a second phase.',
      ),
    ]);
    expect(statusOf(index, 'In the first phase the mill is to produce 8,000 tonnes a year.')).not.toBe('conflicting');
  });
});

describe('a total beside its breakdown', () => {
  it('agrees with parts of several kinds that the sentence breaks it into too', () => {
    const index = buildReferenceIndex([
      testArticle(
        'a',
        'The ministry said two public hospitals and five private clinics had agreed to take the patients.',
      ),
    ]);
    expect(statusOf(index, 'Seven clinics, two public and five private, have agreed to take the patients.')).not.toBe(
      'conflicting',
    );
  });
});

describe('counts of a list with one verb', () => {
  it('share the outcome the verb gives the last of them', () => {
    const outcomes = quantities(
      'Health officials said on Monday that 140 guests and 22 staff members at the Corso hotel had fallen ill.',
    ).quantities.map((quantity) => quantity.predicate);
    expect(outcomes[0]).toBe(outcomes[1]);
    expect(outcomes[0]).toMatch(/^outcome:/);
  });

  it('of several kinds add up to a total of none of their kinds', () => {
    const result = storyStance(
      'That brings the total number of sick people at the Corso hotel to 162.',
      'Health officials said on Monday that 140 guests and 22 staff members at the Corso hotel had fallen ill.',
    );
    expect(result.stance).not.toBe('contradicts');
    // One of the parts' kinds is one of the parts: "150 guests" is the guests' count.
    expect(
      storyStance(
        'Health officials said on Monday that 150 guests at the Corso hotel had fallen ill.',
        'Health officials said on Monday that 140 guests and 22 staff members at the Corso hotel had fallen ill.',
      ).stance,
    ).toBe('contradicts');
  });
});

describe('a denial said of its subject', () => {
  it('is read from a passive "ruled out" and from "impossible"', () => {
    expect(negated('Sabotage has been ruled out after tests on the cable.')).toContain('sabotag');
    expect(negated('Ferry crossings are impossible in the storm.')).toEqual(expect.arrayContaining(['ferri', 'cross']));
    // What cannot be done is the estimate; who says so is not refuted.
    expect(negated('The mayor said the damage is impossible to estimate.')).toEqual([]);
    expect(negated('Rescuers said reaching the village was impossible.')).not.toContain('rescuer');
  });
});

describe('a denial limited to a place the other side does not name', () => {
  it('denies nothing the other side says', () => {
    const index = buildReferenceIndex([
      testArticle('a', 'No dead fish have been found at neighbouring Lake Orva, the water authority said.'),
    ]);
    expect(statusOf(index, 'The first dead fish were found on May 3, the water authority said.')).not.toBe(
      'conflicting',
    );
    // The same place on both sides: a contradiction.
    expect(statusOf(index, 'Dead fish have been found at Lake Orva, the water authority said.')).toBe('conflicting');
  });

  it('is only the place of the denial’s own clause', () => {
    const index = buildReferenceIndex([
      testArticle('a', 'The drivers said their union would not call a strike but would hold a march in Lindau.'),
    ]);
    expect(statusOf(index, 'The drivers said their union would call a strike next week.')).toBe('conflicting');
  });
});

describe('figures of two kinds of one thing', () => {
  it('are two facts when only the figure ties them', () => {
    const reference = 'It raised the deposit rate to 18 percent from 16 percent.';
    expect(storyStance('Commercial mortgage rates are already above 25 percent.', reference).stance).toBe('related');
    expect(storyStance('The bank raised its deposit rate to 20 percent.', reference).stance).toBe('contradicts');
  });
});

describe('the sick counted now', () => {
  it('are a state, which a later report may give higher', () => {
    const result = datedStance(
      'Twenty crew members are also unwell.',
      '2026-03-02',
      'The number of people sick aboard rose to 310 passengers and 35 crew members.',
      '2026-03-03',
    );
    expect(result.stance).toBe('updates');
  });
});
