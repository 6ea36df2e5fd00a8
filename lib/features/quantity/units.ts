/**
 * Units around an amount: the currency before it ("$", "US$", "£", "USD") and the unit after it ("%",
 * "per cent", "hours", "-day", "years old", "km", "dollars"). Units are normalised so comparable amounts
 * share one unit name: every duration is in hours, distances in km, masses in kg, money by currency code.
 */

import { isSym, isWordToken, type QuantityToken } from './tokens';
import {
  CURRENCY_CODES,
  CURRENCY_NAMES,
  CURRENCY_SYMBOLS,
  DOLLAR_PREFIXES,
  DURATION_HOURS,
  MEASURES,
} from './word-tables';

export interface UnitReading {
  unit: string;
  /** Multiply the written amount by this to get the value in `unit`. */
  factor: number;
  /** First and last token of the unit words (inclusive). */
  first: number;
  last: number;
}

/** The currency written right before token `index`, or null. */
export function readCurrencyBefore(tokens: QuantityToken[], index: number): UnitReading | null {
  const symbol = tokens[index - 1];
  if (symbol?.kind === 'sym' && symbol.text in CURRENCY_SYMBOLS) {
    const prefix = tokens[index - 2];
    if (symbol.text === '$' && prefix?.kind === 'word' && !symbol.spaced && prefix.lower in DOLLAR_PREFIXES) {
      return { unit: DOLLAR_PREFIXES[prefix.lower], factor: 1, first: index - 2, last: index - 1 };
    }
    return { unit: CURRENCY_SYMBOLS[symbol.text], factor: 1, first: index - 1, last: index - 1 };
  }
  if (symbol?.kind === 'word' && symbol.lower in CURRENCY_CODES && symbol.text === symbol.text.toUpperCase()) {
    return { unit: CURRENCY_CODES[symbol.lower], factor: 1, first: index - 1, last: index - 1 };
  }
  if (isSym(symbol, '.') && isWordToken(tokens[index - 2], 'rs')) {
    return { unit: 'inr', factor: 1, first: index - 2, last: index - 1 };
  }
  return null;
}

const reading = (unit: string, factor: number, first: number, last: number): UnitReading => ({
  unit,
  factor,
  first,
  last,
});

/** Ages: "5-year-old", "35 years old". */
function readAge(tokens: QuantityToken[], index: number): UnitReading | null {
  const token = tokens[index];
  if (isSym(token, '-') && !token.spaced && isWordToken(tokens[index + 1], 'year') && !tokens[index + 1].spaced) {
    const dash = tokens[index + 2];
    if (isSym(dash, '-') && !dash.spaced && isWordToken(tokens[index + 3], 'old'))
      return reading('age', 1, index, index + 3);
  }
  if (isWordToken(token, 'years', 'year') && isWordToken(tokens[index + 1], 'old'))
    return reading('age', 1, index, index + 1);
  return null;
}

/** Durations, spaced ("48 hours"), glued ("48h", "48hrs") or adjectival ("a 48-hour truce"). */
function readDuration(tokens: QuantityToken[], index: number): UnitReading | null {
  const token = tokens[index];
  if (token?.kind === 'word' && token.lower in DURATION_HOURS) {
    return reading('hour', DURATION_HOURS[token.lower], index, index);
  }
  if (isWordToken(token, 'h') && !token.spaced) return reading('hour', 1, index, index);
  const word = tokens[index + 1];
  if (isSym(token, '-') && !token.spaced && word?.kind === 'word' && !word.spaced && word.lower in DURATION_HOURS) {
    return reading('hour', DURATION_HOURS[word.lower], index, index + 1);
  }
  return null;
}

function readPercent(tokens: QuantityToken[], index: number): UnitReading | null {
  const token = tokens[index];
  if (isSym(token, '%')) return reading('percent', 1, index, index);
  if (isWordToken(token, 'percent', 'pct')) return reading('percent', 1, index, index);
  if (isWordToken(token, 'pc') && !token.spaced) return reading('percent', 1, index, index);
  if (isWordToken(token, 'per') && isWordToken(tokens[index + 1], 'cent'))
    return reading('percent', 1, index, index + 1);
  if (isWordToken(token, 'percentage') && isWordToken(tokens[index + 1], 'point', 'points')) {
    return reading('percentage-point', 1, index, index + 1);
  }
  if (isWordToken(token, 'basis') && isWordToken(tokens[index + 1], 'point', 'points')) {
    return reading('percentage-point', 0.01, index, index + 1);
  }
  if (isWordToken(token, 'bps', 'bp')) return reading('percentage-point', 0.01, index, index);
  return null;
}

function readMeasure(tokens: QuantityToken[], index: number): UnitReading | null {
  const token = tokens[index];
  const square = isWordToken(token, 'square', 'sq') ? 1 : 0;
  const word = tokens[index + square];
  if (word?.kind !== 'word' || !(word.lower in MEASURES)) return null;
  const measure = MEASURES[word.lower];
  if (square && measure.unit === 'km') return reading('km2', measure.factor ** 2, index, index + 1);
  if (square) return null;
  return reading(measure.unit, measure.factor, index, index);
}

function readCurrencyAfter(tokens: QuantityToken[], index: number): UnitReading | null {
  const token = tokens[index];
  if (token?.kind !== 'word') return null;
  if (token.lower in CURRENCY_NAMES) return reading(CURRENCY_NAMES[token.lower], 1, index, index);
  if (token.lower in CURRENCY_CODES && token.text === token.text.toUpperCase() && token.lower !== 'rs') {
    return reading(CURRENCY_CODES[token.lower], 1, index, index);
  }
  return null;
}

/** The unit written right after the amount (token `index` is the first token after it), or null. */
export function readUnitAfter(tokens: QuantityToken[], index: number): UnitReading | null {
  return (
    readPercent(tokens, index) ??
    readAge(tokens, index) ??
    readDuration(tokens, index) ??
    readMeasure(tokens, index) ??
    readCurrencyAfter(tokens, index)
  );
}

/** Glued letters that may follow a number without making it part of a name ("4G", "737MAX" are names). */
export function isAllowedSuffix(token: QuantityToken): boolean {
  return /^(?:k|m|mn|mln|bn|b|tn|trn|s|st|nd|rd|th|am|pm|h|hrs?|km|kg|pc|bps)$/.test(token.lower);
}
