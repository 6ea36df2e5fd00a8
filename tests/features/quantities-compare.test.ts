import { describe, expect, it } from 'vitest';
import { analyseSentence } from '../../lib/features/analyse';
import { alignQuantities, compareQuantities, extractQuantities } from '../../lib/features/quantities';
import { defaultLexicon } from '../../lib/lexicon/default-lexicon';
import type { Quantity } from '../../lib/types';

/** The only quantity written in `phrase`. */
function q(phrase: string): Quantity {
  const found = extractQuantities(phrase);
  expect(
    found.map((x) => x.text),
    phrase,
  ).toHaveLength(1);
  return found[0];
}

const compare = (page: string, reference: string) => compareQuantities(q(page), q(reference));

describe('compareQuantities: required behaviour', () => {
  it.each([
    ['about 300', 'roughly 300'],
    ['about 300', 'approximately 300'],
    ['more than 10,000', '11,000'],
    ['nearly nine in ten', '87%'],
    ['two days', '48 hours'],
    ['1950-53', '1950'],
    ['about 2,700', '2,700'],
    ['some 2,700', '2,700'],
    ['about 300', '297'],
  ])('"%s" agrees with "%s"', (page, reference) => {
    expect(compare(page, reference)).toBe('agree');
    expect(compare(reference, page)).toBe('agree');
  });

  it.each([
    ['100', '300'],
    ['about 100', 'about 300'],
    ['more than 10,000', '9,000'],
    ['close to 1,000', '2,700'],
    ['About 3,400', 'About 34,000'],
    ['78%', '87 per cent'],
    ['half', 'a third'],
    ['half', 'one in three'],
  ])('"%s" conflicts with "%s"', (page, reference) => {
    expect(compare(page, reference)).toBe('conflict');
    expect(compare(reference, page)).toBe('conflict');
  });
});

describe('compareQuantities: approximate numbers', () => {
  it('allows 10% around an approximate number, plus rounding', () => {
    expect(compare('about 300', '330')).toBe('agree');
    expect(compare('about 300', '270')).toBe('agree');
    expect(compare('about 300', '345')).toBe('conflict');
    expect(compare('about 300', '255')).toBe('conflict');
  });

  it('does not add the slack of two approximate numbers', () => {
    expect(compare('about 100', 'about 108')).toBe('agree');
    expect(compare('about 100', 'about 125')).toBe('conflict');
  });

  it('treats "nearly", "almost" and "close to" like "about"', () => {
    expect(compare('nearly 300', '290')).toBe('agree');
    expect(compare('almost 300', '295')).toBe('agree');
    expect(compare('close to 1,000', '960')).toBe('agree');
  });
});

describe('compareQuantities: exact numbers and rounding', () => {
  it('conflicts when exact numbers differ beyond rounding', () => {
    expect(compare('297', '310')).toBe('conflict');
    expect(compare('2,700', '2,800')).toBe('conflict');
    expect(compare('2,700', '2,760')).toBe('conflict');
    expect(compare('5 soldiers', '6 soldiers')).toBe('conflict');
  });

  it('agrees when a round number could be the other rounded', () => {
    expect(compare('2,700', '2,743')).toBe('agree');
    expect(compare('2,700', '2,745')).toBe('agree');
    expect(compare('300', '297')).toBe('agree');
    expect(compare('1.2 million', '1,183,000')).toBe('agree');
    expect(compare('87%', '87.4%')).toBe('agree');
    expect(compare('5%', '5.4%')).toBe('agree');
    expect(compare('$5bn', '$5.3bn')).toBe('agree');
  });

  it('agrees on the same number written differently', () => {
    expect(compare('three hundred', '300')).toBe('agree');
    expect(compare('34,000', '34 000')).toBe('agree');
    expect(compare('2.7 thousand', '2,700')).toBe('agree');
    expect(compare('1.2m', '1.2 million')).toBe('agree');
    expect(compare('half', '50%')).toBe('agree');
    expect(compare('a third', 'one in three')).toBe('agree');
    expect(compare('two-thirds', '67%')).toBe('agree');
    expect(compare('a dozen', '12')).toBe('agree');
  });
});

describe('compareQuantities: bounds', () => {
  it('compares lower bounds', () => {
    expect(compare('at least 300', '350')).toBe('agree');
    expect(compare('at least 300', '250')).toBe('conflict');
    expect(compare('more than 300', 'at least 400')).toBe('agree');
    expect(compare('more than 10,000', 'about 9,800')).toBe('agree');
    // "About 9,500" is written to the hundred: it reaches 9,700, not past 10,000.
    expect(compare('more than 10,000', 'about 9,500')).toBe('conflict');
    expect(compare('thousands of', '34,000')).toBe('agree');
    expect(compare('thousands of', '300')).toBe('conflict');
  });

  it('compares upper bounds', () => {
    expect(compare('up to 5,000', '5,000')).toBe('agree');
    expect(compare('up to 5,000', '4,000')).toBe('agree');
    expect(compare('up to 5,000', '6,000')).toBe('conflict');
    expect(compare('fewer than 100', '80')).toBe('agree');
    expect(compare('fewer than 100', '150')).toBe('conflict');
    expect(compare('no more than 30', '31')).toBe('conflict');
  });

  it('compares two stated maxima as their limits, not as ranges that overlap', () => {
    expect(compare('up to 500 rials', 'up to 50 rials')).toBe('conflict');
    expect(compare('as much as 154 tonnes', 'up to 145 tonnes')).toBe('conflict');
    expect(compare('up to 500 rials', 'no more than 500 rials')).toBe('agree');
    expect(compare('up to 80 km/h', 'up to 60 km/h')).toBe('conflict');
    // A time "by" which something happened bounds the event, not a limit.
    expect(compare('by 9 p.m.', 'by 10 p.m.')).toBe('agree');
  });

  it('conflicts when bounds exclude each other, even when they touch', () => {
    expect(compare('more than 300', 'fewer than 300')).toBe('conflict');
    expect(compare('more than 500', 'under 400')).toBe('conflict');
    expect(compare('at least 300', 'at most 300')).toBe('agree');
  });

  it('compares a bound with an approximate number using its slack', () => {
    expect(compare('more than half', 'nearly half')).toBe('agree');
    expect(compare('more than 300', 'about 280')).toBe('agree');
    expect(compare('more than 300', 'about 200')).toBe('conflict');
  });
});

describe('compareQuantities: ranges', () => {
  it('agrees when a range contains the other value', () => {
    expect(compare('between 11,000 and 12,000', '11,500')).toBe('agree');
    expect(compare('2,000-3,000', '2,500')).toBe('agree');
    expect(compare('the 1990s', '1995')).toBe('agree');
    expect(compare('the late 1990s', '1998')).toBe('agree');
    expect(compare('1950-53', '1953')).toBe('agree');
  });

  it('agrees when ranges overlap and conflicts when they do not', () => {
    expect(compare('2,000-3,000', '2,500-3,500')).toBe('agree');
    expect(compare('2,000-3,000', '4,000-5,000')).toBe('conflict');
    expect(compare('the late 1990s', 'the early 1990s')).toBe('conflict');
  });

  it('conflicts when the value falls outside the range', () => {
    expect(compare('between 11,000 and 12,000', '15,000')).toBe('conflict');
    expect(compare('1950-53', '1956')).toBe('conflict');
  });
});

describe('compareQuantities: units', () => {
  it('converts durations', () => {
    expect(compare('three weeks', '21 days')).toBe('agree');
    expect(compare('90 minutes', '1.5 hours')).toBe('agree');
    expect(compare('two days', '72 hours')).toBe('conflict');
    expect(compare('a 24-hour truce', '48 hours')).toBe('conflict');
  });

  it('is incomparable across units', () => {
    expect(compare('48 hours', '48')).toBe('incomparable');
    expect(compare('50%', '50')).toBe('incomparable');
    expect(compare('$5bn', '£5bn')).toBe('incomparable');
    expect(compare('in 1990', '1,990')).toBe('incomparable');
  });

  it('compares years exactly and approximate years within two years', () => {
    expect(compare('in 1950', 'in 1951')).toBe('conflict');
    expect(compare('around 1950', 'in 1951')).toBe('agree');
  });

  it('compares dates with and without a year', () => {
    const [withYear] = extractQuantities('on Jan. 15th, 2025');
    expect(compareQuantities(withYear, q('on January 15'))).toBe('agree');
    expect(compare('on January 15', 'on January 16')).toBe('conflict');
    expect(extractQuantities('in March')).toEqual([]);
    const [march] = extractQuantities('in March 2024');
    expect(compareQuantities(q('on March 15'), march)).toBe('agree');
    expect(compareQuantities(q('on April 2'), march)).toBe('conflict');
  });
});

describe('compareQuantities: heads', () => {
  it('is incomparable when both heads are known and differ', () => {
    expect(compare('300 soldiers', '300 tanks')).toBe('incomparable');
    expect(compare('300 soldiers', '200 tanks')).toBe('incomparable');
  });

  it('compares when the heads share a stem or one is missing', () => {
    expect(compare('300 soldiers', '300 soldier')).toBe('agree');
    expect(compare('300 North Korean soldiers', 'about 300 soldiers')).toBe('agree');
    expect(compare('300 soldiers', '300')).toBe('agree');
    expect(compare('100 soldiers', '300')).toBe('conflict');
  });

  it('uses the sameHead hook for synonyms', () => {
    const synonyms = (a: string, b: string) => [a, b].every((x) => ['kill', 'di', 'dead'].includes(x));
    const page = q('300 died');
    const reference = q('killed 300');
    expect(page.head).toBe('di');
    expect(reference.head).toBe('kill');
    expect(compareQuantities(page, reference)).toBe('incomparable');
    expect(compareQuantities(page, reference, { sameHead: synonyms })).toBe('agree');
    const changed = { ...reference, value: 200, high: 200, rounding: 5 };
    expect(compareQuantities(page, changed, { sameHead: synonyms })).toBe('conflict');
  });
});

describe('compareQuantities: hand-made quantities', () => {
  const base: Quantity = {
    text: '300',
    value: 300,
    high: 300,
    qualifier: 'exact',
    unit: '',
    head: '',
    start: 0,
    end: 3,
  };

  it('treats a missing rounding as exact', () => {
    expect(compareQuantities(base, { ...base, value: 299, high: 299 })).toBe('conflict');
    expect(compareQuantities(base, { ...base })).toBe('agree');
  });

  it('is incomparable for values that are not finite numbers', () => {
    expect(compareQuantities(base, { ...base, value: Number.NaN, high: Number.NaN })).toBe('incomparable');
  });
});

describe('alignQuantities', () => {
  const align = (page: string, reference: string, sameHead?: (a: string, b: string) => boolean) =>
    alignQuantities(extractQuantities(page), extractQuantities(reference), { sameHead }).map((pair) => [
      pair.page.text,
      pair.reference.text,
      pair.verdict,
    ]);

  it('pairs item by item, not crosswise', () => {
    expect(align('About 300 dead and 2,700 injured.', 'About 300 dead and 2,700 injured, officials said.')).toEqual([
      ['About 300', 'About 300', 'agree'],
      ['2,700', '2,700', 'agree'],
    ]);
    expect(align('The attack killed 300 and wounded 2,700.', 'It wounded 2,700 and killed 300.')).toEqual([
      ['300', '300', 'agree'],
      ['2,700', '2,700', 'agree'],
    ]);
  });

  it('pairs counts of one outcome by what they name first', () => {
    // Both "two" and "one" count survivors here (one outcome); "at least one survivor" is about the two.
    const oneOutcome = (a: { head: string }, b: { head: string }) => a.head !== '' && b.head !== '';
    const pairs = alignQuantities(
      extractQuantities('Divers found at least one survivor.'),
      extractQuantities('The two survivors found were one diver and one cook.'),
      { sameCount: oneOutcome },
    ).map((pair) => [pair.page.text, pair.reference.text]);
    expect(pairs).toEqual([['at least one', 'two']]);
  });

  it("pairs a part of a whole with the same figure of the whole's thing, and no other", () => {
    const reference = 'The ward took 240 patients, 65 of them in intensive care.';
    expect(align('Intensive care holds 65 of the patients.', reference)).toEqual([['65', '65', 'agree']]);
    // Another figure of patients is compared with the whole, never with its part.
    expect(align('The ward took 250 patients.', reference)).toEqual([['250', '240', 'conflict']]);
  });

  it('never compares some of a group with another figure of the group, unless it counts an outcome among them', () => {
    expect(
      align('About 30 of the stranded drivers were given blankets.', 'About 4,000 drivers were stranded.'),
    ).toEqual([]);
    // With the predicates the analysis gives them: deaths among the whales, and whales killed.
    const counted = (sentence: string) => analyseSentence(sentence, defaultLexicon).features.quantities;
    const tally = alignQuantities(
      counted('Forty-one of the whales have died.'),
      counted('The stranding killed 67 whales.'),
    );
    expect(tally.map((pair) => [pair.page.text, pair.reference.text, pair.verdict])).toEqual([
      ['Forty-one', '67', 'conflict'],
    ]);
  });

  it('reports the item that differs', () => {
    expect(align('The attack killed 100 and wounded 2,700.', 'The attack killed 300 and wounded 2,700.')).toEqual([
      ['100', '300', 'conflict'],
      ['2,700', '2,700', 'agree'],
    ]);
  });

  it('pairs by head before value', () => {
    expect(align('It killed 2,700 soldiers and 300 civilians.', 'It killed 300 soldiers and 2,700 civilians.')).toEqual(
      [
        ['2,700', '300', 'conflict'],
        ['300', '2,700', 'conflict'],
      ],
    );
  });

  it('pairs different heads only when they are the only candidates left', () => {
    expect(align('Some 300 troops died.', 'Some 300 soldiers were killed.')).toEqual([
      ['Some 300', 'Some 300', 'agree'],
    ]);
    expect(align('Some 300 troops and 5 tanks were lost.', 'Some 300 soldiers and 40 jets were lost.')).toEqual([]);
  });

  it('does not compare a figure paired for want of a better one when the other side has its value elsewhere', () => {
    // The 40s are kept apart by their outcome (evacuation on one side only); 40 against "three" proves nothing.
    const kept = (a: { predicate?: string }, b: { predicate?: string }) =>
      (a.predicate === 'out') === (b.predicate === 'out');
    const page = extractQuantities('About 40 from the tower and three other blocks.');
    const reference = extractQuantities('About 40 residents of the tower and three nearby blocks.');
    reference[0] = { ...reference[0], predicate: 'out' };
    const pairs = alignQuantities(page, reference, { sameEvent: kept }).map((pair) => [
      pair.page.text,
      pair.reference.text,
      pair.verdict,
    ]);
    expect(pairs).not.toContainEqual(['About 40', 'three', 'conflict']);
    expect(pairs).toContainEqual(['three', 'three', 'agree']);
  });

  it('uses the sameHead hook', () => {
    const synonyms = (a: string, b: string) => [a, b].every((x) => ['kill', 'dead', 'di'].includes(x));
    expect(
      align('About 300 dead and 2,700 injured.', 'About 2,700 were injured and 300 were killed.', synonyms),
    ).toEqual([
      ['About 300', '300', 'agree'],
      ['2,700', 'About 2,700', 'agree'],
    ]);
  });

  it('pairs within a unit only', () => {
    expect(align('In 1990, 300 people died in 48 hours.', 'In 1990, 300 people died in two days.')).toEqual([
      ['1990', '1990', 'agree'],
      ['300', '300', 'agree'],
      ['48 hours', 'two days', 'agree'],
    ]);
    expect(align('Turnout was 50%.', 'Some 50 voters came.')).toEqual([]);
  });

  it('returns nothing when either side has no quantities', () => {
    expect(alignQuantities([], extractQuantities('300 died.'))).toEqual([]);
    expect(alignQuantities(extractQuantities('300 died.'), [])).toEqual([]);
  });

  it('leaves extra quantities unpaired', () => {
    expect(align('It killed 300 soldiers.', 'It killed 300 soldiers and 40 civilians in 2 days.')).toEqual([
      ['300', '300', 'agree'],
    ]);
  });
});
