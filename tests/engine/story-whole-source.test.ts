/**
 * What a source is about, read from the whole source: a page's sentence may find one claim of a report of another
 * fire that names the report's town only once, while the report names it again and again. Also here: the countries
 * two reports are about, peoples in the plural, a compound with "no" ("a no-go zone"), verbs of change that move
 * other measures, and a figure given for another month. Every sentence is written for these tests about invented
 * events.
 */
import { describe, expect, it } from 'vitest';
import { analyseSentence } from '../../lib/features/analyse';
import { defaultLexicon } from '../../lib/lexicon/default-lexicon';
import { lastSentenceStatus } from '../helpers/articles';
import { datedStance, storyStance } from '../helpers/dated-stance';

const features = (sentence: string) => analyseSentence(sentence, defaultLexicon).features;

/** A report of a factory fire in the (invented) town of Drasny. */
const DRASNY = [
  'Fire swept through a knitwear factory in Drasny on Tuesday, killing 14 workers and injuring 40, officials said.',
  'The blaze at the Korvelle Knit plant started on the third floor at about 10 a.m.',
  'Twelve fire engines fought the blaze for four hours.',
  'Police in Drasny arrested the owner of the plant, Anton Belik, on Wednesday.',
  'Workers in Drasny said the exits on the upper floors had been locked.',
];

const statusOf = lastSentenceStatus;

describe('a source read whole', () => {
  const sentence = 'Eight fire engines fought the blaze for three hours.';

  it('sets a page about a fire elsewhere apart, though the claim the page finds names no place', () => {
    const page = [
      'Six workers died when fire broke out at a spinning mill in Varnetta on Monday night.',
      'The fire at the Varnetta mill started in a storage room on the ground floor.',
      sentence,
    ];
    expect(statusOf(DRASNY, page)).toBeUndefined();
  });

  it('still judges a page about the same fire', () => {
    const page = [
      'Fourteen workers died when fire swept through a factory in Drasny on Tuesday.',
      'Police in Drasny are holding the owner.',
      sentence,
    ];
    expect(statusOf(DRASNY, page)).toBe('conflicting');
  });
});

describe('the countries two reports are about', () => {
  /** Invented figures about real countries. */
  const URUGUAY = [
    "Uruguay's central bank held its policy rate at 9.25% on Thursday.",
    "Uruguay's annual inflation eased to 5.1% in June.",
    'Analysts in Montevideo had expected the bank to hold.',
  ];

  it('set a report apart that names another country again and again and never the source’s', () => {
    const page = [
      "Paraguay's central bank held its policy rate at 6% on Thursday.",
      "Paraguay's annual inflation rose to 3.9% in June.",
      'Annual inflation was 3.9% in June.',
    ];
    expect(statusOf(URUGUAY, page)).toBeUndefined();
  });

  it('do not when the page names the source’s country too', () => {
    const page = [
      "Paraguay's central bank held its policy rate at 6% on Thursday.",
      "Paraguay's annual inflation rose to 3.9% in June, while Uruguay's was higher.",
      'Annual inflation in Uruguay was 3.9% in June.',
    ];
    expect(statusOf(URUGUAY, page)).toBe('conflicting');
  });
});

describe('a people in the plural', () => {
  it('is its country', () => {
    expect(features('Kenyans will pay more to send money.').words[0]?.place).toBe('kenya');
  });

  it('is not read into a name that only ends in s', () => {
    expect(features('Lakers fans waited outside.').words[0]?.place).toBeUndefined();
  });
});

describe('"no" joined to a word by a hyphen', () => {
  it('names a thing ("a no-go zone"): nothing is denied', () => {
    expect(features('The army widened the no-go zone around the crater.').words.some((word) => word.negated)).toBe(
      false,
    );
  });

  it('still denies as "no-one"', () => {
    expect(features('No-one was hurt in the blast.').words.some((word) => word.negated)).toBe(true);
  });
});

describe('verbs of change that move other measures', () => {
  it('do not contradict ("inflation eased to 2.1%" / "prices rose 2.1%")', () => {
    expect(
      storyStance(
        'Monthly inflation in Veltrana eased to 2.1% in August.',
        'Consumer prices in Veltrana rose 2.1% in August.',
      ).stance,
    ).not.toBe('contradicts');
  });

  it('nor does a duty lifted against a harvest cut', () => {
    expect(
      storyStance(
        'The government on Wednesday lifted the 35% duty on soft wheat until December 31.',
        "Valdoria has suspended its 35% duty on soft wheat until December 31 after drought cut this year's harvest, the government said on Wednesday.",
      ).stance,
    ).not.toBe('contradicts');
  });

  it('while one measure moved both ways does ("exports fell 3%" / "exports rose 3%")', () => {
    expect(storyStance('Exports fell 3% in August.', 'Exports rose 3% in August.').stance).toBe('contradicts');
  });

  it('and a threshold lowered contradicts the same threshold raised, said in the passive', () => {
    expect(
      storyStance(
        'The tax threshold for small firms is being lowered to 20 million shillings.',
        'The bill raises the tax threshold for small firms to 30 million shillings.',
      ).stance,
    ).toBe('contradicts');
  });
});

describe('a figure given for another month', () => {
  it('is the figure of another period, not one in dispute', () => {
    expect(
      storyStance(
        'Economists expect monthly inflation of about 1.9% in September.',
        'Economists had expected monthly inflation of 2.3% in August.',
      ).stance,
    ).not.toBe('contradicts');
  });

  it('while two figures for one month still differ', () => {
    expect(storyStance('Monthly inflation was 1.9% in August.', 'Monthly inflation was 2.3% in August.').stance).toBe(
      'contradicts',
    );
  });
});

describe('a scope widened to a figure', () => {
  it('is a level of its day: an earlier report’s smaller figure is an update ("to a radius of 7 kilometres")', () => {
    const result = datedStance(
      'Authorities extended the exclusion zone to a radius of 5 kilometres around the crater.',
      '2025-06-17',
      'Authorities extended the exclusion zone to a radius of 7 kilometres around the crater.',
      '2025-06-18',
    );
    expect(result.stance).toBe('updates');
  });
});

describe('figures given to each of several, or as part of a whole', () => {
  it('a sum "to the family of each victim" is each family’s, as "to each victim’s family" is', () => {
    expect(
      storyStance(
        "The association said it would give 100,000 taka to each victim's family.",
        'The association said it would pay 200,000 taka to the family of each victim.',
      ).stance,
    ).toBe('contradicts');
  });

  it('a part of a whole counts what the whole counts ("74 of the 112 workers")', () => {
    const [part] = features('Some 74 of the 112 workers on board were flown ashore.').quantities;
    expect(part?.head).toBe('worker');
  });
});

describe('a count done by a time put first', () => {
  it('is a tally so far ("By the afternoon … had been flown"): an earlier report’s count is an update', () => {
    const result = datedStance(
      'By the afternoon about 50 workers had been flown to the coast.',
      '2025-10-08',
      'By Thursday 74 workers had been flown to the coast.',
      '2025-10-09',
    );
    expect(result.stance).toBe('updates');
  });

  it('while a deadline put first is none ("By Friday all workers must have left")', () => {
    const result = datedStance(
      'By Friday 50 workers must be flown to the coast.',
      '2025-10-08',
      'By Friday 74 workers must be flown to the coast.',
      '2025-10-09',
    );
    expect(result.stance).toBe('contradicts');
  });
});

describe('an adverb of rate closing a figure’s phrase', () => {
  it('makes the figure a rate ("45,000 barrels daily" is per day, as "45,000 barrels a day" is)', () => {
    const [figure] = features('The field pumps about 45,000 barrels of oil daily.').quantities;
    expect(figure?.per).toBe('day');
    const [shipped] = features('The plant ships 3,000 tonnes annually to Spain.').quantities;
    expect(shipped?.per).toBe('year');
  });

  it('but an adjective of rate before another noun does not ("40 tonnes of daily rations")', () => {
    const [figure] = features('The convoy carried 40 tonnes of daily rations to the camp.').quantities;
    expect(figure?.per).toBeUndefined();
  });
});

describe('what a review of these rules found reaching too far', () => {
  it('a country a source names once (a bus’s destination) does not set it apart from a page naming its town', () => {
    const source = [
      'A bus travelling to Kampala overturned near Voi on Tuesday, killing 14 passengers.',
      'The bus had left Voi at dawn.',
      'The bus was carrying 52 passengers.',
    ];
    const page = [
      'Kenya recorded its worst road crash of the year on Tuesday when a bus overturned near Voi, killing 14 people.',
      'Kenya has one of the highest road death rates in Africa.',
      'The bus was carrying 40 passengers.',
    ];
    expect(statusOf(source, page)).toBe('conflicting');
  });

  it('a minister quoted on strikes at two ports does not make them one story', () => {
    const source = [
      'Dockers in Valparo walked out on Monday, Minister Okafor said.',
      "Valparo handles most of the country's grain, Okafor said.",
      'The strike has halted 25 ships, Okafor said.',
    ];
    const page = [
      'Workers at the port of Arenal walked out on Monday.',
      'Minister Okafor met Arenal union leaders on Tuesday.',
      'Okafor promised that talks would resume.',
      'The strike has halted 40 ships.',
    ];
    expect(statusOf(source, page)).toBeUndefined();
  });

  it('an aside, a list or who says so between a subject and its verb of change leaves a rise against a fall', () => {
    for (const [page, reference] of [
      ['Unemployment in Kenya, which peaked last year, fell in March.', 'Unemployment in Kenya rose in March.'],
      ['Inflation, the statistics office said, rose to 5% in March.', 'Inflation fell to 5% in March.'],
      ['Prices of rice, wheat and maize rose in May.', 'Prices of rice fell in May.'],
    ]) {
      expect(storyStance(page, reference).stance, page).toBe('contradicts');
    }
  });

  it('an adverb of rate in another clause makes no rate ("40 protesters who had marched daily")', () => {
    const [arrested] = features('Police arrested 40 protesters who had marched daily to the ministry.').quantities;
    expect(arrested?.per).toBeUndefined();
  });

  it('dates a day apart or years apart are no months of two periods', () => {
    expect(
      storyStance(
        'The ferry sank on 3 March with 120 passengers on board.',
        'The ferry sank on 4 March with 150 passengers on board.',
      ).stance,
    ).toBe('contradicts');
    expect(
      storyStance(
        'The factory, opened in 2019, employs 400 workers.',
        'The factory, opened in 2017, employs 900 workers.',
      ).stance,
    ).toBe('contradicts');
  });

  it('a verb’s agent "by the evening storm" is no time a count was done by', () => {
    const result = datedStance(
      'A ferry with 300 passengers on board was capsized by the evening storm.',
      '2025-01-16',
      'A ferry with 200 passengers on board was capsized by the evening storm.',
      '2025-01-15',
    );
    expect(result.stance).toBe('contradicts');
  });
});
