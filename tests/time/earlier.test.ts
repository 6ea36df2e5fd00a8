/**
 * A sentence that gives its earlier figure itself ("killed 23 people, up from 17 on Sunday") says the figure
 * changed: against a reference of that earlier figure it is an update, and the earlier figure's date is not its own.
 */
import { describe, expect, it } from 'vitest';
import { analyseSentence } from '@/lib/features/analyse';
import { earlierFigures } from '@/lib/features/earlier';
import { defaultLexicon } from '@/lib/lexicon/default-lexicon';
import { sentenceTime } from '@/lib/time/sentence-time';
import { datedStance as stance } from '../helpers/dated-stance';

const LANDSLIDE = 'The landslide at Corvo has killed 17 people.';

describe('an earlier figure the sentence gives itself', () => {
  it('is the first figure after "up from", "rising from", "compared with" or a "from" that says earlier', () => {
    const figures = (sentence: string) => earlierFigures(sentence).map((quantity) => quantity.text);
    expect(figures('The landslide at Corvo has killed 23 people, up from 17 on Sunday.')).toEqual(['17']);
    expect(figures('Sales reached 4.2 million units, compared with 3.9 million a year earlier.')).toEqual([
      '3.9 million',
    ]);
    expect(figures('The toll rose from 17 to 23 overnight.')).toEqual(['17']);
    expect(figures('Rescuers moved 300 people from 12 villages.')).toEqual([]);
  });

  it("does not date the sentence: its date is the older figure's", () => {
    const text = 'The landslide at Corvo has killed 23 people, up from 17 on Sunday.';
    expect(sentenceTime(text, '2025-06-10')).toMatchObject({ own: false, when: { iso: '2025-06-10' } });
    expect(analyseSentence(text, defaultLexicon).features.dates).toEqual([]);
    // The current figure's date still is ("rose from 17 to 23 on Monday").
    expect(sentenceTime('The toll rose from 17 to 23 on Monday.', '2025-06-10')).toMatchObject({
      own: true,
      when: { iso: '2025-06-09' },
    });
  });

  it("makes the other side's figure the older one: an update, whatever the dates", () => {
    const page = 'The landslide at Corvo has killed 23 people, up from 17 on Sunday.';
    expect(stance(page, '2025-06-10', LANDSLIDE, '2025-06-08')).toMatchObject({
      stance: 'updates',
      time: { page: '2025-06-10', reference: '2025-06-08', newer: 'page' },
    });
    const dayEarlier = 'The landslide at Corvo has killed 23 people, from 17 a day earlier.';
    expect(stance(dayEarlier, '', LANDSLIDE, '')).toMatchObject({ stance: 'updates', time: { newer: 'page' } });
    expect(stance(LANDSLIDE, '2025-06-08', page, '2025-06-08')).toMatchObject({
      stance: 'updates',
      time: { newer: 'reference' },
    });
  });
});
