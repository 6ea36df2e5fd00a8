/**
 * Whether two quantities can both be true. Each quantity is read as an interval of values it allows:
 * - exact and approximate numbers allow value..high widened by their rounding allowance
 *   (Quantity.rounding: "300" allows 292.5..307.5, "2,700" allows 2,650..2,750);
 * - "more than x" allows (x, ∞), "at least x" [x, ∞), "fewer than x" (-∞, x), "up to" / "no more than x"
 *   (-∞, x].
 * Two quantities agree when their intervals meet, or come within the slack of an approximate one
 * ("about", "around", "nearly", "some", ...): 10% of its value (APPROXIMATE_TOLERANCE), or 2 years for
 * years and 3 days for dates. When both are approximate the larger slack is used once, not added.
 */

import type { Quantity } from '../../types';
import { isOutcome } from '../predicate';
import { MONTH_DAYS } from './word-tables';

export type QuantityVerdict = 'agree' | 'conflict' | 'incomparable';

export interface QuantityOptions {
  /**
   * Synonym knowledge for heads (stems), e.g. "kill" ~ "die" ~ "dead". Called only when the stems differ.
   * Without it only equal stems are the same head.
   */
  sameHead?: (a: string, b: string) => boolean;
  /**
   * False when two quantities count different events ("300 killed" / "two captured"): they are never paired,
   * so they can neither agree nor conflict. Without it any two quantities of a unit may pair.
   */
  sameEvent?: (a: Quantity, b: Quantity) => boolean;
  /**
   * True when two quantities count the same thing though their heads differ ("two crew members were rescued" /
   * "the two survivors"): they pair as if their heads were the same.
   */
  sameCount?: (a: Quantity, b: Quantity) => boolean;
}

/** Relative slack of an approximate quantity ("about 300" agrees with 270..330, before rounding). */
export const APPROXIMATE_TOLERANCE = 0.1;

/** Absolute slack of an approximate quantity for units where a percentage makes no sense. */
const ABSOLUTE_TOLERANCE: Readonly<Record<string, number>> = { year: 2, date: 3, clock: 3 };

interface Interval {
  low: number;
  high: number;
  lowOpen: boolean;
  highOpen: boolean;
}

/** Day of the (leap) year of a 'date' value (month × 100 + day), so Jan 31 and Feb 1 are one day apart. */
function dayOfYear(value: number): number {
  const month = Math.floor(value / 100);
  let days = value % 100;
  for (let m = 1; m < month && m <= 12; m += 1) days += MONTH_DAYS[m - 1];
  return days;
}

function span(quantity: Quantity): [number, number] {
  const convert = quantity.unit === 'date' ? dayOfYear : (value: number) => value;
  const a = convert(quantity.value);
  const b = convert(quantity.high ?? quantity.value);
  return [Math.min(a, b), Math.max(a, b)];
}

function interval(quantity: Quantity): Interval {
  const [low, high] = span(quantity);
  const rounding = quantity.rounding ?? 0;
  // The floor of a running total ("at least 30 killed") is the tally so far, not an open bound; a vague plural of a
  // tally ("dozens were hurt") reaches to its next order ("dozens" is fewer than 120), not past it.
  const ceiling = isTally(quantity)
    ? high * (isVaguePlural(quantity) ? VAGUE_REACH : 1 + TALLY_REACH)
    : Number.POSITIVE_INFINITY;
  switch (quantity.qualifier) {
    case 'moreThan':
      return { low, high: ceiling, lowOpen: true, highOpen: false };
    case 'atLeast':
      return { low, high: ceiling, lowOpen: false, highOpen: false };
    case 'lessThan':
      return { low: Number.NEGATIVE_INFINITY, high, lowOpen: false, highOpen: true };
    case 'atMost':
    case 'upTo':
      return { low: Number.NEGATIVE_INFINITY, high, lowOpen: false, highOpen: false };
    default: {
      // A rounded number stands for values strictly within half a unit: "2,700" and "2,800" do not meet.
      const open = rounding > 0;
      return { low: low - rounding, high: high + rounding, lowOpen: open, highOpen: open };
    }
  }
}

/**
 * How far above its floor a tally may be and still be the same tally: news gives running totals of deaths,
 * injuries, rescues as "at least N" while they are counted, so "at least 30 killed" against 61 killed, or
 * "at least seven" against "at least five", are two counts, not a bound and a value that fits it.
 */
export const TALLY_REACH = 0.25;

/** How far a vague plural of a tally reaches above its floor: "dozens" (12) are fewer than 120. */
const VAGUE_REACH = 10;

/** Vague plurals as written: "dozens", "hundreds", "thousands" (read as floors: see VAGUE_PLURALS). */
const VAGUE_PLURAL = /^(?:dozens|scores|hundreds|thousands|millions|billions)\b/i;

/** The figure is a vague plural ("dozens of fans"): a floor, of a tally only up to its next order (VAGUE_REACH). */
export const isVaguePlural = (quantity: Quantity): boolean => VAGUE_PLURAL.test(quantity.text);

/** A plain count of an outcome (deaths, injuries, survivors, ...), read as a running total. */
function isTally(quantity: Quantity): boolean {
  return quantity.unit === '' && isOutcome(quantity.predicate);
}

/**
 * Slack an approximate quantity grants around its interval; 0 for exact and bounded ones. A writer's "about" stays
 * within the precision the figure is written to: "about 300" may be 270 or 330, but "about 6,900" is not 6,400 and
 * "some 455" is not 412. So the slack is APPROXIMATE_TOLERANCE of the value, at most SLACK_DIGITS units of the
 * last significant digit written.
 */
function slack(quantity: Quantity): number {
  if (quantity.qualifier !== 'about') return 0;
  const absolute = ABSOLUTE_TOLERANCE[quantity.unit];
  if (absolute !== undefined) return absolute;
  const [low, high] = span(quantity);
  const relative = APPROXIMATE_TOLERANCE * Math.max(Math.abs(low), Math.abs(high));
  return quantity.digit ? Math.min(relative, SLACK_DIGITS * quantity.digit) : relative;
}

/** Units of its last significant digit an approximate figure may be off by ("about 6,900": 6,700 to 7,100). */
const SLACK_DIGITS = 2;

/** Gap between two intervals (0 when they meet) and whether they only touch at an excluded end. */
function gap(a: Interval, b: Interval): { distance: number; touchingOpen: boolean } {
  if (a.high < b.low) return { distance: b.low - a.high, touchingOpen: false };
  if (b.high < a.low) return { distance: a.low - b.high, touchingOpen: false };
  const touchingOpen =
    (a.high === b.low && (a.highOpen || b.lowOpen)) || (b.high === a.low && (b.highOpen || a.lowOpen));
  return { distance: 0, touchingOpen };
}

/** Qualifiers of a stated maximum: "up to 500 rials", "as much as 145 mm", "no more than 40". */
const MAXIMA = new Set(['upTo', 'atMost']);
/** Units whose bound dates an event ("by 7 a.m.", a live blog's stamp) rather than states a maximum. */
const TIMES = new Set(['clock', 'date', 'year']);

/**
 * Two maxima of one thing ("a fine of up to 500 rials" / "a fine of up to 50 rials", "as much as 154 mm fell" / "up
 * to 145 mm fell") state the limit itself, each as its figure: compared as those figures, not as two ranges that
 * overlap below the smaller.
 */
function asStatedLimit(quantity: Quantity): Quantity {
  return { ...quantity, qualifier: 'exact' };
}

/** Minutes in half a day: a time of day written without a meridiem may be either half. */
const HALF_DAY = 720;

/** A time of day written with neither a meridiem nor an hour past 12 ("7:30", not "7:30 p.m." or "19:30"). */
const halfUnsaid = (quantity: Quantity) =>
  quantity.unit === 'clock' && !/[ap]\.?\s?m\b|\b(?:1[3-9]|2[0-3])[:.]/i.test(quantity.text);

/**
 * How many times larger one figure may be than another and still be that figure misreported or grown: reports get
 * a toll, a sum or a share wrong by a part of it, not by orders of magnitude, and a running count that grew that much
 * is told as a new count. "5,000 gourdes" a family and "38 billion gourdes" a year, "two" wounded men and "2,700"
 * wounded, "1,200 households" and "410,000 households" are figures of other things.
 */
const FAR_APART = 50;

/** Two figures of one unit (not a day, an hour or a year) FAR_APART times or more apart, ranges as far as they reach. */
export function farApart(a: Quantity, b: Quantity): boolean {
  if (TIMES.has(a.unit)) return false;
  const lowest = Math.min(a.high, b.high);
  return lowest > 0 && Math.max(a.value, b.value) >= FAR_APART * lowest;
}

/** Compares the values of two quantities of the same unit, ignoring heads. */
export function compareValues(page: Quantity, reference: Quantity): 'agree' | 'conflict' {
  // "7:30 on Saturday evening" (read as 19:30) and "7:30 on Saturday": one side leaves the half of the day unsaid.
  if ((halfUnsaid(page) || halfUnsaid(reference)) && Math.abs(page.value - reference.value) === HALF_DAY) {
    return compareValues(
      { ...page, value: reference.value, high: reference.value + (page.high - page.value) },
      reference,
    );
  }
  if (MAXIMA.has(page.qualifier) && MAXIMA.has(reference.qualifier) && !TIMES.has(page.unit)) {
    return compareValues(asStatedLimit(page), asStatedLimit(reference));
  }
  const { distance, touchingOpen } = gap(interval(page), interval(reference));
  const allowed = Math.max(slack(page), slack(reference));
  const compatible = touchingOpen ? allowed > 0 : distance <= allowed;
  return compatible ? 'agree' : 'conflict';
}

/** How two heads relate: equal stems (or synonyms by the hook), unknown when either is missing, different. */
export function headRelation(a: string, b: string, options: QuantityOptions = {}): 'same' | 'unknown' | 'different' {
  if (!a || !b) return 'unknown';
  if (a === b || options.sameHead?.(a, b) || options.sameHead?.(b, a)) return 'same';
  return 'different';
}

const isUsable = (quantity: Quantity): boolean =>
  Number.isFinite(quantity.value) && Number.isFinite(quantity.high ?? quantity.value);

/**
 * Compares a page quantity with a reference quantity. 'incomparable' when the units differ (units are
 * already normalised, so "two days" and "48 hours" share 'hour'), both heads are known and differ, or the values
 * are far apart (farApart);
 * otherwise 'agree' when both can be true given qualifiers, ranges and rounding, 'conflict' when not.
 */
export function compareQuantities(page: Quantity, reference: Quantity, options: QuantityOptions = {}): QuantityVerdict {
  if (page.unit !== reference.unit || !isUsable(page) || !isUsable(reference)) return 'incomparable';
  if (headRelation(page.head, reference.head, options) === 'different') return 'incomparable';
  if (farApart(page, reference)) return 'incomparable';
  return compareValues(page, reference);
}
