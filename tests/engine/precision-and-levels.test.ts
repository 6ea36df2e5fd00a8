/**
 * How far "about" reaches (no further than the precision the figure is written to), levels of their day (a price
 * where trading left it, a share of works done, a state that lasted, a thing being done), a figure someone set anew,
 * and a delay told by "not ... for" a length of time. Every sentence is written for these tests about invented
 * places, companies and events.
 */
import { describe, expect, it } from 'vitest';
import { analyseSentence } from '../../lib/features/analyse';
import { compareValues } from '../../lib/features/quantity/compare';
import { defaultLexicon } from '../../lib/lexicon/default-lexicon';
import { countsState } from '../../lib/time/state';
import { datedStance, storyStance } from '../helpers/dated-stance';

const quantities = (sentence: string) => analyseSentence(sentence, defaultLexicon).features.quantities;
const first = (sentence: string) => quantities(sentence)[0];
const states = (sentence: string) => quantities(sentence).map((quantity) => countsState(sentence, quantity));

describe('an approximate figure', () => {
  it('reaches no further than two units of its last written digit', () => {
    expect(first('There are some 455 patients in hospital.')).toMatchObject({ value: 455, digit: 1 });
    expect(first('About 6,900 families wait.')).toMatchObject({ digit: 100 });
    expect(first('It owes 14.6 billion dollars.')?.digit).toBeCloseTo(100_000_000);
    expect(compareValues(first('There are some 455 patients.'), first('There are 412 patients.'))).toBe('conflict');
    expect(compareValues(first('About 6,900 families wait.'), first('6,400 families wait.'))).toBe('conflict');
    expect(compareValues(first('About 6,900 families wait.'), first('7,000 families wait.'))).toBe('agree');
    expect(compareValues(first('Some 458 patients.'), first('460 patients.'))).toBe('agree');
  });

  it('keeps a tenth of a round figure', () => {
    expect(compareValues(first('About 300 people came.'), first('330 people came.'))).toBe('agree');
    expect(compareValues(first('About 300 people came.'), first('360 people came.'))).toBe('conflict');
    expect(compareValues(first('Nearly 3,000 people came.'), first('2,750 people came.'))).toBe('agree');
  });

  it('contradicts a count of the same day it is not near', () => {
    const result = datedStance(
      'Some 455 patients are in hospitals in Verrin, the health board said.',
      '2025-06-10',
      'There are 412 patients in hospitals in Verrin, the health board said.',
      '2025-06-10',
    );
    expect(result.stance).toBe('contradicts');
  });
});

describe('a level of its day', () => {
  it('is a price where trading left it, a share of works done, a state that lasted or a thing being done', () => {
    expect(states('Shares in Kolvar Mining closed at 3,150 pence on Tuesday.')).toEqual([true]);
    expect(states('Kolvar shares fell further to 2,900 pence.')).toEqual([true]);
    expect(states('The Ostra bridge is 62% complete, the ministry said.')).toEqual([true]);
    expect(states('The operator owed the Vell port authority some 14.6 billion francs in fees.')).toEqual([true]);
    expect(states('About 400 lorries were stranded on the Vell pass road.')).toEqual([true]);
    expect(states('Around 3,800 people were employed on the Ostra site in June.')).toEqual([true]);
    expect(states('The operator was pumping around 6 million cubic metres a day through a second line.')).toEqual([
      true,
    ]);
  });

  it('is not a moment, a time of day, a share of one event or a plan', () => {
    expect(states('About 400 lorries were stranded when the Vell pass road collapsed.')).toEqual([false]);
    expect(states('The Vell museum closed at 6 p.m. on Monday.')).toEqual([false]);
    expect(states('The stadium was 90 per cent full for the Vell derby.')).toEqual([false]);
    expect(states('The ministry is planning 40 new stations.')).toEqual([false]);
    expect(states('The Vell ferry was carrying 412 passengers and 58 crew.')).toEqual([false, false]);
    expect(states('The storm destroyed 300 homes in the Vell district.')).toEqual([false]);
  });

  it('told at two dates is an update, at one date a contradiction', () => {
    const CLOSED = (n: string, day: string) => `Shares in Kolvar Mining closed at ${n} pence on ${day}.`;
    expect(
      datedStance(CLOSED('3,150', 'Tuesday'), '2025-03-04', CLOSED('2,980', 'Wednesday'), '2025-03-05'),
    ).toMatchObject({ stance: 'updates', time: { newer: 'reference' } });
    const DONE = (n: string) => `The Ostra bridge is ${n}% complete, the transport ministry said.`;
    expect(datedStance(DONE('58'), '2025-06-30', DONE('62'), '2025-09-30')).toMatchObject({
      stance: 'updates',
      time: { newer: 'reference' },
    });
    expect(datedStance(DONE('58'), '2025-09-30', DONE('62'), '2025-09-30').stance).toBe('contradicts');
    const STRANDED = (n: string) => `About ${n} lorries were stranded on the Vell pass road, police said.`;
    expect(datedStance(STRANDED('250'), '2025-07-07', STRANDED('400'), '2025-07-08').stance).toBe('updates');
  });
});

describe('a figure set anew', () => {
  const PAY = 'Verrin Textiles said it would pay severance totalling $2.6 million to the workers it lays off.';
  const RAISED = 'Verrin Textiles has raised the total severance it will pay to $3.1 million, the union said.';

  it('is newer than the figure it replaced', () => {
    expect(datedStance(RAISED, '2025-04-28', PAY, '2025-04-24')).toMatchObject({
      stance: 'updates',
      time: { newer: 'page' },
    });
  });

  it('contradicts when it is the older report, or when both tell a change', () => {
    expect(datedStance(RAISED, '2025-04-20', PAY, '2025-04-24').stance).toBe('contradicts');
    expect(
      datedStance(
        'The Vell council has lowered the speed limit on the ring road to 20 miles an hour.',
        '2025-04-28',
        'The Vell council has raised the speed limit on the ring road to 30 miles an hour.',
        '2025-04-24',
      ).stance,
    ).toBe('contradicts');
  });
});

describe('an estimate put at a figure', () => {
  it('is revised by a later count', () => {
    expect(
      datedStance(
        'Early ministry estimates put first-quarter copper exports from Vell at about 1.05 million tonnes.',
        '2025-04-01',
        'Vell Copper exported 1.2 million tonnes of copper in the first quarter, the company said.',
        '2025-04-08',
      ),
    ).toMatchObject({ stance: 'updates', time: { newer: 'reference' } });
  });
});

describe('"not ... for" a length of time', () => {
  it('tells a delay, not a denial', () => {
    const result = datedStance(
      'The fire at the Ostra depot was not put out for roughly three hours.',
      '2025-02-05',
      'The fire at the Ostra depot burned for about three hours before it was put out.',
      '2025-02-05',
    );
    expect(result.stance).not.toBe('contradicts');
  });

  it('still denies in a perfect, which covers the whole span', () => {
    const negated = (sentence: string) =>
      analyseSentence(sentence, defaultLexicon)
        .features.words.filter((word) => word.negated)
        .map((word) => word.text);
    expect(negated('Rain has not fallen in Vell for six months.')).not.toEqual([]);
    expect(negated('The fire at the Ostra depot was not put out for roughly three hours.')).toEqual([]);
    expect(negated('No trains ran for three days.')).not.toEqual([]);
  });
});

describe('one precise figure of one act', () => {
  const EMPLOYS = 'The Verrin Stitch group currently employs about 9,800 workers.';

  it('tells the fact within a story, whoever the sentence names it of', () => {
    expect(storyStance('It employs roughly 9,800 people.', EMPLOYS).stance).toBe('supports');
  });

  it('needs a figure of two significant digits, the same act and the same actor', () => {
    expect(storyStance('It employs about 300 people.', 'The group currently employs about 300 workers.').stance).toBe(
      'related',
    );
    expect(storyStance('It laid off 9,800 people.', EMPLOYS).stance).toBe('related');
    expect(storyStance('Rival Dorn Textiles employs about 9,800 workers.', EMPLOYS).stance).toBe('related');
  });
});

describe('a precise figure beside verbs the lexicon does not link', () => {
  const HANDLED = 'The existing airport in Vell handled about 1.3 million passengers last year.';
  const CUT = "The plant's outage has cut about 3.5% of the power supplied to the Vell grid.";

  it('ties the two verbs to one act where the rest aligns in full', () => {
    const served = (n: string) =>
      `By comparison, Vell's current airport served some ${n} million passengers last year.`;
    expect(storyStance(served('1.3'), HANDLED).stance).toBe('supports');
    const removed = (n: string) =>
      `The blackout has removed roughly ${n} per cent of the power flowing into the Vell grid.`;
    expect(storyStance(removed('3.5'), CUT).stance).toBe('supports');
  });

  it('is not a yardstick both sides measure against', () => {
    expect(
      storyStance(
        "The profit fell short of analysts' average forecast of 3.4 billion euros.",
        "Vell Motors' operating profit beat the average analyst forecast of 3.4 billion euros.",
      ).stance,
    ).not.toBe('supports');
  });

  it('is no verdict when the figures differ: verbs worded apart never contradict', () => {
    expect(
      storyStance("By comparison, Vell's current airport served some 1.4 million passengers last year.", HANDLED)
        .stance,
    ).toBe('related');
    expect(
      storyStance('The blackout has removed roughly 4.5 per cent of the power flowing into the Vell grid.', CUT).stance,
    ).toBe('related');
  });
});

describe('a share of what was not done against a share of what was', () => {
  const DONE = 'Only about a third of the planned works had been completed, the transport ministry said.';

  it('is the rest of it: no contradiction', () => {
    const never = 'According to the ministry, roughly two-thirds of the planned works were never carried out.';
    expect(storyStance(never, DONE).stance).toBe('related');
  });

  it('still contradicts when the rest is another share', () => {
    const half = 'According to the ministry, roughly half of the planned works were never carried out.';
    expect(storyStance(half, DONE)).toMatchObject({
      stance: 'contradicts',
      differences: [{ kind: 'number', page: 'roughly half', reference: 'about a third' }],
    });
  });
});

describe('where the new readings stop', () => {
  const apart = (page: string, reference: string) => datedStance(page, '2025-03-04', reference, '2025-03-05').stance;

  it('reads no level in a deal that closed, a load, a speed, a sentence, one event or a verb after a share', () => {
    expect(
      apart(
        'The Vell lawsuit settled at $2 million, lawyers said.',
        'The Vell lawsuit settled at $3 million, lawyers said.',
      ),
    ).toBe('contradicts');
    expect(
      apart(
        'The Tarsa acquisition closed at $4.5 billion, the company said.',
        'The Tarsa acquisition closed at $5.2 billion, the company said.',
      ),
    ).toBe('contradicts');
    expect(
      apart(
        'The Vell bus was taking 45 pupils on a school trip.',
        'The Vell bus was taking 52 pupils on a school trip.',
      ),
    ).toBe('contradicts');
    expect(
      apart(
        'The former Vell mayor is facing 20 years in prison on the bribery charges.',
        'The former Vell mayor is facing 12 years in prison on the bribery charges.',
      ),
    ).toBe('contradicts');
    expect(
      apart(
        'Twelve miners were trapped in the collapse at the Ostra mine.',
        'Fifteen miners were trapped in the collapse at the Ostra mine.',
      ),
    ).toBe('contradicts');
    expect(
      apart(
        'Only 40 per cent finished the Vell marathon in the heat.',
        'Only 65 per cent finished the Vell marathon in the heat.',
      ),
    ).toBe('contradicts');
    expect(states('Flights from Vell were cancelled owing to 40 cm of snow.')).toEqual([false]);
  });

  it('reads a market close worded with its move, and a share done', () => {
    expect(states('Shares in the Vell bank closed up 3% at 2,150 pence.').at(-1)).toBe(true);
    expect(states('Construction of the Ostra dam is 62 per cent done.')).toEqual([true]);
  });

  it('sets no figure anew by a plan, a want, whom a cut reaches, or a raise to less', () => {
    const older = (page: string, reference: string) => datedStance(page, '2025-03-05', reference, '2025-03-04').stance;
    expect(
      older(
        'Unions are demanding that the government raise the minimum wage in Vell to $15 an hour.',
        'The minimum wage in Vell is $12 an hour.',
      ),
    ).toBe('contradicts');
    expect(
      older(
        'Tarsa Energy cut gas supplies to 12 European countries.',
        'Tarsa Energy supplies gas to 15 European countries.',
      ),
    ).toBe('contradicts');
    expect(
      older(
        'Police raised the reward to $20,000 for information on the Vell killing.',
        'The reward for information on the Vell killing stands at $50,000.',
      ),
    ).toBe('contradicts');
  });

  it('keeps the denial of an act done over a span', () => {
    const negated = (sentence: string) =>
      analyseSentence(sentence, defaultLexicon)
        .features.words.filter((word) => word.negated)
        .map((word) => word.text);
    expect(negated('The Vell sprinter was not banned for four years, the federation said.')).not.toEqual([]);
    expect(negated('Workers at the Ostra mill were not paid for three months.')).not.toEqual([]);
    expect(negated('The missing climber has still not been seen for three days.')).not.toEqual([]);
  });

  it('reads a share as the rest only when its own clause denies', () => {
    expect(
      storyStance(
        'The Vell reservoir was 30 per cent full and officials did not lift the hosepipe ban.',
        'The Vell reservoir was 70 per cent full.',
      ).stance,
    ).toBe('contradicts');
  });

  it('ties no opposite acts, and no things named apart, by a precise figure', () => {
    expect(
      storyStance(
        'The Vell hospital admitted 340 patients on Monday.',
        'The Vell hospital discharged 340 patients on Monday.',
      ).stance,
    ).toBe('related');
    expect(
      storyStance('It exported 1.2 million tonnes of copper.', 'Tarsa Mining exported 1.2 million tonnes of zinc.')
        .stance,
    ).toBe('related');
  });
});
