/**
 * A count of a current state ("four climbers remain stranded", "800 families are in temporary housing") may fall
 * as well as rise: at different dates two such counts are an update, at the same date a conflict.
 */
import { describe, expect, it } from 'vitest';
import { analyseSentence } from '@/lib/features/analyse';
import { defaultLexicon } from '@/lib/lexicon/default-lexicon';
import { countsState } from '@/lib/time/state';
import { datedStance as stance } from '../helpers/dated-stance';

/** Whether each count of the sentence counts a state. */
const states = (sentence: string) =>
  analyseSentence(sentence, defaultLexicon).features.quantities.map((quantity) => countsState(sentence, quantity));

const STRANDED = (n: string) => `${n} climbers remain stranded on the Kessel ridge, the mountain rescue service said.`;
const HOUSING = (n: string) => `About ${n} families are in temporary housing in Lormont after the storm.`;
const TRAINS = (n: string) => `About ${n} freight trains were waiting outside the Vell junction.`;

describe('a count of a current state', () => {
  it('is read from its own clause', () => {
    expect(states(STRANDED('Nine'))).toEqual([true]);
    expect(states(HOUSING('2,000'))).toEqual([true]);
    expect(states(TRAINS('40'))).toEqual([true]);
    expect(states('Some 300 homes are still without power in the Vell district.')).toEqual([true]);
    // An event, a moment and a total that never falls are not states.
    expect(states('The storm destroyed 300 homes in the Vell district.')).toEqual([false]);
    expect(states('Twelve passengers were travelling on the bus when it overturned.')).toEqual([false]);
    expect(states('The death toll from the storm still stands at 30.')).toEqual([false]);
  });

  it('includes a count its clause gives as the figure now, but not a tally "has now" reached', () => {
    expect(states('The floodwater now covers some 40,000 hectares of the Vell plain.')).toEqual([true]);
    expect(states('The storm has now destroyed 300 homes in the Vell district.')).toEqual([false]);
    // A compound and a statement say nothing of where the count stands now.
    expect(states('The now-defunct Vell Air cancelled 120 flights.')).toEqual([false]);
    expect(states('Police in Vell now say 9 protesters were arrested.')).toEqual([false]);
  });

  it('includes the missing however worded, since they are found', () => {
    expect(states('Rescuers were searching for the three missing hikers near Vell.')).toEqual([true]);
    expect(states('Five people are unaccounted for after the Vell landslide.')).toEqual([true]);
    const missing = (n: string) => `${n} hikers are unaccounted for after the landslide above Vell, police said.`;
    expect(stance(missing('Two'), '2025-02-14', missing('Five'), '2025-02-12')).toMatchObject({
      stance: 'updates',
      time: { newer: 'page' },
    });
  });

  it('includes what is lacking or back, and a night spent somewhere', () => {
    expect(states('About 3,000 Vell households have no water.')).toEqual([true]);
    expect(states('Some 40 percent of Vell households have their water back.')).toEqual([true]);
    expect(states('Around 600 people spent the night in the Vell sports hall.')).toEqual([true]);
    expect(states('About 3,000 Vell households had their meters replaced last year.')).toEqual([false]);
  });

  it('may have fallen between two dates: an update', () => {
    expect(stance(STRANDED('Four'), '2025-02-14', STRANDED('Nine'), '2025-02-11')).toMatchObject({
      stance: 'updates',
      time: { page: '2025-02-14', reference: '2025-02-11', newer: 'page' },
    });
    expect(stance(HOUSING('2,000'), '2025-02-01', HOUSING('800'), '2025-02-20')).toMatchObject({
      stance: 'updates',
      time: { newer: 'reference' },
    });
    expect(stance(TRAINS('15'), '2025-02-14', TRAINS('40'), '2025-02-11').stance).toBe('updates');
  });

  it('conflicts at the same date, and says which side is undated', () => {
    expect(stance(STRANDED('Four'), '2025-02-14', STRANDED('Nine'), '2025-02-14').stance).toBe('contradicts');
    expect(stance(STRANDED('Four'), '', STRANDED('Nine'), '2025-02-14')).toMatchObject({
      stance: 'contradicts',
      undated: 'page',
    });
  });
});

describe('a state one side is without and the other has again', () => {
  const WITHOUT = 'Some 4,000 Vell households remained without water on Monday, the utility said.';
  const AGAIN = 'By Wednesday evening every Vell household had water again, the utility said.';
  const HAVING_NO = 'Vell households still have no water, the utility said.';

  it('is an update when the two are dated apart, the later side newer', () => {
    expect(stance(AGAIN, '2025-03-12', WITHOUT, '2025-03-10')).toMatchObject({
      stance: 'updates',
      time: { newer: 'page' },
    });
    expect(stance(HAVING_NO, '2025-03-09', AGAIN, '2025-03-12')).toMatchObject({
      stance: 'updates',
      time: { newer: 'reference' },
    });
  });

  it('is not a manner: "added without permission" says how, and stays a contradiction', () => {
    expect(
      stance(
        'The two top floors of the Vell depot were built with permission.',
        '2025-03-12',
        'The two top floors of the Vell depot were built without permission.',
        '2025-03-10',
      ).stance,
    ).toBe('contradicts');
  });

  it('stays a contradiction on the same day, and for an act denied', () => {
    const sameDay = 'On Monday every Vell household had water again, the utility said.';
    expect(stance(sameDay, '2025-03-10', WITHOUT, '2025-03-10').stance).toBe('contradicts');
    expect(
      stance(
        'The utility did not restore water to Vell households on Monday.',
        '2025-03-10',
        'The utility restored water to Vell households on Monday.',
        '2025-03-14',
      ).stance,
    ).toBe('contradicts');
  });
});

describe('a tally of none so far', () => {
  const none = 'Highway police reported no traffic accidents so far on the coast road near Vell.';
  const some = 'Police said the fog caused 12 traffic accidents on the coast road near Vell, injuring 20 people.';

  it('is the earlier report when the newer one counts some', () => {
    expect(stance(none, '2025-02-11', some, '2025-02-12')).toMatchObject({
      stance: 'updates',
      time: { newer: 'reference' },
    });
  });

  it('stays a contradiction when the report of none is the newer, or says no "so far"', () => {
    expect(stance(none, '2025-02-13', some, '2025-02-12').stance).toBe('contradicts');
    const never = 'Highway police reported no traffic accidents on the coast road near Vell.';
    expect(stance(never, '2025-02-11', some, '2025-02-12').stance).toBe('contradicts');
  });
});

describe('a find of none so far', () => {
  const none = 'No oil leak has been detected from the grounded tanker, the port authority said.';
  const found = 'Divers found a small oil leak from the grounded tanker on Thursday, the port authority said.';

  it('is the earlier report when the newer one found it', () => {
    expect(stance(found, '2025-02-06', none, '2025-02-03')).toMatchObject({
      stance: 'updates',
      time: { newer: 'page' },
    });
  });

  it('stays a contradiction on the same day, when the find is the older report, or in the past tense', () => {
    expect(stance(found, '2025-02-03', none, '2025-02-03').stance).toBe('contradicts');
    expect(stance(found, '2025-02-01', none, '2025-02-03').stance).toBe('contradicts');
    const wasFound = 'No oil leak was found on the grounded tanker, the port authority said.';
    expect(stance(found, '2025-02-06', wasFound, '2025-02-03').stance).toBe('contradicts');
  });

  it('is no earlier report against a find the newer side does not make', () => {
    const none = 'No survivors of the Ardle mine collapse have been found.';
    const faded = 'Hopes of finding survivors of the Ardle mine collapse faded, officials reported.';
    expect(stance(faded, '2025-03-12', none, '2025-03-10').stance).not.toBe('updates');
  });
});

describe('a share full', () => {
  const dam = (n: string) => `The Vell dam was ${n} per cent full, the water board said.`;

  it('is a level of its day', () => {
    expect(states(dam('34'))).toEqual([true]);
    expect(states('Hospitals in the province were at 95% of capacity.')).toEqual([true]);
    expect(states('The Vell dam was 41 per cent full as of Monday.')).toEqual([true]);
    expect(states('Turnout was 34 per cent in the first round.')).toEqual([false]);
    // A share of one event, of a closed period, or "full-time" is no level.
    expect(states('The Dunmore flight was 80 per cent full when it crashed on Tuesday.')).toEqual([false]);
    expect(states('The Sorn plant ran at 70 per cent of its capacity last year.')).toEqual([false]);
    expect(states('About 40 per cent full-time workers at Kelt Steel joined the strike.')).toEqual([false]);
  });

  it('may have moved either way between two dates, not within one', () => {
    expect(stance(dam('41'), '2025-03-03', dam('34'), '2025-03-07').stance).toBe('updates');
    expect(stance(dam('41'), '2025-03-07', dam('34'), '2025-03-07').stance).toBe('contradicts');
  });
});
