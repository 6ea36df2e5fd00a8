/**
 * Finds every quantity in a sentence: runs the pattern readers left to right over the tokens, then adds
 * the hedge written around each reading ("about", "more than", "or so") and the noun it counts.
 */

import type { Quantity, QuantityQualifier } from '../../types';
import { readDate, readDecade } from './calendar';
import { findHead, moneyHead } from './heads';
import { readNumeric } from './numeric';
import { readArticleDuration, readFraction, readVague } from './proportions';
import type { ReaderResult, Reading } from './reading';
import { isSym, isWordToken, type QuantityToken, tokenizeForQuantities } from './tokens';
import { MONEY_UNITS, PREFIX_QUALIFIERS } from './word-tables';

type Reader = (tokens: QuantityToken[], index: number) => ReaderResult | null;

/** Tried in order at each token; the first that reads something wins. */
const READERS: Reader[] = [readDate, readDecade, readVague, readArticleDuration, readFraction, readNumeric];

interface Hedge {
  qualifier: QuantityQualifier;
  first: number;
  last: number;
}

/** The qualifier phrase ending right before token `index`, not reaching back past token `floor`. */
function hedgeBefore(tokens: QuantityToken[], index: number, floor: number): Hedge | null {
  // "approx." is written with a dot.
  const end = isSym(tokens[index - 1], '.') && isWordToken(tokens[index - 2], 'approx') ? index - 1 : index;
  for (const { words, qualifier } of PREFIX_QUALIFIERS) {
    const first = end - words.length;
    if (first < floor) continue;
    if (!spells(tokens, first, words)) continue;
    // "Prices went up to 695", "rose up to": "up" is the verb's, and the figure the level reached.
    if (qualifier === 'upTo' && words[0] === 'up' && isWordToken(tokens[first - 1], ...MOVING_VERBS)) return null;
    return { qualifier, first, last: index - 1 };
  }
  return null;
}

/**
 * Verbs, past, whose "up" ends in the level they reached ("prices went up to 695", "rose up to"), not "at most":
 * "tickets go up to 300 dollars" and "moved up to 2,000 residents" give the top of a range.
 */
const MOVING_VERBS = ['went', 'gone', 'rose', 'risen', 'climbed', 'jumped', 'shot'];

/**
 * The word tokens from `first` on are `words` (lower case). A loop rather than every() with isWordToken, whose
 * closure and rest array were made for each qualifier tried before each number.
 */
function spells(tokens: readonly QuantityToken[], first: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k += 1) {
    const token = tokens[first + k];
    if (token?.kind !== 'word' || token.lower !== words[k]) return false;
  }
  return true;
}

/** The qualifier phrase starting right after token `index` ("or so", "or more", "-plus", "+"). */
function hedgeAfter(tokens: QuantityToken[], index: number): Hedge | null {
  const next = tokens[index];
  const word = tokens[index + 1];
  if (isWordToken(next, 'or') && isWordToken(word, 'so')) return { qualifier: 'about', first: index, last: index + 1 };
  if (isWordToken(next, 'or') && isWordToken(word, 'more'))
    return { qualifier: 'atLeast', first: index, last: index + 1 };
  if (isWordToken(next, 'or') && isWordToken(word, 'fewer', 'less')) {
    return { qualifier: 'atMost', first: index, last: index + 1 };
  }
  if (isSym(next, '-') && !next.spaced && isWordToken(word, 'plus', 'odd') && !word.spaced) {
    return { qualifier: word.lower === 'odd' ? 'about' : 'moreThan', first: index, last: index + 1 };
  }
  if (isWordToken(next, 'plus') && !isSym(tokens[index + 1], '$') && tokens[index + 1]?.kind !== 'num') {
    return { qualifier: 'moreThan', first: index, last: index };
  }
  if (isSym(next, '+') && !next.spaced) return { qualifier: 'atLeast', first: index, last: index };
  return null;
}

/** Nouns of change after a figure ("an 8% increase", "a 3% fall"), by the way they move the measure. */
const CHANGE_NOUNS: Readonly<Record<string, 'up' | 'down'>> = {
  increase: 'up',
  rise: 'up',
  gain: 'up',
  jump: 'up',
  growth: 'up',
  hike: 'up',
  decrease: 'down',
  fall: 'down',
  drop: 'down',
  decline: 'down',
  cut: 'down',
  reduction: 'down',
  slump: 'down',
  loss: 'down',
};

/** Words after which "up" or "down" before a figure says how a measure moved ("sales were up 8%", ", down 3%"). */
const CHANGE_LEADS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/**
 * The change a figure's own words state: "up 8%", "down by 3 per cent" (after a comma, a dash, the start or a form
 * of "be", so "picked up 40%" or "shot down 3 drones" is no change), or "an 8% increase". Only for figures with a
 * unit (a share, money, a measure): "a 300 increase" is rarer than "300 falls" of another sense.
 */
function changeOf(
  sentence: string,
  tokens: QuantityToken[],
  first: number,
  last: number,
  unit: string,
): Quantity['change'] {
  if (unit === '' || unit === 'date' || unit === 'year' || unit === 'clock') return undefined;
  const by = isWordToken(tokens[first - 1], 'by') ? 1 : 0;
  const cue = tokens[first - 1 - by];
  if (isWordToken(cue, 'up', 'down')) {
    const lead = tokens[first - 2 - by];
    if (lead === undefined || (lead.kind === 'sym' && /[,;:(—–-]/.test(lead.text)) || CHANGE_LEADS.has(lead.lower)) {
      return { direction: cue.lower as 'up' | 'down', text: sentence.slice(cue.start, tokens[last].end) };
    }
  }
  const noun = tokens[last + 1];
  if (noun?.kind === 'word' && noun.lower in CHANGE_NOUNS) {
    return { direction: CHANGE_NOUNS[noun.lower], text: sentence.slice(tokens[first].start, noun.end) };
  }
  return undefined;
}

/** What the figure counts: nothing for a date or a year; for a sum of money, what it is the sum of. */
function headOf(tokens: QuantityToken[], reading: Reading, first: number, last: number): string {
  if (reading.headless) return '';
  if (MONEY_UNITS.has(reading.unit)) return moneyHead(tokens, first, last);
  return findHead(tokens, first, last, reading.unit === '');
}

function toQuantity(sentence: string, tokens: QuantityToken[], reading: Reading, floor: number): Quantity {
  const before = reading.qualifier ? null : hedgeBefore(tokens, reading.first, floor);
  const after = reading.qualifier || before ? null : hedgeAfter(tokens, reading.last + 1);
  const first = before?.first ?? reading.first;
  const last = after?.last ?? reading.last;
  const start = tokens[first].start;
  const end = tokens[last].end;
  const change = changeOf(sentence, tokens, first, last, reading.unit);
  return {
    ...(change ? { change } : {}),
    text: sentence.slice(start, end),
    value: reading.value,
    high: reading.high,
    qualifier: reading.qualifier ?? before?.qualifier ?? after?.qualifier ?? 'exact',
    unit: reading.unit,
    head: headOf(tokens, reading, first, last),
    start,
    end,
    rounding: reading.rounding,
    ...(reading.digit === undefined ? {} : { digit: reading.digit }),
  };
}

/** Pronouns by which a figure picks part of the figure before it ("187 of them", "40 of whom"). */
const PART_PRONOUNS = new Set(['them', 'those', 'these', 'whom', 'which']);

/**
 * "612 confirmed cases, 187 of them in children": a figure of "them" counts part of the last figure before it of
 * the same unit, a part of the same thing (cases in children); "180,000 of the affected customers" counts part of a
 * group its own noun names; "two other subscribers" are the rest of a group that has one more, and "the first three
 * deaths" the earliest of a group. The figure whose head is the whole's, or undefined.
 */
function partOf(
  tokens: QuantityToken[],
  quantity: Quantity,
  { first, last }: { first: number; last: number },
  before: readonly Quantity[],
) {
  // "Two other subscribers": the rest of a group someone else belongs to, not the whole group.
  if (isWordToken(tokens[last + 1], 'other') && quantity.unit === '' && quantity.head !== '') return quantity;
  // "The first three deaths", "the last two patients": the earliest or latest of a group, not all of it.
  if (isWordToken(tokens[first - 1], 'first', 'last') && isWordToken(tokens[first - 2], 'the', 'its', 'their')) {
    return quantity.unit === '' && quantity.head !== '' ? quantity : undefined;
  }
  if (!isWordToken(tokens[last + 1], 'of')) return undefined;
  // "180,000 of the affected customers": some of a group its own noun names (not "40 of the 75": a whole's figure).
  if (quantity.unit === '' && isWordToken(tokens[last + 2], 'the', 'those', 'these') && quantity.head !== '') {
    const figureAfter = tokens.slice(last + 3, last + 6).some((token) => token.kind === 'num');
    return figureAfter ? undefined : quantity;
  }
  if (!PART_PRONOUNS.has(tokens[last + 2]?.lower ?? '')) return undefined;
  for (let n = before.length - 1; n >= 0; n -= 1) {
    if (before[n].unit === quantity.unit) return before[n].head !== '' ? before[n] : undefined;
  }
  return undefined;
}

/**
 * "Voted 164 to 41 to give", "lowered the voting age from 18 to 16,": the second figure of "N to M" counts what the
 * first counts, when nothing of its own follows it (no noun, or only "to" and a verb).
 */
function pairedHead(
  tokens: QuantityToken[],
  reading: Reading,
  quantity: Quantity,
  before: readonly Quantity[],
  previous: Reading | undefined,
): Quantity {
  const first = before.at(-1);
  if (!first || !previous || first.head === '' || first.unit !== quantity.unit) return quantity;
  if (!isWordToken(tokens[reading.first - 1], 'to') || previous.last !== reading.first - 2) return quantity;
  if (quantity.head !== '' && !isWordToken(tokens[reading.last + 1], 'to')) return quantity;
  return { ...quantity, head: first.head };
}

/**
 * "From 40 to 30 berths a day": the first figure of "N to M" counts what the second counts, when it names nothing of
 * its own. The first figure, with that head, or undefined when it keeps its own.
 */
function headFromSecond(
  tokens: QuantityToken[],
  reading: Reading,
  quantity: Quantity,
  before: readonly Quantity[],
  previous: Reading | undefined,
): Quantity | undefined {
  const first = before.at(-1);
  if (!first || !previous || first.head !== '' || quantity.head === '' || first.unit !== quantity.unit)
    return undefined;
  if (!isWordToken(tokens[reading.first - 1], 'to') || previous.last !== reading.first - 2) return undefined;
  return { ...first, head: quantity.head };
}

/**
 * Every quantity in `sentence`, in order, with offsets into it. Counts, decimals, number words, scales,
 * money, percentages, proportions, durations (in hours), years, decades, ranges and dates ('date' unit,
 * value month × 100 + day). Names and codes ("G7", "COVID-19"), times ("10:30"), phone numbers and ordinals
 * are skipped. Never throws; returns [] when there is no number. Times of day and the quick answer for a sentence
 * without a number are extractQuantities' (../quantities.ts), which is what the rest of the engine calls.
 */
export function readQuantities(sentence: string): Quantity[] {
  const tokens = tokenizeForQuantities(sentence);
  const quantities: Quantity[] = [];
  let floor = 0;
  let index = 0;
  let previous: Reading | undefined;
  while (index < tokens.length) {
    let result: ReaderResult | null = null;
    if (!tokens[index].masked) {
      for (const read of READERS) {
        result = read(tokens, index);
        if (result) break;
      }
    }
    if (!result) {
      index += 1;
      continue;
    }
    for (const reading of result.readings) {
      const quantity = pairedHead(tokens, reading, toQuantity(sentence, tokens, reading, floor), quantities, previous);
      const first = headFromSecond(tokens, reading, quantity, quantities, previous);
      if (first) quantities[quantities.length - 1] = first;
      const whole = partOf(tokens, quantity, reading, quantities);
      quantities.push(whole ? { ...quantity, whole: whole.head } : quantity);
      previous = reading;
    }
    index = Math.max(result.next, index + 1);
    floor = index;
  }
  return withPartitiveHeads(sentence, quantities);
}

/** "of the", "of its", "of the train's" before a whole. */
const OF_THE_WHOLE = String.raw`of\s+(?:the|its|their|those|these|all)\s+(?:[\p{L}-]+['’]s\s+)?$`;
/** Between a part and its whole: "74 of the 112 workers", "six of its 40 branches", "11 of the train's 22". */
const PART_OF_WHOLE = new RegExp(String.raw`^\s+${OF_THE_WHOLE}`, 'iu');
/** Before a whole put first, and between it and its part: "Of the train's 22 coaches, 13 derailed". */
const FRONTED_WHOLE = new RegExp(String.raw`^\s*${OF_THE_WHOLE}`, 'iu');
const POSSESSIVE = /['’]s\s+$/;
/** A verb right after a count: the count has no noun of its own ("13 derailed", "186 have been confirmed"). */
const VERB_AFTER = /^\s+(?:have|has|had|were|was|are|is|will|would|could|may|might|did|\p{L}+ed)\b/iu;
const AFTER_FRONTED_WHOLE = /^\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s*,\s*$/u;

/** Between a whole and a part of it given after it: "1,240 cases, of which 186", "90 passengers, of whom 12". */
const WHOLE_OF_WHICH = /^(?:\s+[\p{L}-]+){0,2}\s*,?\s+of\s+(?:which|whom)\s+$/iu;

/**
 * A count of part of a whole counts what the whole does: "74 of the 112 workers" counts workers, "1,240 cases, of
 * which 186 have been confirmed" cases (not what is done to them), and "Of the train's 22 coaches, 13 derailed"
 * coaches.
 */
function withPartitiveHeads(sentence: string, quantities: Quantity[]): Quantity[] {
  return quantities.map((quantity, n) => {
    if (quantity.unit !== '') return quantity;
    const before = quantities[n - 1];
    // Only a part with no noun of its own ("of which 186 have been confirmed", not "of which 186 children").
    if (
      before?.unit === '' &&
      before.head !== '' &&
      (quantity.head === '' || VERB_AFTER.test(sentence.slice(quantity.end)))
    ) {
      const between = sentence.slice(before.end, quantity.start);
      const fronted =
        n === 1 && FRONTED_WHOLE.test(sentence.slice(0, before.start)) && AFTER_FRONTED_WHOLE.test(between);
      if (WHOLE_OF_WHICH.test(between) || fronted) return { ...quantity, head: before.head };
    }
    const whole = quantities[n + 1];
    if (whole?.unit !== '' || whole.head === '') return quantity;
    const between = sentence.slice(quantity.end, whole.start);
    // The part counts the whole's things, not the owner its words name ("the train's" in "11 of the train's 22").
    if (quantity.head !== '' && !POSSESSIVE.test(between)) return quantity;
    return PART_OF_WHOLE.test(between) ? { ...quantity, head: whole.head } : quantity;
  });
}
