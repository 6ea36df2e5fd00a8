/**
 * Reads a number with its units and ranges: "34,000", "$5bn", "4.5 per cent", "48 hours", "2,000-3,000",
 * "between 11,000 and 12,000", "one in three", and bare years with year ranges ("in 1990", "1950-53").
 *
 * Choices:
 * - A bare four-digit number from 1000 to 2100 is a year, unless a plural noun follows it and no year cue
 *   ("in", "since", a month) comes before it: "2000 soldiers" is a count, "in 2000" and "the 2024 election"
 *   are years.
 * - "from 11,000 to 12,000" is a change, so two quantities; "11,000 to 12,000" and "between 11,000 and
 *   12,000" are ranges. For years, "from 1950 to 1953" is a range.
 * - A hyphenated pair that is not increasing ("3-1", a score) is skipped whole.
 */

import { type Amount, readAmount } from './amount';
import { yearOf } from './calendar';
import { isAmbiguousDotted, isCodeNumber, isIdiomNumber } from './guards';
import { isCountNoun } from './heads';
import { wordFractionRounding } from './proportions';
import type { ReaderResult, Reading } from './reading';
import { isSym, isWordToken, type QuantityToken } from './tokens';
import { readCurrencyBefore, readUnitAfter, type UnitReading } from './units';
import { CURRENCY_SYMBOLS, DOLLAR_PREFIXES, MONTHS, YEAR_CUES } from './word-tables';

/** Units whose amounts are usually rounded to the last written digit ("5%" for 5.4%, "$5bn" for $5.3bn). */
const UNROUNDED_UNITS = new Set(['', 'hour', 'age', 'year', 'date']);

/**
 * Rounding allowance of an amount in its unit: half the last significant digit, capped at 2.5% of the value
 * (so "300" allows 292.5..307.5 and "2,700" allows 2,650..2,750); for percentages, money and measures never
 * less than half the last written digit ("5%" allows 4.5..5.5).
 */
export function roundingOf(amount: Amount, unit: string, factor: number): number {
  const value = Math.abs(amount.value * factor);
  const floor = UNROUNDED_UNITS.has(unit) ? 0 : amount.halfWritten * factor;
  return Math.min(amount.halfUnit * factor, Math.max(floor, 0.025 * value));
}

interface Measured {
  amount: Amount;
  currency: UnitReading | null;
  unit: UnitReading | null;
  /** Last token of the amount and its unit. */
  last: number;
}

/** People a figure after "of" gives the age of ("a girl of fourteen"; not "a father of three": his children). */
const PERSON_NOUNS = new Set(
  'man woman boy girl child baby person herdsman herder farmer fisherman widow pensioner'.split(' '),
);

/** "A girl of fourteen, who ...": the figure after "of" and a person, with no noun of its own, is the person's age. */
function personOfAge(tokens: QuantityToken[], amount: Amount): boolean {
  if (!isWordToken(tokens[amount.first - 1], 'of') || !PERSON_NOUNS.has(tokens[amount.first - 2]?.lower ?? '')) {
    return false;
  }
  const next = tokens[amount.last + 1];
  return next === undefined || next.kind === 'sym' || isWordToken(next, 'who', 'and', 'was', 'is', 'from', 'with');
}

/** People a bound after them gives the ages of: "children under 10", "people over 65", "those aged". */
const AGE_GROUP_NOUNS = new Set(
  'children people adults those patients pupils students residents women men girls boys babies infants teenagers pensioners workers'.split(
    ' ',
  ),
);

/**
 * "388 of the patients were children under 10, ...": a bound right after people, with no noun of its own, is their
 * age ("children under 10", "people over 65"), not a count of them.
 */
function groupOfAge(tokens: QuantityToken[], amount: Amount): boolean {
  if (!isWordToken(tokens[amount.first - 1], 'under', 'over', 'above', 'below')) return false;
  if (!AGE_GROUP_NOUNS.has(tokens[amount.first - 2]?.lower ?? '')) return false;
  const next = tokens[amount.last + 1];
  return (
    next === undefined ||
    next.kind === 'sym' ||
    isWordToken(next, 'who', 'and', 'or', 'was', 'were', 'is', 'are', 'had', 'have', 'from', 'with', 'in', 'to')
  );
}

function measure(tokens: QuantityToken[], amount: Amount): Measured {
  const currency = readCurrencyBefore(tokens, amount.first);
  const aged =
    isWordToken(tokens[amount.first - 1], 'aged') || personOfAge(tokens, amount) || groupOfAge(tokens, amount);
  const unit = aged
    ? { unit: 'age', factor: 1, first: amount.first, last: amount.last }
    : readUnitAfter(tokens, amount.last + 1);
  // "$5 an hour" is a rate, not a duration: the currency wins.
  const after = currency && unit?.unit === 'hour' ? null : unit;
  return { amount, currency, unit: after, last: after ? after.last : amount.last };
}

const unitName = (m: Measured): string => m.unit?.unit ?? m.currency?.unit ?? '';
const unitFactor = (m: Measured): number => m.unit?.factor ?? 1;

/** Index of the first token of an amount written after a connector, skipping a currency symbol. */
function amountStart(tokens: QuantityToken[], index: number): number {
  const token = tokens[index];
  if (token?.kind === 'word' && token.lower in DOLLAR_PREFIXES && isSym(tokens[index + 1], '$')) return index + 2;
  return token?.kind === 'sym' && token.text in CURRENCY_SYMBOLS ? index + 1 : index;
}

function isYearCue(token: QuantityToken | undefined): boolean {
  return token?.kind === 'word' && (YEAR_CUES.has(token.lower) || token.lower in MONTHS);
}

/** Reads a year and a year range after it ("1950-53", "1950 to 1953", "2019/20"). */
function readYear(tokens: QuantityToken[], index: number, year: number): ReaderResult {
  const between = isWordToken(tokens[index - 1], 'between');
  const connector = tokens[index + 1];
  const isConnector =
    isSym(connector, '-', '–', '—') ||
    (isSym(connector, '/') && !connector.spaced) ||
    isWordToken(connector, 'to', 'until', 'through') ||
    (between && isWordToken(connector, 'and'));
  const end = tokens[index + 2];
  if (isConnector && end?.kind === 'num' && !end.masked) {
    let high = yearOf(end);
    if (high === null && /^\d\d$/.test(end.text)) high = Math.floor(year / 100) * 100 + Number(end.text);
    if (high !== null && high > year && high - year <= 100) {
      const first = between ? index - 1 : index;
      const reading: Reading = { first, last: index + 2, value: year, high, unit: 'year', rounding: 0, headless: true };
      return { readings: [reading], next: index + 3 };
    }
  }
  return {
    readings: [{ first: index, last: index, value: year, high: year, unit: 'year', rounding: 0, headless: true }],
    next: index + 1,
  };
}

/** True when a digits amount at `index` should be read as a year. */
function readsAsYear(tokens: QuantityToken[], m: Measured): boolean {
  const { amount } = m;
  if (!amount.digits || amount.scaled || m.currency || m.unit || yearOf(tokens[amount.first]) === null) return false;
  if (isYearCue(tokens[amount.first - 1])) return true;
  return !isCountNoun(tokens[amount.last + 1]);
}

/**
 * Words that may follow a proportion whose noun stands inside it ("one voter in ten was undecided"); after any other
 * word the base may count a thing of its own ("two people in ten cars").
 */
const AFTER_PROPORTION = new Set(['are', 'were', 'is', 'was', 'have', 'has', 'had', 'will', 'would', 'and', 'or']);

/**
 * "one in three", "nine out of ten", "1 in 5", "one adult in five": a proportion, as a percentage. "Two out of 153" is not: a
 * denominator past ten that is not a power of ten is a count of its own (the whole the first count is taken
 * from), and each is read as a count.
 */
function readProportion(tokens: QuantityToken[], m: Measured): ReaderResult | null {
  if (m.unit || m.currency) return null;
  let index = m.last + 1;
  let outOf = false;
  // "One subscriber in four": the noun counted may stand between, where the base must be a round one.
  const nounBetween = tokens[index]?.kind === 'word' && isWordToken(tokens[index + 1], 'in');
  if (nounBetween) index += 1;
  if (isWordToken(tokens[index], 'in')) index += 1;
  else if (isWordToken(tokens[index], 'out') && isWordToken(tokens[index + 1], 'of')) {
    index += 2;
    outOf = true;
  } else return null;
  if (isWordToken(tokens[index], 'every')) index += 1;
  const denominator = readAmount(tokens, index);
  if (!denominator || yearOf(tokens[index]) !== null || denominator.value <= m.amount.value) return null;
  if ((outOf || nounBetween) && !isProportionBase(denominator.value)) return null;
  // ... and nothing counted after the base: "two people in ten cars" are two people.
  const after = tokens[denominator.last + 1];
  if (nounBetween && after?.kind === 'word' && !AFTER_PROPORTION.has(after.lower)) return null;
  if (m.amount.value <= 0 || readUnitAfter(tokens, denominator.last + 1)) return null;
  const value = (100 * m.amount.value) / denominator.value;
  const reading: Reading = {
    first: m.amount.first,
    last: denominator.last,
    value,
    high: value,
    unit: 'percent',
    rounding: wordFractionRounding(value),
  };
  return { readings: [reading], next: denominator.last + 1 };
}

/** A denominator that makes a proportion ("out of ten", "out of 100"), not a count of a whole ("out of 153"). */
function isProportionBase(value: number): boolean {
  return value <= 10 || /^10+$/.test(String(value));
}

/** Scales a low amount by the scale written only on the high one ("2-3 million"). */
function shareScale(low: Amount, high: Amount): Amount {
  if (low.scaled || !high.scaled || low.value * high.scale > high.value) return low;
  const s = high.scale;
  return { ...low, value: low.value * s, halfUnit: low.halfUnit * s, halfWritten: low.halfWritten * s, scale: s };
}

interface Range {
  low: Measured;
  high: Measured;
  first: number;
}

/** The range that starts with `m`, null when none, 'skip' when a dashed pair is not increasing ("3-1"). */
function readRange(tokens: QuantityToken[], m: Measured): Range | 'skip' | null {
  const first = m.currency?.first ?? m.amount.first;
  const between = isWordToken(tokens[first - 1], 'between');
  const connector = tokens[m.last + 1];
  const dash = isSym(connector, '-', '–', '—');
  const to = isWordToken(connector, 'to') && !isWordToken(tokens[first - 1], 'from');
  if (!dash && !to && !(between && isWordToken(connector, 'and'))) return null;
  const start = amountStart(tokens, m.last + 2);
  const amount = readAmount(tokens, start);
  if (!amount || tokens[start].masked) return null;
  const high = measure(tokens, amount);
  const lowUnit = unitName(m);
  const highUnit = unitName(high);
  if (lowUnit && highUnit && lowUnit !== highUnit) return null;
  // The unit written once applies to both ends: "10-15%", "two to three days".
  const low: Measured = { ...m, amount: shareScale(m.amount, amount), unit: m.unit ?? high.unit };
  const shared: Measured = { ...high, unit: high.unit ?? m.unit, currency: high.currency ?? m.currency };
  if (amount.value * unitFactor(shared) <= low.amount.value * unitFactor(low)) return dash ? 'skip' : null;
  return { low, high: shared, first: between ? first - 1 : first };
}

function toReading(first: number, low: Measured, high: Measured, negative: boolean): Reading {
  const unit = unitName(low) || unitName(high);
  const lowFactor = unitFactor(low);
  const highFactor = unitFactor(high);
  const value = (negative ? -1 : 1) * low.amount.value * lowFactor;
  const rounding = Math.max(roundingOf(low.amount, unit, lowFactor), roundingOf(high.amount, unit, highFactor));
  const digit = 2 * Math.max(low.amount.halfUnit * lowFactor, high.amount.halfUnit * highFactor);
  return {
    first,
    last: high.last,
    value,
    high: high === low ? value : high.amount.value * highFactor,
    unit,
    rounding,
    digit,
  };
}

/** Reads a number-based quantity starting at `index`, or returns null when none starts there. */
export function readNumeric(tokens: QuantityToken[], index: number): ReaderResult | null {
  const amount = readAmount(tokens, index);
  if (!amount) return null;
  const skip: ReaderResult = { readings: [], next: amount.last + 1 };
  const unitAfter = readUnitAfter(tokens, amount.last + 1);
  if (amount.digits) {
    if (isCodeNumber(tokens, index, amount.last + 1)) return skip;
    if (isAmbiguousDotted(tokens[index].text) && unitAfter?.unit !== 'percent') return skip;
  }
  const m = measure(tokens, amount);
  const compound = tokens[m.last + 1];
  const compoundWord = tokens[m.last + 2];
  const hedged = isWordToken(compoundWord, 'odd', 'plus');
  if (isSym(compound, '-') && !compound.spaced && compoundWord?.kind === 'word' && !compoundWord.spaced && !hedged) {
    return { readings: [], next: m.last + 3 }; // "three-judge panel", "5-star": a compound adjective
  }
  if (readsAsYear(tokens, m)) return readYear(tokens, index, yearOf(tokens[index]) as number);
  const proportion = readProportion(tokens, m);
  if (proportion) return proportion;
  if (!amount.digits && isIdiomNumber(tokens, amount.first, amount.last, unitAfter !== null)) return skip;
  const range = readRange(tokens, m);
  if (range === 'skip') return { readings: [], next: m.last + 2 };
  if (range) return { readings: [toReading(range.first, range.low, range.high, false)], next: range.high.last + 1 };
  const previous = tokens[index - 1];
  const negative = isSym(previous, '-', '−') && previous.spaced && !tokens[index].spaced && !m.currency;
  const first = m.currency?.first ?? (negative ? index - 1 : index);
  return { readings: [toReading(first, m, m, negative)], next: m.last + 1 };
}
