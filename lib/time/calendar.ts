/**
 * Dates as spans of days. A date is known at the precision its writer gave: "2025-01-15" is one day, "2025-01"
 * a month, "2025" a year. Two reports can only be placed apart in time when their spans do not overlap, so a
 * month-precise reference never counts as older or newer than a page dated inside that month.
 */

/** Days since 1970-01-01 (UTC), the unit every comparison here uses. */
export type DayNumber = number;

export interface DateSpan {
  /** First and last day the date may name. */
  first: DayNumber;
  last: DayNumber;
  /** The date as stored and shown: ISO 8601 at its precision (YYYY-MM-DD, YYYY-MM or YYYY). */
  iso: string;
}

const DAY_MS = 86_400_000;

export function dayNumber(year: number, month: number, day: number): DayNumber {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** The ISO calendar date (YYYY-MM-DD) of a day number. */
export function isoDay(day: DayNumber): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The span an ISO date names (a time or offset after the day is ignored), or undefined for '' or a non-date. */
export function dateSpan(iso: string): DateSpan | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (month === undefined) return { first: dayNumber(year, 1, 1), last: dayNumber(year, 12, 31), iso: match[1] };
  if (day === undefined) {
    return { first: dayNumber(year, month, 1), last: dayNumber(year, month + 1, 0), iso: `${match[1]}-${match[2]}` };
  }
  if (day < 1 || day > 31 || dayNumber(year, month, day) > dayNumber(year, month + 1, 0)) return undefined;
  const first = dayNumber(year, month, day);
  return { first, last: first, iso: isoDay(first) };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A stored date as a reader reads it, at its precision: "19 Dec 2024", "Jan 2025", "2025"; "date unknown" for ''
 * and anything that is not an ISO date. Month names are written out so no reader mistakes 01/02 for 02/01.
 */
export function showDate(iso: string): string {
  const span = dateSpan(iso);
  if (!span) return 'date unknown';
  const [year, month, day] = span.iso.split('-');
  if (month === undefined) return year;
  const name = MONTHS[Number(month) - 1];
  return day === undefined ? `${name} ${year}` : `${Number(day)} ${name} ${year}`;
}

/**
 * The span of several stored dates as a reader reads it, for a line that speaks for several references: one
 * date when they all name the same day (or one contains the others: "Jan 2025" and "15 Jan 2025" are "Jan 2025"),
 * "13–15 Jan 2025" for days of one month, else "28 Dec 2024 – 15 Jan 2025". Dates that are not ISO dates are left
 * out; "date unknown" when none is left.
 */
export function showDateRange(isos: readonly string[]): string {
  const spans = isos.map(dateSpan).filter((span): span is DateSpan => span !== undefined);
  if (spans.length === 0) return showDate('');
  const earliest = spans.reduce((a, b) => (b.first < a.first || (b.first === a.first && b.last > a.last) ? b : a));
  const latest = spans.reduce((a, b) => (b.last > a.last || (b.last === a.last && b.first < a.first) ? b : a));
  if (earliest.iso === latest.iso) return showDate(earliest.iso);
  const [fromYear, fromMonth, fromDay] = earliest.iso.split('-');
  const [toYear, toMonth, toDay] = latest.iso.split('-');
  if (fromDay !== undefined && toDay !== undefined && fromYear === toYear && fromMonth === toMonth) {
    return `${Number(fromDay)}–${showDate(latest.iso)}`;
  }
  return `${showDate(earliest.iso)} – ${showDate(latest.iso)}`;
}
