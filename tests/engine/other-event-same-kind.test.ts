/**
 * The same kind of event elsewhere: a stoppage at another port of the same country, a fine by the same regulator on
 * another bank. Such a page shares the country, the ministry and the regulator with the references, and many of
 * their words and figures, but each report names its own port or bank again and again, and the other's never. No
 * verdict comes of it. Also here: what a page's headline names, a condition put after its main clause, the ages of a
 * group, and counts of those sent against an emergency. Written for these tests about invented events.
 */
import { describe, expect, it } from 'vitest';
import { annotateBlocks, buildReferenceIndex } from '../../lib/engine';
import { PageStory } from '../../lib/engine/story';
import { analyseSentence } from '../../lib/features/analyse';
import { defaultLexicon } from '../../lib/lexicon/default-lexicon';
import { otherPeriod } from '../../lib/time/period';
import { testArticle } from '../helpers/articles';
import { datedStance } from '../helpers/dated-stance';

const features = (sentence: string) => analyseSentence(sentence, defaultLexicon).features;

/** A page story from the page's sentences and each source's candidate claims. */
function story(page: readonly string[], sources: Record<string, readonly string[]>): PageStory {
  const found = new PageStory(defaultLexicon);
  for (const sentence of page) found.addSentence(features(sentence));
  for (const [id, claims] of Object.entries(sources)) {
    for (const claim of claims) found.addCandidate(id, features(claim));
  }
  return found;
}

/** Wire reports of a dockers' strike at the (invented) port of Velmora. */
const VELMORA = [
  'Dockers at the port of Velmora walked off the job on Monday in an open-ended strike over shift patterns.',
  'The Labour Directorate said the strike at Velmora was lawful.',
  'About 2,400 members of the Velmora dockers union joined the stoppage, the union said.',
  'The operator, Ostral Terminals, said it had filed a complaint with the Labour Directorate on Monday afternoon.',
  'By Monday evening 11 ships were waiting at anchor outside Velmora.',
];

/** A report of a crane operators' stoppage at another port of the same country. */
const TARNBY_PAGE = [
  'About 600 crane operators at the port of Tarnby held a 24-hour stoppage on Wednesday over rest breaks.',
  'Tarnby Terminal Group said it had filed a complaint with the Labour Directorate on Wednesday morning.',
  'The stoppage ended as planned at 8 a.m. on Thursday, and work at Tarnby resumed within hours.',
];

describe('a page and a source, each about its own place', () => {
  it('are not one story when each names its own place again and again and never the other’s', () => {
    const page = story(TARNBY_PAGE, { wire: VELMORA });
    expect(page.sharesProtagonist('wire')).toBe(false);
    expect(page.otherStory('wire')).toBe(true);
  });

  it('are one story when the page names the source’s place, however often it names others', () => {
    const page = story([...TARNBY_PAGE, 'Dockers at Velmora have been on strike since Monday.'], { wire: VELMORA });
    expect(page.sharesProtagonist('wire')).toBe(true);
  });

  it('cannot be told apart when the page names nothing of its own twice', () => {
    const page = story(['Crane operators held a stoppage at Tarnby on Wednesday.', 'Ships were delayed.'], {
      wire: VELMORA,
    });
    expect(page.sharesProtagonist('wire')).toBe(true);
  });

  it('cannot be told apart when the source’s found claims name nothing of their own twice', () => {
    const page = story(TARNBY_PAGE, { wire: VELMORA.slice(0, 1) });
    expect(page.sharesProtagonist('wire')).toBe(true);
  });

  it('are one story when they name three countries in common, whatever else each names', () => {
    const page = story(
      [
        'Kalder said prisoners from North Korea held in Ukraine could be exchanged for Ukrainians held in Russia.',
        'Kalder added that South Korea had offered to take the men.',
      ],
      {
        wire: [
          'Two soldiers from North Korea were captured by Ukraine in fighting for Russia, Mirov said.',
          'Mirov said South Korea would accept them.',
        ],
      },
    );
    expect(page.sharesProtagonist('wire')).toBe(true);
    expect(page.otherStory('wire')).toBe(false);
  });

  it('count neither an institution named in common words nor a word the text also writes in lower case', () => {
    // "Labour Directorate" is named three times on each side, and "Harbour" is a common word: neither ties the page
    // to the source, nor sets it apart.
    const page = story(
      [
        'The Labour Directorate inspected the Harbour at Tarnby.',
        'The Labour Directorate said the harbour at Tarnby was safe.',
        'The Labour Directorate fined the operator at Tarnby.',
      ],
      { wire: VELMORA },
    );
    expect(page.sharesProtagonist('wire')).toBe(false);
  });
});

describe('a page about the same kind of event elsewhere', () => {
  const index = buildReferenceIndex([testArticle('wire', ...VELMORA)]);
  const statusOf = (page: readonly string[], sentence: string, title?: string) =>
    annotateBlocks(index, [...page.map((text, n) => ({ id: `b${n}`, text })), { id: 'x', text: sentence }], {
      publishedAt: '2025-01-15',
      ...(title ? { title } : {}),
    }).find((annotation) => annotation.blockId === 'x')?.status;

  it('gets no verdict from the source, though a sentence of it reads like one of the source’s', () => {
    const sentence = 'The company said it had filed a complaint with the Labour Directorate on Wednesday morning.';
    expect(statusOf(TARNBY_PAGE, sentence)).toBeUndefined();
  });

  it('while a report of the source’s own event still gets one', () => {
    const page = [
      'Dockers at the port of Velmora stayed off the job for a second day on Tuesday.',
      'Ostral Terminals, which runs Velmora, said talks would resume on Friday.',
    ];
    const sentence = 'The company said it had filed a complaint with the Labour Directorate on Wednesday morning.';
    expect(statusOf(page, sentence)).toBe('conflicting');
  });

  it('is told by its headline when its body leaves the place to it', () => {
    const page = [
      'Dockers stayed off the job for a second day on Tuesday at the port.',
      'Ostral Terminals said talks would resume on Friday; Ostral Terminals has made no new offer.',
    ];
    const sentence = 'The company said it had filed a complaint with the Labour Directorate on Wednesday morning.';
    expect(statusOf(page, sentence, 'Velmora strike enters second day as Velmora ships wait')).toBe('conflicting');
  });
});

describe('a condition after its main clause ("would have been … had the bank not settled")', () => {
  const reference = 'The fine was cut by 30 per cent from €12 million because the bank settled early.';

  it('is no denial: it says the bank did settle', () => {
    expect(
      datedStance('The fine would have been €12m had the bank not settled early.', '', reference, '').stance,
    ).not.toBe('contradicts');
    expect(
      datedStance('The fine would have been €12m had Corvane not settled early.', '', reference, '').stance,
    ).not.toBe('contradicts');
  });

  it('leaves a plain denial a contradiction', () => {
    expect(datedStance('The bank did not settle early, and the fine was €12m.', '', reference, '').stance).toBe(
      'contradicts',
    );
  });
});

describe('a bound right after a group of people', () => {
  const figures = (sentence: string) => features(sentence).quantities;

  it('is their age, not a count of them', () => {
    const [, under] = figures(
      'Officials said 210 of the patients were children under 10, and none had been vaccinated.',
    );
    expect(under.unit).toBe('age');
    expect(figures('The scheme pays the fuel bills of people over 65 in the region.')[0].unit).toBe('age');
  });

  it('leaves a count of people alone', () => {
    expect(figures('More than 4,000 children received a first dose last week.')[0].unit).toBe('');
    expect(figures('Turnout was over 60 in most districts.')[0].unit).not.toBe('age');
  });
});

describe('those sent against an emergency', () => {
  const reference =
    'More than 1,100 firefighters, supported by 340 vehicles and 14 aircraft, were fighting the blaze, officials said.';

  it('are counted as deployed at each report: fewer the day before is an update', () => {
    const page = 'Some 700 firefighters were at the scene on Tuesday, backed by ten aircraft, officials said.';
    expect(datedStance(page, '2025-08-12T19:30:00Z', reference, '2025-08-13T09:00:00Z').stance).toBe('updates');
  });

  it('conflict on the same day', () => {
    const page = 'Some 700 firefighters were at the scene on Wednesday, backed by ten aircraft, officials said.';
    expect(datedStance(page, '2025-08-13T19:30:00Z', reference, '2025-08-13T09:00:00Z').stance).toBe('contradicts');
  });
});

describe('a day one side gives a figure by', () => {
  const reference =
    'The operator began releasing water at 11 p.m. on Tuesday, raising the flow to 3,100 cubic metres per second by early Wednesday.';

  it('is a day that side gives: the other side dating that figure by it does not differ', () => {
    const page = 'At its peak early on Wednesday the dam was releasing 3,100 cubic metres per second.';
    expect(datedStance(page, '2025-10-29', reference, '2025-10-29').stance).toBe('supports');
  });

  it('leaves another day of the event a difference', () => {
    const page =
      'The operator began releasing water at 11 p.m. on Monday, raising the flow to 3,100 cubic metres per second by early Wednesday.';
    expect(datedStance(page, '2025-10-29', reference, '2025-10-29').differences).toContainEqual({
      kind: 'date',
      page: 'monday',
      reference: 'tuesday',
    });
  });
});

describe('a figure forecast', () => {
  it('is what may come, not what was: it pairs with no figure measured', () => {
    expect(
      datedStance(
        'The weather office said the rain had eased, with less than 40 millimetres falling since Sunday.',
        '2025-11-03',
        'The weather office forecast a further 250 millimetres of rain in the province through Sunday.',
        '2025-10-31',
      ).stance,
    ).not.toBe('contradicts');
  });

  it('pairs with another forecast', () => {
    expect(
      datedStance(
        'The weather office forecast a further 120 millimetres of rain in the province through Sunday.',
        '2025-10-31',
        'The weather office forecast a further 250 millimetres of rain in the province through Sunday.',
        '2025-10-31',
      ).stance,
    ).toBe('contradicts');
  });
});

describe('a count of households', () => {
  it('is not a count of the people in them', () => {
    expect(
      datedStance(
        'The first wave of evacuees came from some 2,800 households.',
        '2025-10-29',
        'Officials said the number of people evacuated had risen to 14,300 by midday.',
        '2025-10-29',
      ).stance,
    ).not.toBe('contradicts');
  });

  it('is one of families', () => {
    expect(
      datedStance(
        'The storm forced 3,900 families from their homes in the province.',
        '2025-10-29',
        'The storm forced 3,500 households from their homes in the province.',
        '2025-10-29',
      ).stance,
    ).toBe('contradicts');
  });
});

describe('land under water', () => {
  const reference = 'About 6,200 hectares of rice were under water, the committee said.';

  it('is of its day: more three days later is an update', () => {
    const page = 'More than 9,000 hectares of rice were flooded, according to a first estimate.';
    expect(datedStance(page, '2025-11-01', reference, '2025-10-29').stance).toBe('updates');
  });

  it('conflicts on the same day', () => {
    const page = 'More than 9,000 hectares of rice were flooded, according to a first estimate.';
    expect(datedStance(page, '2025-10-29', reference, '2025-10-29').stance).toBe('contradicts');
  });
});

describe('a figure of last year', () => {
  it('is another fact than this week’s count, its thousands written with a comma or not', () => {
    const week = 'The county reported four cases last week.';
    expect(otherPeriod('The country had about 27,000 cases last year.', '2025-02-20', week, '2025-02-20')).toBe(true);
    expect(otherPeriod('The country had about 2700 cases last year.', '2025-02-20', week, '2025-02-20')).toBe(true);
  });
});

describe('a year and a figure of two predicates joined by "and"', () => {
  it('is no period of the figure: "opened in 2009 and carries 400,000 passengers a year"', () => {
    const figure = 'The line carries about 400,000 passengers a year.';
    expect(
      otherPeriod(
        'The line opened in 2009 and carries about 400,000 passengers a year.',
        '2026-04-04',
        figure,
        '2026-04-04',
      ),
    ).toBe(false);
    expect(otherPeriod('The line carried about 400,000 passengers in 2009.', '2026-04-04', figure, '2026-04-04')).toBe(
      true,
    );
  });
});

describe('what the review of these rules found (each rule kept to its own case)', () => {
  it('reads a name that opens a sentence as a name of the page', () => {
    const index = buildReferenceIndex([
      testArticle(
        'wire',
        'Russia fired 40 drones at Kharkiv overnight.',
        'Twelve people were injured in Kharkiv, regional officials said.',
      ),
    ]);
    const page = [
      'Russian drones struck Kharkiv overnight, injuring 15 people, officials said.',
      'Kharkiv was hit by 40 drones, the air force said.',
      'Mayor Terekhov ordered schools to stay closed on Friday.',
      'Terekhov visited the damaged hospital in the afternoon.',
    ];
    const annotations = annotateBlocks(
      index,
      page.map((text, n) => ({ id: `b${n}`, text })),
    );
    expect(annotations.length).toBeGreaterThan(0);
  });

  it('takes a spelling of a name for the name ("Kharkov", "Zelensky")', () => {
    const page = story(
      [
        'Russia launched 40 drones at Kharkiv overnight, Zelenskyy said.',
        'Zelenskyy asked allies for more air defence after the attack on Kharkiv.',
      ],
      {
        wire: [
          'Russia launched 40 drones at Kharkov overnight, Zelensky said.',
          'Zelensky asked allies for more air defence after the attack on Kharkov.',
        ],
      },
    );
    expect(page.sharesProtagonist('wire')).toBe(true);
  });

  it('sets no source apart on blocks that are only part of a page', () => {
    const found = new PageStory(defaultLexicon, false);
    for (const sentence of TARNBY_PAGE) found.addSentence(features(sentence));
    for (const claim of VELMORA) found.addCandidate('wire', features(claim));
    expect(found.sharesProtagonist('wire')).toBe(true);
  });

  it('keeps the day of an event that differs, when the figure dated by the other day is not given', () => {
    expect(
      datedStance(
        'The Velmora dock strike began on Wednesday.',
        '2025-04-10',
        'The Velmora dock strike began on Tuesday, and 2,400 dockers had joined it by Wednesday.',
        '2025-04-10',
      ).stance,
    ).toBe('contradicts');
  });

  it('reads "but … had" as what was done, not a condition', () => {
    expect(
      datedStance(
        'The dam would have failed, but engineers had the spillway opened and the town of Corvel was not flooded on Tuesday.',
        '2025-10-29',
        'The town of Corvel was flooded on Tuesday.',
        '2025-10-29',
      ).stance,
    ).not.toBe('supports');
    expect(
      datedStance(
        'The fine would have been larger, had the bank not settled early.',
        '',
        'The fine was cut because the bank settled early.',
        '',
      ).stance,
    ).not.toBe('contradicts');
  });

  it('reads a list of what a subject did as that list, not a phrase set off', () => {
    expect(
      datedStance(
        'The fire destroyed 40 homes, damaged 12 schools, and is still burning near Corvel.',
        '2025-08-12',
        'The fire destroyed 25 homes near Corvel.',
        '2025-08-13',
      ).stance,
    ).toBe('contradicts');
  });

  it('counts aircraft destroyed as a loss, not a deployment', () => {
    expect(
      datedStance(
        'The missile strike destroyed 14 aircraft at the Dorvan air base.',
        '2025-08-12',
        'The missile strike destroyed 9 aircraft at the Dorvan air base.',
        '2025-08-13',
      ).stance,
    ).toBe('contradicts');
  });

  it('reads a result that beat forecasts as a result', () => {
    expect(
      datedStance(
        'Harbourline beat forecasts with a profit of 40 million euros in the second quarter.',
        '2025-08-13',
        'Harbourline made a profit of 32 million euros in the second quarter.',
        '2025-08-13',
      ).stance,
    ).toBe('contradicts');
  });

  it('lets a year date a phrase of nouns joined by "and"', () => {
    expect(
      otherPeriod(
        'In 2019 Corvalian exports and imports totalled 40 billion euros.',
        '2025-08-12',
        'Corvalian exports and imports totalled 40 billion euros.',
        '2025-08-12',
      ),
    ).toBe(true);
  });
});

describe('households and others, however the figures are paired', () => {
  it('never pair: not by their words around them either', () => {
    expect(
      datedStance(
        'The flood forced 3,900 households in Corvel from their homes.',
        '2025-10-29',
        'The flood forced 14,000 people in Corvel from their homes.',
        '2025-10-29',
      ).stance,
    ).not.toBe('contradicts');
    expect(
      datedStance(
        'The earthquake near Corvel destroyed 140 homes.',
        '2025-10-29',
        'The earthquake near Corvel destroyed 95 buildings.',
        '2025-10-29',
      ).stance,
    ).not.toBe('supports');
  });
});
