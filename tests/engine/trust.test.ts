/**
 * Verdicts a reader can trust: the failure kinds seen on real reporting, each written here in our own words
 * about invented events (a ferry fire, a mine collapse, prisoners of a border war).
 */
import { describe, expect, it } from 'vitest';
import { isCheckWorthy } from '../../lib/claims/checkworthy';
import { modalityOf } from '../../lib/claims/modality';
import { annotateBlocks, buildReferenceIndex, claimsFromBlocks, sentenceClaims } from '../../lib/engine';
import { analyseSentence } from '../../lib/features/analyse';
import { samePredicate } from '../../lib/features/predicate';
import { defaultLexicon } from '../../lib/lexicon/default-lexicon';
import { testArticle, testSource } from '../helpers/articles';
import { datedStance } from '../helpers/dated-stance';

const article = testArticle;
const statusOf = (index: ReturnType<typeof buildReferenceIndex>, text: string) =>
  annotateBlocks(index, [{ id: 'b0', text }])[0]?.status;
/** The status of `sentence` on a page whose other sentences are `page` (they say which story it reports). */
const statusOnPage = (index: ReturnType<typeof buildReferenceIndex>, page: readonly string[], sentence: string) =>
  annotateBlocks(index, [...page.map((text, n) => ({ id: `b${n}`, text })), { id: 'x', text: sentence }]).find(
    (annotation) => annotation.blockId === 'x',
  )?.status;
/** A page about the Dunmore mine: it names the mine, its valley and its owner, as the wire's reports do. */
const MINE_PAGE = [
  'A shaft collapsed at the Dunmore copper mine on Friday, trapping 200 miners underground.',
  'Carrow Metals, which runs the mine in the Ellis Valley, said it was cooperating.',
];
const predicates = (sentence: string) =>
  analyseSentence(sentence, defaultLexicon).features.quantities.map((quantity) => [quantity.text, quantity.predicate]);

describe('the event a number counts', () => {
  it('is the outcome class of the verb or noun that governs it', () => {
    expect(predicates('About 40 miners have been killed and 120 injured in the collapse.')).toEqual([
      ['About 40', 'outcome:death'],
      ['120', 'outcome:injury'],
    ]);
    expect(predicates('The collapse caused the death of 40 miners.')).toEqual([['40', 'outcome:death']]);
    expect(predicates('Rescuers found two survivors under the rubble.')).toEqual([['two', 'outcome:survival']]);
    // A participle that only says which workers ("sent to the mine") is not what the number counts.
    expect(predicates('At least 40 workers sent to the mine have died.')).toEqual([['At least 40', 'outcome:death']]);
  });

  it('is the verb right before it, not a participle after its noun that says which ones', () => {
    expect(predicates('Halden Foods is recalling about 80,000 jars sold in Ireland.')).toEqual([
      ['about 80,000', 'recal'],
    ]);
    expect(predicates('About 900 nurses at the Kelso hospital walked out on Monday.')).toEqual([
      ['About 900', 'walk_out'],
    ]);
  });

  it('is not a verb after the object of a light verb', () => {
    // The ferry carried 75 passengers and four crew (what it held); who died is the subject's count, not theirs.
    expect(
      predicates('All but two of those aboard a ferry carrying 75 passengers and four crew died in the fire.'),
    ).toEqual([
      // Those "all but two" spares survived.
      ['two', 'outcome:survival'],
      ['75', 'held'],
      ['four', undefined],
    ]);
    expect(predicates('The fire caused 40 injuries, including 12 deaths.')).toContainEqual(['12', 'outcome:death']);
    expect(predicates('The ferry, carrying 75 people, sank and 40 died.')).toContainEqual(['40', 'outcome:death']);
  });

  it('dates the subject of a verb that only says an event took place, past a phrase on where', () => {
    expect(predicates('The crash at the Senn pass happened at 6:40 a.m.')).toEqual([['6:40 a.m.', 'crash']]);
    expect(predicates('The blast has reportedly occurred at 6:40 a.m.')).toEqual([['6:40 a.m.', 'blast']]);
  });

  it('is the whole less the spared for a total ("all but two of the 90")', () => {
    expect(predicates('All but three out of 90 riders on the cable car that fell are feared dead.')).toEqual([
      ['three', 'outcome:survival'],
      ['90', 'whole'],
      ['all but three of 90', 'outcome:death'],
    ]);
    expect(predicates('The blast killed all but four of the 50 workers.')).toEqual([
      ['four', 'outcome:survival'],
      ['50', 'whole'],
      ['all but four of 50', 'outcome:death'],
    ]);
    // Spared by another outcome: presupposed, like the whole, not a count of it.
    expect(predicates('All but 12 of the 40 villages were evacuated.')).toEqual([
      ['12', 'whole'],
      ['40', 'whole'],
      ['all but 12 of 40', 'outcome:evacuation'],
    ]);
  });

  it('is the verb two coordinated counts share, not a participle that says which ones', () => {
    expect(predicates('Since the fire, 120 planned flights and about 1,400 bookings have been cancelled.')).toEqual([
      ['120', 'cancel'],
      ['about 1,400', 'cancel'],
    ]);
    // With no verb after it, the participle is all there is.
    expect(predicates('The storm left 50 damaged homes along the coast.')).toEqual([['50', 'damag']]);
  });

  it('is the verb a list of counts is the object of, not an outcome named in a later phrase', () => {
    expect(predicates('The army sent 200 soldiers and 30 lorries to help with the evacuation.')).toEqual([
      ['200', 'send'],
      ['30', 'send'],
    ]);
    expect(predicates('The flood left 40 people dead.')).toEqual([['40', 'outcome:death']]);
  });

  it("counts people who fell or were taken ill, by a participle or by a level's subject", () => {
    expect(predicates('More than 200 guests were taken ill after the banquet in Corrow.')).toEqual([
      ['More than 200', 'outcome:illness'],
    ]);
    expect(predicates('The number of people who have fallen ill has climbed to 260.')).toEqual([
      ['260', 'outcome:illness'],
    ]);
  });

  it('is the noun made from a verb that the count is "of", not the verb before it', () => {
    expect(predicates('The snow forced the cancellation of 80 flights at Corrow.')).toEqual([['80', 'cancel']]);
    expect(predicates('Airlines cancelled 80 flights at Corrow.')).toEqual([['80', 'cancel']]);
    // "A total of" is a tally's word, no act: the verb before it counts.
    expect(predicates('The storm killed a total of 52 people in Corrow.')).toEqual([['52', 'outcome:death']]);
    // A verb after the count still says what happened to them.
    expect(predicates('A shipment of 40 crates was seized at Corrow.')[0]?.[1]).not.toBe('shipment');
  });

  it("counts what a tally subject's participle says happened, not the level's rise", () => {
    expect(predicates('By Monday the count of flooded homes in Corrow had risen to 310.')).toEqual([['310', 'flood']]);
    expect(predicates('The number of homes destroyed in Corrow has climbed to 45.')).toEqual([['45', 'destroi']]);
    // No tally noun: the level's own verb stays.
    expect(predicates('Prices of damaged cars in Corrow rose to 900 dollars.')[0]?.[1]).not.toBe('damag');
  });

  it('keeps counts of different outcomes apart, and leaves plain verbs to the heads', () => {
    expect(samePredicate('outcome:death', 'outcome:death')).toBe(true);
    expect(samePredicate('outcome:death', 'outcome:capture')).toBe(false);
    expect(samePredicate('outcome:death', 'deploy')).toBe(false);
    expect(samePredicate('carri', undefined)).toBe(true);
  });
});

describe('a figure whose unit one side leaves out', () => {
  it('is found where the other side gives it, not set against a weaker pairing', () => {
    const reference =
      'Sotra Telecom won 11 of the 18 licences for 14 billion pesos, and Velo took the other seven for 9.2 billion pesos.';
    expect(
      datedStance('Velo got seven licences for 9.2 billion.', '2026-05-02', reference, '2026-05-02').stance,
    ).not.toBe('contradicts');
    // A figure the reference does not give, its unit left out: not vouched for. (It is not compared as the one sum
    // either: the page's "12 billion" is paired with no figure of the reference, and "11" licences is far from it.)
    expect(datedStance('Velo got seven licences for 12 billion.', '2026-05-02', reference, '2026-05-02').stance).toBe(
      'related',
    );
  });
});

describe('numbers about different events', () => {
  const index = buildReferenceIndex([
    article('wire', 'Border guards said two enemy soldiers were captured near the river crossing on Tuesday.'),
  ]);

  it('do not conflict however alike their nouns', () => {
    expect(
      statusOf(index, 'Some 9,000 enemy soldiers were deployed near the river crossing, border guards said.'),
    ).not.toBe('conflicting');
    expect(
      statusOf(index, 'About 250 enemy soldiers were killed near the river crossing, border guards said.'),
    ).not.toBe('conflicting');
  });

  it('still conflict when they count the same event', () => {
    expect(
      statusOf(index, 'Border guards said five enemy soldiers were captured near the river crossing on Tuesday.'),
    ).toBe('conflicting');
  });
});

describe('a death toll said another way', () => {
  const index = buildReferenceIndex([
    article('agency', 'The ferry fire resulted in the death of 61 passengers, the coast guard said.'),
  ]);

  it('conflicts with another figure for the same outcome', () => {
    expect(statusOf(index, 'At least 12 passengers were killed in the ferry fire, the coast guard said.')).toBe(
      'conflicting',
    );
  });
});

describe('negation scoped to its clause', () => {
  const index = buildReferenceIndex([
    article(
      'wire',
      'The minister said there could be other arrangements for the prisoners who do not want to go back to their country.',
    ),
  ]);

  it('a negation inside a relative clause is not the claim of the sentence', () => {
    expect(statusOf(index, 'The minister said one prisoner wants to go back to his country.')).not.toBe('conflicting');
  });

  it('a sentence that shares a predicate between alternatives asserts both', () => {
    const index2 = buildReferenceIndex([
      article('wire', 'The two prisoners do not want to go back to their country, the minister said.'),
    ]);
    expect(
      statusOf(index2, 'One prisoner wants to stay in the camp, while the other wants to go back to his country.'),
    ).not.toBe('conflicting');
  });
});

describe('a negation in what is aimed at, promised or demanded', () => {
  it('is not the claim of the sentence', () => {
    const index = buildReferenceIndex([
      article(
        'wire',
        'Crews kept spraying the warehouse roof through the night to stop the blaze from spreading again.',
      ),
      article('agency', 'The drivers want a 6% raise and guarantees that no routes will be cut when the depot moves.'),
    ]);
    expect(
      statusOf(
        index,
        'Crews kept spraying the warehouse roof through the night so that the blaze would not spread again.',
      ),
    ).toBe('corroborated');
    expect(
      statusOf(index, 'The drivers want a 6 per cent raise and a promise that the depot move will not cost routes.'),
    ).toBe('corroborated');
  });

  it('nor is what someone was asked not to do', () => {
    const index = buildReferenceIndex([
      article('wire', 'Visitors have been asked not to come to the children’s ward, and its nurses are being tested.'),
    ]);
    expect(
      statusOf(index, 'Nurses on the children’s ward are being tested, and visitors are being kept away.'),
    ).not.toBe('conflicting');
  });

  it('while a result ("so that" without a modal) is asserted', () => {
    const index = buildReferenceIndex([
      article('wire', 'The river rose so that the old bridge was closed to traffic.'),
    ]);
    expect(statusOf(index, 'The river rose so that the old bridge was not closed to traffic.')).toBe('conflicting');
  });

  it('while a negation of what happened still conflicts', () => {
    const index = buildReferenceIndex([article('wire', 'Crews kept spraying the warehouse roof through the night.')]);
    expect(statusOf(index, 'Crews did not keep spraying the warehouse roof through the night.')).toBe('conflicting');
  });
});

describe('a figure placed where the source never goes', () => {
  const index = buildReferenceIndex([
    article(
      'wire',
      'A wildfire near Alverca burned about 8,000 hectares of pine forest. More than 900 firefighters were fighting the flames on Monday.',
    ),
  ]);
  const page = [
    'The Alverca wildfire burned pine forest for a third day.',
    'Residents of Alverca were told to stay indoors.',
  ];

  it('gets no red: it may count that place only', () => {
    const elsewhere = 'In Tessaly, more than 40 firefighters were fighting the flames on Sunday.';
    expect(statusOnPage(index, page, elsewhere)).not.toBe('conflicting');
  });

  it("while a figure placed in one of the source's places still conflicts", () => {
    const there = 'In Alverca, about 40 firefighters were fighting the flames on Monday.';
    expect(statusOnPage(index, page, there)).toBe('conflicting');
  });
});

describe("a party's contested position that one side only reports", () => {
  const index = buildReferenceIndex([
    article('wire', 'The landlord had argued that the rent rises reflected higher repair costs.'),
  ]);

  it('is not contradicted by a page where it was rejected, nor confirmed by one that denies it', () => {
    const rejected = "The judge rejected the landlord's argument that the rent rises reflected higher repair costs.";
    expect(statusOf(index, rejected)).not.toBe('conflicting');
    const denied = 'The rent rises did not reflect higher repair costs, the tribunal found.';
    expect(statusOf(index, denied)).not.toMatch(/conflicting|corroborated/);
  });

  it('while two reports of the position still compare what each says it is', () => {
    expect(statusOf(index, 'The landlord had argued that the rent rises did not reflect higher repair costs.')).toBe(
      'conflicting',
    );
  });
});

describe('a superlative ranked otherwise', () => {
  const index = buildReferenceIndex([
    article(
      'wire',
      "Corvane, Norland's third-largest mobile operator, reported an outage affecting 1.2 million people.",
    ),
  ]);

  it('at the other end of the scale conflicts too', () => {
    const debates = buildReferenceIndex([
      article('wire', "The council's debate was the longest since 2011, officials said."),
    ]);
    expect(statusOf(debates, "It was the council's shortest budget debate since 2011.")).toBe('conflicting');
    expect(statusOf(debates, "It was the council's longest budget debate since 2011.")).toBe('corroborated');
  });

  it('conflicts: the rank is a figure of the fact', () => {
    expect(statusOf(index, "Corvane is Norland's largest mobile operator.")).toBe('conflicting');
  });

  it('agrees when the rank is the same, and says nothing when one of a group', () => {
    expect(
      statusOf(
        index,
        "Corvane, Norland's third-largest mobile operator, reported an outage that affected 1.2 million people.",
      ),
    ).toBe('corroborated');
    expect(statusOf(index, "Corvane is one of Norland's largest mobile operators.")).not.toBe('conflicting');
  });
});

describe('a bound written with "no" or "not"', () => {
  const index = buildReferenceIndex([
    article('wire', 'The harbour launch was certified to carry no more than 40 passengers.'),
  ]);

  it('limits a figure and negates nothing', () => {
    const negatedWords = (text: string) => analyseSentence(text).features.words.filter((word) => word.negated);
    expect(negatedWords('The harbour launch was certified to carry no more than 40 passengers.')).toEqual([]);
    expect(negatedWords('Entries must arrive not later than Friday.')).toEqual([]);
    expect(statusOf(index, 'The harbour launch was certified to carry at most 40 passengers.')).toBe('corroborated');
  });

  it('while a plain negation of the same fact still conflicts', () => {
    expect(statusOf(index, 'The harbour launch was not certified to carry 40 passengers.')).toBe('conflicting');
  });

  it('only before a figure, and reads "not less than" as a lower bound', () => {
    const negatedWords = (text: string) => analyseSentence(text).features.words.filter((word) => word.negated);
    expect(negatedWords('Turnout was no higher than the pollsters had forecast.').length).toBeGreaterThan(0);
    const [bound] = analyseSentence('Not less than 30 people were hurt in the crush.').features.quantities;
    expect(bound.qualifier).toBe('atLeast');
  });
});

describe('questions', () => {
  it('are not claims', () => {
    const check = (text: string) => isCheckWorthy(text, analyseSentence(text).tokens);
    expect(check('Do the prisoners want to go back to their country?')).toBe(false);
    expect(check('Asked by reporters, "Will the prisoners go back to their country?"')).toBe(false);
    expect(check('The prisoners want to go back to their country, the minister said.')).toBe(true);
  });
});

describe('mixed', () => {
  it('is for references that disagree with each other, not for one alignment that misfired', () => {
    const index = buildReferenceIndex([
      article('a', 'Rescuers pulled two survivors from the collapsed mine on Friday, officials said.'),
      article('b', 'Officials said about 40 miners died in the mine collapse on Friday and two were rescued.'),
    ]);
    const status = statusOf(index, 'Rescuers pulled two survivors from the collapsed mine on Friday, officials said.');
    expect(status).toBe('corroborated');
  });
});

describe('a source that reports two accounts', () => {
  it('supports a sentence that gives one of them', () => {
    const index = buildReferenceIndex([
      article(
        'wire',
        'Police in Doverton said 14 fans were detained.',
        'Supporters of the club said 40 fans had been detained.',
      ),
    ]);
    expect(statusOf(index, 'Supporters said 40 fans were detained in Doverton.')).toBe('corroborated');
  });

  it('still contradicts a figure it gives only for another thing', () => {
    const index = buildReferenceIndex([
      article('wire', 'The ferry had 120 people on board, including 112 passengers and eight crew members.'),
    ]);
    expect(statusOf(index, 'The ferry was carrying 120 passengers and eight crew members.')).toBe('conflicting');
  });
});

describe('a restatement pinned by its number', () => {
  const index = buildReferenceIndex([
    article(
      'agency',
      'The ferry fire resulted in the death of 61 passengers, as confirmed by the coast guard, while two crew members were rescued.',
      'The two survivors rescued were a deckhand and a cook, both crew members.',
    ),
  ]);

  it('corroborates a toll said with other words in a longer sentence', () => {
    expect(
      statusOf(
        index,
        'The fire killed 61 passengers aboard the ferry, the worst disaster at sea in a decade in the region.',
      ),
    ).toBe('corroborated');
  });

  it('does not oppose two counts of differently named things left over from pairing', () => {
    const [annotation] = annotateBlocks(index, [
      { id: 'b0', text: 'Three crew members were among the dead, while two were rescued from the burning ferry.' },
    ]);
    expect(annotation?.status).not.toBe('conflicting');
  });
});

describe('hedges', () => {
  const index = buildReferenceIndex([
    article('wire', 'The coast guard said 61 passengers died in the ferry fire off the northern island on Sunday.'),
  ]);

  it('are told from assertions, intent included among the claims', () => {
    expect(modalityOf('The toll could rise as divers search the wreck.')).toBe('hedged');
    expect(modalityOf('Officials said more passengers might have died.')).toBe('hedged');
    expect(modalityOf('The operator said it would pay for the funerals.')).toBe('asserted');
    expect(modalityOf('The inquiry opens in May after the ferry is raised.')).toBe('asserted');
  });

  it('include a condition put first by inversion', () => {
    expect(modalityOf('Had the ferry left on time, about 300 passengers would have been aboard.')).toBe('hedged');
    expect(modalityOf('Were the pier to close, about 300 passengers would be stranded.')).toBe('hedged');
    expect(modalityOf('Should the talks fail, the dockers will strike on Monday.')).toBe('hedged');
    expect(modalityOf('Had been warned twice, the crew said.')).toBe('asserted');
    expect(modalityOf('The ferry had left on time with about 300 passengers aboard.')).toBe('asserted');
  });

  it('include a condition put first with "if" or "unless", not an indirect question', () => {
    expect(modalityOf('If the mills do not pay more, the next rise will be smaller.')).toBe('hedged');
    expect(modalityOf('Unless the rains come, the reservoir will run dry by June.')).toBe('hedged');
    expect(modalityOf('Police asked if anyone had seen the driver.')).toBe('asserted');
    expect(modalityOf('If anything, the toll is higher: 40 people died in Corrow.')).toBe('asserted');
    expect(modalityOf('The union said it would call off the strike if pay rose by 8 percent.')).toBe('asserted');
  });

  it('include forecasts, but not a fact with its expected update beside it', () => {
    expect(modalityOf('There will surely be more arrests, the minister said.')).toBe('forecast');
    expect(modalityOf('The toll will probably rise as divers search the wreck.')).toBe('forecast');
    expect(modalityOf('The toll stood at 29 on Sunday and was expected to rise.')).toBe('asserted');
    expect(modalityOf('The coast guard will hand the wreck over to investigators.')).toBe('asserted');
  });

  it('get no verdict against a reference that asserts', () => {
    const status = statusOf(
      index,
      'The coast guard said 61 passengers may have died in the ferry fire off the island.',
    );
    expect(status === undefined || status === 'related').toBe(true);
    expect(statusOf(index, 'The coast guard said 61 passengers died in the ferry fire off the island.')).toBe(
      'corroborated',
    );
  });
});

describe('the same fact needs the same predicate', () => {
  const index = buildReferenceIndex([
    article(
      'wire',
      'In a closed-door briefing to parliament, the mining agency confirmed its part in the rescue of the trapped miners.',
    ),
  ]);

  it('sharing only the background of a claim is no verdict', () => {
    const status = statusOf(
      index,
      'The minister was speaking after a closed-door briefing by the mining agency to parliament.',
    );
    expect(status === undefined || status === 'related').toBe(true);
  });
});

describe('text in capitals', () => {
  it('is read as words, not as one long name', () => {
    const shouted = analyseSentence(
      'RESCUERS FOUND TWO SURVIVORS IN THE FERRY WRECK ON SUNDAY.',
      defaultLexicon,
    ).features;
    const plain = analyseSentence(
      'Rescuers found two survivors in the ferry wreck on Sunday.',
      defaultLexicon,
    ).features;
    expect(shouted.words.map((word) => word.stem)).toEqual(plain.words.map((word) => word.stem));
    expect(shouted.words.some((word) => word.proper)).toBe(false);
  });
});

describe('an outcome qualified by a verb of belief', () => {
  it('counts the outcome, not the belief', () => {
    expect(predicates('At least 40 miners are presumed dead after the collapse.')).toEqual([
      ['At least 40', 'outcome:death'],
    ]);
    expect(predicates('Twelve crew were feared to have drowned, and 30 were believed rescued.')).toEqual([
      ['Twelve', 'outcome:death'],
      ['30', 'outcome:survival'],
    ]);
  });
});

describe('a count that names only its outcome', () => {
  const index = buildReferenceIndex([
    article(
      'wire',
      'The three survivors pulled from the mine were two drillers and one engineer, all of them contractors.',
    ),
  ]);

  it('counts the same people as a count of who they were', () => {
    expect(statusOf(index, 'Three contractors were pulled alive from the mine on Friday.')).toBe('corroborated');
    expect(statusOf(index, 'Five contractors were pulled alive from the mine on Friday.')).toBe('conflicting');
  });
});

describe('the story a page is about', () => {
  const wire = article(
    'wire',
    [
      'A fire broke out on the Aldmere ferry near Port Sellin on Sunday night.',
      'The blaze claimed the lives of 61 passengers, the Coralin coast guard said, while 14 others were rescued.',
      'The Aldmere was sailing from Port Sellin to Varro Island with 75 people on board.',
    ].join(' '),
  );
  const index = buildReferenceIndex([wire]);
  const badge = (page: string[], sentence: string) => statusOnPage(index, page, sentence);
  const sameStory = [
    'The Aldmere ferry caught fire on its way from Port Sellin to Varro Island.',
    'The Coralin coast guard sent three boats.',
  ];
  const otherStory = ['Heavy rain flooded the old town of Brenna overnight.', 'The river rose by two metres.'];

  it('lets a toll said in other words corroborate on a page about the same story', () => {
    expect(badge(sameStory, 'At least 61 people are presumed dead.')).toBe('corroborated');
  });

  it("lets another count of the story's outcome conflict, unless the page dates it to another year", () => {
    expect(badge(sameStory, 'At least 90 people are presumed dead.')).toBe('conflicting');
    expect(badge(sameStory, 'The blaze claimed the lives of at least 90 passengers.')).toBe('conflicting');
    // Another fire, another year: the figure is not the story's.
    expect(badge(sameStory, 'In 2009, a fire on the Brenna killed 90 passengers.')).not.toBe('conflicting');
    expect(badge(sameStory, 'The 2009 fire on the Brenna claimed the lives of 90 passengers.')).not.toBe('conflicting');
  });

  it('counts a toll reported after a verb of saying, not the saying', () => {
    const sentence = 'The Coralin coast guard claimed on Monday that about 61 have been killed alongside dozens hurt.';
    expect(badge(sameStory, sentence)).toBe('corroborated');
    expect(badge(sameStory, sentence.replace('61', '120'))).toBe('conflicting');
  });

  it('gives no verdict to the same words on a page about another story', () => {
    expect(badge(otherStory, 'At least 61 people are presumed dead.')).not.toMatch(/corroborated|conflicting/);
  });

  it('still judges a source that names the story more broadly than the page (only its country)', () => {
    const national = buildReferenceIndex([
      article('agency', 'The floods in northern Tessaly killed 62 people, the government said.'),
    ]);
    const local = [
      'Prime Minister Ana Verde visited Brenna and Olmo on Friday.',
      'The mayor of Olmo thanked the rescuers.',
    ];
    expect(statusOnPage(national, local, 'The floods killed 95 people, officials said.')).toBe('conflicting');
  });

  it('gives no verdict to a fact of the same kind on a page that names other places and people', () => {
    const elsewhere = [
      'Rescuers on Lake Tamsin searched through the night, the Oldfield harbour master said.',
      'The Merrow Star had left Oldfield for Gannet Rock an hour before.',
    ];
    const sentence = 'A fire broke out on the Merrow Star ferry on Sunday night, and 40 passengers died.';
    const verdict = (page: string[], text: string) => {
      const status = badge(page, text);
      return status === 'corroborated' || status === 'conflicting' ? status : 'no verdict';
    };
    expect(verdict(elsewhere, sentence)).toBe('no verdict');
    expect(verdict(elsewhere, 'The ferry was sailing with 90 people on board.')).toBe('no verdict');
    // A page naming the story only in its headline still reports it when another of its sources names it.
    const second = buildReferenceIndex([
      wire,
      article('agency', 'Port Sellin harbour staff said 75 people had boarded the Aldmere before it sailed.'),
    ]);
    const headlineOnly = [
      'Ferry operators across the region face new checks, the Coralin coast guard said.',
      'Ministers met on Monday.',
    ];
    expect(statusOnPage(second, headlineOnly, 'The ship was sailing with 90 people on board.')).toBe('conflicting');
  });
});

describe('the time of the story’s event', () => {
  const index = buildReferenceIndex([
    article(
      'wire',
      'A Coralin Air flight from Varro Island to Port Sellin crashed on landing on Sunday.',
      'The accident occurred at 6:15 a.m. on the main runway of Port Sellin airport, the Coralin transport ministry said, when the aircraft overran the runway and struck a fence.',
      'The aircraft had left Varro Island at 5:20 a.m.',
    ),
  ]);
  const sameStory = [
    'The Coralin Air flight from Varro Island crashed at Port Sellin airport on Sunday.',
    'The Coralin transport ministry opened an inquiry.',
  ];
  const otherStory = ['Heavy rain flooded the old town of Brenna overnight.', 'The river rose by two metres.'];

  it('is checked by its time on a page of the story, however little else the sentence says', () => {
    expect(
      statusOnPage(index, sameStory, 'The crash at Port Sellin happened at about 6:40 a.m., witnesses said.'),
    ).toBe('conflicting');
    expect(statusOnPage(index, sameStory, 'The crash at Port Sellin happened at 6:15 a.m., witnesses said.')).toBe(
      'corroborated',
    );
  });

  it('is not the time of another event of the story, nor of another story', () => {
    expect(
      statusOnPage(index, sameStory, 'Fuel trucks reached Port Sellin airport at about 6:40 a.m., witnesses said.') ??
        'none',
    ).not.toMatch(/conflicting|corroborated/);
    expect(
      statusOnPage(index, otherStory, 'The crash happened at about 6:40 a.m. on Sunday, witnesses said.') ?? 'none',
    ).not.toMatch(/conflicting|corroborated/);
  });
});

describe('wording from both sides of the Atlantic', () => {
  const index = buildReferenceIndex([
    article(
      'agency',
      'The governor said she is willing to hand over the seized trawlers if the harbour board can organise a swap for the detained fishermen.',
    ),
  ]);

  it('restates a claim with the other spelling and a phrase that overlaps the verb', () => {
    expect(
      statusOf(
        index,
        'The governor is ready to hand over the trawlers if the board can organize an exchange for the fishermen.',
      ),
    ).toBe('corroborated');
  });
});

describe('a shared quotation', () => {
  const index = buildReferenceIndex([
    article(
      'agency',
      'The harbour master added that “there could be other berths” for trawlers whose crews do not wish to sail home, and a recording released by his office showed two skippers being questioned.',
    ),
  ]);

  it('reports the same statement however differently the sentence frames it', () => {
    expect(
      statusOf(
        index,
        'Speaking to reporters outside parliament on Tuesday evening, the official stressed that "there could be other berths" available soon.',
      ),
    ).toBe('corroborated');
  });
});

describe('a figure restated in other words', () => {
  const background = Array.from(
    { length: 14 },
    (_, n) => `The Aldmere ferry left Port Sellin harbour on route ${n + 1} with its crew before the storm.`,
  );
  const elsewhere = Array.from(
    { length: 40 },
    (_, n) => `The town library opened reading room ${n + 1} on Main Street after the council vote.`,
  );
  const index = buildReferenceIndex([
    article('wire', background.join(' ')),
    article(
      'agency',
      'The Aldmere ferry sailed from Port Sellin on Sunday evening.',
      'The blaze claimed the lives of 61 passengers, the coast guard said.',
    ),
    article('town', elsewhere.join(' ')),
  ]);

  it('is found by its number when other claims share more of the sentence’s words', () => {
    // One candidate from the words: a background claim; the toll comes from the figure lookup.
    const annotation = annotateBlocks(
      index,
      [
        { id: 'b0', text: 'The Aldmere ferry sailed from Port Sellin on Sunday evening.' },
        { id: 'b1', text: 'The Aldmere ferry left Port Sellin harbour with its crew before the storm, and 61 died.' },
      ],
      { candidates: 1 },
    ).find((found) => found.blockId === 'b1');
    expect(annotation?.status).toBe('corroborated');
    expect(annotation?.matches.map((match) => match.referenceClaim)).toContain(
      'The blaze claimed the lives of 61 passengers, the coast guard said.',
    );
  });
});

describe('the whole a count is taken from', () => {
  it('is presupposed, not claimed: its difference alone is no conflict', () => {
    const index = buildReferenceIndex([
      article('agency', 'Among the 75 passengers on the ferry, 70 were islanders and five were tourists.'),
    ]);
    expect(statusOf(index, "At least 40 of the ferry's 80 passengers are confirmed dead, officials said.")).not.toBe(
      'conflicting',
    );
  });

  it('is not a count of the outcome', () => {
    expect(predicates('The fire killed 61 of the 75 people on board.')).toEqual([
      ['61', 'outcome:death'],
      ['75', 'whole'],
    ]);
    expect(predicates("At least 40 of the ferry's 75 passengers are confirmed dead.")).toEqual([
      ['At least 40', 'outcome:death'],
      ['75', 'whole'],
    ]);
  });
});

describe('parts of speech', () => {
  const verbs = (sentence: string) =>
    analyseSentence(sentence, defaultLexicon)
      .features.words.filter((word) => word.verb)
      .map((word) => word.stem);

  it('come from the tagger: the same word is a noun in one sentence and a verb in another', () => {
    expect(verbs('Troops joined the attempt to retake the border town.')).not.toContain('attempt');
    expect(verbs('The pilot attempted to land on the second runway.')).toContain('attempt');
    expect(verbs('A bird strike damaged the engine before the landing.')).not.toContain('strike');
    expect(verbs('The union will strike over pay next week.')).toContain('strike');
    expect(verbs('Their challenges grew as the winter set in.')).not.toContain('challeng');
  });

  it('line up with the engine tokens through hyphens, possessives and names', () => {
    const words = analyseSentence(
      "The plane crash-landed at Kim Jong-un's airport and overran the runway.",
      defaultLexicon,
    ).features.words;
    expect(words.find((word) => word.text === 'overran')?.verb).toBe(true);
    expect(words.find((word) => word.text === 'runway')?.verb).toBeUndefined();
    expect(words.filter((word) => word.proper).every((word) => !word.verb)).toBe(true);
  });

  it('decide which verb a number belongs to', () => {
    // "blaze" is the fire here, not what the crews did at 6:15 (the lexicon has it mostly as a verb).
    expect(predicates('Crews put out the blaze in the warehouse at 6:15 p.m.')).not.toContainEqual([
      '6:15 p.m.',
      'blaze',
    ]);
  });
});

describe('another actor doing the same thing', () => {
  const index = buildReferenceIndex([
    article(
      'wire',
      'The Bank of Norway held its key interest rate at 3.5 percent on Wednesday, citing slowing inflation.',
    ),
    article('desk', 'Danish troops seized the northern pass after a two-day battle, the ministry said.'),
  ]);

  it('is another fact: no verdict, neither green nor red', () => {
    // No badge at all, or a related one: never a verdict.
    expect(['corroborated', 'conflicting']).not.toContain(
      statusOf(
        index,
        'The Bank of Finland held its key interest rate at 3.5 percent on Thursday, citing slowing inflation.',
      ),
    );
    expect(['corroborated', 'conflicting']).not.toContain(
      statusOf(index, 'Swedish troops seized the northern pass after a two-day battle.'),
    );
  });

  it('is the same actor when the other sentence names it another way', () => {
    expect(
      statusOf(index, "Norway's central bank held its key interest rate at 3.5 percent, citing slowing inflation."),
    ).toBe('corroborated');
    expect(statusOf(index, 'Troops from Denmark seized the northern pass after a two-day battle.')).toBe(
      'corroborated',
    );
  });
});

describe('a source that speaks of itself', () => {
  const index = buildReferenceIndex([
    article(
      'wire',
      'Tarrow Foods said on Tuesday it would close its bakery in Pellam, cutting 140 jobs.',
      'Tarrow Foods reported a quarterly loss of 38 million dollars.',
      'The agency said the harbour at Quell would reopen on Friday.',
    ),
  ]);

  it('is the actor of what it says: another company saying the same of itself is another fact', () => {
    expect(
      statusOf(index, 'Hollin Dairies said on Tuesday it would close its bakery in Pellam, cutting 140 jobs.'),
    ).not.toMatch(/corroborated|conflicting/);
    expect(statusOf(index, 'Hollin Dairies reported a quarterly loss of 38 million dollars.')).not.toMatch(
      /corroborated|conflicting/,
    );
  });

  it('is still the same actor when the page says it again', () => {
    expect(statusOf(index, 'Tarrow Foods said it would close its Pellam bakery, cutting 140 jobs.')).toBe(
      'corroborated',
    );
    expect(statusOf(index, 'Tarrow Foods said it would not close its bakery in Pellam.')).toBe('conflicting');
  });

  it('is only who says it when it speaks of something else', () => {
    expect(statusOf(index, 'Port officials said the harbour at Quell would reopen on Friday.')).toBe('corroborated');
  });
});

describe('the event of a sentence, beside its figures', () => {
  const index = buildReferenceIndex([
    article(
      'wire',
      'Kessel Steel will cut 1,800 jobs at its mill in Dornach next year.',
      'The council ordered the markets of Ulm Street to close for the holiday.',
      'Health officials urged families to keep their children indoors on Friday.',
    ),
  ]);

  it('is another fact when the verbs name other events, whatever the figures share', () => {
    expect(statusOf(index, 'Kessel Steel will create 1,800 jobs at its mill in Dornach next year.')).not.toMatch(
      /corroborated|conflicting/,
    );
    expect(statusOf(index, 'Kessel Steel will cut 1,800 jobs at its Dornach mill next year.')).toBe('corroborated');
  });

  it('is pinned by two agreeing figures, whatever the verbs', () => {
    const plan = buildReferenceIndex([
      article('wire', 'Chief executive Mara Lind said Kessel Steel would cut 1,800 jobs at its Dornach mill by 2027.'),
    ]);
    expect(statusOf(plan, 'Lind said 1,800 jobs would go at the Dornach mill by 2027.')).toBe('corroborated');
  });

  it('reads "added" with a count after it as adding, not as saying', () => {
    expect(predicates('Kessel Steel added 1,800 jobs at its mill in Dornach.')).toEqual([['1,800', 'add']]);
    expect(statusOf(index, 'Kessel Steel added 1,800 jobs at its mill in Dornach last year.')).not.toMatch(
      /corroborated|conflicting/,
    );
  });

  it('is the verb put after a verb of urging, ordering or deciding', () => {
    expect(statusOf(index, 'The council ordered the markets of Ulm Street to reopen for the holiday.')).not.toMatch(
      /corroborated|conflicting/,
    );
    expect(statusOf(index, 'Health officials urged families to send their children outdoors on Friday.')).not.toMatch(
      /corroborated|conflicting/,
    );
    expect(statusOf(index, 'The council ordered the markets of Ulm Street to close for the holiday.')).toBe(
      'corroborated',
    );
  });

  it('is not done when one side only attempts it', () => {
    const signing = buildReferenceIndex([
      article('desk', 'Harlow Rovers signed Piet Molen from Olimpia Vaasa for 48 million pounds.'),
    ]);
    expect(
      statusOf(signing, 'Harlow Rovers tried to sign Piet Molen from Olimpia Vaasa for 48 million pounds.'),
    ).not.toMatch(/corroborated|conflicting/);
    expect(
      statusOf(signing, 'Harlow Rovers signed Piet Molen from Olimpia Vaasa for 48 million pounds on Friday.'),
    ).toBe('corroborated');
  });
});

describe('the same thing happening somewhere else', () => {
  const index = buildReferenceIndex([
    article('wire', 'Evacuation orders were issued for 2,000 homes near Kelowna on Monday as the wildfire spread.'),
  ]);

  it('is another fact when each sentence names a place the other lacks', () => {
    expect(statusOf(index, 'Evacuation orders were issued for 2,000 homes near Kamloops on Monday.')).not.toMatch(
      /corroborated|conflicting/,
    );
  });

  it('is the same fact when one only names the place more closely, or not in January', () => {
    expect(
      statusOf(index, 'Evacuation orders covered 2,000 homes in the Okanagan Valley near Kelowna on Monday.'),
    ).toBe('corroborated');
    expect(statusOf(index, 'In January, evacuation orders were issued for 2,000 homes near Kelowna.')).toBe(
      'corroborated',
    );
  });

  it('is another fact in another quarter of the same place', () => {
    const quarters = buildReferenceIndex([
      article('wire', 'Power was cut to 40,000 homes in the eastern districts of Marlow after the storm.'),
    ]);
    expect(
      statusOf(quarters, 'Power was cut to 40,000 homes in the western districts of Marlow after the storm.'),
    ).not.toMatch(/corroborated|conflicting/);
    expect(statusOf(quarters, 'The storm cut power to 40,000 homes in eastern Marlow.')).toBe('corroborated');
  });
});

describe('a light verb', () => {
  it('leaves the predicate to its object', () => {
    const index = buildReferenceIndex([
      article(
        'agency',
        'The ferry left the harbour at dawn on Sunday.',
        'Among the 75 passengers, 70 were islanders and five were Norwegian.',
        'Rescue boats reached the burning ship within the hour.',
      ),
    ]);
    expect(statusOf(index, 'Its passengers included five Norwegians, the ferry operator confirmed.')).toBe(
      'corroborated',
    );
  });
});

describe('the reference claim shown for a source', () => {
  it('is the one most about the fact, not a longer one that mentions it beside another', () => {
    const index = buildReferenceIndex([
      article(
        'agency',
        'The ferry fire resulted in the death of 61 passengers, as confirmed by the coast guard, while two crew members were rescued.',
        'The two survivors rescued were a deckhand and a cook, both crew members.',
        'The ferry had left the harbour at dawn.',
      ),
    ]);
    const [annotation] = annotateBlocks(index, [
      { id: 'b0', text: 'Only two crew members were rescued alive from the ferry fire.' },
    ]);
    expect(annotation?.status).toBe('corroborated');
    expect(annotation?.matches[0]?.referenceClaim).toBe(
      'The two survivors rescued were a deckhand and a cook, both crew members.',
    );
  });
});

describe('counts of whose things', () => {
  const index = buildReferenceIndex([
    article(
      'wire',
      'Ankara said about 400 Armenian troops have died fighting for Georgia in the Vardan valley.',
      'Two Armenian troops were captured by Georgian forces near Vardan.',
      'The defence ministry offered to exchange them for Georgian prisoners held in Armenia.',
    ),
  ]);

  it('differ when the things belong to different named owners, however alike the sentence', () => {
    expect(statusOf(index, 'About 400 Georgian troops have died fighting in the Vardan valley.')).not.toMatch(
      /corroborated|conflicting/,
    );
  });

  it('are the same when the voice changes, or one side names the owner with a single place word', () => {
    expect(statusOf(index, 'Georgian forces captured two Armenian troops near Vardan.')).toBe('corroborated');
    const korea = buildReferenceIndex([
      article('desk', 'Officials in Seoul said 40 North Korean sailors were rescued off the coast on Friday.'),
    ]);
    expect(statusOf(korea, 'Some 40 DPRK sailors were rescued off the coast on Friday.')).toBe('corroborated');
  });
});

describe('a forecast', () => {
  it('gets no verdict from a reference that only hedges a possibility', () => {
    const index = buildReferenceIndex([
      article(
        'agency',
        'The harbour master added that there may be other berths for trawlers whose crews refuse to sail home.',
        'Divers searched the wreck again on Tuesday.',
      ),
    ]);
    expect(
      statusOf(index, 'There would surely be more trawlers whose crews refuse to sail home, the harbour master added.'),
    ).not.toMatch(/corroborated|conflicting/);
  });
});

describe('the verbs a sentence asserts', () => {
  const verbs = (sentence: string) =>
    analyseSentence(sentence, defaultLexicon)
      .features.words.filter((word) => word.verb)
      .map((word) => [word.text, word.adjunct ? 'adjunct' : word.coordinated ? 'coordinated' : 'main']);

  it('leave out participle clauses of circumstance, before or after the main clause', () => {
    const main = (sentence: string) => verbs(sentence).filter(([, role]) => role === 'main');
    expect(main('Sensing danger, the captain turned the ferry back towards the harbour.')).toEqual([
      ['turned', 'main'],
    ]);
    expect(verbs('The mayor closed the bridge on Monday, citing new cracks in the deck.')).toEqual([
      ['closed', 'main'],
      ['citing', 'adjunct'],
    ]);
    // The clause's other verbs are circumstance too.
    expect(
      main('The mayor closed the bridge on Monday, citing cracks and warning that repairs would take months.'),
    ).toEqual([['closed', 'main']]);
    expect(verbs('The ferry skidded off the pier after touching the harbour wall.')).toEqual([
      ['skidded', 'main'],
      ['touching', 'adjunct'],
    ]);
    // A gerund after a preposition asserts nothing.
    expect(main('The crew seemed hesitant about returning to the island.')).toEqual([['seemed', 'main']]);
    // A gerund that is the subject is not a clause of circumstance.
    expect(verbs('Fighting continued near the river crossing for a third day.')[0]?.[1]).not.toBe('adjunct');
  });

  it('include a second verb of the same subject', () => {
    expect(verbs('The ferry struck a sandbar and sank within minutes.')).toEqual([
      ['struck', 'main'],
      ['sank', 'coordinated'],
    ]);
    // A second clause with its own subject is not coordinated with the first verb.
    expect(verbs('The ferry struck a sandbar, and rescuers arrived within minutes.')).toEqual([
      ['struck', 'main'],
      ['arrived', 'main'],
    ]);
  });

  it('let a reference restate either of two coordinated verbs', () => {
    const index = buildReferenceIndex([
      article('agency', 'The Port Sellin ferry sank within minutes on Monday morning, the coast guard said.'),
    ]);
    expect(statusOf(index, 'The Port Sellin ferry struck a sandbar and sank within minutes on Monday morning.')).toBe(
      'corroborated',
    );
  });

  it('do not include a closing participle clause: the claim is the main clause', () => {
    const index = buildReferenceIndex([
      article(
        'council',
        'The mayor confirmed the closure of the Sellin bridge on Monday after inspectors found cracks.',
        'Ferries will carry commuters across the river until repairs are finished.',
        'The council expects the work to take six months.',
      ),
    ]);
    expect(statusOf(index, 'The mayor confirmed the closure of the Sellin bridge on Monday, citing the cracks.')).toBe(
      'corroborated',
    );
  });
});

describe('a negation before two verbs', () => {
  const negatedWords = (sentence: string) =>
    analyseSentence(sentence, defaultLexicon)
      .features.words.filter((word) => word.negated)
      .map((word) => word.text);

  it('stops at a second verb in a tense of its own, which the sentence asserts', () => {
    expect(negatedWords('The crew failed to lower the lifeboats and struck a sandbar near the pier.')).not.toContain(
      'struck',
    );
    expect(negatedWords('The crew did not lower or raise the lifeboats.')).toEqual(
      expect.arrayContaining(['lower', 'raise']),
    );
  });
});

describe('a time of day', () => {
  const index = buildReferenceIndex([
    article(
      'coast guard',
      'A ferry accident occurred at 6:15 a.m. at Port Sellin, when the vessel crashed into the harbour wall.',
      'The ferry had left the island of Coralin two hours earlier with 61 passengers.',
      'Rescue boats reached the ferry within twenty minutes.',
    ),
  ]);

  it('dates the event of its whole clause, named as the same kind of thing on both sides', () => {
    expect(statusOf(index, 'The ferry crashed into the harbour wall at Port Sellin at around 6:20 a.m.')).toBe(
      'conflicting',
    );
    expect(statusOf(index, 'The ferry crashed into the harbour wall at Port Sellin at 6:15 a.m.')).toBe('corroborated');
  });

  it('of another event is no conflict', () => {
    expect(statusOf(index, 'The ferry left Port Sellin at 6:20 a.m. for the island of Coralin.')).not.toBe(
      'conflicting',
    );
  });

  it('given as the same minute dates one moment, whatever each side calls the event', () => {
    expect(statusOf(index, 'The explosion happened at 6.15 a.m. at Port Sellin.')).toBe('corroborated');
    // Another minute under another name is another moment of the story: no verdict either way.
    expect([undefined, 'related']).toContain(statusOf(index, 'The explosion happened at 6.25 a.m. at Port Sellin.'));
    // A bound is not a time the event took place.
    expect(statusOf(index, 'The explosion happened before 6.15 a.m. at Port Sellin.')).not.toBe('conflicting');
  });

  it('given as a whole hour is no moment of its own: other events of the day share it', () => {
    const hours = buildReferenceIndex([
      article(
        'wire',
        'The warehouse fire was brought under control shortly after 9 p.m., some six hours after it began.',
      ),
    ]);
    expect([undefined, 'related']).toContain(
      statusOf(hours, 'The warehouse fire broke out late on Tuesday evening, shortly before 9 p.m.'),
    );
  });
});

describe('what caused the event', () => {
  const index = buildReferenceIndex([
    article(
      'fire service',
      'Investigators believe the wildfire near Kelowna was started by a discarded cigarette.',
      'More than 2,000 residents were evacuated on Tuesday.',
      'Crews expect to contain the fire by the weekend.',
    ),
  ]);

  it('given differently on each side is another account: no green badge', () => {
    for (const sentence of [
      'The wildfire near Kelowna was started by lightning, investigators said.',
      'The wildfire near Kelowna started because of a lightning strike.',
    ]) {
      expect(statusOf(index, sentence)).not.toBe('corroborated');
    }
  });

  it('given alike is the same fact', () => {
    expect(statusOf(index, 'The wildfire near Kelowna was started by a cigarette, investigators said.')).toBe(
      'corroborated',
    );
  });

  it('is read from a passive agent and from "due to", not from a time', () => {
    const causeWords = (sentence: string) =>
      analyseSentence(sentence, defaultLexicon)
        .features.words.filter((word) => word.cause)
        .map((word) => word.text);
    expect(causeWords('The ferry was hit by a freak wave near Port Sellin.')).toEqual(['freak', 'wave']);
    expect(causeWords('The crossing was closed due to high winds.')).toEqual(['high', 'winds']);
    expect(causeWords('The ferry was repaired by Tuesday.')).toEqual([]);
  });
});

describe('a small count of an outcome within one story', () => {
  const index = buildReferenceIndex([
    article(
      'wire',
      'A shaft collapsed at the Dunmore copper mine on Friday, trapping 40 miners underground.',
      'The mine in the Ellis Valley is run by Carrow Metals.',
      'The two survivors pulled out were one diver and one cook, both engineers.',
      'Rescue teams worked through the night at the Dunmore mine.',
    ),
  ]);
  const page = (claim: string) =>
    statusOnPage(
      index,
      ['A shaft collapsed at the Dunmore copper mine on Friday, trapping 40 miners underground.', MINE_PAGE[1]],
      claim,
    );

  // The page names the mine, its valley and its owner: one story with the wire's report.
  it('is the fact itself: "two survivors" against "three rescued" conflicts', () => {
    expect(page('Local radio reported that three miners were rescued.')).toBe('conflicting');
    expect(page('Local radio reported that two miners were rescued.')).toBe('corroborated');
  });
});

describe('a toll restated in other words', () => {
  const index = buildReferenceIndex([
    article(
      'wire',
      'A shaft collapsed at the Dunmore copper mine on Friday, trapping 200 miners underground.',
      'The mine in the Ellis Valley is run by Carrow Metals.',
      'The collapse caused the deaths of 179 workers in all, the regional rescue service confirmed.',
      'Rescue teams from Ellis Valley towns and from Carrow Metals worked through the night at the Dunmore mine.',
      'Families of the Dunmore miners waited at the gates of Carrow Metals for news.',
    ),
  ]);

  it('is found by its outcome among claims that share more words with the sentence', () => {
    const [sentence] = sentenceClaims([
      {
        id: 'b',
        text: 'At least 96 miners are dead at the Dunmore mine in the Ellis Valley, Carrow Metals said.',
      },
    ]);
    const found = index.candidatesByFigure(sentence.analysis.features.quantities, 5).map(({ claim }) => claim.text);
    expect(found).toContain(
      'The collapse caused the deaths of 179 workers in all, the regional rescue service confirmed.',
    );
  });

  it('is found by the outcome it counts, though it shares neither verb nor number', () => {
    const [sentence] = sentenceClaims([{ id: 'b', text: 'At least 110 people have died, officials say.' }]);
    const found = index.candidates(sentence.analysis.features, 10).map(({ claim }) => claim.text);
    expect(found).toContain(
      'The collapse caused the deaths of 179 workers in all, the regional rescue service confirmed.',
    );
  });

  it('is judged on a page that reports the story, in a heading too', () => {
    expect(statusOnPage(index, MINE_PAGE, 'At least 110 people have died, officials say')).toBe('conflicting');
  });

  it('is judged in a long sentence that says much else, on a page of the story only', () => {
    const long =
      'At least 110 people died when the shaft gave way and water flooded the lower galleries within minutes.';
    expect(statusOnPage(index, MINE_PAGE, long)).toBe('conflicting');
    const otherStory = [
      'Heavy rain flooded the old town of Brenna overnight.',
      'The river rose by two metres in a day.',
    ];
    expect(statusOnPage(index, otherStory, long) ?? 'none').not.toMatch(/conflicting|corroborated/);
  });

  it('is judged when the outcome word is part of the count and nothing else is shared', () => {
    const people = buildReferenceIndex([
      article(
        'wire',
        'A shaft collapsed at the Dunmore copper mine on Friday, trapping 200 miners underground.',
        'The mine in the Ellis Valley is run by Carrow Metals.',
        'The collapse caused the deaths of 168 people in all, the regional rescue service confirmed.',
      ),
    ]);
    expect(statusOnPage(people, MINE_PAGE, 'Police said divers had brought up 85 dead bodies by noon.')).toBe(
      'conflicting',
    );
  });

  it('counts casualties as the dead and the injured together, however the sentence is worded', () => {
    const tolls = buildReferenceIndex([
      article(
        'wire',
        'A shaft collapsed at the Dunmore copper mine on Friday, trapping 200 miners underground.',
        'The mine in the Ellis Valley is run by Carrow Metals.',
        'The rescue service said 40 miners had been killed and 160 hurt by the collapse.',
      ),
    ]);
    const [sentence] = sentenceClaims([{ id: 'b', text: 'Medics counted roughly 200 casualties by nightfall.' }]);
    const found = tolls.candidatesByFigure(sentence.analysis.features.quantities, 5).map(({ claim }) => claim.text);
    expect(found).toContain('The rescue service said 40 miners had been killed and 160 hurt by the collapse.');
    expect(statusOnPage(tolls, MINE_PAGE, 'Medics counted roughly 200 casualties by nightfall.')).toBe('corroborated');
    expect(statusOnPage(tolls, MINE_PAGE, 'Medics counted roughly 900 casualties by nightfall.')).toBe('conflicting');
  });

  it('is not a claim when the sentence asks the reader to suppose it', () => {
    expect(modalityOf('Imagine that the council doubles every fare to 30 pounds.')).toBe('hedged');
    expect(modalityOf('Suppose the toll rises to 200.')).toBe('hedged');
    expect(modalityOf('Rescuers imagined the worst as 179 were confirmed dead.')).toBe('asserted');
  });
});

describe('casualties', () => {
  const index = buildReferenceIndex([
    article(
      'wire',
      'Border guards estimate that about 300 enemy soldiers have died and 2,700 have been wounded near the river crossing.',
    ),
  ]);

  it('are counted by "killed or wounded" as by "casualties"', () => {
    expect(predicates('About 3,000 miners were killed or injured in the collapses.')).toEqual([
      ['About 3,000', 'outcome:casualty'],
    ]);
    expect(predicates('Some 40 were wounded or killed.')).toEqual([['Some 40', 'outcome:casualty']]);
    expect(predicates('About 40 were killed or captured.')).toEqual([['About 40', 'outcome:death']]);
  });

  it('are the dead and the injured together', () => {
    expect(
      statusOf(
        index,
        'Border guards said enemy soldiers near the river crossing have suffered about 3,000 casualties.',
      ),
    ).toBe('corroborated');
    expect(
      statusOf(
        index,
        'Border guards said enemy soldiers near the river crossing have suffered about 5,000 casualties.',
      ),
    ).toBe('conflicting');
  });

  it('are not compared with the dead alone', () => {
    const deaths = buildReferenceIndex([
      article('wire', 'Border guards estimate that about 300 enemy soldiers have died near the river crossing.'),
    ]);
    expect(
      statusOf(
        deaths,
        'Border guards said enemy soldiers near the river crossing have suffered about 3,000 casualties.',
      ),
    ).not.toBe('conflicting');
  });
});

describe('a total less those it spared', () => {
  const index = buildReferenceIndex([
    article(
      'wire',
      'The cable car fell 40 metres onto the rocks below the Senn pass on Saturday.',
      'Rescuers said 87 of the riders had died and three were flown to hospital.',
    ),
  ]);

  it('restates the toll and the survivors, and is not read as a toll of the spared', () => {
    const page = ['The Senn pass cable car fell onto the rocks on Saturday.'];
    expect(statusOnPage(index, page, 'All but three of the 90 riders on the cable car died, rescuers said.')).toBe(
      'corroborated',
    );
    expect(statusOnPage(index, page, 'All but 13 of the 90 riders on the cable car died, rescuers said.')).toBe(
      'conflicting',
    );
  });
});

describe('a sentence of several facts', () => {
  const index = buildReferenceIndex([
    article(
      'wire',
      'The Varro ferry left Port Sellin at 6:10 a.m. on Sunday with 75 people on board, when fire broke out in its engine room, forcing the crew to sound the alarm and turn back.',
      'The harbour at Port Sellin reopened on Monday.',
      'Divers inspected the hull of the Varro at Port Sellin on Tuesday.',
    ),
  ]);
  const storms = 'while storms closed three airports along the northern coast and cut power to farms.';

  it('is corroborated by a reference that restates one of its clauses in a clause of its own', () => {
    expect(statusOf(index, `Fire broke out in the engine room of the Varro on Sunday, ${storms}`)).toBe('corroborated');
  });

  it('is not corroborated by a clause that only sets a scene, or restates another fact', () => {
    expect(statusOf(index, `Currently there are four ferries at Port Sellin, ${storms}`)).toBeUndefined();
    expect(statusOf(index, `Fire broke out in the galley of the Varro on Sunday, ${storms}`)).toBeUndefined();
  });

  it('is not corroborated by one clause when another gives a figure the reference contradicts', () => {
    expect(
      statusOf(index, `Fire broke out in the engine room of the Varro, which carried 120 people, ${storms}`),
    ).not.toBe('corroborated');
  });
});

describe('a support verb', () => {
  const index = buildReferenceIndex([
    article(
      'wire',
      'Shortly after the warning light came on, the captain issued a mayday call over the radio.',
      'The harbour at Port Sellin reopened on Monday.',
    ),
  ]);

  it('names its event by its object: "declared a mayday" restates "issued a mayday call"', () => {
    expect(statusOf(index, 'The captain declared a mayday over the radio shortly after take-off.')).toBe(
      'corroborated',
    );
  });

  it('does not make another event of the same object the same fact', () => {
    // No verdict: at most related.
    expect([undefined, 'related']).toContain(
      statusOf(index, 'The captain cancelled the mayday call over the radio an hour later.'),
    );
  });
});

describe('a count set off from its verb by an apposition', () => {
  it('is counted by the verb past the apposition', () => {
    expect(predicates('Just two divers, a man and a woman, have been rescued alive so far.')).toContainEqual([
      'two',
      'outcome:survival',
    ]);
    expect(predicates('At least 40 riders died, with two people, both guides, pulled out alive.')).toEqual([
      ['At least 40', 'outcome:death'],
      ['two', 'outcome:survival'],
    ]);
  });

  it('is not taken past a clause that has a verb of its own', () => {
    expect(predicates('Two divers, who had trained for years, said the cave flooded.')).not.toContainEqual([
      'Two',
      'outcome:survival',
    ]);
  });
});

describe('a wrong figure beside a fact the references support', () => {
  const index = buildReferenceIndex([
    article(
      'wire',
      'The cable car fall killed 87 riders below the Senn pass on Saturday, rescuers said, while two riders were pulled out alive.',
    ),
    article('agency', 'The two survivors of the cable car fall were a guide and a teenage rider.'),
  ]);
  const page = ['The Senn pass cable car fell onto the rocks on Saturday.'];

  it('makes the sentence conflicting, though another reference supports its other fact', () => {
    expect(
      statusOnPage(index, page, 'At least 30 riders died in the cable car fall, with two people pulled out alive.'),
    ).toBe('conflicting');
  });

  it('is not a conflict when its figures agree', () => {
    expect(statusOnPage(index, page, '87 riders died in the cable car fall, with two people pulled out alive.')).toBe(
      'corroborated',
    );
  });
});

describe('an earlier toll beside a fact the same source supports', () => {
  // One source gives both facts, dated the day after the page: its toll is the later count.
  const index = buildReferenceIndex([
    {
      source: testSource('wire', 'wire', '2026-04-05'),
      claims: claimsFromBlocks('wire', [
        {
          id: 'b0',
          text:
            'The cable car fall below the Senn pass killed 87 riders, rescuers said. ' +
            'Two people were pulled out alive.',
        },
      ]),
    },
  ]);
  const sentence = 'At least 30 riders died in the cable car fall, with two people pulled out alive.';

  it('shows the update, not the support of the other fact', () => {
    const [annotation] = annotateBlocks(index, [{ id: 'b0', text: sentence }], { publishedAt: '2026-04-04' });
    expect(annotation?.status).toBe('updated');
  });
});

describe('a wrong year of an act beside a fact another reference supports', () => {
  const index = buildReferenceIndex([
    article(
      'wire',
      'The Corrow ferry line opened in 2009 and carries about 400,000 passengers a year.',
      'Its boats cross to the island of Sellin in 40 minutes.',
    ),
    article(
      'agency',
      'The Corrow ferry line has 12 boats, each seating 300 people.',
      "The line's ticket office is in the harbour.",
    ),
  ]);

  it('makes the sentence conflicting', () => {
    expect(statusOf(index, 'The Corrow ferry line, opened in 2014, has twelve boats.')).toBe('conflicting');
  });

  it('is not a conflict when the year agrees', () => {
    expect(statusOf(index, 'The Corrow ferry line, opened in 2009, has twelve boats.')).toBe('corroborated');
  });
});

describe('a clause that names an outcome without a verb of its own', () => {
  const sentence =
    'Governor Elin Marsh confirmed the arrest of the smugglers in the delta on Tuesday, pointing to the unusual makeup of the gangs that run fuel across the border.';

  it('restates an outcome the reference names the same way', () => {
    const index = buildReferenceIndex([
      article(
        'wire',
        'Governor Elin Marsh confirmed the arrest of the smugglers on Tuesday as the coast guard widened its patrols along the southern delta amid growing fears of reprisals.',
        'The harbour at Port Sellin reopened on Monday.',
      ),
    ]);
    expect(statusOf(index, sentence)).toBe('corroborated');
  });

  it('is not restated by another outcome of the same kind', () => {
    const index = buildReferenceIndex([
      article(
        'agency',
        'Governor Elin Marsh has proposed sending the smugglers across the border to Varna in return for fishermen detained in the delta.',
        'The harbour at Port Sellin reopened on Monday.',
      ),
    ]);
    expect([undefined, 'related']).toContain(statusOf(index, sentence));
  });
});

describe('a rate decision', () => {
  const index = buildReferenceIndex([
    article(
      'wire',
      'The Bank of Norland raised its key interest rate by a quarter point to 4.5% on Thursday, its third increase this year.',
    ),
    article(
      'post',
      "Norland's central bank lifted borrowing costs for a third time this year, taking its main rate to 4.5 per cent.",
    ),
  ]);

  it('is restated in other words', () => {
    expect(statusOf(index, "Norland's central bank raised rates by 25 basis points to 4.5 percent on Thursday.")).toBe(
      'corroborated',
    );
  });

  it('in the other direction contradicts it ("cut" / "raised"), not by sharing a noun phrase ("interest rate")', () => {
    expect(statusOf(index, 'The Bank of Norland cut its key interest rate by a quarter point on Thursday.')).toBe(
      'conflicting',
    );
  });

  it('by another bank is another fact, though the reference names its bank first in the sentence', () => {
    expect([undefined, 'related']).toContain(
      statusOf(index, 'The Bank of Eastland raised its key interest rate to 4.5% on Thursday.'),
    );
  });
});

describe('a change of a measure', () => {
  const index = buildReferenceIndex([
    article(
      'wire',
      'Exports fell 3% in the first quarter, the trade ministry said.',
      'The harbour at Port Sellin reopened on Monday.',
    ),
  ]);
  const differences = (sentence: string) =>
    annotateBlocks(index, [{ id: 'b0', text: sentence }])[0]?.matches.flatMap((match) => match.differences);

  it('restated with another verb of the same direction agrees', () => {
    expect(statusOf(index, 'Exports dropped 3 percent in the first three months of the year.')).toBe('corroborated');
  });

  it('the other way contradicts it, though the figure is the same', () => {
    expect(statusOf(index, 'Exports rose 3% in the first quarter.')).toBe('conflicting');
    expect(differences('Exports rose 3% in the first quarter.')).toContainEqual({
      kind: 'polarity',
      page: 'rose',
      reference: 'fell',
    });
  });

  it('of another measure is another fact', () => {
    expect([undefined, 'related']).toContain(statusOf(index, 'Imports fell 3% in the first quarter.'));
  });

  it('is not read from a sentence that moves two ways', () => {
    expect(statusOf(index, 'Exports rose 3% in the first quarter while tourism revenue fell.')).not.toBe('conflicting');
  });
});

describe('an earthquake report', () => {
  const index = buildReferenceIndex([
    article(
      'wire',
      'A magnitude 6.4 earthquake struck off the coast of Verano early on Tuesday, killing at least 12 people.',
      "Verano's president, Luis Mora, declared a state of emergency in three provinces.",
    ),
  ]);

  it('of another place is another fact, said after "off the coast of"', () => {
    expect([undefined, 'related']).toContain(
      statusOf(index, 'A magnitude 6.4 earthquake struck off the coast of Serrano on Tuesday.'),
    );
    expect(statusOf(index, 'A 6.4-magnitude quake hit off Verano on Tuesday, killing at least 12.')).toBe(
      'corroborated',
    );
  });

  it('"a state of emergency" is what was declared, not a verb of saying that makes the rest its source', () => {
    expect(statusOf(index, 'President Luis Mora declared a state of emergency in three provinces.')).toBe(
      'corroborated',
    );
    expect([undefined, 'related']).toContain(
      statusOf(index, 'Prime Minister Ana Ruiz declared a state of emergency in three provinces.'),
    );
  });
});

describe('a word every object answers to', () => {
  it('is no outcome: "constructor" names no event a count could be of', () => {
    expect(predicates('Two men said the constructor was safe.')).toEqual([['Two', undefined]]);
    expect(predicates('Two constructor crews were hired.')).toEqual([['Two', 'hire']]);
  });
});

describe('"neither of" the people a claim is about', () => {
  const index = buildReferenceIndex([
    article(
      'wire',
      'Two climbers rescued from the glacier by army helicopters have not asked to leave the base camp, park rangers said.',
    ),
  ]);

  it('agrees with a reference that negates the same predicate', () => {
    expect(statusOf(index, 'Neither of the rescued climbers has asked to leave the base camp, the rangers said.')).toBe(
      'corroborated',
    );
  });
});

describe('a designator: the number of a flight, a model or a route', () => {
  const index = buildReferenceIndex([
    article(
      'wire',
      'The diverted plane was Flight 4Q2031 from Pune, which landed in Nagpur after a passenger fell ill.',
    ),
  ]);

  it('is one word however it is spaced ("4Q 2031" / "4Q2031")', () => {
    const stems = (sentence: string) => analyseSentence(sentence, defaultLexicon).features.words.map((w) => w.stem);
    expect(stems('The diverted plane was flight 4Q 2031.')).toContain('4q2031');
    expect(stems('The diverted plane was flight 4Q2031.')).toContain('4q2031');
    expect(statusOf(index, 'The diverted plane was flight 4Q 2031 from Pune.')).toBe('corroborated');
  });

  it('names another flight when each sentence gives one the other lacks: no verdict, nor from a clause', () => {
    // "which landed in Nagpur ..." alone is about no flight: the clause does not stand for its sentence.
    expect([undefined, 'related']).toContain(
      statusOf(index, 'Flight 4Q2013 from Pune landed in Nagpur after a passenger fell ill.'),
    );
    expect([undefined, 'related']).toContain(
      statusOf(index, 'The plane diverted to Nagpur after a passenger fell ill was flight 4Q 2013 from Pune.'),
    );
    expect(statusOf(index, 'Flight 4Q 2031 from Pune landed in Nagpur after a passenger fell ill.')).toBe(
      'corroborated',
    );
  });
});

describe('"regarding" is a preposition', () => {
  const index = buildReferenceIndex([
    article('wire', 'An official said there was contact regarding a warning before the crash.'),
  ]);

  it('is no verb a negation could contradict', () => {
    expect(statusOf(index, 'Officials have said nothing regarding what caused the crash.')).not.toBe('conflicting');
  });
});

describe('an event told with a near word ("crashed" / "an accident happened")', () => {
  const index = buildReferenceIndex([
    article('wire', 'A bus accident happened on the coast road near Tarn on Sunday morning, police said.'),
  ]);

  it('is the same event when every other word of the claim is the reference’s', () => {
    expect(statusOf(index, 'A bus crashed on the coast road near Tarn on Sunday morning.')).toBe('corroborated');
  });

  it('is not when another vehicle, place or day is named, or the sentence says more', () => {
    for (const sentence of [
      'A lorry crashed on the coast road near Tarn on Sunday morning.',
      'A bus crashed on the coast road near Dorn on Sunday morning.',
      'A bus crashed on the coast road near Tarn on Monday morning.',
      'A bus caught fire on the coast road near Tarn on Sunday morning.',
    ]) {
      expect([undefined, 'related']).toContain(statusOf(index, sentence));
    }
  });
});

describe('a vehicle named by its designation ("the Intercity 582") is not another actor', () => {
  const index = buildReferenceIndex([
    article(
      'wire',
      'A Rail North train accident occurred at 6:40 a.m. on Sunday near Edinburgh, when the train left the tracks and struck a signal box.',
    ),
  ]);

  it('than the one the reference names by who runs it', () => {
    expect(
      statusOf(
        index,
        'The Intercity 582, which was travelling from London to Edinburgh, derailed and hit a signal box at about 6:40 a.m. on Sunday.',
      ),
    ).toBe('corroborated');
  });

  it('unless the sentence names someone else, another day or another designation', () => {
    for (const sentence of [
      'The Eurostar 582, run by Rail South, derailed and hit a signal box at about 6:40 a.m. on Sunday.',
      'The Intercity 582, which was travelling from London to Edinburgh, derailed and hit a signal box at about 6:40 a.m. on Monday.',
      'The Airbus A320, which was travelling from London to Edinburgh, left the runway and hit a signal box at about 6:40 a.m. on Sunday.',
    ]) {
      expect([undefined, 'related']).toContain(statusOf(index, sentence));
    }
  });
});

describe('an attempt dated to the minute of the event', () => {
  const index = buildReferenceIndex([
    article('wire', 'The Aldmere ferry accident occurred at 6:15 a.m. off Port Sellin, the coast guard said.'),
  ]);

  it('agrees on the moment, whatever each side calls it', () => {
    expect(statusOf(index, 'The Aldmere ferry attempted to turn back to Port Sellin at 6:15 a.m.')).toBe(
      'corroborated',
    );
  });

  it('is no verdict at another minute, nor when a side negates', () => {
    expect([undefined, 'related']).toContain(
      statusOf(index, 'The Aldmere ferry attempted to turn back to Port Sellin at 6:40 a.m.'),
    );
    expect([undefined, 'related']).toContain(
      statusOf(index, 'The Aldmere ferry did not attempt to turn back to Port Sellin at 6:15 a.m.'),
    );
  });
});

describe('"so far" says "until now"', () => {
  const stems = (sentence: string) => analyseSentence(sentence, defaultLexicon).features.words.map((w) => w.stem);

  it('is no content of the claim, unlike a distance', () => {
    expect(stems('Three climbers have been brought down safely so far.')).not.toContain('far');
    expect(stems('Three climbers have been brought down safely thus far.')).not.toContain('far');
    expect(stems('The hut lies far from the road.')).toContain('far');
  });
});

describe('of one source, the claim most about the sentence’s fact', () => {
  const index = buildReferenceIndex([
    article(
      'wire',
      'The avalanche killed 12 skiers, the Alpine Rescue Agency confirmed, and two others were pulled out alive.',
      'The two pulled out alive were a man and a woman, both ski instructors.',
    ),
  ]);

  it('is the claim the sentence covers, not a longer one that shares its other words', () => {
    const [annotation] = annotateBlocks(index, [
      {
        id: 'b0',
        text: 'Only two instructors, a man and a woman, have been pulled out alive so far, the rescue agency said.',
      },
    ]);
    expect(annotation?.status).toBe('corroborated');
    expect(annotation?.matches[0]?.referenceClaim).toMatch(/^The two pulled out alive/);
  });
});

describe('the same kind of event elsewhere, by another operator or on another day (traps)', () => {
  const index = buildReferenceIndex([
    article(
      'wire',
      'A Velo Air flight 4Q2031 accident occurred at 6:40 a.m. on Sunday at Port Sellin airport, when the aircraft overran the runway and hit a wall.',
    ),
  ]);
  const crash = (subject: string, where: string, when: string) =>
    `${subject} overran the runway${where} and hit a wall at about ${when}.`;

  it('restates the reference when only the designation names the plane', () => {
    expect(
      statusOf(
        index,
        crash('The Boeing 737, which was travelling from Madrid to Port Sellin,', '', '6:40 a.m. on Sunday'),
      ),
    ).toBe('corroborated');
  });

  it('gets no badge, green or red, for another operator, place, day or flight', () => {
    for (const sentence of [
      crash('The Boeing 737 of Skyline Air', '', '6:40 a.m. on Sunday'),
      crash('The Boeing 737, which was travelling from Madrid to Dorn,', ' at Dorn airport', '6:40 a.m. on Sunday'),
      crash('The Boeing 737, which was travelling from Madrid to Port Sellin,', '', '6:40 a.m. on Monday'),
      crash('The Boeing 737, which was travelling from Madrid to Port Sellin,', '', '7:10 a.m. on Sunday'),
      crash('Skyline Air flight 7K 2031', ' at Port Sellin', '6:40 a.m. on Sunday'),
      crash('Velo Air flight 4Q 2013', ' at Port Sellin', '6:40 a.m. on Sunday'),
    ]) {
      expect([undefined, 'related']).toContain(statusOf(index, sentence));
    }
  });
});
