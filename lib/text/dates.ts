/**
 * Dates as ClaimLens stores them: a source's `publishedAt` is an ISO 8601 calendar date at the precision known
 * (2025-01-20, 2025-01 or 2025; '' when unknown), its `addedAt` an ISO timestamp (2025-01-20T10:00:00.000Z).
 * Every way in (each file format, adding an article) reads dates with these: a date in another ISO 8601 form
 * (a time, an offset) is normalised, and anything else is refused naming the field, so that what is stored
 * sorts and shows as a date and exports and imports again.
 */

import { showable } from './showable';

/** ISO 8601 date, optionally with a time and an offset: year, month, day, hour, minute, second, fraction, offset. */
const ISO =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?$/i;

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

interface DateParts {
  year: string;
  month?: string;
  day?: string;
  time?: { hour: string; minute: string; second: string; fraction: string; offset: string };
}

/** The parts of an ISO 8601 date, or undefined when it is not one or names no such day or time. */
function isoParts(value: string): DateParts | undefined {
  const match = ISO.exec(value.trim());
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second = '00', fraction = '', offset = 'Z'] = match;
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) return undefined;
  if (day !== undefined && (Number(day) < 1 || Number(day) > daysIn(Number(year), Number(month)))) return undefined;
  if (hour === undefined) return { year, month, day };
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return undefined;
  return { year, month, day, time: { hour, minute, second, fraction, offset } };
}

/**
 * A publication date as stored: the calendar date at the precision given ('2025-01-20T10:00:00+02:00' gives
 * '2025-01-20', as the publisher dated it), '' for a blank one, undefined when it is not an ISO 8601 date.
 */
export function publishedDate(value: string): string | undefined {
  if (value.trim() === '') return '';
  const parts = isoParts(value);
  if (!parts) return undefined;
  return [parts.year, parts.month, parts.day].filter((part) => part !== undefined).join('-');
}

/** A time of adding as stored (an ISO timestamp in UTC), or undefined when it is not an ISO 8601 date. */
export function addedTimestamp(value: string): string | undefined {
  const parts = isoParts(value);
  if (!parts) return undefined;
  const date = `${parts.year}-${parts.month ?? '01'}-${parts.day ?? '01'}`;
  if (!parts.time) return `${date}T00:00:00.000Z`;
  const { hour, minute, second, fraction, offset } = parts.time;
  const zone =
    offset.toUpperCase() === 'Z' ? 'Z' : `${offset.slice(0, 3)}:${offset.length > 3 ? offset.slice(-2) : '00'}`;
  const millis = fraction.slice(0, 3).padEnd(3, '0');
  const time = Date.parse(`${date}T${hour}:${minute}:${second}.${millis}${zone}`);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/** "publishedAt "5 May" is not a date (…)": why a date field was refused. */
export function notADate(field: string, value: string): string {
  // Quoted short and clean: the value is the file's or the reader's, bidi controls and all.
  return `${field} "${showable(value, 40)}" is not a date (expected an ISO 8601 date such as 2025-01-20, 2025-01 or 2025)`;
}
