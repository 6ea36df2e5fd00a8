/**
 * Figures a green badge must not pass over, and counts that time explains: a time or a day only one side gives, a date
 * a strike is called for, the rank of a thing after a possessive, all of a group against some of it, people taken to
 * hospital and the share of a fire contained, counted on two days. Every sentence is written for these tests about
 * invented events.
 */
import { describe, expect, it } from 'vitest';
import { lastSentenceStatus } from '../helpers/articles';
import { datedStoryStance, storyStance } from '../helpers/dated-stance';

const stance = (page: string, reference: string) => storyStance(page, reference).stance;
const dated = datedStoryStance;

describe('a time or a day the reference does not give', () => {
  it('leaves the page’s sentence unconfirmed, though the rest agrees', () => {
    expect(
      stance(
        'The ferry sank shortly after 7:20 pm, when its deck was crowded with commuters.',
        'The ferry went down at around 6:20 pm as commuters crowded its deck.',
      ),
    ).not.toBe('supports');
    expect(
      stance(
        'Norvale Grid will cut power at level 3 from 8 pm on Monday, the operator said.',
        'Grid operator Norvale Grid will impose level 3 power cuts from 6 pm on Monday until 4 am on Wednesday.',
      ),
    ).not.toBe('supports');
  });

  it('and the same time, or no time on the page, still agrees', () => {
    expect(
      stance(
        'Norvale Grid will cut power at level 3 from 6 pm on Monday, the operator said.',
        'Grid operator Norvale Grid will cut power at level 3 from 6 pm on Monday until 4 am on Wednesday.',
      ),
    ).toBe('supports');
  });

  it('a date a strike “has been called for” is its date, not what someone wants', () => {
    const result = storyStance(
      'A second, 24-hour walkout has been called for 9 March.',
      'The union has called a second, 24-hour walkout for 19 March.',
    );
    expect(result.stance).toBe('contradicts');
    expect(result.differences).toEqual([{ kind: 'date', page: '9 March', reference: '19 March' }]);
  });
});

describe('another place on the fact', () => {
  it('a place after the same preposition that the other side never names is another fact: no verdict', () => {
    expect(
      stance(
        'Flight KV-210 had taken off from Tarnow with 96 passengers and five crew on board.',
        'Flight KV-210 from Rzeszow was carrying 96 passengers and five crew.',
      ),
    ).toBe('related');
    expect(
      stance(
        'The injured were taken to hospitals in Varna and Ruse overnight.',
        'The injured were taken to hospitals in Varna and Pleven overnight.',
      ),
    ).toBe('related');
  });

  it('a place one side leaves out, a spelling of it, a country against its town, a source or a month is no other place', () => {
    expect(
      stance(
        'The injured were taken to hospitals in Varna overnight.',
        'The injured were taken to hospitals in Varna and Pleven overnight.',
      ),
    ).toBe('supports');
    expect(
      stance(
        'Flight KV-210 from Kyiv was carrying 96 passengers.',
        'Flight KV-210 from Kiev was carrying 96 passengers.',
      ),
    ).toBe('supports');
    expect(
      stance(
        'Flight KV-210 landed in Finland with 96 passengers on board.',
        'Flight KV-210 landed in Oulu, Finland, with 96 passengers on board.',
      ),
    ).toBe('supports');
    expect(
      stance(
        'Exports of timber fell 12% last year, according to Eurostat.',
        'Exports of timber fell 12% last year, according to Statistics Finland.',
      ),
    ).toBe('supports');
  });
});

describe('states WordNet 3.1 files as regions', () => {
  /** Invented figures about a real country. */
  const FINLAND = [
    "A dock strike that shut Finland's main ports for nine days ended on Friday.",
    'The deal gives dockers a pay rise of 6% over two years.',
    'About 4,000 workers took part in the strike at ports including Helsinki and Kotka.',
  ];

  it('tell a report about another country’s strike apart ("Estonian", "Tallinn")', () => {
    const page = [
      'An Estonian dock strike that shut the port of Tallinn for nine days ended on Friday.',
      'Estonian dockers walked out after talks on pay broke down.',
      'The deal gives dockers a pay rise of 6% over two years.',
    ];
    expect(lastSentenceStatus(FINLAND, page)).toBeUndefined();
  });
});

describe('ranks and groups', () => {
  it('an ordinal after a possessive ranks the thing as one after “the” does', () => {
    const result = storyStance(
      'It was the fourth storm of the winter in Portugal.',
      "This is Portugal's fifth storm this winter.",
    );
    expect(result.stance).toBe('contradicts');
    expect(result.differences).toEqual([{ kind: 'number', page: 'fourth', reference: 'fifth' }]);
  });

  it('all of a group against some of the same group, for the same act, is a difference of figures', () => {
    const result = storyStance(
      'The opposition won in all 30 of the district’s councils.',
      'The opposition won in 27 of the district’s 30 councils.',
    );
    expect(result.stance).toBe('contradicts');
    expect(result.differences).toEqual([{ kind: 'number', page: 'all 30', reference: '27' }]);
  });

  it('all of a group against some of it, for acts worded apart, confirms nothing', () => {
    expect(
      stance(
        'All eight members of the board put their names to the plan.',
        'The chairman and five of the eight members of the board signed the plan on Tuesday.',
      ),
    ).not.toBe('supports');
    // Some of the group on both sides, the same figure: agreement.
    expect(
      stance(
        'Five of the eight members of the board signed the plan.',
        'The chairman and five of the eight members of the board signed the plan on Tuesday.',
      ),
    ).toBe('supports');
  });
});

describe('tallies of two days', () => {
  it('people taken or rushed to hospital are a tally that grows', () => {
    expect(
      dated(
        'Three people were taken to hospital with burns, the fire service said.',
        '2025-05-01',
        'Five people were taken to hospital and nobody died, the fire service said.',
        '2025-05-02',
      ),
    ).toBe('updates');
    // Of one day, the two counts differ.
    expect(
      dated(
        'Three people were taken to hospital with burns, the fire service said.',
        '2025-05-02',
        'Five people were taken to hospital and nobody died, the fire service said.',
        '2025-05-02',
      ),
    ).toBe('contradicts');
  });

  it('the share of a fire contained grows as crews work', () => {
    expect(
      dated(
        'The blaze is 15 percent contained, according to the forestry service.',
        '2025-07-10',
        'The blaze is about 40 percent contained, the fire brigade said.',
        '2025-07-11',
      ),
    ).toBe('updates');
    // Told on one day, the two shares differ.
    expect(
      dated(
        'The blaze is 15 percent contained, according to the forestry service.',
        '2025-07-11',
        'The blaze is about 40 percent contained, the fire brigade said.',
        '2025-07-11',
      ),
    ).toBe('contradicts');
  });
});

describe('what a review of these rules found', () => {
  it('an ordinal after a possessive ranks its owner’s series, and a rank the other side shares agrees', () => {
    expect(
      stance(
        "Okafor scored the club's third goal, his first goal of the season.",
        'Okafor scored his first goal of the season on Saturday.',
      ),
    ).toBe('supports');
    expect(
      stance(
        "The storm was Chile's fourth flood of the year and the first flood to reach Valparaiso.",
        'The storm was the first flood to reach Valparaiso this year.',
      ),
    ).toBe('supports');
  });

  it('all of a group against some of it and the rest, or counted on another day, is no difference', () => {
    expect(
      stance(
        'All 20 hostages were freed on Sunday.',
        '7 of the 20 hostages were freed on Sunday morning and the rest on Sunday evening.',
      ),
    ).toBe('supports');
    expect(
      dated(
        'All 45 villages have been flooded, officials said.',
        '2025-03-06',
        '41 of the 45 villages have been flooded, officials said.',
        '2025-03-04',
      ),
    ).not.toBe('contradicts');
    // "All of the" is all too.
    expect(
      stance(
        'The opposition won in all of the 30 district councils.',
        'The opposition won in 27 of the district’s 30 councils.',
      ),
    ).toBe('contradicts');
  });

  it('a capital and its country, a name spelt with a hyphen, a person after "to" are no other place', () => {
    const pairs = [
      [
        'The minister flew to London on Monday for talks on trade.',
        'The minister flew to Britain on Monday for talks on trade.',
      ],
      [
        'The minister flew to Prague on Monday for talks on trade.',
        'The minister flew to Czechia on Monday for talks on trade.',
      ],
      [
        'Talks on the ceasefire were held in Doha on Monday.',
        "Talks on the ceasefire were held in Qatar's capital on Monday.",
      ],
      [
        'The cargo ship docked at Port Sudan on Monday with 40,000 tonnes of wheat.',
        'The cargo ship docked at Port-Sudan on Monday with 40,000 tonnes of wheat.',
      ],
      [
        'The letter was sent to Mr Smith on Monday by the council.',
        'The letter was sent to John Smith on Monday by the council.',
      ],
    ];
    for (const [page, reference] of pairs) expect(stance(page, reference)).toBe('supports');
  });

  it('a day right after "called for" is the day, in any voice', () => {
    expect(
      stance(
        'A second walkout was formally called for 9 March.',
        'The union has called a second walkout for 19 March.',
      ),
    ).toBe('contradicts');
  });
});
