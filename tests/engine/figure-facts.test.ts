/**
 * Figures that look alike but state another fact: a part of a toll, a count under another verb, the same number
 * of another thing, a change the other way, a unit glued to its number, the figure of the other actor. Each is
 * written here in our own words about invented events.
 */
import { describe, expect, it } from 'vitest';
import { annotateBlocks, buildReferenceIndex } from '../../lib/engine';
import { analyseSentence } from '../../lib/features/analyse';
import { changeOf } from '../../lib/features/direction';
import { extractQuantities } from '../../lib/features/quantities';
import { defaultLexicon } from '../../lib/lexicon/default-lexicon';
import { testArticle as article } from '../helpers/articles';
import { datedStance } from '../helpers/dated-stance';

const statusOf = (index: ReturnType<typeof buildReferenceIndex>, text: string) =>
  annotateBlocks(index, [{ id: 'b0', text }])[0]?.status;
/** The status of `sentence` on a page whose other sentences are `page` (they say which story it reports). */
const statusOnPage = (index: ReturnType<typeof buildReferenceIndex>, page: readonly string[], sentence: string) =>
  annotateBlocks(index, [...page.map((text, n) => ({ id: `b${n}`, text })), { id: 'x', text: sentence }]).find(
    (annotation) => annotation.blockId === 'x',
  )?.status;
/** No badge, or only a related one: neither green nor red. */
const noVerdict = (status: string | undefined) => status === undefined || status === 'related';
const predicates = (sentence: string) =>
  analyseSentence(sentence, defaultLexicon).features.quantities.map((quantity) => [quantity.text, quantity.predicate]);

describe('a part of a toll', () => {
  it('is read as a part, not as the toll ("four of those killed", "among the dead")', () => {
    expect(predicates('Four of the miners killed in the blast were brothers.')).toEqual([['Four', 'part']]);
    expect(predicates('Two nurses were among those injured when the roof fell in.')).toEqual([['Two', 'part']]);
    expect(predicates('Among the dead were five firefighters.')).toEqual([['five', 'part']]);
    expect(predicates("Six of the ferry's crew were among the dead.")).toEqual([['Six', 'part']]);
    expect(predicates('Police said two cyclists, both from Vell, were among the dead.')).toEqual([['two', 'part']]);
    // The clause's own event, not a group: "two of the crew drowned" counts deaths.
    expect(predicates('Two of the crew drowned off the headland.')).toEqual([['Two', 'outcome:death']]);
  });

  it('neither contradicts nor confirms the toll', () => {
    const index = buildReferenceIndex([
      article('wire', 'The gas explosion at the Selwick bakery killed 11 workers, the fire service said.'),
    ]);
    expect(
      noVerdict(statusOf(index, 'Four of the workers killed in the gas explosion at the Selwick bakery were sisters.')),
    ).toBe(true);
    expect(
      noVerdict(
        statusOf(
          index,
          'Four sisters were among those killed in the gas explosion at the Selwick bakery, the fire service said.',
        ),
      ),
    ).toBe(true);
    expect(statusOf(index, 'The gas explosion at the Selwick bakery killed 15 workers, the fire service said.')).toBe(
      'conflicting',
    );
  });
});

describe("a verb's object before another event", () => {
  it('counts that verb, not the later event ("arrested nine people after shops were looted")', () => {
    expect(predicates('Police detained 14 people after cars were torched in Corrow.')).toEqual([
      ['14', 'outcome:arrest'],
    ]);
  });
});

describe('what a vessel carries', () => {
  it('is what it holds, never compared with a count of what befell some of them', () => {
    expect(predicates('The ferry was carrying about 90 people.')).toEqual([['about 90', 'held']]);
    const index = buildReferenceIndex([
      article(
        'wire',
        'Divers have recovered the bodies of 31 people after a ferry carrying passengers sank off Port Sellin on Sunday, the coastguard said.',
      ),
    ]);
    expect(statusOf(index, 'The ferry that sank off Port Sellin was carrying about 90 people.')).not.toBe(
      'conflicting',
    );
  });
});

describe('a count under another verb', () => {
  it('is another fact: the numbers do not conflict', () => {
    const index = buildReferenceIndex([
      article('wire', 'The Tarrow health board employs 8,000 nurses in the district.'),
    ]);
    expect(noVerdict(statusOf(index, 'About 2,300 nurses in the Tarrow district marched on Friday.'))).toBe(true);
  });

  it('still conflicts under the same verb', () => {
    const index = buildReferenceIndex([
      article('wire', 'About 2,300 nurses in the Tarrow district marched on Friday.'),
    ]);
    expect(statusOf(index, 'About 6,000 nurses in the Tarrow district marched on Friday.')).toBe('conflicting');
  });
});

describe('the figure a level verb reaches', () => {
  it("counts the level's subject, not what a later clause names", () => {
    expect(predicates('The toll from the mudslide climbed to six after a rescued woman died.')).toEqual([
      ['six', 'outcome:death'],
    ]);
    expect(predicates('The number of injured stood at 14 when the last of the dead was found.')).toEqual([
      ['14', 'outcome:injury'],
    ]);
    // A noun of its own still says what the figure counts.
    expect(predicates('The tally has risen to nine deaths and 20 injuries.')).toEqual([
      ['nine', 'outcome:death'],
      ['20', 'outcome:injury'],
    ]);
  });

  it('counts what the subject names, not the nearest noun of its modifier', () => {
    const heads = (sentence: string) =>
      analyseSentence(sentence, defaultLexicon).features.quantities.map((quantity) => quantity.head);
    expect(heads("The death toll from Sunday's landslide has risen to six.")).toEqual(['toll']);
    expect(heads('The toll rose to six deaths.')).not.toEqual(['toll']);
    // A tally noun's "of" phrase names the thing, up to the preposition or verb that ends it.
    expect(heads('The number of reported flu cases in the Varne valley has climbed to 212.')).toEqual(['case']);
    expect(heads('The ministry now puts the number of pupils affected by the strike at 31,000.')).toEqual(['pupil']);
  });

  it('is compared with the toll, not with the injured count beside it', () => {
    const index = buildReferenceIndex([
      article('wire', 'Five people were killed and seven injured when a hillside gave way above Corrow on Sunday.'),
    ]);
    expect(
      statusOf(index, 'The death toll from the Corrow hillside collapse has risen to seven after an injured man died.'),
    ).toBe('conflicting');
  });
});

describe('the one length of time each side gives', () => {
  const index = buildReferenceIndex([
    article('wire', 'The Tarrow sports minister suspended all league fixtures for two weeks after the crush.'),
  ]);

  it('is how long the act lasts: another length conflicts, whatever noun or verb is nearest', () => {
    expect(
      statusOf(index, 'The Tarrow sports minister suspended all league football for a month after the crush.'),
    ).toBe('conflicting');
  });

  it('agrees when it is the same length in other units', () => {
    expect(
      statusOf(index, 'The Tarrow sports minister suspended all league football for 14 days after the crush.'),
    ).toBe('corroborated');
  });
});

describe('a figure with a verb of little meaning', () => {
  const index = buildReferenceIndex([
    article('wire', 'The Vell spectrum auction ran for 31 rounds over three days and ended on Friday.'),
  ]);

  it('is the fact the figure names, whichever verb carries it', () => {
    expect(statusOf(index, 'The Vell spectrum auction went 31 rounds.')).toBe('corroborated');
    expect(statusOf(index, 'The Vell spectrum auction went 35 rounds.')).toBe('conflicting');
  });

  it('is not a verb of having against another act', () => {
    const members = buildReferenceIndex([article('wire', 'The Vell dockers union lost 400 members last year.')]);
    expect(statusOf(members, 'The Vell dockers union had 400 members last year.')).not.toBe('corroborated');
  });
});

describe('an act a verb of scheduling puts after it', () => {
  const index = buildReferenceIndex([article('wire', 'The Corrow tram line is due to open on March 3, 2027.')]);

  it('is the act: "is set to begin" restates "is due to open", and another year conflicts', () => {
    expect(statusOf(index, 'The Corrow tram line is set to open on March 3, 2027.')).toBe('corroborated');
    expect(statusOf(index, 'The Corrow tram line is scheduled to open on March 3, 2028.')).toBe('conflicting');
  });
});

describe("a measure of the story's own thing", () => {
  const index = buildReferenceIndex([
    article(
      'wire',
      'A sinkhole that opened on Calle Nogal in the Vell district of Corrow has widened to 28 metres across and is about 14 metres deep.',
      'By Friday it was 28 metres wide and about 14 metres deep, the Corrow civil protection office said.',
    ),
  ]);
  const page = ['A sinkhole swallowed three houses on Calle Nogal in the Vell district of Corrow on Thursday night.'];

  it('is pinned by the same count of the same things where the wording also matches', () => {
    const villages = buildReferenceIndex([
      article(
        'wire',
        'A sinkhole that opened on Calle Nogal in the Vell district of Corrow has widened to 28 metres across.',
        'Officials said 37 villages around Corrow had reported cracks in their roads.',
        'The 37 villages lie along the old Vell canal.',
      ),
    ]);
    expect(statusOnPage(villages, page, 'Cracks in roads have been reported by 37 villages.')).toBe('corroborated');
    // Another fact of the same things shares the count, not the wording.
    expect(statusOnPage(villages, page, 'The Corrow council approved repairs for 37 villages last year.')).not.toBe(
      'corroborated',
    );
  });

  it('is pinned by its figure and dimension, though the subject is only "it"', () => {
    expect(statusOnPage(index, page, 'It is roughly 14 metres deep.')).toBe('corroborated');
    expect(statusOnPage(index, page, 'It is roughly 20 metres deep.')).toBe('conflicting');
  });
});

describe('a figure said where it stands', () => {
  const reference =
    'Notes and coins in circulation totalled about 14 billion euros at the end of May, the Vell central bank said.';
  const stance = (page: string) => datedStance(page, '2026-06-02', reference, '2026-06-02').stance;

  it('is the predicate when both verbs only say where a figure stands', () => {
    expect(stance('Cash in circulation stood at about 14 billion euros at the end of May.')).toBe('supports');
    expect(stance('Cash in circulation stood at about 19 billion euros at the end of May.')).not.toBe('supports');
  });
});

describe('a figure in a phrase of place', () => {
  it('counts the places, not the outcome its clause names', () => {
    expect(predicates('The injured were taken to three hospitals in the city.')).toEqual([['three', undefined]]);
    expect(predicates('Four people were hurt in two villages.')).toEqual([
      ['Four', 'outcome:injury'],
      ['two', undefined],
    ]);
    // A level's figure and a count of people after "to" still count the outcome.
    expect(predicates('The number of injured rose to 14.')).toEqual([['14', 'outcome:injury']]);
  });

  it('is no count of the injured: it neither contradicts nor updates one', () => {
    const index = buildReferenceIndex([
      article('wire', 'Twelve people were injured when fire swept the Corrow hotel on Sunday night.'),
    ]);
    expect(noVerdict(statusOf(index, 'The injured from the Corrow hotel fire were taken to three hospitals.'))).toBe(
      true,
    );
  });
});

describe('what something holds', () => {
  it('is read as a size ("has about 9,000 students"), not an event', () => {
    expect(predicates('Corrow College has about 9,000 students in all.')).toEqual([['about 9,000', 'held']]);
  });

  it('is never compared with what an act did to some of them', () => {
    const index = buildReferenceIndex([
      article('wire', 'Corrow College said 41 students had admitted seeing the paper before the exam.'),
    ]);
    expect(noVerdict(statusOf(index, 'Corrow College has about 9,000 students, the college said.'))).toBe(true);
  });
});

describe('the same number of another thing', () => {
  const index = buildReferenceIndex([article('wire', 'Calder Motors is recalling 18,000 electric scooters in Spain.')]);

  it('does not agree: other things were counted', () => {
    expect(noVerdict(statusOf(index, 'Calder Motors is recalling 18,000 lawnmowers in Spain.'))).toBe(true);
  });

  it('agrees when both count the same thing', () => {
    expect(statusOf(index, 'Calder Motors is recalling 18,000 scooters in Spain.')).toBe('corroborated');
  });

  it('agrees when one side says what the other side\'s people do ("drivers" / "members who drive")', () => {
    const strike = buildReferenceIndex([
      article('wire', 'The stoppage at the Quarry Lane depot involves some 1,400 members who drive for Hollin Buses.'),
    ]);
    expect(statusOf(strike, 'About 1,400 drivers are involved in the stoppage at the Quarry Lane depot.')).toBe(
      'corroborated',
    );
  });
});

describe('a change its figure states', () => {
  const change = (sentence: string) => changeOf(analyseSentence(sentence, defaultLexicon).features)?.direction;

  it('is read from "up" or "down" before the figure, and from a noun of change after it', () => {
    expect(change('Quarterly sales at Pellam Foods were 3.4 billion dollars, down 6% on the year.')).toBe('down');
    expect(change('Ticket revenue reached 90 million pounds, up by 12 per cent.')).toBe('up');
    expect(change('The council approved a 4% rise in parking fees.')).toBe('up');
    expect(change('Pellam Foods announced a 6% cut in its workforce.')).toBe('down');
  });

  it('is not read from a verb with a particle or from "up to"', () => {
    expect(change('The Greens picked up 40% of the vote in the capital.')).toBeUndefined();
    expect(change('The scheme covers up to 5% of the cost.')).toBeUndefined();
  });

  it('contradicts a change the other way of the same measure', () => {
    const index = buildReferenceIndex([
      article('wire', 'Pellam Foods said quarterly sales fell 6% to 3.4 billion dollars.'),
      article('agency', 'The Tarrow council approved a 4% rise in parking fees on Tuesday.'),
    ]);
    expect(statusOf(index, 'Pellam Foods said quarterly sales were 3.4 billion dollars, up 6% on the year.')).toBe(
      'conflicting',
    );
    expect(statusOf(index, 'The Tarrow council approved a 4% cut in parking fees on Tuesday.')).toBe('conflicting');
    // The size of a change is no count of another thing, whatever noun stands near it.
    const jobs = buildReferenceIndex([article('wire', 'Calder Motors cut 1,500 jobs at its plant in Lisvik.')]);
    expect(statusOf(jobs, 'Calder Motors increased its workforce by 1,500 at its plant in Lisvik.')).toBe(
      'conflicting',
    );
    expect(statusOf(index, 'Pellam Foods said quarterly sales were 3.4 billion dollars, down 6% on the year.')).toBe(
      'corroborated',
    );
  });
});

describe('a unit glued to its number', () => {
  const units = (sentence: string) => extractQuantities(sentence).map((quantity) => [quantity.text, quantity.unit]);

  it('is read as the unit it names', () => {
    expect(units('The thermometer in Aldbury showed 38.5C at noon.')).toEqual([['38.5C', 'celsius']]);
    expect(units('Highs of 98F are forecast for the weekend.')).toEqual([['98F', 'fahrenheit']]);
    expect(units('It was 12 degrees Celsius colder than on Monday.')).toEqual([['12 degrees Celsius', 'celsius']]);
    expect(units('Gusts of 75mph tore roofs off in Carrick.')).toEqual([['75mph', 'kmh']]);
    expect(units('The train reached 310 km/h on the test run.')).toEqual([['310 km/h', 'kmh']]);
  });

  it('is no temperature in a code or without a temperature in view', () => {
    expect(units('Passengers on flight 7C2216 were told to wait.')).toEqual([]);
    expect(units('Room 12C of the Laxton building was sealed off.')).toEqual([]);
  });

  it('tells figures apart', () => {
    const index = buildReferenceIndex([
      article('wire', 'The thermometer in Aldbury showed 38.5C at noon on Saturday.'),
      article('agency', 'Gusts of 75mph tore roofs off in Carrick on Sunday night.'),
    ]);
    expect(statusOf(index, 'The thermometer in Aldbury showed 41.2C at noon on Saturday.')).toBe('conflicting');
    expect(statusOf(index, 'Gusts of 110mph tore roofs off in Carrick on Sunday night.')).toBe('conflicting');
  });
});

describe("the other actor's figure", () => {
  const index = buildReferenceIndex([
    article('wire', 'Anneli Sorvari took 61.8% of the vote in Kesselby, and Jonas Brede received 38.2%.'),
    article(
      'court',
      'The defence had asked for a fine of 4,000 euros, but the tribunal ordered Dalmat Shipping to pay 9,000 euros.',
    ),
  ]);

  it("is not an agreement: the figure is compared with its own actor's", () => {
    expect(statusOf(index, 'Jonas Brede took 61.8% of the vote in Kesselby.')).toBe('conflicting');
    expect(statusOf(index, 'The tribunal ordered Dalmat Shipping to pay 4,000 euros.')).toBe('conflicting');
  });

  it('keeps two counts of one toll together, whoever gives the other figure', () => {
    const tolls = buildReferenceIndex([
      article(
        'wire',
        'The landslide above Ostrava Dolna killed 23 people, the regional governor said, while volunteers put the toll at 31.',
      ),
    ]);
    expect(statusOf(tolls, 'Volunteers said the landslide above Ostrava Dolna had killed 31 people.')).not.toBe(
      'conflicting',
    );
  });

  it("agrees with the actor's own figure", () => {
    expect(statusOf(index, 'Anneli Sorvari took 61.8% of the vote in Kesselby.')).toBe('corroborated');
    expect(statusOf(index, 'Jonas Brede received 38.2% of the vote in Kesselby.')).toBe('corroborated');
    expect(statusOf(index, 'The tribunal ordered Dalmat Shipping to pay 9,000 euros.')).toBe('corroborated');
  });
});

describe('a rate', () => {
  it('is read with the period it is counted over', () => {
    const per = (sentence: string) => extractQuantities(sentence).map((quantity) => [quantity.text, quantity.per]);
    expect(per('The canal carries about 40 barges a day.')).toEqual([['about 40', 'day']]);
    expect(per('The plant bottles 12,000 litres per hour.')).toEqual([['12,000', 'hour']]);
    // "A year ago" dates a count, and "in a week" is how long it took: no rate.
    expect(per('The canal carried 40 barges a year ago.')).toEqual([['40', undefined]]);
    expect(per('Floods in the valley killed 30 people in a week.')).toEqual([['30', undefined]]);
    expect(per('The trains run 12 per hour.')).toEqual([['12', 'hour']]);
  });

  it('is no count, and a count is no rate', () => {
    const index = buildReferenceIndex([
      article(
        'wire',
        'The Merrow Star was carrying 212 passengers and nine crew when it ran aground off the port of Callan shortly after 6 a.m.',
      ),
    ]);
    const rate = "The 30 million euro upgrade will double the port's capacity to about 5,000 passengers a day.";
    expect(noVerdict(statusOf(index, rate))).toBe(true);
    const rates = buildReferenceIndex([article('wire', 'The rebuilt Hollin lock can pass 40 barges a day.')]);
    expect(statusOf(rates, 'The rebuilt Hollin lock is able to pass some 60 barges per day.')).toBe('conflicting');
  });
});

describe('a change between two figures', () => {
  const index = buildReferenceIndex([
    article('wire', 'The Halden board cut its deposit rate to 2.25% from 2.5% on Thursday in a split vote.'),
  ]);

  it('pairs where each started and where each ended, in either order', () => {
    const from = (sentence: string) => extractQuantities(sentence).map((quantity) => [quantity.text, quantity.from]);
    expect(from('The board cut the rate from 2.5% to 2.25%.')).toEqual([
      ['2.5%', true],
      ['2.25%', undefined],
    ]);
    expect(statusOf(index, 'On Thursday, the Halden board brought its deposit rate down from 2.5% to 2.25%.')).toBe(
      'corroborated',
    );
  });

  it('is not confirmed where it ended elsewhere', () => {
    expect(statusOf(index, 'On Thursday, the Halden board brought its deposit rate down from 2.5% to 1.75%.')).not.toBe(
      'corroborated',
    );
  });
});

describe('two verbs of change that move one measure the same way', () => {
  it('state one fact, in other words', () => {
    const index = buildReferenceIndex([
      article('wire', 'The Norland crown weakened about 0.8% against the dollar after the vote, to 9.41 per dollar.'),
    ]);
    expect(statusOf(index, 'The Norland crown slid about 0.8% against the dollar after the vote.')).toBe(
      'corroborated',
    );
    expect(statusOf(index, 'The Norland crown slid about 2.5% against the dollar after the vote.')).not.toBe(
      'corroborated',
    );
  });

  it('of another measure, the object of the verb, are not one fact', () => {
    const index = buildReferenceIndex([
      article('wire', 'The Halden central bank cut its key interest rate to 1.5% on Thursday, the bank said.'),
    ]);
    expect(
      statusOf(index, 'The Halden central bank lowered its growth forecast to 1.5% on Thursday, the bank said.'),
    ).not.toBe('corroborated');
  });
});

describe('an ordinal that says how many have died', () => {
  it('is a toll ("a third patient has died" is three)', () => {
    const tolls = (sentence: string) => extractQuantities(sentence).map((quantity) => [quantity.text, quantity.value]);
    expect(tolls('A fourth climber has died after the storm on Mount Ceder.')).toEqual([['A fourth climber', 4]]);
    expect(tolls('The third patient was discharged on Friday.')).toEqual([]);
  });

  it('agrees with that toll and differs from another', () => {
    const index = buildReferenceIndex([
      article('wire', 'Four climbers have died after the storm on Mount Ceder, rescuers said.'),
    ]);
    expect(statusOf(index, 'A fourth climber has died after the storm on Mount Ceder, rescuers said.')).toBe(
      'corroborated',
    );
  });
});
