/**
 * Which measure a figure gives (its kind, its currency, the base of its change, a multiple, the size of a group) and
 * when a figure was counted (a first estimate, a window of hours, the day of the things counted). Every sentence is
 * written for these tests about invented companies and events.
 */
import { describe, expect, it } from 'vitest';
import { analyseSentence } from '../../lib/features/analyse';
import { defaultLexicon } from '../../lib/lexicon/default-lexicon';
import { sentenceTime } from '../../lib/time/sentence-time';
import { datedStance, storyStance } from '../helpers/dated-stance';

const quantities = (sentence: string) => analyseSentence(sentence, defaultLexicon).features.quantities;

describe('what a figure measures', () => {
  it('reads sums in won after a large amount, and in US dollars, as money', () => {
    expect(quantities('Net profit reached 3.9 trillion won.')[0]).toMatchObject({ unit: 'krw' });
    expect(quantities('Tickets cost 18,000 won each.')[0]).toMatchObject({ unit: 'krw' });
    expect(quantities('The plan was raised to 12 billion US dollars.')[0]).toMatchObject({ unit: 'usd' });
    // "won" after a small number is the verb.
    expect(quantities('The three won the final.')[0]?.unit).toBe('');
  });

  it("reads a change's end as counting what its start counts", () => {
    const [start, end] = quantities(
      'Voters turned down a plan to raise the pension age from 63 to 67 in the spring vote.',
    );
    expect(end).toMatchObject({ value: 67, head: start.head, predicate: start.predicate });
    expect(start.predicate).toBeDefined();
    const [to, from] = quantities('The mill cut its staff to 40 from 65 workers.');
    expect(from.predicate).toBe(to.predicate);
    // A span of values is no change: "range in age from 58 to 91".
    expect(quantities('Those taken ill range in age from 58 to 91.')[0].from).toBeUndefined();
    const result = storyStance(
      'The plan would have raised the pension age from 63 to 66.',
      'Voters turned down a plan to raise the pension age from 63 to 67 in the spring vote.',
    );
    expect(result.differences).toContainEqual({ kind: 'number', page: '66', reference: '67' });
  });

  it('finds no agreement between sums in two currencies', () => {
    const result = storyStance(
      'It raised its investment plan for the year to 21 billion US dollars.',
      'The company raised its planned investment for this year to 21 trillion won from 18 trillion won.',
    );
    expect(result.stance).toBe('related');
  });

  it('does not set net profit against operating profit', () => {
    const result = storyStance(
      'Operating profit for April to June was 2.6 trillion won.',
      'Net profit reached 1.9 trillion won.',
    );
    expect(result.stance).not.toBe('contradicts');
    // Two figures of the same kind still differ.
    expect(
      storyStance('Net profit for April to June was 2.6 trillion won.', 'Net profit reached 1.9 trillion won.').stance,
    ).toBe('contradicts');
  });

  it('a month in a sentence’s subject names no actor', () => {
    const result = storyStance(
      'Operating profit for April to June was 2.6 trillion won, 41% more than a year earlier.',
      'Halvard Chemicals reported an operating profit of 2.6 trillion won for the second quarter, up 41% from a year earlier.',
    );
    expect(result.stance).toBe('supports');
  });

  it('does not set a change on a year before against a change on the quarter before', () => {
    expect(
      storyStance(
        'The operating profit was 41% higher than a year earlier.',
        'Operating profit was 12% higher than in the first quarter.',
      ).stance,
    ).not.toBe('contradicts');
    // Each figure takes the base named after it.
    const [month, year] = quantities('Consumer prices rose 0.4% on the month and 2.8% on the year.');
    expect([month.base, year.base]).toEqual(['period', 'year']);
    // The same base still differs.
    expect(
      storyStance(
        'The operating profit was 41% higher than a year earlier.',
        'Operating profit rose 29% from a year earlier.',
      ).stance,
    ).toBe('contradicts');
  });

  it('reads a multiplying verb as a change in percent', () => {
    expect(
      storyStance(
        'Exports of solar panels tripled from a year earlier.',
        'Exports of solar panels doubled from a year earlier.',
      ).stance,
    ).toBe('contradicts');
    expect(
      storyStance(
        'Exports of solar panels rose 100% from a year earlier.',
        'Exports of solar panels doubled from a year earlier.',
      ).stance,
    ).toBe('supports');
  });

  it('a growth rate is the size of one change, not a running total a later report updates', () => {
    const result = datedStance(
      'Revenue rose 35% to 9.6 trillion won.',
      '2025-07-26',
      'Revenue rose 18% to 9.6 trillion won in the April-June period, the company said on Thursday.',
      '2025-07-25',
    );
    expect(result.stance).toBe('contradicts');
  });

  it('a sum a verb of level gives is its subject’s, and two words of one name tie two sums', () => {
    expect(quantities('The flood relief sent by the state for the valley totals 6 million pesos.')[0]).toMatchObject({
      head: 'relief',
    });
    const result = storyStance(
      'The flood relief sent by the state for the valley totals 6 million pesos.',
      'The state released 60 million pesos in flood relief, the interior ministry said.',
    );
    expect(result.stance).toBe('contradicts');
  });

  it('does not set prices of one kind against prices of another', () => {
    expect(storyStance('Fuel prices rose 4.1% in May.', 'Rent prices rose 2.2% in May.').stance).not.toBe(
      'contradicts',
    );
    expect(storyStance('Fuel prices rose 4.1% in May.', 'Fuel prices rose 2.2% in May.').stance).toBe('contradicts');
  });

  it('the year a change is measured from is not the year of the fact', () => {
    const result = datedStance(
      'Exports climbed to 8.2 billion euros, an increase of 14% on a year earlier.',
      '2025-06-03',
      'Exports rose 14% to 8.2 billion euros in May, the statistics office said on Tuesday.',
      '2025-06-04',
    );
    expect(result.stance).toBe('supports');
  });

  it('how long the occasion of a statement lasted pins no fact down', () => {
    expect(quantities('"We cannot go further," Mr Osei told reporters after a five-hour meeting.')[0]).toMatchObject({
      occasion: true,
    });
    // A length the sentence itself states is a plain figure.
    expect(quantities('The talks lasted five hours.')[0].occasion).toBeUndefined();
    // Two sentences worded alike still differ in it.
    expect(
      storyStance(
        'Leaders announced the trade deal at the end of a two-day summit in Varna.',
        'Leaders announced the trade deal at the end of a three-day summit in Varna.',
      ).stance,
    ).toBe('contradicts');
    const result = storyStance(
      '"We cannot go further," Mr Osei told reporters after a five-hour meeting.',
      'The offer will reach about 40,000 teachers, Education Minister Ama Danquah told reporters after a seven-hour meeting.',
    );
    expect(result.stance).not.toBe('contradicts');
  });

  it('two sizes of one group by name leave the sentence unconfirmed', () => {
    const result = storyStance(
      'The union represents about 70% of Norland’s 5,200 nurses.',
      'The strike was called by the nurses’ union, which represents about 70% of the country’s 2,500 nurses.',
    );
    expect(result.stance).toBe('related');
    // They may be two groups: no contradiction either way.
    expect(
      storyStance(
        "Fifty of the plant's 200 workers were injured in the blast.",
        "Fifty of the company's 1,200 workers were injured in the blast.",
      ).stance,
    ).not.toBe('contradicts');
  });
});

describe('when a figure was counted', () => {
  it('a figure first estimated is updated by a later report, larger or smaller', () => {
    const result = datedStance(
      'The crack in the dam wall is about 40 metres long, according to an initial estimate from engineers.',
      '2025-03-02',
      'The crack in the dam wall was about 25 metres long on Monday morning.',
      '2025-03-03',
    );
    expect(result.stance).toBe('updates');
    // A first estimate of the same day is no earlier report.
    expect(
      datedStance(
        'The crack in the dam wall is about 40 metres long, according to an initial estimate from engineers.',
        '2025-03-03',
        'The crack in the dam wall was about 25 metres long on Monday morning.',
        '2025-03-03',
      ).stance,
    ).toBe('contradicts');
    // "First-quarter results" are no first estimate.
    expect(
      datedStance(
        'Operating profit was 2.1 billion crowns in the first quarter results.',
        '2025-03-02',
        'Operating profit was 2.6 billion crowns in the first quarter.',
        '2025-03-03',
      ).stance,
    ).toBe('contradicts');
  });

  it('an estimate, whoever made it, is updated by a later figure; a plain figure is not', () => {
    const costs = storyStance(
      'Repairing the Lormont footbridge will cost about 17 million euros, the council said.',
      'Repairing the Lormont footbridge will cost about 12 million euros, according to a council estimate.',
      { page: '2025-05-09', reference: '2025-05-06' },
    );
    expect(costs).toMatchObject({ stance: 'updates', time: { newer: 'page' } });
    const harvest = 'Barley output in the Vell region reached 4.6 million tonnes this season.';
    const estimated = 'Barley output in the Vell region was estimated at 4.2 million tonnes this season.';
    expect(storyStance(estimated, harvest, { page: '2025-09-01', reference: '2025-09-04' })).toMatchObject({
      stance: 'updates',
      time: { newer: 'reference' },
    });
    // The estimate is the newer report: the older figure was given as it was, and the two conflict.
    expect(storyStance(estimated, harvest, { page: '2025-09-04', reference: '2025-09-01' }).stance).toBe('contradicts');
    // An estimate of the same day as the figure is no earlier report.
    expect(storyStance(estimated, harvest, { page: '2025-09-01', reference: '2025-09-01' }).stance).toBe('contradicts');
  });

  it('an estimate of another figure, or one the figure beat, leaves the figure as it was', () => {
    const dated = { page: '2025-03-12', reference: '2025-03-10' };
    expect(
      storyStance(
        'The Varn ferry carried 250 passengers.',
        'The Varn ferry carried 300 passengers, an estimated 40 of them children.',
        dated,
      ).stance,
    ).toBe('contradicts');
    expect(
      storyStance(
        'Kessel Bank reported a net profit of 40 million euros for 2024.',
        "Kessel Bank reported a net profit of 55 million euros for 2024, beating analysts' estimates.",
        dated,
      ).stance,
    ).toBe('contradicts');
  });

  it('finds no agreement between two sums of one currency that nothing pairs', () => {
    const result = storyStance(
      'The estimated cost of rebuilding the Lormont footbridge has risen to about 17 million euros.',
      'Rebuilding the Lormont footbridge is expected to cost about 12 million euros, according to a council estimate.',
    );
    expect(result.stance).toBe('related');
    expect(
      storyStance(
        'The estimated cost of rebuilding the Lormont footbridge has risen to about 12 million euros.',
        'Rebuilding the Lormont footbridge is expected to cost about 12 million euros, according to a council estimate.',
      ).stance,
    ).toBe('supports');
  });

  it("a count's first update is revised by a later one", () => {
    expect(
      datedStance(
        "Damage to the harbour came to 12 million euros in the port authority's first update.",
        '2025-06-08',
        'Damage to the harbour came to 15 million euros, the port authority said.',
        '2025-06-09',
      ).stance,
    ).toBe('updates');
  });

  it('counts over windows of hours that end at their reports count different hours', () => {
    const result = datedStance(
      'In the 24 hours to Sunday morning, clinics in the province treated 45 people for smoke inhalation, officials said.',
      '2025-08-10',
      'Clinics in the province treated 110 people for smoke inhalation over the past 24 hours, officials said.',
      '2025-08-07',
    );
    expect(result.stance).toBe('updates');
  });

  it('a level read at two dates may have moved either way between them', () => {
    const page = 'The shilling has since slipped back to 131.60 per dollar.';
    const reference = 'The shilling strengthened to 129.80 per dollar.';
    expect(datedStance(page, '2025-06-14', reference, '2025-06-11').stance).toBe('updates');
    // On one day, the two readings differ.
    expect(datedStance(page, '2025-06-11', reference, '2025-06-11').stance).toBe('contradicts');
  });

  it('a level verb given once for two figures makes both levels', () => {
    const result = datedStance(
      'The deposit rate currently stands at 6.25% and the lending rate at 7.25%.',
      '2025-03-18',
      'The deposit rate now stands at 5.75% and the lending rate at 6.75%.',
      '2025-03-19',
    );
    expect(result.stance).toBe('updates');
  });

  it('homes a flood has hit are a count that grows', () => {
    const result = datedStance(
      'Around 9,000 homes have been hit by the flooding.',
      '2025-10-01',
      'About 16,000 homes have been hit, according to the disaster agency.',
      '2025-10-02',
    );
    expect(result.stance).toBe('updates');
  });

  it('the day of the things counted is not the day of the count', () => {
    // 2025-05-12 is a Monday.
    expect(
      sentenceTime('Ferry operators had cancelled some 300 crossings for Tuesday by Monday evening.', '2025-05-12').when
        ?.iso,
    ).toBe('2025-05-12');
    expect(
      sentenceTime('The operator said it had already cancelled 60 of its Tuesday crossings.', '2025-05-12'),
    ).toMatchObject({ own: false });
    // A weekday with a part of the day after "its" is still a time.
    expect(sentenceTime('The ferry left on Tuesday morning.', '2025-05-12').when?.iso).toBe('2025-05-13');
    const result = datedStance(
      'The operator said it had already cancelled 60 of its Tuesday crossings.',
      '2025-05-12',
      'The operator said it had cancelled 95 crossings on Tuesday.',
      '2025-05-13',
    );
    expect(result.stance).toBe('updates');
  });

  it('a toll whose subject runs long is still a toll', () => {
    const result = datedStance(
      'The death toll from last week’s fire at the Lindqvist textile mill in Borlange has risen to 14, officials said on Monday.',
      '2025-02-17',
      'A fire at the Lindqvist textile mill in Borlange left 9 workers dead, officials said.',
      '2025-02-13',
    );
    expect(result.stance).toBe('updates');
  });
});

describe('counts, subjects and stages', () => {
  it('a vote share with part of the ballots counted is updated by the full count', () => {
    const final =
      "Jonas Berg's Unity Party won Sunday's parliamentary election in Norland with 25.9 percent of the vote, the state election commission said on Monday after counting all ballots cast in Norland.";
    const result = storyStance(
      'With about 58 percent of ballots counted, the party had 27.4 percent of the vote.',
      final,
      {
        page: '2025-04-13',
        reference: '2025-04-14',
      },
    );
    expect(result.stance).toBe('updates');
  });

  it('places an outbreak has spread to are a count that grows', () => {
    const result = storyStance(
      'Cholera cases have been reported in three districts along the Mirra River, health officials said.',
      'The cholera outbreak has spread to five districts along the Mirra River, health officials said.',
      { page: '2025-02-10', reference: '2025-02-11' },
    );
    expect(result.stance).toBe('updates');
    // A word joined by a hyphen is part of what a count counts.
    expect(quantities('Cases have been reported in three sub-districts.')[0].head).toBe('district');
  });

  it('"dozens" is a floor any larger count is within, not a count still being made', () => {
    const result = datedStance(
      'Dozens of concert-goers were hurt on Saturday night when a stage collapsed in the park.',
      '2025-07-05',
      'One woman died and 48 people were injured when a stage collapsed at a concert in the park on Saturday night.',
      '2025-07-06',
    );
    expect(result.stance).toBe('supports');
  });

  it('a pronoun’s figure does not contradict a named subject’s', () => {
    expect(
      storyStance(
        'The Farmers’ Alliance came fourth on 7.2 percent, winning 8 seats.',
        'It won 29 seats in the 80-member assembly.',
      ).stance,
    ).not.toBe('contradicts');
    // Two named subjects still differ.
    expect(
      storyStance(
        'The Farmers’ Alliance came fourth on 7.2 percent, winning 8 seats.',
        'The Farmers’ Alliance won 7.2 percent and 11 seats.',
      ).stance,
    ).toBe('contradicts');
  });

  it('a first offer is not the current one', () => {
    const result = storyStance(
      'Norvik’s current offer stands at 180 crowns per share.',
      'Norvik’s first offer of 180 crowns a share was rejected by the board in March as too low.',
    );
    expect(result.stance).not.toBe('supports');
  });

  it('the main verb after a relative clause is the sentence’s predicate', () => {
    const result = storyStance(
      'A 51-year-old man who had been in a critical condition died in hospital on Thursday.',
      'Four of the injured were in a critical condition in hospital on Tuesday.',
    );
    expect(result.stance).not.toBe('supports');
  });
});

describe('names and places in a sequence', () => {
  it('a name that ends alike and starts otherwise names another place or body', () => {
    expect(
      storyStance(
        'The spill flowed into the Varnik River, a tributary of the Oster.',
        'About 40,000 cubic metres of slurry flowed into the Dallow River, a tributary of the Oster.',
      ).stance,
    ).toBe('related');
    // A title before the same name is no other name.
    expect(
      storyStance(
        'Dr Halden said the slurry had reached the Oster.',
        'Engineer Halden said the slurry had reached the Oster.',
      ).stance,
    ).toBe('supports');
  });

  it('reads the minute of a match or the floor of a building as a place in a sequence', () => {
    expect(quantities('The stand gave way in the 61st minute.')[0]).toMatchObject({ unit: 'ordinal', value: 61 });
    expect(
      storyStance(
        'The stand at the north end gave way in the 61st minute as home supporters celebrated a goal.',
        'The stand at the north end of the stadium gave way in the 71st minute as home fans celebrated a goal.',
      ).stance,
    ).toBe('contradicts');
  });
});
