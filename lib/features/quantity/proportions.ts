/**
 * Proportions written as words, read as percentages so they compare with "87%": "half", "a third",
 * "two-thirds", "three quarters"; plus vague plural amounts ("thousands of", "tens of thousands of"),
 * which are read as lower bounds only.
 *
 * Word fractions are loose by nature ("one in three" for 31%), so they get a rounding allowance of 2.5
 * percentage points (less for small fractions: a tenth of the value).
 */

import { wordTable } from '../../text/word-table';
import type { ReaderResult, Reading } from './reading';
import { isSym, isWordToken, type QuantityToken } from './tokens';
import { DENOMINATORS, DURATION_HOURS, SCALE_WORDS, SMALL_NUMBERS, VAGUE_PLURALS } from './word-tables';

/** Rounding allowance for a proportion written in words, in percentage points. */
export function wordFractionRounding(percent: number): number {
  return Math.min(2.5, percent / 10);
}

const percentReading = (first: number, last: number, numerator: number, denominator: number): Reading => {
  const value = (100 * numerator) / denominator;
  return { first, last, value, high: value, unit: 'percent', rounding: wordFractionRounding(value) };
};

/** Words before "half" that make it something else ("the first half", "and a half", "other half"). */
const NOT_BEFORE_HALF = new Set(['first', 'second', 'last', 'other', 'the', 'a', 'an', 'latter', 'former', 'its']);

/** Ends of a clause after a singular fraction: "a third of", "a third." but not "a third term". */
function endsFraction(token: QuantityToken | undefined): boolean {
  return !token || isWordToken(token, 'of') || (token.kind === 'sym' && /[.,;:)!?'"’”]/.test(token.text));
}

/**
 * The words at `at` point back to a figure given before: "it", "what", or "that" / "this" alone or before "amount",
 * "figure", "sum" ("half that.", "half that amount"; not "half of this year's budget").
 */
function pointsBack(tokens: QuantityToken[], at: number): boolean {
  const word = tokens[at];
  if (word?.kind !== 'word') return false;
  if (word.lower === 'it' || word.lower === 'what') return true;
  if (word.lower !== 'that' && word.lower !== 'this') return false;
  const after = tokens[at + 1];
  return !after || after.kind === 'sym' || isWordToken(after, 'amount', 'figure', 'sum', 'level', 'number');
}

function readHalf(tokens: QuantityToken[], index: number): ReaderResult | null {
  const previous = tokens[index - 1];
  const next = tokens[index + 1];
  if (isSym(next, '-') && !next.spaced) return null;
  if (previous?.kind === 'word' && NOT_BEFORE_HALF.has(previous.lower)) return null;
  // "Has offered half that", "half of what it asked": a share of a figure given before, not a figure of its own.
  const at = isWordToken(next, 'of') ? index + 2 : index + 1;
  if (pointsBack(tokens, at)) return null;
  const unit = tokens[index + 2];
  if (isWordToken(next, 'a', 'an') && unit?.kind === 'word' && unit.lower in DURATION_HOURS) {
    const hours = DURATION_HOURS[unit.lower] / 2;
    const reading: Reading = { first: index, last: index + 2, value: hours, high: hours, unit: 'hour', rounding: 0 };
    return { readings: [reading], next: index + 3 };
  }
  if (isWordToken(next, 'a', 'an') && unit?.kind === 'word' && (unit.lower in SCALE_WORDS || unit.lower === 'dozen')) {
    return null; // "half a million" is an amount
  }
  // "Half a percent", "half a per cent": a percentage of its own, not half of something.
  if (
    isWordToken(next, 'a') &&
    (isWordToken(unit, 'percent') || (isWordToken(unit, 'per') && isWordToken(tokens[index + 3], 'cent')))
  ) {
    const last = isWordToken(unit, 'per') ? index + 3 : index + 2;
    const reading: Reading = { first: index, last, value: 0.5, high: 0.5, unit: 'percent', rounding: 0 };
    return { readings: [reading], next: last + 1 };
  }
  return { readings: [percentReading(index, index, 1, 2)], next: index + 1 };
}

/** Units a length of time "for a ..." can have: a day, a week, a month, a year (not "for a second" look). */
const ARTICLE_DURATIONS = new Set(['hour', 'day', 'week', 'fortnight', 'month', 'year', 'decade']);

/** "A week's worth", "a month's supply": the possessive of a unit of time counts the span. */
const POSSESSIVE = /^(\w+)['’]s$/;

/**
 * Reads "for a month", "for an hour" at the "a"/"an": a length of time of one unit, as "for one month" is. Only
 * after "for", where the article can only count the span ("a month of protests" names no length), or as a
 * possessive ("a week's worth of water", "a month's pay").
 */
export function readArticleDuration(tokens: QuantityToken[], index: number): ReaderResult | null {
  if (!isWordToken(tokens[index], 'a', 'an')) return null;
  const unit = tokens[index + 1];
  if (unit?.kind !== 'word') return null;
  const possessive = POSSESSIVE.exec(unit.lower)?.[1];
  if (possessive === undefined && !isWordToken(tokens[index - 1], 'for')) return null;
  const span = possessive ?? unit.lower;
  if (!ARTICLE_DURATIONS.has(span)) return null;
  const after = tokens[index + 2];
  if (possessive === undefined && after?.kind === 'word' && isWordToken(after, 'of', 'or')) return null;
  const hours = DURATION_HOURS[span];
  // "A month" is said loosely: four weeks or 31 days is a month too.
  const reading: Reading = {
    first: index,
    last: index + 1,
    value: hours,
    high: hours,
    unit: 'hour',
    rounding: hours / 10,
  };
  return { readings: [reading], next: index + 2 };
}

/** Reads "half", "a third", "two-thirds", "3 quarters" at `index`, or returns null. */
export function readFraction(tokens: QuantityToken[], index: number): ReaderResult | null {
  const token = tokens[index];
  if (isWordToken(token, 'half')) return readHalf(tokens, index);
  let numerator: number | null = null;
  if (isWordToken(token, 'a', 'an')) numerator = 1;
  else if (token?.kind === 'word' && token.lower in SMALL_NUMBERS) numerator = SMALL_NUMBERS[token.lower];
  else if (token?.kind === 'num' && /^\d$/.test(token.text)) numerator = Number(token.text);
  if (numerator === null || numerator === 0) return null;
  const dash = isSym(tokens[index + 1], '-') && !tokens[index + 1].spaced && !tokens[index + 2]?.spaced ? 1 : 0;
  const word = tokens[index + 1 + dash];
  if (word?.kind !== 'word' || !(word.lower in DENOMINATORS)) return null;
  const denominator = DENOMINATORS[word.lower];
  const last = index + 1 + dash;
  if (denominator.plural ? numerator < 2 : numerator !== 1 || !endsFraction(tokens[last + 1])) return null;
  if (numerator >= denominator.value) return null;
  const point = pointOf(tokens, last + 1);
  if (point > 0) {
    const value = numerator / denominator.value;
    const reading: Reading = {
      first: index,
      last: last + point,
      value,
      high: value,
      unit: 'percentage-point',
      rounding: 0,
    };
    return { readings: [reading], next: last + point + 1 };
  }
  return { readings: [percentReading(index, last, numerator, denominator.value)], next: last + 1 };
}

/**
 * "Of a percentage point" (or "of a point") from `at`: the fraction is of a point ("a quarter of a percentage point"
 * is 0.25 points, not 25%). The number of tokens it spans, 0 when it is not there.
 */
function pointOf(tokens: readonly QuantityToken[], at: number): number {
  if (!isWordToken(tokens[at], 'of') || !isWordToken(tokens[at + 1], 'a')) return 0;
  if (isWordToken(tokens[at + 2], 'point')) return 3;
  return isWordToken(tokens[at + 2], 'percentage') && isWordToken(tokens[at + 3], 'point') ? 4 : 0;
}

const VAGUE_BASE: Readonly<Record<string, number>> = wordTable({ tens: 10, hundreds: 100, dozens: 12 });

/** Reads "thousands of", "tens of thousands of", "hundreds of millions of": lower bounds (qualifier atLeast). */
export function readVague(tokens: QuantityToken[], index: number): ReaderResult | null {
  const token = tokens[index];
  if (token?.kind !== 'word') return null;
  const base = VAGUE_BASE[token.lower];
  const scale = tokens[index + 2];
  if (base && isWordToken(tokens[index + 1], 'of') && scale?.kind === 'word' && scale.lower in VAGUE_PLURALS) {
    const multiplier = VAGUE_PLURALS[scale.lower];
    if (multiplier >= 1000 && isWordToken(tokens[index + 3], 'of', 'upon')) {
      return vague(index, index + 2, base * multiplier);
    }
  }
  const plural = VAGUE_PLURALS[token.lower];
  if (plural && isWordToken(tokens[index + 1], 'of', 'upon')) return vague(index, index, plural);
  return null;
}

const vague = (first: number, last: number, value: number): ReaderResult => ({
  readings: [{ first, last, value, high: value, unit: '', rounding: 0, qualifier: 'atLeast' }],
  next: last + 1,
});
