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
