/**
 * Calendar expressions: dates ("January 15", "Jan. 15th, 2025", "15 January 2025", "2025-01-15", "March
 * 2024") and decades ("the 1990s", "the late 1990s", "'90s").
 *
 * A date becomes a quantity with unit 'date' and value month × 100 + day (January 15 → 115), so dates with
 * and without a year compare; a month alone is the range of its days (March → 301..331). A year written with
 * the date is a separate 'year' quantity. Decades are year ranges ("1990s" → 1990..1999; early, mid and late
 * thirds overlap by a year: 1990..1994, 1993..1997, 1996..1999).
 */

import { wordTable } from '../../text/word-table';
import type { ReaderResult, Reading } from './reading';
import { isCapitalisedWord, isSym, isWordToken, type QuantityToken } from './tokens';
import { MONTH_DAYS, MONTHS } from './word-tables';

const dateReading = (first: number, last: number, value: number, high = value): Reading => ({
  first,
  last,
  value,
  high,
  unit: 'date',
  rounding: 0,
  headless: true,
});

const yearReading = (index: number, value: number): Reading => ({
  first: index,
  last: index,
  value,
  high: value,
  unit: 'year',
  rounding: 0,
  headless: true,
});

const FOUR_DIGITS = /^\d{4}$/;

/** A plain four-digit year token between 1000 and 2100. */
export function yearOf(token: QuantityToken | undefined): number | null {
  if (token?.kind !== 'num' || !FOUR_DIGITS.test(token.text)) return null;
  const year = Number(token.text);
  return year >= 1000 && year <= 2100 ? year : null;
}

/** Day of month in a number token, with an ordinal suffix glued on or not ("15", "15th"). */
function dayAt(tokens: QuantityToken[], index: number): { day: number; last: number } | null {
  const token = tokens[index];
  if (token?.kind !== 'num' || !/^\d{1,2}$/.test(token.text)) return null;
  const day = Number(token.text);
  const suffix = tokens[index + 1];
  const hasSuffix = isWordToken(suffix, 'st', 'nd', 'rd', 'th') && !suffix.spaced;
  return day >= 1 && day <= 31 ? { day, last: hasSuffix ? index + 1 : index } : null;
}

function monthAt(tokens: QuantityToken[], index: number): { month: number; last: number } | null {
  const token = tokens[index];
  if (!isCapitalisedWord(token) || !(token.lower in MONTHS)) return null;
  const dotted = isSym(tokens[index + 1], '.') && !tokens[index + 1].spaced && token.lower.length <= 4;
  return { month: MONTHS[token.lower], last: dotted ? index + 1 : index };
}

/** Optional ", 2025" or " 2025" after a date; returns the year reading and the last token. */
function yearAfter(tokens: QuantityToken[], index: number): Reading | null {
  const comma = isSym(tokens[index], ',') ? 1 : 0;
  const year = yearOf(tokens[index + comma]);
  return year === null ? null : yearReading(index + comma, year);
}

function withYear(date: Reading, tokens: QuantityToken[]): ReaderResult {
  const year = yearAfter(tokens, date.last + 1);
  return { readings: year ? [date, year] : [date], next: (year?.last ?? date.last) + 1 };
}

function validDay(month: number, day: number): boolean {
  return day <= MONTH_DAYS[month - 1];
}

/** Reads a date starting at `index`, or returns null. */
export function readDate(tokens: QuantityToken[], index: number): ReaderResult | null {
  const month = monthAt(tokens, index);
  if (month) {
    const day = dayAt(tokens, month.last + 1);
    if (day && validDay(month.month, day.day) && yearOf(tokens[month.last + 1]) === null) {
      return withYear(dateReading(index, day.last, month.month * 100 + day.day), tokens);
    }
    const year = yearOf(tokens[month.last + 1]);
    if (year !== null) {
      const days = MONTH_DAYS[month.month - 1];
      const range = dateReading(index, month.last, month.month * 100 + 1, month.month * 100 + days);
      return { readings: [range, yearReading(month.last + 1, year)], next: month.last + 2 };
    }
    return null;
  }
  const day = dayAt(tokens, index);
  if (day) {
    const of = isWordToken(tokens[day.last + 1], 'of') ? 1 : 0;
    const after = monthAt(tokens, day.last + 1 + of);
    if (after && validDay(after.month, day.day)) {
      return withYear(dateReading(index, after.last, after.month * 100 + day.day), tokens);
    }
  }
  return readIsoDate(tokens, index);
}

/** "2025-01-15": a date and a year. */
function readIsoDate(tokens: QuantityToken[], index: number): ReaderResult | null {
  // Tried at every token: a number that is no year is turned down before anything is made.
  const year = yearOf(tokens[index]);
  if (year === null) return null;
  const [dash1, month, dash2, day] = tokens.slice(index + 1, index + 5);
  const glued = [dash1, month, dash2, day].every((token) => token && !token.spaced);
  if (!glued || !isSym(dash1, '-') || !isSym(dash2, '-')) return null;
  if (!/^\d\d$/.test(month.text) || !/^\d\d$/.test(day.text)) return null;
  const m = Number(month.text);
  const d = Number(day.text);
  if (m < 1 || m > 12 || d < 1 || !validDay(m, d)) return null;
  return {
    readings: [yearReading(index, year), dateReading(index + 2, index + 4, m * 100 + d)],
    next: index + 5,
  };
}

const PART_OF_DECADE: Readonly<Record<string, [number, number]>> = wordTable({
  early: [0, 4],
  mid: [3, 7],
  late: [6, 9],
});

/** Reads a decade ("1990s", "1990's", "'90s") at `index`, with "early"/"mid"/"late" before it. */
export function readDecade(tokens: QuantityToken[], index: number): ReaderResult | null {
  let start: number;
  let numberIndex = index;
  const token = tokens[index];
  if (isSym(token, "'", '’') && tokens[index + 1]?.kind === 'num' && !tokens[index + 1].spaced) {
    numberIndex = index + 1;
    if (!/^\d0$/.test(tokens[numberIndex].text)) return null;
    const twoDigits = Number(tokens[numberIndex].text);
    start = twoDigits >= 30 ? 1900 + twoDigits : 2000 + twoDigits;
  } else {
    const year = yearOf(token);
    if (year === null || year % 10 !== 0) return null;
    start = year;
  }
  let last = numberIndex + 1;
  if (isSym(tokens[last], "'", '’') && !tokens[last].spaced) last += 1;
  if (!isWordToken(tokens[last], 's') || tokens[last].spaced) return null;
  // "the 1800s" is a century; "the 2000s" is read as the decade, as most news uses it.
  const span = start % 100 === 0 && start < 2000 ? 100 : 10;
  let first = index;
  let low = start;
  let high = start + span - 1;
  const partIndex = isSym(tokens[index - 1], '-') ? index - 2 : index - 1;
  const part = tokens[partIndex];
  if (span === 10 && part?.kind === 'word' && part.lower in PART_OF_DECADE) {
    const [from, to] = PART_OF_DECADE[part.lower];
    low = start + from;
    high = start + to;
    first = partIndex;
  }
  return {
    readings: [{ first, last, value: low, high, unit: 'year', rounding: 0, headless: true }],
    next: last + 1,
  };
}
