/**
 * A figure the sentence's own words place in another period than the other sentence's ("the season before", "a
 * year earlier", "in 2018") is another fact: no verdict, neither red nor green.
 */
import { describe, expect, it } from 'vitest';
import { annotateBlocks, buildReferenceIndex, claimsFromBlocks } from '@/lib/engine';
import { otherPeriod } from '@/lib/time/period';
import { testSource } from '../helpers/articles';
import { datedStance as stance } from '../helpers/dated-stance';

describe('a figure of another period', () => {
  it('is placed by a year, a year counted back or another period counted back', () => {
    const goals = 'Okafor scored 22 goals for Brenford last season.';
    expect(
      otherPeriod('Okafor scored 15 goals for Brenford the season before.', '2025-06-01', goals, '2025-06-01'),
    ).toBe(true);
    expect(otherPeriod('Okafor scored 22 goals for Brenford last season.', '2025-06-01', goals, '2025-06-03')).toBe(
      false,
    );
    const revenue = 'Halvard Foods reported revenue of 640 million dollars for the second quarter.';
    expect(
      otherPeriod(
        'Halvard Foods had revenue of 590 million dollars a year earlier.',
        '2025-08-01',
        revenue,
        '2025-08-01',
      ),
    ).toBe(true);
    expect(
      otherPeriod('Halvard Foods had revenue of 590 million dollars in 2023.', '2025-08-01', revenue, '2025-08-01'),
    ).toBe(true);
    // Years counted in winters: "two winters ago" is two years back.
    expect(
      otherPeriod(
        'A tonne of feed cost as little as 300 dollars two winters ago, one trader said.',
        '2026-02-10',
        'A tonne of feed now sells for about 900 dollars.',
        '2026-02-11',
      ),
    ).toBe(true);
    // "Last year" in January is the year of a reference of the summer before.
    expect(
      otherPeriod(
        'Last year, the Orlen river flooded 200 homes.',
        '2025-01-10',
        'The Orlen river flooded 200 homes.',
        '2024-07-02',
      ),
    ).toBe(false);
  });

  it('is not placed by a full date, the start of a total, a comparison, another clause or an earlier figure', () => {
    const flood = 'Floods in the Orlen valley have killed 40 people.';
    expect(
      otherPeriod(
        'As of December 2024, floods in the Orlen valley had killed 30 people.',
        '2025-01-10',
        flood,
        '2025-01-12',
      ),
    ).toBe(false);
    expect(
      otherPeriod(
        'About 9,000 people have left Orlen since 2016.',
        '2025-01-10',
        'About 9,000 people have left Orlen since 2016.',
        '2025-01-10',
      ),
    ).toBe(false);
    // A year a comparison starts from, or the time of another clause of the sentence.
    const record = 'It is the wettest summer in the Orlen valley since the floods of 2009-10.';
    expect(otherPeriod(record, '2025-01-10', 'It is the wettest summer since the 2009-10 floods.', '2025-01-12')).toBe(
      false,
    );
    const twoClauses =
      'The Orlen dam was finished in 2021, and the council said on Monday that 40 homes were flooded below it.';
    expect(
      otherPeriod(twoClauses, '2025-01-10', 'Floods have reached 40 homes below the Orlen dam.', '2025-01-10'),
    ).toBe(false);
    expect(
      otherPeriod(
        'Halvard Foods reported revenue of 640 million dollars, up from 590 million a year earlier.',
        '2025-08-01',
        'Halvard Foods reported revenue of 640 million dollars.',
        '2025-08-01',
      ),
    ).toBe(false);
    // The period a change is measured from: both say this year's revenue, each with its own words for the base.
    expect(
      otherPeriod(
        'Halvard Foods reported revenue of 640 million dollars, up 8% from the same quarter last year.',
        '2025-08-01',
        'Halvard Foods reported revenue of 640 million dollars, up 8% compared with a year earlier.',
        '2025-08-01',
      ),
    ).toBe(false);
  });

  it('gets no verdict, neither a contradiction nor a corroboration', () => {
    const reference = 'Okafor scored 22 goals in 31 games for Brenford last season.';
    expect(
      stance(
        'Okafor scored 15 goals in 28 games for Brenford the season before.',
        '2025-06-01',
        reference,
        '2025-06-01',
      ).stance,
    ).toBe('related');
    const flood = 'The Orlen river flooded 200 homes, the council said.';
    expect(
      stance('In 2018, the Orlen river flooded 200 homes, the council said.', '2025-03-01', flood, '2025-03-01').stance,
    ).toBe('related');
    expect(
      stance('A year ago, the Orlen river flooded 200 homes, the council said.', '2025-03-01', flood, '2025-03-01')
        .stance,
    ).toBe('related');
  });

  it('holds for a clause of the sentence: the sentence places it', () => {
    const wire = 'Floods in the Orlen valley have destroyed 200 homes, the council said.';
    const index = buildReferenceIndex([
      {
        source: testSource('wire', 'wire', '2025-03-01'),
        claims: claimsFromBlocks('wire', [{ id: 'b0', text: wire }]),
      },
    ]);
    const page = 'The floods are the worst since 2018, when floods in the Orlen valley destroyed 200 homes.';
    const [annotation] = annotateBlocks(index, [{ id: 'p', text: page }], { publishedAt: '2025-03-01' });
    expect(annotation?.status ?? 'none').not.toBe('corroborated');
  });
});

describe('an event dated by its own words more than a year before the other report', () => {
  const reference = 'A tornado killed four people in the town of Vell on Tuesday evening, officials said.';

  it('is another event of the same kind: no verdict', () => {
    const past = 'In March 2019 a tornado killed four people in the town of Vell.';
    expect(stance(past, '2026-10-22', reference, '2026-10-22').stance).not.toBe('supports');
    expect(stance(reference, '2026-10-22', reference, '2026-10-22').stance).toBe('supports');
  });

  it('is not so for an end date ahead, or two own dates of one fact', () => {
    const ban = 'The ban on Vell runs until March 2030 and covers four clubs.';
    expect(stance('The ban on Vell covers four clubs.', '2026-10-22', ban, '2026-10-22').stance).toBe('supports');
    const last = (year: string) => `The last tornado to kill anyone in Vell struck in March ${year}.`;
    expect(stance(last('2019'), '2026-10-22', last('2016'), '2026-10-22').stance).toBe('contradicts');
  });
});

describe('a total over a span of many events', () => {
  const event = 'The landslide above Corrow killed 19 people on Sunday, police said.';

  it("is another fact than one event's count: so far this season, or in a typical year", () => {
    const season = 'Landslides have killed 19 people in the province since the start of the rainy season.';
    expect(otherPeriod(season, '2026-03-02', event, '2026-03-02')).toBe(true);
    expect(otherPeriod(event, '2026-03-02', season, '2026-03-02')).toBe(true);
    const typical = 'In an average year about 19 people die in landslides in the province.';
    expect(otherPeriod(typical, '2026-03-02', event, '2026-03-02')).toBe(true);
    expect(
      stance(season, '2026-03-04', 'Landslides in the province killed 12 people on Sunday.', '2026-03-02').stance,
    ).toBe('related');
  });

  it('is the same period as another total of that span', () => {
    const season = 'Landslides have killed 19 people in the province since the start of the rainy season.';
    const soFar = 'Landslides have killed 19 people in the province so far this season.';
    expect(otherPeriod(season, '2026-03-02', soFar, '2026-03-02')).toBe(false);
  });
});
