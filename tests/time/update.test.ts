import { describe, expect, it } from 'vitest';
import { annotateBlocks, buildReferenceIndex, claimsFromBlocks } from '@/lib/engine';
import { summariseMatches } from '@/lib/engine/status';
import { analyseSentence } from '@/lib/features/analyse';
import { defaultLexicon } from '@/lib/lexicon/default-lexicon';
import { align } from '@/lib/match/similarity';
import { decideStance } from '@/lib/match/stance';
import type { ClaimMatch } from '@/lib/types';
import { testSource } from '../helpers/articles';
import { datedStance as stance, THRESHOLD } from '../helpers/dated-stance';

const FIRE = (n: string) => `About ${n} homes have burned near Kelowna since the fire season began in July.`;
const FLOOD = (n: string) => `Floods in the Aldmere valley have killed ${n} people, the regional government said.`;

describe('an update: the same running total at another date', () => {
  it('is a total that grew over the weeks between the reports, with both dates and the newer side', () => {
    const result = stance(FLOOD('about 100'), '2024-12-19', FLOOD('about 300'), '2025-01-15');
    expect(result.stance).toBe('updates');
    expect(result.time).toEqual({ page: '2024-12-19', reference: '2025-01-15', newer: 'reference' });
    const newerPage = stance(FLOOD('about 300'), '2025-01-15', FLOOD('about 100'), '2024-12-19');
    expect(newerPage).toMatchObject({ stance: 'updates', time: { newer: 'page' } });
  });

  it("dates a sentence by its own time expression before its article's date", () => {
    const page =
      'As of mid-December, floods in the Aldmere valley had killed about 100 people, the regional government said.';
    const result = stance(page, '2025-01-20', FLOOD('about 300'), '2025-01-15');
    expect(result).toMatchObject({ stance: 'updates', time: { page: '2024-12-15', newer: 'reference' } });
  });

  it('includes supply restored after an outage, which only grows', () => {
    const restored = (n: string) => `The Vell utility restored power to ${n} of its customers, officials said.`;
    expect(stance(restored('30 percent'), '2025-03-10', restored('70 percent'), '2025-03-11')).toMatchObject({
      stance: 'updates',
      time: { newer: 'reference' },
    });
    expect(stance(restored('70 percent'), '2025-03-10', restored('30 percent'), '2025-03-11').stance).toBe(
      'contradicts',
    );
  });

  it('does not take a sum the victims get for a count of them', () => {
    const page = 'Injured mill workers will get 20,000 rupees each.';
    const reference = 'The ministry said each injured mill worker would receive 40,000 rupees.';
    expect(stance(page, '2025-03-10', reference, '2025-03-11').stance).toBe('contradicts');
  });

  it('stays a contradiction when the total falls as time passes', () => {
    expect(stance(FLOOD('about 300'), '2024-12-19', FLOOD('about 100'), '2025-01-15').stance).toBe('contradicts');
  });

  it('stays a contradiction when the total grew faster than its period allows', () => {
    const older = 'About 3,400 people have fled Port Sellin since the late 1990s, the ministry said.';
    const newer = 'About 34,000 people have fled Port Sellin since the late 1990s, the ministry said.';
    expect(stance(older, '2024-12-19', newer, '2025-01-15').stance).toBe('contradicts');
    // A total of a short period can triple in a month.
    expect(stance(FIRE('100'), '2024-08-20', FIRE('300'), '2024-09-20').stance).toBe('updates');
  });

  it('stays a contradiction for two reports of the same date, or a side without a date', () => {
    expect(stance(FLOOD('about 100'), '2025-01-15', FLOOD('about 300'), '2025-01-15').stance).toBe('contradicts');
    expect(stance(FLOOD('about 100'), '2025-01-14', FLOOD('about 300'), '2025-01').stance).toBe('contradicts');
    expect(stance(FLOOD('about 100'), '', FLOOD('about 300'), '2025-01-15').stance).toBe('contradicts');
    expect(stance(FLOOD('about 100'), '2024-12-19', FLOOD('about 300'), '').stance).toBe('contradicts');
  });

  it('stays a contradiction for a figure that is not a running total', () => {
    const fare = (n: string) => `The ferry to Port Sellin raised its fare to ${n} dollars, the operator said.`;
    expect(stance(fare('40'), '2024-12-19', fare('55'), '2025-01-15').stance).toBe('contradicts');
    expect(stance(fare('40'), '', fare('55'), '2025-01-15').undated).toBeUndefined();
  });

  it('says which side has no date when a running total differs', () => {
    expect(stance(FLOOD('about 100'), '', FLOOD('about 300'), '2025-01-15')).toMatchObject({
      stance: 'contradicts',
      undated: 'page',
    });
    expect(stance(FLOOD('about 100'), '2024-12-19', FLOOD('about 300'), '').undated).toBe('reference');
    expect(stance(FLOOD('about 100'), '', FLOOD('about 300'), '').undated).toBe('both');
    // Two dated reports of the same day: the dates are known, the difference is a conflict.
    expect(stance(FLOOD('about 100'), '2025-01-15', FLOOD('about 300'), '2025-01-15').undated).toBeUndefined();
  });

  it('is not looked for unless the caller gives the dates', () => {
    const page = analyseSentence(FLOOD('about 100'), defaultLexicon).features;
    const reference = analyseSentence(FLOOD('about 300'), defaultLexicon).features;
    const alignment = align(page, reference, () => 1);
    const input = { page, reference, alignment, pageText: FLOOD('about 100'), referenceText: FLOOD('about 300') };
    expect(decideStance(input, THRESHOLD).stance).toBe('contradicts');
  });
});

describe('the status of an updated sentence', () => {
  const match = (stance: ClaimMatch['stance'], sourceId: string, newer?: 'page' | 'reference'): ClaimMatch => ({
    claimId: sourceId,
    referenceClaim: '',
    source: { id: sourceId, title: '', publisher: '', url: '', publishedAt: '' },
    stance,
    score: 1,
    differences: [],
    ...(newer ? { time: { page: '2024-12-19', reference: '2025-01-15', newer } } : {}),
  });

  it('is updated when references report it at another date and none contradicts it', () => {
    expect(summariseMatches([match('updates', 'a', 'reference')])).toMatchObject({ status: 'updated', sourceCount: 1 });
    expect(summariseMatches([match('supports', 'a'), match('updates', 'b', 'reference')]).status).toBe('updated');
  });

  it('is corroborated when the page is the newer report and a reference agrees with it', () => {
    expect(summariseMatches([match('supports', 'a'), match('updates', 'b', 'page')]).status).toBe('corroborated');
  });

  it('stays conflicting when another reference contradicts it', () => {
    expect(summariseMatches([match('contradicts', 'a'), match('updates', 'b', 'reference')]).status).toBe(
      'conflicting',
    );
  });
});

describe('a reference dated only by its month', () => {
  const source = (id: string, publishedAt: string) => ({
    source: testSource(id, id, publishedAt),
    claims: claimsFromBlocks(id, [{ id: 'b0', text: FLOOD('about 300') }]),
  });
  const index = buildReferenceIndex([source('monthly', '2025-01'), source('daily', '2025-01-15')]);

  it('takes the update another reference shows when the two say the same', () => {
    const [annotation] = annotateBlocks(index, [{ id: 'p', text: FLOOD('about 1,000') }], {
      publishedAt: '2025-01-23',
    });
    expect(annotation.status).toBe('updated');
    const monthly = annotation.matches.find((match) => match.source.id === 'monthly');
    expect(monthly).toMatchObject({
      stance: 'updates',
      time: { page: '2025-01-23', reference: '2025-01', newer: 'page' },
    });
  });

  it('stays a conflict when no reference can be placed before the page', () => {
    const alone = buildReferenceIndex([source('monthly', '2025-01')]);
    const [annotation] = annotateBlocks(alone, [{ id: 'p', text: FLOOD('about 1,000') }], {
      publishedAt: '2025-01-23',
    });
    expect(annotation.status).toBe('conflicting');
  });
});

describe('a later count within the older floor', () => {
  const FLOOR = 'At least 12 people were killed when a hillside gave way above Corrow on Sunday, police said.';
  const LEVEL = 'The death toll from the hillside collapse above Corrow rose to 15.';

  it('is an update when the older report gives only a floor and the newer one counted more', () => {
    expect(stance(LEVEL, '2026-03-03', FLOOR, '2026-03-01')).toMatchObject({
      stance: 'updates',
      time: { newer: 'page' },
      differences: [{ kind: 'number', page: '15', reference: 'At least 12' }],
    });
    expect(stance(FLOOR, '2026-03-01', LEVEL, '2026-03-03')).toMatchObject({
      stance: 'updates',
      time: { newer: 'reference' },
    });
  });

  it('agrees on the same day, and when the newer report gives the floor', () => {
    expect(stance(LEVEL, '2026-03-01', FLOOR, '2026-03-01').stance).toBe('supports');
    const laterFloor = 'At least 12 people were killed when a hillside gave way above Corrow on Sunday.';
    const earlierCount = 'Fifteen people were killed when a hillside gave way above Corrow on Sunday.';
    expect(stance(laterFloor, '2026-03-03', earlierCount, '2026-03-01').stance).toBe('supports');
  });

  it('keeps its total when a later clause says how it grew ("after two more of the injured died")', () => {
    const grown =
      'The death toll from the hillside collapse above Corrow rose to 15 after two more of the injured died.';
    expect(stance(grown, '2026-03-03', FLOOR, '2026-03-01').stance).toBe('updates');
    // A part on its own is still no claim about the toll.
    const part = 'Two of those killed above Corrow on Sunday were brothers.';
    expect(stance(part, '2026-03-03', FLOOR, '2026-03-01').stance).not.toBe('supports');
  });
});

describe('a lower count of the same day that gives itself as a count so far', () => {
  const FINAL = 'The capsizing of the ferry off Tarvo killed 61 people, the coastguard said.';

  it('is the earlier report when it gives a floor or the hour it counted to', () => {
    const floor = 'At least 23 people died when a ferry overturned off Tarvo, officials said.';
    expect(stance(floor, '2026-05-02', FINAL, '2026-05-02')).toMatchObject({
      stance: 'updates',
      time: { page: '2026-05-02', reference: '2026-05-02', newer: 'reference' },
    });
    expect(stance(FINAL, '2026-05-02', floor, '2026-05-02')).toMatchObject({
      stance: 'updates',
      time: { newer: 'page' },
    });
    const asOf = 'The capsizing of the ferry off Tarvo had killed 40 people as of 3 p.m., the coastguard said.';
    expect(stance(asOf, '2026-05-02', FINAL, '2026-05-02')).toMatchObject({
      stance: 'updates',
      time: { newer: 'reference' },
    });
  });

  it('stays a contradiction when the lower count is given as the total, or both give floors', () => {
    const total = 'The capsizing of the ferry off Tarvo killed 23 people, officials said.';
    expect(stance(total, '2026-05-02', FINAL, '2026-05-02').stance).toBe('contradicts');
    const floors = (n: string) => `At least ${n} people died when a ferry overturned off Tarvo, officials said.`;
    expect(stance(floors('23'), '2026-05-02', floors('61'), '2026-05-02').stance).toBe('contradicts');
  });

  it('is no update of a floor the other figure is within', () => {
    const within = 'More than 50 people died when a ferry overturned off Tarvo, officials said.';
    expect(stance(within, '2026-05-02', FINAL, '2026-05-02').stance).toBe('supports');
  });

  it('is the earlier count when it says it was counted by an earlier hour, whatever it counts', () => {
    const early = 'Farmers had found 90 of the stolen sheep by Tuesday morning, the police said.';
    const late = 'Farmers had found 140 of the stolen sheep by Tuesday evening, the police said.';
    expect(stance(early, '2026-06-02', late, '2026-06-02')).toMatchObject({
      stance: 'updates',
      time: { newer: 'reference' },
    });
    // A deadline is no count so far.
    const deadline = 'Farmers must find 90 of the stolen sheep by Tuesday morning, the police said.';
    expect(stance(deadline, '2026-06-02', late, '2026-06-02').stance).not.toBe('updates');
    const told = 'Farmers have been told to find 90 of the stolen sheep by Tuesday morning, the police said.';
    expect(stance(told, '2026-06-02', late, '2026-06-02').stance).not.toBe('updates');
  });
});

describe('a level said to have risen to its figure', () => {
  it('counts what the tally subject counts, and is a tally of its day', () => {
    const before = 'The number of confirmed mumps cases in the Varne district has climbed to 212, the ministry said.';
    const after = 'The ministry said the mumps outbreak in the Varne district had grown to 260 confirmed cases.';
    expect(stance(before, '2026-04-01', after, '2026-04-03')).toMatchObject({
      stance: 'updates',
      time: { newer: 'reference' },
    });
    expect(stance(before, '2026-04-03', after, '2026-04-03').stance).toBe('contradicts');
  });

  it('makes a count of any event a tally to date when it "has risen to" its figure', () => {
    const later = 'The bank said on Friday that the number of accounts exposed in the leak had risen to 4.1 million.';
    const first = 'The bank disclosed a leak exposing 3.2 million accounts on Wednesday.';
    expect(stance(later, '2026-09-11', first, '2026-09-09')).toMatchObject({
      stance: 'updates',
      time: { newer: 'page' },
    });
  });
});

describe('the day a total stood at its level', () => {
  it("dates the figure, not the event: no date difference with the event's day", () => {
    const reference = 'Fifteen people were killed when a hillside gave way above Corrow on Sunday.';
    const page = 'The death toll from the hillside collapse above Corrow had risen to 15 by Tuesday.';
    expect(stance(page, '2026-03-03', reference, '2026-03-03')).toMatchObject({ stance: 'supports', differences: [] });
    // The day of the event itself still differs.
    const otherDay = 'Fifteen people were killed when a hillside gave way above Corrow on Monday.';
    expect(stance(otherDay, '2026-03-03', reference, '2026-03-03').stance).toBe('contradicts');
  });
});

describe("the event's own day on both sides", () => {
  const early = 'Two hikers died when a landslide struck the Corrow trail on Sunday, police said this evening.';
  const later = 'Five hikers were killed when a landslide struck the Corrow trail on Sunday, police said.';

  it("dates the event, not the counts: the articles' dates tell an early count from a later one", () => {
    expect(stance(early, '2026-02-01', later, '2026-02-02')).toMatchObject({
      stance: 'updates',
      time: { page: '2026-02-01', reference: '2026-02-02', newer: 'reference' },
    });
  });

  it('stays a contradiction when the articles are of one day, or the later count is lower', () => {
    expect(stance(early, '2026-02-02', later, '2026-02-02').stance).toBe('contradicts');
    expect(stance(later, '2026-02-01', early, '2026-02-02').stance).toBe('contradicts');
  });
});

describe('a count and the day of its event', () => {
  const evening = 'Two people were killed when a tram left the rails in Corrow, police said.';
  const nextDay = 'Five people were killed when a tram left the rails in Corrow late on Tuesday, police said.';

  it("is as of its report when the sentence's day is the event's: a next-day toll updates an evening one", () => {
    // 2026-03-24 is a Tuesday.
    expect(stance(evening, '2026-03-24', nextDay, '2026-03-25')).toMatchObject({
      stance: 'updates',
      time: { page: '2026-03-24', reference: '2026-03-25', newer: 'reference' },
    });
  });

  it('is as of the day the sentence gives the count itself ("as of Tuesday")', () => {
    const asOf = 'As of Tuesday, five people had been killed when a tram left the rails in Corrow, police said.';
    expect(stance(evening, '2026-03-24', asOf, '2026-03-25').stance).toBe('contradicts');
  });
});

describe('a tally by its own words or by what it counts', () => {
  it('is a running total when it says "so far" or "to date"', () => {
    const early = 'The college says 19 students have so far admitted seeing the paper before the exam.';
    const later = 'The college said 27 students had admitted seeing the paper before the exam.';
    expect(stance(early, '2026-10-05', later, '2026-10-06')).toMatchObject({
      stance: 'updates',
      time: { newer: 'reference' },
    });
    // Without those words, a count of students who admitted something is not a tally time explains.
    const plain = 'The college says 19 students admitted seeing the paper before the exam.';
    expect(stance(plain, '2026-10-05', later, '2026-10-06').stance).toBe('contradicts');
  });

  it('is a running total when it says "now", or counts since the event began', () => {
    const later = 'The college said 27 students had admitted seeing the paper before the exam.';
    const now = 'The college says 19 students have now admitted seeing the paper before the exam.';
    expect(stance(now, '2026-10-05', later, '2026-10-06')).toMatchObject({ stance: 'updates' });
    const puts = 'The ministry now puts the number of pupils affected by the Corrow strike at 31,000.';
    const affected = 'The ministry said 27,000 pupils were affected by the Corrow strike.';
    expect(stance(puts, '2026-10-08', affected, '2026-10-06')).toMatchObject({
      stance: 'updates',
      time: { newer: 'page' },
    });
    // The estimate counts the pupils, not the strike: on the same day it contradicts.
    expect(stance(puts, '2026-10-06', affected, '2026-10-06').stance).toBe('contradicts');
    const since = 'The college says 19 students have admitted seeing the paper since the inquiry began.';
    expect(stance(since, '2026-10-05', later, '2026-10-06')).toMatchObject({ stance: 'updates' });
    // A record's span is no tally: the most rain since records began is one day's figure.
    const rain = (mm: number) => `The storm brought ${mm} millimetres of rain to Corrow, the most since records began.`;
    expect(stance(rain(300), '2026-10-05', rain(350), '2026-10-06').stance).toBe('contradicts');
  });

  it('counts people taken ill as a running total', () => {
    const earlier = 'More than 200 guests were taken ill after the banquet in Corrow on Saturday.';
    const newer = 'The number of people taken ill after the banquet in Corrow has climbed to 260.';
    expect(stance(newer, '2026-07-21', earlier, '2026-07-20')).toMatchObject({
      stance: 'updates',
      time: { newer: 'page' },
    });
  });

  it('counts oil leaked, waste gathered and people admitted to hospital as running totals', () => {
    const leaked = (n: string) => `About ${n} tonnes of diesel have leaked from the grounded barge off Corrow.`;
    expect(stance(leaked('900'), '2026-08-08', leaked('500'), '2026-08-06')).toMatchObject({
      stance: 'updates',
      time: { newer: 'page' },
    });
    const gathered = (n: string) => `Volunteers have gathered ${n} tonnes of oily sand from the Corrow beaches.`;
    expect(stance(gathered('300'), '2026-08-08', gathered('80'), '2026-08-06').stance).toBe('updates');
    const admitted = (n: string) => `${n} children have been admitted to hospital in Corrow with kidney failure.`;
    expect(stance(admitted('Fifteen'), '2026-04-24', admitted('Nine'), '2026-04-22').stance).toBe('updates');
  });

  it('counts people treated in hospital as a running total', () => {
    const earlier = 'Some 40 spectators were treated in hospital after the heat at the Corrow show.';
    const newer = 'In all, 52 spectators have been treated in hospital after the heat at the Corrow show.';
    expect(stance(newer, '2026-06-17', earlier, '2026-06-15')).toMatchObject({
      stance: 'updates',
      time: { newer: 'page' },
    });
  });
});

describe('a count of those still in a state beside a total', () => {
  const total = 'Nine people were killed and 31 injured when fire swept the Corrow hotel late on Sunday.';

  it('is some of the total, not another figure for it', () => {
    const still = 'Seven people injured when fire swept the Corrow hotel late on Sunday are still being treated.';
    expect(stance(still, '2026-08-10', total, '2026-08-10').stance).toBe('related');
  });

  it('contradicts the total when it is larger than the total', () => {
    const more = 'Forty people injured when fire swept the Corrow hotel late on Sunday are still being treated.';
    expect(stance(more, '2026-08-10', total, '2026-08-10').stance).toBe('contradicts');
  });
});

describe('two counts far apart in time', () => {
  it('are of two events when more than a year apart without a period of their own', () => {
    expect(stance(FLOOD('about 100'), '2024-03-01', FLOOD('about 300'), '2026-03-01').stance).not.toBe('updates');
  });

  it('keep the date of an event long before its report', () => {
    const past = 'In November 2016, a tram derailed in Corrow, killing seven people.';
    const now = 'Two people were killed when a tram derailed in Corrow on Tuesday.';
    expect(stance(past, '2026-03-06', now, '2026-03-04').stance).not.toBe('updates');
  });
});

describe('a day a state or count stood by', () => {
  it('is not the day of the event: "by Friday it had reopened" agrees with "reopened on Wednesday"', () => {
    const page = 'By Friday, the Corrow airport had reopened to passenger flights.';
    const reference = 'The Corrow airport reopened to passenger flights on Wednesday.';
    expect(stance(page, '2026-11-06', reference, '2026-11-06').stance).toBe('supports');
    // A day the event itself happened on still differs.
    const otherDay = 'The Corrow airport reopened to passenger flights on Friday.';
    expect(stance(otherDay, '2026-11-06', reference, '2026-11-06').stance).toBe('contradicts');
  });
});
