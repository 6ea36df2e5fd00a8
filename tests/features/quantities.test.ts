import { describe, expect, it } from 'vitest';
import { compareQuantities, extractQuantities } from '../../lib/features/quantities';
import type { Quantity } from '../../lib/types';

/** The only quantity of a sentence (fails when there are none or several). */
function only(sentence: string): Quantity {
  const found = extractQuantities(sentence);
  expect(found.map((q) => q.text)).toHaveLength(1);
  return found[0];
}

/** [text, value, high, unit] of every quantity, for compact expectations. */
const summary = (sentence: string) => extractQuantities(sentence).map((q) => [q.text, q.value, q.high, q.unit]);

describe('extractQuantities: offsets and shape', () => {
  it('returns nothing for a sentence without numbers', () => {
    expect(extractQuantities('The minister denied the report on Tuesday.')).toEqual([]);
    expect(extractQuantities('')).toEqual([]);
  });

  it('gives offsets into the sentence that cover the written text, qualifier included', () => {
    const sentence = 'Officials said about 34,000 people fled and 2,700 were injured in 48 hours.';
    const found = extractQuantities(sentence);
    expect(found.map((q) => q.text)).toEqual(['about 34,000', '2,700', '48 hours']);
    for (const q of found) expect(sentence.slice(q.start, q.end)).toBe(q.text);
  });

  it('keeps high equal to value for single numbers', () => {
    const q = only('They seized 300 rifles.');
    expect(q).toMatchObject({ value: 300, high: 300, qualifier: 'exact', unit: '', head: 'rifl' });
  });
});

describe('extractQuantities: digits', () => {
  it('reads comma, space and thin-space thousands', () => {
    expect(only('There were 34,000 troops.').value).toBe(34_000);
    expect(only('There were 34 000 troops.').value).toBe(34_000);
    expect(only('There were 34\u2009000 troops.').value).toBe(34_000);
    expect(only('There were 34\u00A0000 troops.').value).toBe(34_000);
    expect(only('There were 1 200 000 voters.').value).toBe(1_200_000);
    expect(only('It cost 1,234,567.89 in all.').value).toBeCloseTo(1_234_567.89);
  });

  it('does not glue two plain-space numbers that are not a thousands group', () => {
    expect(summary('On day 12 300 people left.')).toEqual([
      ['12', 12, 12, ''],
      ['300', 300, 300, ''],
    ]);
  });

  it('reads dotted thousands only when unambiguous', () => {
    expect(only('Some 1.000.000 people marched.').value).toBe(1_000_000);
    expect(extractQuantities('Police counted 34.000 people.')).toEqual([]);
    expect(only('The rate is 2.125% now.').value).toBeCloseTo(2.125);
  });

  it('reads decimals', () => {
    const q = only('The economy grew by 2.7 in the quarter.');
    expect(q.value).toBeCloseTo(2.7);
    expect(q.rounding).toBeCloseTo(0.05);
  });

  it('reads scales written as words and abbreviations', () => {
    expect(only('They hired 2.7 thousand workers.').value).toBe(2700);
    expect(only('About 1.2 million barrels of oil.')).toMatchObject({ value: 1_200_000, head: 'barrel' });
    expect(only('It sold 1.2m copies.').value).toBe(1_200_000);
    expect(only('It sold 10k copies.').value).toBe(10_000);
    expect(only('It raised 5bn in bonds.').value).toBe(5e9);
    expect(only('It raised 5 bn in bonds.').value).toBe(5e9);
  });

  it('reads money with its currency', () => {
    expect(only('The fund holds $5bn in cash.')).toMatchObject({ value: 5e9, unit: 'usd', text: '$5bn' });
    expect(only('The fund holds US$3bn.')).toMatchObject({ value: 3e9, unit: 'usd' });
    expect(only('The fund holds A$3bn.')).toMatchObject({ value: 3e9, unit: 'aud' });
    expect(only('Aid of £2.5 billion was pledged.')).toMatchObject({ value: 2.5e9, unit: 'gbp' });
    expect(only('Aid of €300m was pledged.')).toMatchObject({ value: 3e8, unit: 'eur' });
    expect(only('Aid of 5 billion dollars was pledged.')).toMatchObject({ value: 5e9, unit: 'usd' });
    expect(only('Aid of 40 million euros was pledged.')).toMatchObject({ value: 4e7, unit: 'eur' });
  });

  it('reads negative numbers written with a minus sign', () => {
    expect(only('Temperatures fell to -5 overnight.').value).toBe(-5);
  });
});

describe('extractQuantities: number words', () => {
  it('reads small numbers and compounds', () => {
    expect(only('Two soldiers died.')).toMatchObject({ value: 2, head: 'soldier' });
    expect(only('They found twenty-five bodies.').value).toBe(25);
    expect(only('They found twenty five bodies.').value).toBe(25);
    expect(only('They found three hundred bodies.').value).toBe(300);
    expect(only('They found three hundred and twenty-five bodies.').value).toBe(325);
    expect(only('They found two million votes.').value).toBe(2_000_000);
    expect(only('They found three hundred thousand votes.').value).toBe(300_000);
  });

  it('reads decimals spoken digit by digit after "point"', () => {
    expect(only('The fund holds about two point four billion dollars.').value).toBe(2_400_000_000);
    expect(only('Prices rose four point seven five percent.').value).toBe(4.75);
    expect(extractQuantities('The point is that two ferries were late.')).toMatchObject([{ value: 2 }]);
    // "At one point" is an idiom; after the decimal only a scale may follow.
    expect(only('Divers said at one point nine people were trapped.').value).toBe(9);
    expect(extractQuantities('It was one point five twenty times.').map((q) => q.value)).toEqual([1.5, 20]);
  });

  it('finds a number word in any case, and not inside a longer word', () => {
    expect(only('TWO FERRIES SANK OFF THE COAST.').value).toBe(2);
    expect(only('Forty-two ferries sailed.').value).toBe(42);
    expect(extractQuantities('Someone saw a stone tower on the fourteenthly road.')).toEqual([]);
    expect(extractQuantities('The ferry sailed at dawn.')).toEqual([]);
  });

  it('reads dozens and "a hundred"', () => {
    expect(only('A dozen drones were shot down.').value).toBe(12);
    expect(only('Half a dozen drones were shot down.').value).toBe(6);
    expect(only('A hundred drones were shot down.').value).toBe(100);
    expect(only('Half a million people fled.').value).toBe(500_000);
  });

  it('reads "and a half"', () => {
    expect(only('They waited two and a half days.')).toMatchObject({ value: 60, unit: 'hour' });
  });

  it('keeps "one" as a count only when it counts something', () => {
    expect(only('One soldier was killed.')).toMatchObject({ value: 1, head: 'soldier' });
    expect(extractQuantities('No one was hurt and one of them left.')).toEqual([]);
    expect(extractQuantities('He is the one who called.')).toEqual([]);
    expect(extractQuantities('One day, he left.')).toEqual([]);
    expect(only('It was done within one day.')).toMatchObject({ value: 24, unit: 'hour' });
    expect(only('It was done in one hour.')).toMatchObject({ value: 1, unit: 'hour' });
  });

  it('skips number words inside names', () => {
    expect(extractQuantities('He raced in Formula One last year.')).toEqual([]);
  });
});

describe('extractQuantities: percentages and proportions', () => {
  it('reads percent signs and words', () => {
    expect(only('Turnout was 4.5%.')).toMatchObject({ value: 4.5, unit: 'percent' });
    expect(only('Turnout was 4.5 per cent.')).toMatchObject({ value: 4.5, unit: 'percent', text: '4.5 per cent' });
    expect(only('Turnout was 87 percent.')).toMatchObject({ value: 87, unit: 'percent' });
    expect(only('Turnout was 87 % in the city.')).toMatchObject({ value: 87, unit: 'percent' });
    expect(only('Rates rose 25 basis points.')).toMatchObject({ value: 0.25, unit: 'percentage-point' });
    expect(only('Support fell 3 percentage points.')).toMatchObject({ value: 3, unit: 'percentage-point' });
  });

  it('takes the head of a percentage from what it is a share of', () => {
    expect(only('78% of voters backed him.').head).toBe('voter');
    expect(only('Unemployment rose to 4.5%.').head).toBe('unemploy');
  });

  it('reads a share right after a verb of change as the size of the change, not a level', () => {
    const difference = (sentence: string) => extractQuantities(sentence).map((q) => q.difference === true);
    expect(difference('Shares of the miner rose 2.4 percent on Monday.')).toEqual([true]);
    expect(difference('Its bond yield fell by 0.3 percentage points.')).toEqual([true]);
    expect(difference('Inflation rose to 2.4 percent in May.')).toEqual([false]);
    expect(difference('The farm lost 19,000 hens.')).toEqual([false]);
    expect(difference('The mayor gained 52 percent of the vote.')).toEqual([false]);
  });

  it('marks a figure "of them" as part of the figure before it, keeping its own thing', () => {
    const read = (sentence: string) => extractQuantities(sentence).map((q) => [q.value, q.head, q.whole]);
    expect(read('The flu ward has 240 patients, 65 of them in intensive care.')).toEqual([
      [240, 'patient', undefined],
      [65, expect.any(String), 'patient'],
    ]);
    expect(read('Police held 30 fans, 12 of whom were minors.')).toEqual([
      [30, 'fan', undefined],
      [12, expect.any(String), 'fan'],
    ]);
    // A figure of its own thing is no part.
    expect(read('Police held 30 fans and 12 stewards.')).toEqual([
      [30, 'fan', undefined],
      [12, 'steward', undefined],
    ]);
  });

  it('reads fractions as percentages', () => {
    expect(only('Half of the voters stayed home.')).toMatchObject({ value: 50, unit: 'percent', text: 'Half' });
    expect(only('A third of the voters stayed home.').value).toBeCloseTo(33.33, 1);
    expect(only('Two-thirds of the voters stayed home.').value).toBeCloseTo(66.67, 1);
    expect(only('Two thirds of the voters stayed home.').value).toBeCloseTo(66.67, 1);
    expect(only('Three quarters of the voters stayed home.').value).toBe(75);
    expect(only('A quarter of the voters stayed home.').value).toBe(25);
  });

  it('reads "one in three" and "nine out of ten"', () => {
    expect(only('One in three adults smokes.')).toMatchObject({ unit: 'percent', head: 'adult' });
    expect(only('One in three adults smokes.').value).toBeCloseTo(33.33, 1);
    expect(only('Nine in ten voters agreed.')).toMatchObject({ value: 90, unit: 'percent', head: 'voter' });
    expect(only('Nine out of ten voters agreed.').value).toBe(90);
    expect(only('1 in 5 children is poor.').value).toBe(20);
    expect(only('Three out of 1,000 riders agree.').value).toBeCloseTo(0.3, 5);
  });

  it('reads "two out of 181" as two counts, the second the whole', () => {
    expect(extractQuantities('Two out of 181 riders were hurt.').map(({ value, unit }) => [value, unit])).toEqual([
      [2, ''],
      [181, ''],
    ]);
  });

  it('does not read ordinals or idioms as fractions', () => {
    expect(extractQuantities('He won a third term in the first half of the year.')).toEqual([]);
    expect(extractQuantities('Sales rose in the third quarter.')).toEqual([]);
    expect(extractQuantities('It was a half-hearted effort.')).toEqual([]);
  });
});

describe('extractQuantities: durations', () => {
  it('normalises every duration to hours', () => {
    expect(only('The truce lasted 48 hours.')).toMatchObject({ value: 48, unit: 'hour' });
    expect(only('The truce lasted two days.')).toMatchObject({ value: 48, unit: 'hour' });
    expect(only('The truce lasted 3 weeks.')).toMatchObject({ value: 504, unit: 'hour' });
    expect(only('The truce lasted 90 minutes.')).toMatchObject({ value: 1.5, unit: 'hour' });
    expect(only('The truce lasted half an hour.')).toMatchObject({ value: 0.5, unit: 'hour' });
  });

  it('reads adjectival durations and ages', () => {
    expect(only('They agreed a 24-hour ceasefire.')).toMatchObject({ value: 24, unit: 'hour', head: 'ceasefir' });
    expect(only('A 10-day visit began.')).toMatchObject({ value: 240, unit: 'hour' });
    expect(only('A 5-year-old boy was hurt.')).toMatchObject({ value: 5, unit: 'age', head: 'boi' });
    expect(only('The man, 35 years old, was hurt.')).toMatchObject({ value: 35, unit: 'age' });
  });
});

describe('extractQuantities: years, decades and dates', () => {
  it('reads years and year ranges', () => {
    expect(only('The war ended in 1953.')).toMatchObject({ value: 1953, high: 1953, unit: 'year', head: '' });
    expect(only('The Korean War of 1950-53 killed millions.')).toMatchObject({ value: 1950, high: 1953, unit: 'year' });
    expect(only('The Korean War (1950–1953) was brutal.')).toMatchObject({ value: 1950, high: 1953 });
    expect(only('It ran from 1950 to 1953.')).toMatchObject({ value: 1950, high: 1953 });
    expect(only('It ran between 1950 and 1953.')).toMatchObject({ value: 1950, high: 1953 });
    expect(only('The 2019/20 season was cut short.')).toMatchObject({ value: 2019, high: 2020 });
  });

  it('tells a year from a count of four digits', () => {
    expect(only('Police arrested 2000 protesters.')).toMatchObject({ value: 2000, unit: '', head: 'protest' });
    expect(only('In 2000 protesters marched.')).toMatchObject({ value: 2000, unit: 'year' });
    expect(only('The 2024 election was close.')).toMatchObject({ value: 2024, unit: 'year' });
    expect(only('Some 2,000 protesters marched.')).toMatchObject({ value: 2000, unit: '' });
  });

  it('reads decades and their parts', () => {
    expect(only('Crime fell in the 1990s.')).toMatchObject({ value: 1990, high: 1999, unit: 'year' });
    expect(only("Crime fell in the 1990's.")).toMatchObject({ value: 1990, high: 1999 });
    expect(only("Crime fell in the '90s.")).toMatchObject({ value: 1990, high: 1999 });
    expect(only('Crime fell in the late 1990s.')).toMatchObject({ value: 1996, high: 1999, text: 'late 1990s' });
    expect(only('Crime fell in the early 1990s.')).toMatchObject({ value: 1990, high: 1994 });
    expect(only('Crime fell in the mid-1990s.')).toMatchObject({ value: 1993, high: 1997, text: 'mid-1990s' });
    expect(only('Crime fell in the 1800s.')).toMatchObject({ value: 1800, high: 1899 });
  });

  it('reads dates as month × 100 + day, with the year as its own quantity', () => {
    expect(summary('The talks began on January 15.')).toEqual([['January 15', 115, 115, 'date']]);
    expect(summary('The talks began on Jan. 15th, 2025.')).toEqual([
      ['Jan. 15th', 115, 115, 'date'],
      ['2025', 2025, 2025, 'year'],
    ]);
    expect(summary('The talks began on 15 January 2025.')).toEqual([
      ['15 January', 115, 115, 'date'],
      ['2025', 2025, 2025, 'year'],
    ]);
    expect(summary('The talks began on the 3rd of March.')).toEqual([['3rd of March', 303, 303, 'date']]);
    expect(summary('The talks began on 2025-01-15.')).toEqual([
      ['2025', 2025, 2025, 'year'],
      ['01-15', 115, 115, 'date'],
    ]);
  });

  it('reads a month with a year as the range of its days', () => {
    expect(summary('The talks began in March 2024.')).toEqual([
      ['March', 301, 331, 'date'],
      ['2024', 2024, 2024, 'year'],
    ]);
  });

  it('does not read impossible dates or lower-case months', () => {
    expect(summary('They met on February 30.')).toEqual([['30', 30, 30, '']]);
    expect(extractQuantities('Troops may march on.')).toEqual([]);
  });
});

describe('extractQuantities: ranges', () => {
  it('reads count ranges', () => {
    expect(only('Between 11,000 and 12,000 troops crossed.')).toMatchObject({
      value: 11_000,
      high: 12_000,
      text: 'Between 11,000 and 12,000',
      head: 'troop',
    });
    expect(only('Some 11,000 to 12,000 troops crossed.')).toMatchObject({ value: 11_000, high: 12_000 });
    expect(only('Some 2,000-3,000 troops crossed.')).toMatchObject({ value: 2000, high: 3000 });
    expect(only('Some 2,000–3,000 troops crossed.')).toMatchObject({ value: 2000, high: 3000 });
  });

  it('shares a scale or unit written once', () => {
    expect(only('Between 2 and 3 million people fled.')).toMatchObject({ value: 2e6, high: 3e6 });
    expect(only('Some 2-3 million people fled.')).toMatchObject({ value: 2e6, high: 3e6 });
    expect(only('It costs $2bn-$3bn.')).toMatchObject({ value: 2e9, high: 3e9, unit: 'usd' });
    expect(only('Prices rose 10-15%.')).toMatchObject({ value: 10, high: 15, unit: 'percent' });
    expect(only('It takes two to three days.')).toMatchObject({ value: 48, high: 72, unit: 'hour' });
  });

  it('reads "from x to y" as a change, not a range', () => {
    expect(summary('The toll rose from 11,000 to 12,000.')).toEqual([
      ['11,000', 11_000, 11_000, ''],
      ['12,000', 12_000, 12_000, ''],
    ]);
  });

  it('skips scores that are not increasing', () => {
    expect(extractQuantities('The final score was 3-1.')).toEqual([]);
  });
});

describe('extractQuantities: qualifiers', () => {
  const qualifierOf = (sentence: string) => only(sentence).qualifier;

  it.each([
    ['about 300 people', 'about'],
    ['around 300 people', 'about'],
    ['roughly 300 people', 'about'],
    ['approximately 300 people', 'about'],
    ['approx. 300 people', 'about'],
    ['some 300 people', 'about'],
    ['nearly 300 people', 'about'],
    ['almost 300 people', 'about'],
    ['close to 300 people', 'about'],
    ['an estimated 300 people', 'about'],
    ['300 or so people', 'about'],
    ['300-odd people', 'about'],
    ['more than 300 people', 'moreThan'],
    ['over 300 people', 'moreThan'],
    ['300-plus people', 'moreThan'],
    ['at least 300 people', 'atLeast'],
    ['300 or more people', 'atLeast'],
    ['300+ people', 'atLeast'],
    ['up to 300 people', 'upTo'],
    ['as many as 300 people', 'upTo'],
    ['fewer than 300 people', 'lessThan'],
    ['less than 300 people', 'lessThan'],
    ['under 300 people', 'lessThan'],
    ['no more than 300 people', 'atMost'],
    ['at most 300 people', 'atMost'],
    ['300 people', 'exact'],
  ])('"%s" is %s', (phrase, qualifier) => {
    expect(qualifierOf(`They counted ${phrase} there.`)).toBe(qualifier);
  });

  it('puts the qualifier in the text and offsets', () => {
    const sentence = 'They said close to 1,000 died.';
    const q = only(sentence);
    expect(q.text).toBe('close to 1,000');
    expect(sentence.slice(q.start, q.end)).toBe('close to 1,000');
  });

  it('hedges proportions and money too', () => {
    expect(only('Nearly nine in ten voters agreed.')).toMatchObject({ qualifier: 'about', value: 90 });
    expect(only('More than half of voters agreed.')).toMatchObject({ qualifier: 'moreThan', value: 50 });
    expect(only('It cost about $5bn.')).toMatchObject({ qualifier: 'about', text: 'about $5bn' });
  });

  it('reads vague plurals as lower bounds', () => {
    expect(only('Thousands of people fled.')).toMatchObject({ value: 1000, qualifier: 'atLeast' });
    expect(only('Tens of thousands of people fled.')).toMatchObject({ value: 10_000, qualifier: 'atLeast' });
    expect(only('Hundreds of thousands of people fled.')).toMatchObject({ value: 100_000, qualifier: 'atLeast' });
    expect(only('Dozens of soldiers died.')).toMatchObject({ value: 12, qualifier: 'atLeast', head: 'soldier' });
  });
});

describe('extractQuantities: a length of time with an article', () => {
  it('reads "for a month" as one month, said loosely', () => {
    expect(only('The council closed the pool for a month.')).toMatchObject({
      text: 'a month',
      value: 730.5,
      unit: 'hour',
    });
    expect(only('The pier was shut for an hour.')).toMatchObject({ value: 1, unit: 'hour' });
  });

  it('reads the possessive of a unit of time as that length ("a week\'s worth")', () => {
    expect(only("Families were told to keep a week's worth of food.")).toMatchObject({ value: 168, unit: 'hour' });
    expect(only("The strikers lost at least a month's pay.")).toMatchObject({ qualifier: 'atLeast', unit: 'hour' });
  });

  it('reads no length where the article names none', () => {
    expect(extractQuantities('A month of protests followed the vote.')).toEqual([]);
    expect(extractQuantities('They waited for a week or so.')).toEqual([]);
    expect(extractQuantities('She spoke for a minister who was absent.')).toEqual([]);
  });
});

describe("extractQuantities: a change's size", () => {
  it('is told from a level by a comparative after it or a noun of change before it', () => {
    expect(only('Each ride will cost twenty cents more from May.').difference).toBe(true);
    expect(only('The board approved a rise of 20 cents a ride.').difference).toBe(true);
    expect(only('A ride will cost 80 cents from May.').difference).toBeUndefined();
    expect(only('A ride will cost more than 80 cents from May.').difference).toBeUndefined();
  });
});

describe('extractQuantities: money', () => {
  it('reads crowns and other currencies by name, past the country before them', () => {
    expect(only('The deal was valued at 8.4 billion Norwegian crowns.')).toMatchObject({ value: 8.4e9, unit: 'crown' });
    expect(only('Tickets cost 300 kronor each.').unit).toBe('crown');
    expect(only('The bill came to 12,000 zlotys.').unit).toBe('pln');
  });

  it('counts what the sum is of, when a word ties it to the noun before it', () => {
    expect(only('The buyer must pay a break fee of 450 million crowns to the owners.').head).toBe('fee');
    expect(only('The takeover, worth 3.2 billion crowns, was blocked.').head).toBe('takeov');
    expect(only('The deal was valued at 8.4 billion Norwegian crowns.').head).toBe('deal');
    // Without such a word the noun before is no sum's thing: "the bank" is who was fined.
    expect(only('The regulator fined the bank 2 million euros for breaches.').head).not.toBe('bank');
  });
});

describe('extractQuantities: heads', () => {
  it('counts officials right after the number, and passes over them elsewhere', () => {
    expect(only('Police charged 12 officials.').head).toBe('offici');
    expect(only('At least 40 were killed, officials said.').head).toBe('kill');
  });

  it('skips names, nationalities and adjectives to reach the noun', () => {
    expect(only('Some 300 North Korean soldiers were killed.').head).toBe('soldier');
    expect(only('Some 300 injured civilians were moved.').head).toBe('civilian');
    expect(only('Some 300 new cases were found.').head).toBe('case');
    expect(only('Some 300 government troops left.').head).toBe('troop');
  });

  it('skips generic nouns to reach what happened to them', () => {
    expect(only('Some 300 people were killed.').head).toBe('kill');
    expect(only('Some 2,700 people were injured.').head).toBe('injur');
  });

  it('looks back when nothing follows the number', () => {
    const found = extractQuantities('The attack killed 300 and wounded 2,700.');
    expect(found.map((q) => q.head)).toEqual(['kill', 'wound']);
    expect(only('The death toll rose to 300.').head).toBe('toll');
  });

  it('does not look back past the opener of the clause the number starts', () => {
    expect(only('The mayor claimed on Friday that around 300, most of them children, were evacuated.').head).toBe('');
    expect(only('The mayor named the streets which 12, at most, would reopen.').head).toBe('');
  });

  it('keeps items of a list apart', () => {
    const found = extractQuantities('About 300 dead and 2,700 injured were reported.');
    expect(found.map((q) => [q.value, q.head])).toEqual([
      [300, 'dead'],
      [2700, 'injur'],
    ]);
  });

  it('stops at a word that opens another event, or at another number', () => {
    // What died after the figure is not what the figure counts: the level's subject is (see predicate.ts).
    expect(extractQuantities('The tally climbed to 11 after a rescued hiker died.')[0].head).toBe('talli');
    expect(extractQuantities('Arrests stood at 40 before two more suspects were held.')[0].head).toBe('arrest');
    expect(extractQuantities('The count reached eleven after two of the injured died.')[0].head).toBe('');
  });

  it('skips adverbs of time and degree to reach the noun', () => {
    expect(only('Six are still critical.').head).toBe('critic');
    expect(only('Nine are already home.').head).toBe('home');
  });

  it('gives years and dates no head', () => {
    expect(only('In 1990 soldiers marched.').head).toBe('');
    expect(only('On March 5 soldiers marched.').head).toBe('');
  });
});

describe('extractQuantities: numbers that are not quantities', () => {
  it.each([
    ['The G7 leaders met.'],
    ['The G20 summit opened.'],
    ['COVID-19 spread fast.'],
    ['An F-16 crashed.'],
    ['Flight MH17 was downed.'],
    ['Flight 370 vanished.'],
    ['Article 5 was invoked.'],
    ['They flew a Boeing 737-800 jet.'],
    ['The new 4G network opened.'],
    ['Call 555-123-4567 for help.'],
    ['Call (555) 123-4567 for help.'],
    ['Call +44 20 7946 0958 for help.'],
    ['Version 2.7.1 was released.'],
    ['The service runs 24/7.'],
    ['She finished 3rd in the race.'],
    ['He lives at No. 10 now.'],
    ['A three-judge panel ruled.'],
    ['The agent code was 007.'],
  ])('%s has no quantity', (sentence) => {
    expect(extractQuantities(sentence)).toEqual([]);
  });

  it.each([['The meeting began at 10:30 sharp.'], ['The meeting began at 3pm.'], ['The meeting began at 10 a.m.']])(
    '%s has a time of day and no count',
    (sentence) => {
      expect(extractQuantities(sentence).map((quantity) => quantity.unit)).toEqual(['clock']);
    },
  );

  it('still reads real counts next to a name', () => {
    expect(summary('The G7 pledged $600bn to 30 countries.')).toEqual([
      ['$600bn', 6e11, 6e11, 'usd'],
      ['30', 30, 30, ''],
    ]);
    expect(summary('On Tuesday 300 people died.')).toEqual([['300', 300, 300, '']]);
  });
});

describe('extractQuantities: rounding allowance', () => {
  it('forgives half the last significant digit, capped at 2.5% of the value', () => {
    expect(only('They counted 2,700 there.').rounding).toBe(50);
    expect(only('They counted 300 there.').rounding).toBeCloseTo(7.5);
    expect(only('They counted 297 there.').rounding).toBeCloseTo(0.5);
    expect(only('They counted 1.2 million there.').rounding).toBeCloseTo(30_000);
  });

  it('keeps percentages and money to the last written digit at least', () => {
    expect(only('Turnout was 5%.').rounding).toBeCloseTo(0.5);
    expect(only('Turnout was 87%.').rounding).toBeCloseTo(0.5);
    expect(only('Turnout was 4.5%.').rounding).toBeCloseTo(0.05);
  });

  it('treats years and dates as exact', () => {
    expect(only('It ended in 1950.').rounding).toBe(0);
  });
});

describe('times of day', () => {
  const clock = (sentence: string) =>
    extractQuantities(sentence)
      .filter((quantity) => quantity.unit === 'clock')
      .map((quantity) => [quantity.text, quantity.value, quantity.qualifier]);

  it('are read as minutes after midnight, with or without a meridiem', () => {
    expect(clock('The ferry sank at 9:03 a.m. and the last survivor was found at 2.30 pm.')).toEqual([
      ['9:03 a.m.', 543, 'exact'],
      ['2.30 pm', 870, 'exact'],
    ]);
    expect(clock('The vote opened at around 14:30 and closed at 10 p.m.')).toEqual([
      ['14:30', 870, 'about'],
      ['10 p.m.', 1320, 'exact'],
    ]);
  });

  it('leave decimals, scores and ratios alone', () => {
    expect(clock('Turnout rose 9.03 points to 2:1 odds in 12 months.')).toEqual([]);
  });

  it('read "shortly before" as the half hour before, and "before" or "after" as a bound', () => {
    const [shortly] = extractQuantities('The fire started shortly before 10 p.m. in a laundry.');
    expect([shortly.value, shortly.high]).toEqual([1290, 1320]);
    const [after] = extractQuantities('No race should start after 6 a.m. in June.');
    const [before] = extractQuantities('The road was cleared before 7 a.m. on Monday.');
    expect([after.qualifier, before.qualifier]).toEqual(['atLeast', 'upTo']);
    const [twentyTo] = extractQuantities('It started at 9:40 p.m.');
    const [seven] = extractQuantities('The race started at 7 a.m.');
    const [eight] = extractQuantities('The road was cleared at 8 a.m.');
    expect(compareQuantities(shortly, twentyTo)).toBe('agree');
    expect(compareQuantities(after, seven)).toBe('agree');
    expect(compareQuantities(before, eight)).toBe('conflict');
  });

  it('read "not long before" as "shortly before"', () => {
    const [notLong] = extractQuantities('The fire started not long before 10 p.m. in a laundry.');
    expect([notLong.value, notLong.high]).toEqual([1290, 1320]);
  });

  it("read a live blog entry's time stamp as a time by which it had happened", () => {
    const [stamp] = extractQuantities('21:05 - Crews have shut an emergency valve, the fire service says.');
    expect([stamp.value, stamp.qualifier]).toEqual([1265, 'upTo']);
    const [earlier] = extractQuantities('Crews closed an emergency valve at 8:40 p.m.');
    expect(compareQuantities(stamp, earlier)).toBe('agree');
    // Inside the sentence the time is the event's own.
    const [own] = extractQuantities('Crews shut the valve at 21:05 - an hour after the leak began.');
    expect(own.qualifier).toBe('exact');
  });

  it("read a stamp written with a point before the entry's first word as a time, not a decimal", () => {
    const [stamp, count] = extractQuantities('16.40 Police have detained three men near the depot.');
    expect([stamp.unit, stamp.value, stamp.qualifier]).toEqual(['clock', 1000, 'upTo']);
    expect(count.value).toBe(3);
    expect(extractQuantities('Turnout was 16.40 percent lower.')).toMatchObject([{ value: 16.4, unit: 'percent' }]);
  });

  it('conflict by minutes, with a little slack for an approximate one', () => {
    const [a] = extractQuantities('It happened at 9:03 a.m.');
    const [b] = extractQuantities('It happened at 9:07 a.m.');
    const [c] = extractQuantities('It happened at about 9:05 a.m.');
    expect(compareQuantities(a, b)).toBe('conflict');
    expect(compareQuantities(a, c)).toBe('agree');
  });
});

describe('extractQuantities: number words joined to their scale by a hyphen', () => {
  it('reads "one-thousand" and "twenty-five-thousand" as one number', () => {
    expect(only('About one-thousand soldiers have been killed.').value).toBe(1000);
    expect(only('An estimated eleven-thousand troops were sent.').value).toBe(11_000);
    expect(only('Some twenty-five-thousand people marched.').value).toBe(25_000);
    expect(only('They reported four-hundred arrests.').value).toBe(400);
  });
});

describe('extractQuantities: words every object answers to', () => {
  it('reads no number from "constructor", "toString" or "__proto__"', () => {
    for (const word of ['constructor', 'toString', 'valueOf', '__proto__', 'hasOwnProperty']) {
      expect(summary(`The ${word} of the bridge said 3 lanes were safe, ${word} in all.`)).toEqual([['3', 3, 3, '']]);
    }
  });
});
