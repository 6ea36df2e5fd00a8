/**
 * What a count counts and how it is counted: a verb of saying right before a count names who says it, not what is
 * counted; the first figure of "from N to M slots" counts the slots too; a rate adjective ("daily slots") makes a
 * rate as "slots a day" does; and a count that is the subject of a perfect ("1,200 people have filed claims") is a
 * tally to date. Written for these tests about invented events.
 */
import { describe, expect, it } from 'vitest';
import { analyseSentence } from '../../lib/features/analyse';
import { defaultLexicon } from '../../lib/lexicon/default-lexicon';
import { datedStance, storyStance } from '../helpers/dated-stance';

const figures = (sentence: string) =>
  analyseSentence(sentence, defaultLexicon).features.quantities.map(({ text, head, per }) => ({ text, head, per }));

describe('what a count counts', () => {
  it('is never the name before a verb of saying right before it', () => {
    expect(figures('Velmora says 1,200 people have filed compensation claims on its hotline.')[0].head).toBe('');
    expect(figures('The Tarn council said 300 homes were flooded.')[0].head).toBe('home');
  });

  it('is, for the first figure of "from N to M", what the second counts', () => {
    expect(figures('The cut, from 40 to 30 berths a day, starts in June.').map(({ head }) => head)).toEqual([
      'berth',
      'berth',
    ]);
  });
});

describe('a rate adjective', () => {
  it('makes a rate of the figure whose noun it qualifies', () => {
    expect(figures('The port will cut the number of daily berths from 40 to 32.').map(({ per }) => per)).toEqual([
      'day',
      'day',
    ]);
    expect(figures('The airline runs 12 weekly flights to Orsk.')[0].per).toBe('week');
  });

  it('leaves a figure of another noun alone', () => {
    expect(figures('The daily newspaper said 40 people died.')[0].per).toBeUndefined();
  });

  it('lets two rates of one thing differ', () => {
    expect(
      storyStance(
        'The cut, from 40 to 30 berths a day, starts on June 2.',
        'The Orsk port authority said it would cut the number of daily berths from 40 to 32 from June 2.',
      ).stance,
    ).toBe('contradicts');
  });
});

describe('a count that is the subject of a perfect', () => {
  it('is a tally to date: a larger one days later is an update', () => {
    const { stance } = datedStance(
      'Velmora says 1,200 people have filed compensation claims on its hotline.',
      '2026-05-08',
      'Velmora Energy said 450 customers had filed compensation claims through its hotline.',
      '2026-05-04',
    );
    expect(stance).toBe('updates');
  });

  it('is no tally when the later report gives fewer', () => {
    const { stance } = datedStance(
      'Velmora says 300 people have filed compensation claims on its hotline.',
      '2026-05-08',
      'Velmora Energy said 450 customers had filed compensation claims through its hotline.',
      '2026-05-04',
    );
    expect(stance).toBe('contradicts');
  });
});

describe('a count with no noun of its own', () => {
  it('names nothing past a preposition of place, so it pairs with the count of the same act', () => {
    expect(figures('Divers have now lifted eleven off the seabed.')[0].head).toBe('lift');
    const { stance } = datedStance(
      'Divers have now lifted eleven off the seabed, working from a hired barge.',
      '2026-07-09',
      'Divers have lifted four crates off the seabed.',
      '2026-07-05',
    );
    expect(stance).toBe('updates');
  });

  it('keeps a measure whose noun follows a preposition as it was ("18 kilometres out to sea")', () => {
    expect(figures('The raft drifted some 18 kilometres out to sea.')[0].head).not.toBe('');
  });
});

describe('an average', () => {
  it('is read in "an average rise of 6.1 percent" as in "by an average of"', () => {
    expect(figures('Nurses will get an average rise of 6.1 percent.')[0].per).toBe('average');
    expect(
      storyStance(
        'Nurses will get an average rise of 6.1 percent.',
        'Salaries for nurses will rise by an average of 1.6 percent.',
      ).stance,
    ).toBe('contradicts');
  });
});

describe('a share of each one', () => {
  it('pairs with the same thing\'s figure left unsaid ("a bonus of 20,000" / "20,000 to each")', () => {
    expect(
      storyStance(
        'Dockers will also get a one-off bonus of 20,000 lari.',
        'The port agreed to pay a one-off bonus of 120,000 lari to each docker.',
      ).stance,
    ).toBe('contradicts');
  });

  it('does not pair with a total of all of them', () => {
    expect(
      storyStance(
        'With about 900 dockers, the bonuses would cost around 18 million lari.',
        'The port will pay a one-off bonus of 20,000 lari to each docker.',
      ).stance,
    ).toBe('related');
  });
});

describe('when an act takes effect', () => {
  it('differs between "immediately" and a day some days after the report', () => {
    const { stance } = datedStance(
      'The toll rise on the Orsk bridge takes effect immediately.',
      '2026-04-20',
      'The toll rise on the Orsk bridge will take effect on June 1, the operator said.',
      '2026-04-20',
    );
    expect(stance).toBe('contradicts');
  });

  it("agrees when the day is the report's own", () => {
    const { stance } = datedStance(
      'The toll rise on the Orsk bridge takes effect immediately.',
      '2026-04-20',
      'The toll rise on the Orsk bridge took effect on April 20, the operator said.',
      '2026-04-20',
    );
    expect(stance).toBe('supports');
  });
});

describe('what the count rules leave alone', () => {
  it('a rate adjective that names a kind ("daily newspapers")', () => {
    expect(figures('Ostland has three daily newspapers.')[0].per).toBeUndefined();
  });

  it('an average of another thing than a change ("the average age of 12 victims")', () => {
    expect(figures('The average age of 12 victims was 34.')[0].per).toBeUndefined();
  });

  it('an effect that came on a past day, or a day before the "immediately" side\'s report', () => {
    expect(
      datedStance(
        'The fuel surcharge takes effect immediately.',
        '2026-06-01',
        'The fuel surcharge took effect on June 1.',
        '2026-06-03',
      ).stance,
    ).toBe('supports');
    expect(
      datedStance(
        'The fuel surcharge takes effect immediately.',
        '2026-06-01',
        'The fuel surcharge will take effect on June 1.',
        '2026-05-20',
      ).stance,
    ).toBe('supports');
  });

  it('reads "comes into effect" as "takes effect"', () => {
    expect(
      datedStance(
        'The fuel surcharge comes into effect immediately.',
        '2026-06-01',
        'The fuel surcharge will come into effect on July 1.',
        '2026-06-01',
      ).stance,
    ).toBe('contradicts');
  });
});
