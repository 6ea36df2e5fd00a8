/**
 * The numbers part of claim checking: read the quantities of a sentence, decide whether two quantities
 * can both be true, and pair the quantities of a page sentence with those of a reference sentence.
 *
 * - `extractQuantities(sentence)`: every quantity with offsets, qualifier, normalised unit, head and
 *   rounding allowance.
 * - `compareQuantities(page, reference, options?)`: 'agree' | 'conflict' | 'incomparable'.
 * - `alignQuantities(page, reference, options?)`: item-by-item pairs with a verdict each.
 *
 * Choices, in short (the files in lib/features/quantity/ say more):
 * - Units are normalised when read, so equal amounts compare equal: durations in hours ("two days" = 48),
 *   proportions in percent ("half" = 50, "one in three" = 33.3), money by currency code, km and kg.
 * - Dates are unit 'date' with value month × 100 + day; a year written with them is a separate 'year'.
 *   Times of day ("9:03 a.m.", "14:30") are unit 'clock' (minutes after midnight, quantity/clock.ts); ordinals, phone numbers, codes and names ("G7", "COVID-19",
 *   "Flight 370") and the ambiguous "34.000" give no quantity.
 * - Heads are stemmed lower-case nouns ("300 North Korean soldiers" → "soldier"); `options.sameHead` adds
 *   the engine's synonyms ("kill" ~ "die").
 * - Tolerances: a rounded number allows half its last significant digit, at most 2.5% of its value
 *   ("2,700" → ±50, "300" → ±7.5); percentages and money at least half the last written digit ("5%" →
 *   ±0.5); word proportions ±2.5 points; "about"/"nearly"/"some"/... allow 10% more (2 years for years).
 */

export {
  alignQuantities,
  householdsAndOthers,
  type QuantityPair,
  sameFigureAsRate,
  someOfTheOthersGroup,
  unitOrElided,
  valueElsewhere,
} from './quantity/align';
export {
  APPROXIMATE_TOLERANCE,
  compareQuantities,
  compareValues,
  farApart,
  type QuantityOptions,
  type QuantityVerdict,
} from './quantity/compare';

import { stemmer } from 'stemmer';
import { withoutDateline } from '../text/dateline';
import type { Quantity } from '../types';
import { clockTimes } from './quantity/clock';
import { readQuantities } from './quantity/extract';
import { comparedWithBase, SHARE_UNITS, withMeasure } from './quantity/measure';
import {
  DENOMINATORS,
  MONEY_UNITS,
  ORDINAL_NUMBERS,
  SCALE_WORDS,
  SMALL_NUMBERS,
  TENS,
  VAGUE_PLURALS,
} from './quantity/word-tables';

/** Words that can start or make a quantity without a digit ("two", "half", "dozen", "thousands"). */
const NUMBER_WORDS = new Set([
  ...Object.keys(SMALL_NUMBERS),
  ...Object.keys(TENS),
  ...Object.keys(SCALE_WORDS),
  ...Object.keys(DENOMINATORS),
  ...Object.keys(VAGUE_PLURALS),
  'dozen',
  'couple',
  'score',
]);

/**
 * A number word or an ordinal standing alone among ASCII letters (any case), in one regular expression. Only
 * ASCII letters fold case without the u flag, so it finds exactly the runs of letters that are such words.
 */
const NUMBER_WORD = new RegExp(
  `(?<![A-Za-z])(?:${[...NUMBER_WORDS, ...Object.keys(ORDINAL_NUMBERS)].filter((word) => /^[a-z]+$/.test(word)).join('|')})(?![A-Za-z])`,
  'i',
);

/**
 * "For a month", "for an hour", "a week's worth": a length of time without a number word (see
 * readArticleDuration).
 */
const ARTICLE_DURATION =
  /\b(?:for an? (?:hour|day|week|fortnight|month|year|decade)\b|an? (?:hour|day|week|fortnight|month|year|decade)['’]s\s)/i;

/**
 * Every quantity of a sentence (see quantity/extract). Most sentences of an article have none: those without
 * a digit or a number word are answered at once, since reading quantities is the costliest step of analysis.
 */
export function extractQuantities(written: string): Quantity[] {
  // A wire dateline's day ("OTTAWA, Sept 8 –") is the report's, and it would run into the count after it.
  const sentence = withoutDateline(written);
  const multiples = [...multiplied(sentence), ...ordinalPlaces(sentence)];
  if (!/\d/.test(sentence) && !ARTICLE_DURATION.test(sentence) && !NUMBER_WORD.test(sentence)) {
    return multiples;
  }
  const times = /\d[:.]\d\d|\d\s*[ap]\.?\s?m\b/i.test(sentence) ? clockTimes(sentence) : [];
  const quantities = startingValues(
    sentence,
    [
      ...readQuantities(sentence).map((quantity) =>
        withMeasure(sentence, withWish(sentence, withChange(sentence, withRate(sentence, quantity)))),
      ),
      ...ordinalTolls(sentence),
      ...multiples,
    ].sort((a, b) => a.start - b.start),
  );
  if (times.length === 0) return quantities.map((quantity) => withOccasion(sentence, quantity));
  // A live blog's stamp ("16.10 Police have ...") is a time, not the decimal its digits also spell.
  const counts = quantities
    .filter((quantity) => !times.some((time) => time.start < quantity.end && quantity.start < time.end))
    .map((quantity) => withOccasion(sentence, quantity));
  return [...counts, ...times].sort((a, b) => a.start - b.start);
}

/**
 * A verb of saying and the occasion it was said on, before a length of time: "told reporters after a six-hour
 * meeting", "said at the end of a two-day summit".
 */
const SAID_AFTER =
  /\b(?:told|tells|said|says|saying|announced|spoke)\b(?:\s+[\w'’-]+){0,4}?\s+(?:after|following|during|at\s+the\s+end\s+of)\s+(?:a|an|the)\s+$/i;

/**
 * The figure with `occasion` when it is how long the occasion of a statement lasted: when it was said, not a figure
 * of what was said.
 */
function withOccasion(sentence: string, quantity: Quantity): Quantity {
  return quantity.unit === 'hour' && SAID_AFTER.test(sentence.slice(Math.max(0, quantity.start - 80), quantity.start))
    ? { ...quantity, occasion: true }
    : quantity;
}

/**
 * An ordinal in digits before a noun of a place in a sequence: "in the 78th minute", "on the 5th floor", "on the
 * 12th lap". Ordinals are otherwise no quantity (a rank is told apart by its words: see stance.ts, rankDifferences).
 */
const ORDINAL_PLACE =
  /\b(\d{1,4})(?:st|nd|rd|th)\s+(minute|floor|storey|lap|round|hole|inning|over|kilometre|mile|stage)\b/gi;

/** The ordinals that place an event in a sequence, as figures of unit 'ordinal' counting their noun. */
function ordinalPlaces(sentence: string): Quantity[] {
  if (!/\d(?:st|nd|rd|th)\s/i.test(sentence)) return [];
  return [...sentence.matchAll(ORDINAL_PLACE)].map((match) => {
    const value = Number(match[1]);
    return {
      text: match[0],
      value,
      high: value,
      qualifier: 'exact' as const,
      unit: 'ordinal',
      head: stemmer(match[2].toLowerCase()),
      start: match.index,
      end: match.index + match[0].length,
    };
  });
}

/** A verb that multiplies a measure, and the change it makes in percent: "doubled" is up 100%, "halved" down 50%. */
const MULTIPLES: Readonly<Record<string, { value: number; direction: 'up' | 'down' }>> = {
  doubled: { value: 100, direction: 'up' },
  tripled: { value: 200, direction: 'up' },
  trebled: { value: 200, direction: 'up' },
  quadrupled: { value: 300, direction: 'up' },
  halved: { value: 50, direction: 'down' },
};
const MULTIPLIED = /\b(?:(nearly|almost|roughly|about|more\s+than)\s+)?(doubled|tripled|trebled|quadrupled|halved)\b/gi;

/**
 * "Sales doubled from a year earlier", "exports nearly tripled", "profit more than halved": the change a multiplying
 * verb states, as a change's size in percent (so "doubled" restates "rose 100%" and differs from "tripled").
 */
function multiplied(sentence: string): Quantity[] {
  if (!/(?:doubl|tripl|trebl|quadrupl|halv)ed\b/i.test(sentence)) return [];
  return [...sentence.matchAll(MULTIPLIED)].map((match) => {
    const { value, direction } = MULTIPLES[match[2].toLowerCase()];
    const hedge = match[1]?.toLowerCase().replace(/\s+/g, ' ');
    const qualifier = hedge === undefined ? 'exact' : hedge === 'more than' ? 'moreThan' : 'about';
    return withMeasure(sentence, {
      text: match[0],
      value,
      high: value,
      qualifier,
      unit: 'percent',
      head: multipliedMeasure(sentence.slice(0, match.index)),
      start: match.index,
      end: match.index + match[0].length,
      // A multiple is told loosely: "doubled" is said of a rise of 90% or 110%.
      rounding: value / 10,
      difference: true,
      change: { direction, text: match[0] },
    });
  });
}

/**
 * What a multiplying verb multiplies: its subject's noun, the last before a preposition or an auxiliary ("sales of
 * memory chips doubled": sales; "bus fares in Lagos have now doubled": fares) or before the verb ("house prices
 * doubled": prices), as a head stem; '' when the clause opens otherwise.
 */
function multipliedMeasure(before: string): string {
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1);
  // The subject's nouns end at a preposition ("bus fares in Lagos have now doubled") or the verb's auxiliaries.
  const subject = clause.split(
    /\s+(?:of|in|at|on|for|from|across|has|have|had|is|are|was|were|now|also|already)\s+/i,
  )[0];
  const words = subject.match(/[\p{L}-]+/gu) ?? [];
  const word = words.at(-1)?.toLowerCase();
  return word === undefined || /^(?:the|a|an|its|their|nearly|almost|roughly|about|than|more)$/.test(word)
    ? ''
    : stemmer(word);
}

const ORDINAL_DEATH =
  /\b(?:a|the)\s+(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+([a-z]+)\s+(?:has|had|have)\s+(?:now\s+)?(?:died|been\s+killed|been\s+confirmed\s+dead)\b/gi;

/** "A third patient has died", "the fifth worker had been killed": the toll the ordinal gives, as a count. */
function ordinalTolls(sentence: string): Quantity[] {
  if (!/\b(?:died|killed|dead)\b/i.test(sentence)) return [];
  return [...sentence.matchAll(ORDINAL_DEATH)].map((match) => {
    const value = ORDINAL_NUMBERS[match[1].toLowerCase()];
    const start = match.index;
    const end = start + match[0].indexOf(match[2]) + match[2].length;
    return {
      text: sentence.slice(start, end),
      value,
      high: value,
      qualifier: 'exact' as const,
      unit: '',
      head: stemmer(match[2].toLowerCase()),
      start,
      end,
    };
  });
}

/** Words before "from" that make "from X to Y" a span: "range in age from", "ranging from", "aged from". */
const SPAN_BEFORE = /\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|aged)\b(?:\s+[\w'’-]+){0,3}\s+from\s+$/i;

/** Between the two figures of "from X to Y", with up to three words of what they measure ("from 570 gourdes to"). */
const FROM_TO_BETWEEN = /^\s+(?:[\p{L}-]+\s+){0,3}to\s+$/iu;
/** Between the two figures of "to Y from X" ("to 695 gourdes a gallon from 520"). */
const TO_FROM_BETWEEN = /^\s+(?:[\p{L}-]+\s+){0,3}from\s+$/iu;

/**
 * "Cut the rate from 1.75% to 1.5%", "to 1.5% from 1.75%": of a change between two figures of one unit, the
 * figure after "from" is where it started (`from`), and pairs only with another sentence's starting figure.
 */
function startingValues(sentence: string, quantities: Quantity[]): Quantity[] {
  // Each start, with the figure the change went to when that is written first and says what both measure ("to 695
  // gourdes a gallon from 520"); written after its start, the end takes the start's head (see setPredicates).
  const starts = new Map<Quantity, Quantity | undefined>();
  for (let i = 0; i + 1 < quantities.length; i += 1) {
    const [a, b] = [quantities[i], quantities[i + 1]];
    if (a.unit !== b.unit) continue;
    const between = sentence.slice(a.end, b.start);
    const before = sentence.slice(Math.max(0, a.start - 6), a.start);
    // "Range in age from 61 to 93", "aged from 6 to 12": a span of values, not a change.
    if (SPAN_BEFORE.test(sentence.slice(0, a.start))) continue;
    if (FROM_TO_BETWEEN.test(between) && /\bfrom\s+$/i.test(before)) starts.set(a, undefined);
    else if (TO_FROM_BETWEEN.test(between) && /\b(?:to|up)\s+$/i.test(before)) starts.set(b, a);
  }
  if (starts.size === 0) return quantities;
  return quantities.map((quantity) => {
    if (!starts.has(quantity)) return quantity;
    const end = starts.get(quantity);
    return { ...quantity, from: true, head: end !== undefined && end.head !== '' ? end.head : quantity.head };
  });
}

/** A comparative after a figure that makes it a change's size: "fifteen cents more", "two points lower". */
const CHANGE_AFTER = /^\s+(?:\p{L}+\s+)?(?:more|less|fewer|higher|lower|extra|cheaper|dearer)\b/iu;
/** A noun of change before a figure: "a rise of 15 cents", "the increase amounts to 2%", "a cut of 40 jobs". */
const CHANGE_BEFORE =
  /\b(?:rise|increase|hike|cut|drop|fall|reduction|jump|decrease)\s+(?:of|by|amounts\s+to|came\s+to|is|was|will\s+be)\s+(?:about\s+|around\s+|some\s+|roughly\s+)?$/i;

/**
 * A verb that gives a figure as more on top of another, for those it goes to: "added 4 lakh rupees for each family"
 * ("a spokesman added 15 people had been charged" says so; "added 3,100 new cases" is the day's count).
 */
const ADDED_BEFORE = /\b(?:added|adds|adding)\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+)?$/i;
/** What the added sum goes to, after it: "for each family", "to every household", "per victim". */
const ADDED_FOR = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:for|to)\s+(?:each|every|all)\b|^\s+(?:[\p{L}-]+\s+){0,2}?per\b/iu;

/**
 * A verb of change right before a share: "shares rose 2.4 percent", "fell by 3%", "slipped 0.6%", "down 38 percent"
 * move a level by that much ("rose to 2.4 percent" is the level; "make up a third" is no change). Only shares: "lost 19,000 hens" is a count, not a change of one.
 */
const CHANGE_VERB_BEFORE =
  /\b(?:rose|risen|rises|rising|fell|fallen|falls|falling|climbed|climbs|climbing|jumped|jumps|jumping|gained|gains|gaining|lost|loses|losing|dropped|drops|dropping|slid|slides|sliding|slipped|slips|slipping|sank|sinks|sinking|surged|surges|surging|plunged|plunges|plunging|soared|soars|soaring|tumbled|tumbles|tumbling|grew|grows|growing|increased|increases|increasing|decreased|decreases|decreasing|declined|declines|declining|edged\s+(?:up|down)|advanced|advances|advancing|shed|sheds|shedding|added|adds|adding|(?<!\b(?:make|makes|made|making|end|ends|ended|add|adds|added|sum|sums|summed|take|takes|took|taken|set|sets|break|broke|broken|split|come|came|go|goes|went|gone|back|backed|step|stepped|pick|picked)\s)(?:up|down))\s+(?:by\s+)?(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+)?$/i;

/**
 * A verb of change and "by" right before a figure of any unit: "has gone up by 125 gourdes", "was cut by 40 jobs",
 * "rose by 3,000": the size of the change, not the level.
 */
const CHANGE_BY_BEFORE =
  /\b(?:up|down|rose|risen|rises|rising|fell|fallen|falls|falling|increased|increases|decreased|decreases|climbed|jumped|dropped|grew|grown|cut|raised|lowered|reduced|slashed|trimmed)\s+by\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+)?$/i;

/**
 * A margin between two sides, after its figure and a unit of score: "64 votes ahead of her rival", "three points
 * behind", "12 seats clear" (not "30 people ahead of the summit", "12 men behind the fraud").
 */
const MARGIN_AFTER =
  /^\s+(?:votes?|points?|seats?|goals?|strokes?|runs?|lengths?|percentage\s+points?)\s+(?:ahead|behind|clear)\b/iu;
/** A unit of score after a figure: "by 57 votes", "by two goals". */
const SCORE_AFTER = /^\s+(?:votes?|points?|seats?|goals?|strokes?|runs?|lengths?|percentage\s+points?)\b/iu;
/**
 * A margin before its figure: "a lead of 57 votes", "a margin of 3%".
 */
const MARGIN_BEFORE =
  /\b(?:lead|margin)\s+of\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|just\s+|only\s+)?$/iu;
/** A verb of leading or winning by a figure: "led by 57 votes", "won the seat by 64 votes" (with a unit of score). */
const MARGIN_VERB_BEFORE =
  /\b(?:led|leads?|leading|won|wins?|winning|beat|beats|beating|trail(?:s|ed|ing)?)(?:\s+[\p{L}'’-]+){0,3}\s+by\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|just\s+|only\s+)?$/iu;

/**
 * A verb of wanting or forecasting at most five words before the figure, none of them opening another clause: "had
 * wanted the wage raised to 1,000 euros", "demanded 40 more buses", "called for a cap of 20%", "forecast a further
 * 300 millimetres of rain" (not "demanded talks after 12 workers were killed"; not a participle, which often opens a
 * reduced clause: "teachers demanding higher pay closed 40 schools"; not a passive, which sets a date: "a strike has
 * been called for 3 November").
 */
const WISH_BEFORE =
  /\b(?:(?<!\b(?:beat|beats|beating|missed|misses|missing|topped|tops|exceeded|exceeds|above|below|than|with|of|the|their|its)\s+)(?:forecast(?:s|ed)?|predict(?:s|ed)?)(?!\s+(?:with|at|of|for)\b)|want(?:s|ed)?|wish(?:es|ed)?|demand(?:s|ed)?(?!\s+for\b)|sought|seek(?:s|ing)?|(?<!\b(?:is|are|was|were|be|been|being)\s+)(?:call|push|press|ask)(?:s|ed)?\s+for|hop(?:e|es|ed)\s+for)(?:\s+(?!(?:after|when|as|why|that|who|which|said|says|were|was|is|are|had|have|has|because|before|while)\b)[\p{L}'’-]+){0,5}\s+$/iu;

/** A day or a time right after "called for": the day something is called for ("a strike called for 9 March"). */
const CALLED_FOR_DAY = /\bcall(?:s|ed)?\s+for\s+$/i;

/** The figure with `wanted` when its clause gives it as what someone wants, not what is or was. */
function withWish(sentence: string, quantity: Quantity): Quantity {
  const before = sentence.slice(Math.max(0, quantity.start - 60), quantity.start);
  if ((quantity.unit === 'date' || quantity.unit === 'clock') && CALLED_FOR_DAY.test(before)) return quantity;
  return WISH_BEFORE.test(before) ? { ...quantity, wanted: true } : quantity;
}

/** The figure is a margin between two sides by its words ("64 votes ahead", "led by 57 votes"). */
export function isMargin(sentence: string, quantity: Quantity): boolean {
  const after = sentence.slice(quantity.end);
  const before = sentence.slice(Math.max(0, quantity.start - 40), quantity.start);
  return (
    MARGIN_AFTER.test(after) ||
    MARGIN_BEFORE.test(before) ||
    (MARGIN_VERB_BEFORE.test(before) && SCORE_AFTER.test(after))
  );
}

/**
 * The figure with `difference` when its words make it the size of a change rather than a level, or a margin
 * between two sides (the difference of their levels).
 */
function withChange(sentence: string, quantity: Quantity): Quantity {
  const after =
    CHANGE_AFTER.test(sentence.slice(quantity.end)) ||
    isMargin(sentence, quantity) ||
    comparedWithBase(sentence, quantity);
  const preceding = sentence.slice(Math.max(0, quantity.start - 40), quantity.start);
  // "Gained 52 percent of the vote" is a share of something, a level.
  const shareOf = /^\s+of\b/i.test(sentence.slice(quantity.end));
  const before =
    CHANGE_BEFORE.test(preceding) ||
    (ADDED_BEFORE.test(preceding) && ADDED_FOR.test(sentence.slice(quantity.end))) ||
    (SHARE_UNITS.has(quantity.unit) && !shareOf && CHANGE_VERB_BEFORE.test(preceding)) ||
    CHANGE_BY_BEFORE.test(preceding);
  return after || before ? { ...quantity, difference: true } : quantity;
}

/**
 * "4,000 passengers a day", "12 flights per hour", "300 tonnes each month": the figure is a rate, and the period
 * it is counted over is part of what it measures. Within a few words after the number and before any
 * punctuation; "a year ago" or "a week later" date the figure instead.
 */
const RATE =
  /^[^,.;:!?()]{0,30}?(?:\b(\w+)\s+)?(?:a|an|per|each|every)\s+(day|week|fortnight|month|year|hour|minute|second|night|shift|season|quarter|annum)\b(?!-|\s+(?:ago|earlier|later|before|after|on|of|since|from|when)\b)/i;
/** Words before "a week" that make it a length of time ("in a week", "over a year"), not a rate. */
const SPAN_OPENERS = new Set('in within over during for past last'.split(' '));

/**
 * "500 dollars to each fisher", "two fines of 300 euros each", "80 dollars per barrel", "each paid 600 euros": the
 * figure is given to each one of several, and the number of them is part of what it measures, as a period is of a
 * rate; so is one given "to the family of each victim". Not past another figure ("the two were fined 300 euros
 * each": the 300 is each one's), nor "of each" ("half of each bid" is a share of every one).
 */
const EACH_AFTER =
  /^\s+(?:(?!of\s)[\p{L}'’-]+\s+)?(?:to\s+|for\s+)?(?:each|every|per|apiece)\b(?!\s+(?:cent|other|of)\b)|^\s+(?:to|for)\s+(?:the\s+)?[\p{L}'’-]+\s+of\s+(?:each|every)\b(?!\s+(?:other|of)\b)/iu;
/** "each paid about 600 euros", "each injured worker 50,000 taka": not "each of the 12", nor "each year". */
const EACH_BEFORE = /\beach\s+(?!of\b|(?:day|week|month|year|time)\b)(?:[\p{L}'’-]+\s+){0,6}$/iu;
/**
 * A sum or a count "a share", "a bird": what one of them gets or costs ("285 fils a share", "45 kwacha a bird"); not a
 * distance ("a mile from the border") or a time ("a week later").
 */
const A_PIECE =
  /^\s+(?:(\p{L}+)\s+)?an?\s+\p{L}+\b(?!\s+(?:from|away|off|north|south|east|west|outside|inside|behind|ahead|earlier|later|ago|before|after|long|wide|high|deep|old)\b)/u;

/**
 * "The average July temperature is 25 degrees", "averaging 25", "27 percent on average": the figure is an average
 * of many, not one measurement or one count; counted per one, like a rate. A rate's own period comes first ("normally
 * draws 150,000 visitors a year" is a rate).
 */
const AVERAGE_BEFORE =
  /\b(?:(?:average|averages|averaged|averaging|typical)\b(?:(?!\bof\b)[^,.;!?()\d]){0,40}|(?:an\s+)?average\s+(?:(?:rise|increase|fall|drop|decline|gain|cut|raise|growth)\s+)?of\s+(?:about\s+|around\s+|some\s+)?)$/i;
const AVERAGE_AFTER = /^[^,.;!?()\d]{0,20}?\bon\s+average\b/i;

/**
 * The figure is followed by "a <noun>" of what one of them gets or costs: right after a sum of money, or after the
 * noun a count counts ("45 kwacha a bird"), never past another word ("500,000 euros into a fund").
 */
function aPiece(quantity: Quantity, after: string): boolean {
  const match = A_PIECE.exec(after);
  if (!match) return false;
  if (MONEY_UNITS.has(quantity.unit)) return match[1] === undefined;
  const noun = match[1]?.toLowerCase() ?? '';
  // The noun the count counts, not a verb after it ("9 of 16 expecting a cut").
  return quantity.unit === '' && quantity.head !== '' && noun.startsWith(quantity.head) && !noun.endsWith('ing');
}

/** Units of times and lengths of time, never counted per one of several nor averaged here. */
const NOT_SHARED = new Set(['hour', 'workday', 'date', 'year', 'clock']);

/**
 * Words of a rate and their period: adjectives ("40 daily berths", "the number of daily berths from 40 to 32") and
 * adverbs ("45,000 barrels daily", "3,000 tonnes annually").
 */
const RATE_WORDS: Readonly<Record<string, string>> = {
  daily: 'day',
  nightly: 'night',
  weekly: 'week',
  monthly: 'month',
  yearly: 'year',
  annual: 'year',
  annually: 'year',
  hourly: 'hour',
};
/** A rate adjective right after the figure, and the noun it goes with: "40 daily berths". */
const RATE_ADJECTIVE_AFTER = /^\s+(daily|nightly|weekly|monthly|yearly|annual)\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/iu;
/**
 * A rate adjective before the figure, the noun it goes with, and what may stand between them and the figure ("daily
 * berths from 40 to"): a preposition, and the first figure of "N to M".
 */
const RATE_ADJECTIVE_BEFORE =
  /\b(daily|nightly|weekly|monthly|yearly|annual)\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)\s+(?:(?:from|to|at|of|by)\s+)?(?:[\d.,]+\s+(?:to|and)\s+)?$/iu;

/**
 * Things whose kind a rate adjective names rather than how often they come ("three daily newspapers", "an annual
 * report", "weekly magazines"): no rate.
 */
const KINDS_BY_PERIOD =
  /^(?:newspapers?|papers?|magazines?|journals?|reports?|meetings?|bulletins?|shows?|programmes?|programs?|columns?|editions?|briefings?|budgets?|leave|allowances?|subscriptions?|passes?|tickets?)$/;

/** The period of a rate adjective that goes with the figure's own noun, if any (see RATE_WORDS). */
function adjectiveRate(quantity: Quantity, before: string, after: string): string | undefined {
  if (quantity.unit !== '' || quantity.head === '') return undefined;
  const match = RATE_ADJECTIVE_AFTER.exec(after) ?? RATE_ADJECTIVE_BEFORE.exec(before);
  if (!match) return undefined;
  const nouns = match[2].toLowerCase().split(/\s+/);
  if (nouns.some((noun) => KINDS_BY_PERIOD.test(noun))) return undefined;
  return nouns.some((noun) => noun.startsWith(quantity.head)) ? RATE_WORDS[match[1].toLowerCase()] : undefined;
}

/**
 * "45,000 barrels of oil equivalent daily", "3,000 tonnes annually": an adverb of rate closing the figure's phrase (a
 * few words on, before punctuation or a preposition), not an adjective before a noun ("daily flights"), nor one of
 * another clause ("40 protesters who had marched daily", "3,000 cars and reports its sales monthly").
 */
const RATE_ADVERB_AFTER =
  /^\s+(?:(?!(?:who|whom|which|that|and|or|but|had|has|have|is|are|was|were|be|been|its|their|his|her|it|they)\b)[\p{L}'’-]+\s+){0,4}?(daily|nightly|weekly|monthly|yearly|annually|hourly)\b(?=\s*(?:[,.;:!?)]|$)|\s+(?:on|in|at|from|since|until|by|and|but|last|this|over|during|to|for|with|across|into)\b)/iu;

/**
 * An ordinal and the noun it counts (two words at most), then "in" right before a length of time: "the second
 * national vote in 18 months", "its third strike in two years", "for the first time in a decade". The length is the
 * window the ordinal counts in, not how long anything lasted ("the first phase will be completed in 18 months", "the
 * first phase completed in 18 months" give a length).
 */
const ORDINAL_WINDOW_BEFORE =
  /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:(?!(?:was|were|is|are|will|would|be|been|has|have|had|\p{L}+ed)\b)[\p{L}-]+\s+){1,2}?in\s+(?:(?:the\s+)?(?:past|last)\s+)?(?:about\s+|nearly\s+|almost\s+|just\s+|under\s+|less\s+than\s+|more\s+than\s+)?$/iu;

function withRate(sentence: string, quantity: Quantity): Quantity {
  const after = sentence.slice(quantity.end);
  const before = sentence.slice(Math.max(0, quantity.start - 60), quantity.start);
  if (quantity.unit === 'hour' && ORDINAL_WINDOW_BEFORE.test(before)) return { ...quantity, per: 'window' };
  const match = RATE.exec(after);
  if (match && !SPAN_OPENERS.has(match[1]?.toLowerCase() ?? '')) return { ...quantity, per: match[2].toLowerCase() };
  if (match) return quantity;
  const adverb = RATE_ADVERB_AFTER.exec(after);
  if (adverb) return { ...quantity, per: RATE_WORDS[adverb[1].toLowerCase()] };
  const period = adjectiveRate(quantity, before, after);
  if (period) return { ...quantity, per: period };
  // A length of time or a date "for each man" is how long or when, not a share of one.
  if (NOT_SHARED.has(quantity.unit)) return quantity;
  if (AVERAGE_BEFORE.test(before) || AVERAGE_AFTER.test(after)) return { ...quantity, per: 'average' };
  return aPiece(quantity, after) || EACH_AFTER.test(after) || EACH_BEFORE.test(before)
    ? { ...quantity, per: 'each' }
    : quantity;
}
