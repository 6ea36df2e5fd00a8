/**
 * Figures far apart are of other things; where a change started is a level; "went up to" reaches a level; a change
 * "by" a figure is its size; reports more than a year apart are explained by time. Every sentence is written for
 * these tests about invented places, companies and events.
 */
import { describe, expect, it } from 'vitest';
import { analyseSentence } from '../../lib/features/analyse';
import { compareQuantities } from '../../lib/features/quantities';
import { defaultLexicon } from '../../lib/lexicon/default-lexicon';
import { datedStance, storyStance } from '../helpers/dated-stance';

const quantities = (sentence: string) => analyseSentence(sentence, defaultLexicon).features.quantities;

describe('two figures far apart', () => {
  it('are not compared: fifty times a figure is another thing', () => {
    const [payment] = quantities('Each family got 5,000 marks.');
    const [budget] = quantities('The state spent 38 billion marks on aid.');
    expect(compareQuantities(payment, budget)).toBe('incomparable');
    const [few] = quantities('Two guards were hurt.');
    const [many] = quantities('About 300 guards were hurt.');
    expect(compareQuantities(few, many)).toBe('incomparable');
    const [near] = quantities('About 30 guards were hurt.');
    expect(compareQuantities(few, near)).toBe('conflict');
  });

  it('vouch for nothing: a toll fifty times another is not agreed with', () => {
    expect(
      storyStance(
        'A fire killed 1 person and injured 12 in Orsk on Sunday.',
        'A fire killed 60 people and injured 12 in Orsk on Sunday.',
      ).stance,
    ).not.toBe('supports');
  });

  it('give no contradiction between a payment and a budget', () => {
    expect(
      storyStance(
        'The first payments of 5,000 marks were made in Velsk on Saturday.',
        'The government of Velsk spent 38 billion marks on fuel aid in the last fiscal year.',
      ).stance,
    ).not.toBe('contradicts');
  });
});

describe('a change between two figures', () => {
  it('reads where it started as a level measuring what the end measures', () => {
    const [to, from] = quantities('Petrol went up to 695 marks a litre from 520.');
    expect(to).toMatchObject({ value: 695, qualifier: 'exact' });
    expect(from).toMatchObject({ value: 520, from: true, head: to.head });
    expect(quantities('The fare rose from 570 marks to 695 marks.')[0]).toMatchObject({ value: 570, from: true });
  });

  it('reads "up to" after a verb of rising as the level reached, not a maximum', () => {
    expect(quantities('Diesel went up to 720 marks.')[0].qualifier).toBe('exact');
    expect(quantities('Up to 300 people may have been hurt.')[0].qualifier).toBe('upTo');
    // The top of a range, or "as many as".
    expect(quantities('Tickets go up to 300 marks.')[0].qualifier).toBe('upTo');
    expect(quantities('Rescuers moved up to 2,000 residents.')[0].qualifier).toBe('upTo');
  });

  it('reads a figure after "by" and a verb of change as the size of the change', () => {
    expect(quantities('Petrol has gone up by 125 marks, to 695 a litre.')[0]).toMatchObject({
      value: 125,
      difference: true,
    });
    expect(quantities('The payroll was cut by 40 jobs.')[0].difference).toBe(true);
  });

  it('does not set the size of a rise against the level it started from', () => {
    expect(
      storyStance(
        'Petrol in Velsk has gone up by 125 marks, to 695 a litre.',
        'The price of a litre of petrol in Velsk rose from 570 marks to 695 marks.',
      ).stance,
    ).not.toBe('contradicts');
  });

  it('sets the start against the other start', () => {
    expect(
      storyStance(
        'Petrol in Velsk went up to 695 marks a litre from 520.',
        'The price of a litre of petrol in Velsk rose from 570 marks to 695 marks.',
      ).stance,
    ).toBe('contradicts');
  });
});

describe('a fraction of a point', () => {
  it('is that many percentage points, not a share', () => {
    expect(quantities('The bank cut its rate by a quarter of a percentage point.')[0]).toMatchObject({
      unit: 'percentage-point',
      value: 0.25,
    });
    expect(quantities('The bank cut its rate by 25 basis points.')[0]).toMatchObject({ value: 0.25 });
    expect(quantities('A quarter of the staff left.')[0]).toMatchObject({ unit: 'percent', value: 25 });
  });

  it('agrees with the same cut in basis points', () => {
    expect(
      storyStance(
        "Varland's central bank cut its benchmark rate by a quarter of a percentage point to 5.50 percent on Thursday.",
        "Varland's central bank cut its key rate by 25 basis points to 5.50% on Thursday.",
      ).stance,
    ).toBe('supports');
  });
});

describe('reports more than a year apart', () => {
  it('give no contradiction when neither sentence dates its fact', () => {
    const page = 'The energy minister said full restoration could take two days.';
    const reference = 'Energy Minister Odile Ferran said full restoration could take three to four days.';
    expect(storyStance(page, reference, { page: '2019-03-02', reference: '2025-05-07' }).stance).toBe('related');
    expect(storyStance(page, reference, { page: '2025-05-07', reference: '2025-05-07' }).stance).toBe('contradicts');
  });
});

describe('a figure told as it is now', () => {
  it('is an update by the newer report', () => {
    const page = 'The government of Velsk now says cash transfers will reach 250,000 poor households.';
    const reference = 'The government of Velsk plans cash transfers for 200,000 poor households.';
    expect(datedStance(page, '2025-03-23', reference, '2025-03-20').stance).toBe('updates');
    expect(datedStance(page, '2025-03-20', reference, '2025-03-20').stance).toBe('contradicts');
  });

  it('is not an age or a compound ("now 74", "now-closed")', () => {
    expect(
      datedStance(
        'Ana Pell, now 74, said 250 families in Velsk lost their homes.',
        '2025-03-05',
        'Ana Pell said 200 families in Velsk lost their homes.',
        '2025-03-02',
      ).stance,
    ).not.toBe('updates');
  });
});
