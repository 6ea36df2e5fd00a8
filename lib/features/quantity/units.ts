/**
 * Units around an amount: the currency before it ("$", "US$", "£", "USD") and the unit after it ("%",
 * "per cent", "hours", "-day", "years old", "km", "dollars"). Units are normalised so comparable amounts
 * share one unit name: every duration is in hours, distances in km, masses in kg, money by currency code.
 */

import { isSym, isWordToken, type QuantityToken } from './tokens';
import {
  CURRENCY_CODES,
  CURRENCY_NAMES,
  CURRENCY_NAMES_AFTER_LARGE,
  CURRENCY_SYMBOLS,
  DOLLAR_PREFIXES,
  DURATION_HOURS,
  MEASURES,
  SCALE_ABBREVIATIONS,
  SCALE_WORDS,
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

/** Words that say which days a length of time counts: "working days", "business days". */
const KINDS_OF_DAY = ['working', 'business', 'calendar', 'school', 'trading', 'sitting'];

/** Durations, spaced ("48 hours"), glued ("48h", "48hrs") or adjectival ("a 48-hour truce"). */
function readDuration(tokens: QuantityToken[], index: number): UnitReading | null {
  const token = tokens[index];
  if (token?.kind === 'word' && token.lower in DURATION_HOURS) {
    return reading('hour', DURATION_HOURS[token.lower], index, index);
  }
  // "10 working days", "five business days": days of a kind, a length of time of its own unit (ten working days
  // are two weeks or more of the calendar, so they compare only with days of their kind).
  const days = tokens[index + 1];
  if (isWordToken(token, ...KINDS_OF_DAY) && days?.kind === 'word' && (days.lower === 'days' || days.lower === 'day')) {
    return reading('workday', 1, index, index + 1);
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
  // "A 25-kilometre stretch", "a 10-tonne truck": the measure joined to its number by a hyphen.
  const joined = tokens[index + 1];
  if (isSym(token, '-') && !token.spaced && joined?.kind === 'word' && !joined.spaced && joined.lower in MEASURES) {
    const measure = MEASURES[joined.lower];
    return reading(measure.unit, measure.factor, index, index + 1);
  }
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
  if (token.lower in CURRENCY_NAMES_AFTER_LARGE && largeAmountBefore(tokens, index)) {
    return reading(CURRENCY_NAMES_AFTER_LARGE[token.lower], 1, index, index);
  }
  const next = tokens[index + 1];
  // "34 billion US dollars", "HK dollars": the dollar's country by its letters.
  if (
    token.text === token.text.toUpperCase() &&
    token.lower in DOLLAR_PREFIXES &&
    isWordToken(next, 'dollar', 'dollars')
  ) {
    return reading(DOLLAR_PREFIXES[token.lower], 1, index, index + 1);
  }
  // "8.4 billion Norwegian crowns": the country's adjective before the currency's name.
  if (/^\p{Lu}\p{Ll}+$/u.test(token.text) && next?.kind === 'word' && next.lower in CURRENCY_NAMES) {
    return reading(CURRENCY_NAMES[next.lower], 1, index, index + 1);
  }
  if (token.lower in CURRENCY_CODES && token.text === token.text.toUpperCase() && token.lower !== 'rs') {
    return reading(CURRENCY_CODES[token.lower], 1, index, index);
  }
  return null;
}

/**
 * The amount that ends before token `index` is a sum: a scale word before it ("24 trillion won"), or digits of 1,000
 * and up with no word of its own after the name ("18,000 won each", "cost 15,000 won."; not "1,340 won seats").
 */
function largeAmountBefore(tokens: QuantityToken[], index: number): boolean {
  const last = tokens[index - 1];
  // "24 trillion won", "3bn won": a word of scale of a thousand or more.
  if (last?.kind === 'word') {
    return (SCALE_WORDS[last.lower] ?? SCALE_ABBREVIATIONS[last.lower]?.factor ?? 0) >= 1000;
  }
  if (last?.kind !== 'num' || Number(last.text.replace(/[^\d.]/g, '')) < 1000) return false;
  const next = tokens[index + 1];
  return next === undefined || next.kind !== 'word' || SUM_FOLLOWERS.has(next.lower);
}

/** Words after a sum's currency that leave it a sum: "18,000 won each", "a month", "per person". */
const SUM_FOLLOWERS = new Set(['each', 'apiece', 'a', 'an', 'per', 'for', 'in', 'to', 'from', 'and', 'or']);

/** Words that say a sentence is about temperature, so "44C" is degrees Celsius and not a code. */
const TEMPERATURE_CONTEXT =
  /^(?:temperatures?|heat|heatwaves?|hot|hotter|hottest|cold|colder|coldest|warm|warmer|warmest|cool|freezing|frost|thermometers?|mercury|degrees?|celsius|fahrenheit|weather|highs?|lows?)$/;

/** The scale a temperature letter names ("C" Celsius, "F" Fahrenheit), as the unit name. */
const TEMPERATURE_SCALES: Readonly<Record<string, string>> = { c: 'celsius', f: 'fahrenheit' };

/**
 * Temperatures: "46°C", "46 ° F", "46 degrees Celsius", and the letter glued to the number ("46C", "44.1C", "105F")
 * when nothing is glued after the letter (so "7C2216" stays a code) and the sentence speaks of temperature
 * ("temperatures reached 46C"; "heat", "degrees", "hottest", ...). Celsius and Fahrenheit are two units: a figure
 * is compared only with one on its own scale.
 */
function readTemperature(tokens: QuantityToken[], index: number): UnitReading | null {
  const token = tokens[index];
  if (isSym(token, '°', 'º')) {
    const scale = tokens[index + 1];
    if (scale?.kind === 'word' && !scale.spaced && scale.lower in TEMPERATURE_SCALES && scale.text.length === 1) {
      return reading(TEMPERATURE_SCALES[scale.lower], 1, index, index + 1);
    }
    return null;
  }
  if (isWordToken(token, 'degrees', 'degree')) {
    const scale = tokens[index + 1];
    if (isWordToken(scale, 'celsius', 'centigrade')) return reading('celsius', 1, index, index + 1);
    if (isWordToken(scale, 'fahrenheit')) return reading('fahrenheit', 1, index, index + 1);
    return null;
  }
  if (isGluedTemperature(tokens, index)) return reading(TEMPERATURE_SCALES[token.lower], 1, index, index);
  return null;
}

/** A capital C or F glued to the number before it, nothing glued after, in a sentence about temperature. */
function isGluedTemperature(tokens: QuantityToken[], index: number): boolean {
  const token = tokens[index];
  if (token?.kind !== 'word' || token.spaced || !(token.text === 'C' || token.text === 'F')) return false;
  if (tokens[index - 1]?.kind !== 'num') return false;
  const next = tokens[index + 1];
  if (next && !next.spaced && (next.kind !== 'sym' || /[-/'’]/.test(next.text))) return false;
  return tokens.some((other) => other.kind === 'word' && TEMPERATURE_CONTEXT.test(other.lower));
}

/** Speeds, in km/h: "90mph", "90 mph", "120 km/h", "120kph", "70 miles per hour", "110 kilometres an hour". */
function readSpeed(tokens: QuantityToken[], index: number): UnitReading | null {
  const token = tokens[index];
  if (isWordToken(token, 'mph')) return reading('kmh', 1.609344, index, index);
  if (isWordToken(token, 'kph', 'kmh', 'kmph')) return reading('kmh', 1, index, index);
  if (isWordToken(token, 'km') && isSym(tokens[index + 1], '/') && isWordToken(tokens[index + 2], 'h', 'hr')) {
    return reading('kmh', 1, index, index + 2);
  }
  const measure = token?.kind === 'word' ? MEASURES[token.lower] : undefined;
  const per = tokens[index + 1];
  if (measure?.unit === 'km' && isWordToken(per, 'per', 'an', 'a') && isWordToken(tokens[index + 2], 'hour')) {
    return reading('kmh', measure.factor, index, index + 2);
  }
  return null;
}

/** The unit written right after the amount (token `index` is the first token after it), or null. */
export function readUnitAfter(tokens: QuantityToken[], index: number): UnitReading | null {
  return (
    readPercent(tokens, index) ??
    readAge(tokens, index) ??
    readDuration(tokens, index) ??
    readTemperature(tokens, index) ??
    readSpeed(tokens, index) ??
    readMeasure(tokens, index) ??
    readCurrencyAfter(tokens, index)
  );
}

/** A unit glued to the number that makes it no code: "44C" about temperature, "90mph". */
export function isGluedUnit(tokens: QuantityToken[], index: number): boolean {
  return isGluedTemperature(tokens, index) || isWordToken(tokens[index], 'mph', 'kph', 'kmh', 'kmph');
}

/** Glued letters that may follow a number without making it part of a name ("4G", "737MAX" are names). */
export function isAllowedSuffix(token: QuantityToken): boolean {
  return /^(?:k|m|mn|mln|bn|b|tn|trn|s|st|nd|rd|th|am|pm|h|hrs?|km|kg|pc|bps)$/.test(token.lower);
}
