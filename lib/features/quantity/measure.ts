/**
 * Which measure a figure gives, where news tells several of one thing apart by a word: the kind of a sum or a rate
 * ("net profit" / "operating profit", "the deposit rate" / "the lending rate", "core" / "headline" inflation), and
 * what a change is measured against ("up 62% from a year earlier" / "18% higher than in the second quarter"). Two
 * figures of different kinds, or changes against different bases, are two measures: neither restates nor
 * contradicts the other.
 */

import { stemmer } from 'stemmer';
import type { Quantity } from '../../types';

/**
 * A word that names the kind of a measure, then (within two words) the measure: "net profit", "operating profit",
 * "pre-tax loss", "core inflation", "standing deposit facility rate", "reverse repo rate". Core and underlying are
 * one kind; "key", "policy" and "benchmark" rates are one rate and name no kind.
 */
const KIND_OF_MEASURE =
  /\b(net|gross|operating|pre-?tax|core|underlying|headline|adjusted|deposit|lending|repo|reverse|overnight|basic|diluted)\s+(?:[\w-]+\s+){0,2}?(profits?|income|earnings|revenues?|sales|loss(?:es)?|inflation|rates?|margins?|debt|deficit|surplus|wages?|pay)\b/gi;

/**
 * A word that names the stage of a proposal or an estimate right before it: "the first offer", "its initial bid",
 * "the revised forecast", "the current offer". A first offer and a later one are two figures, not one.
 */
const STAGE_OF_PROPOSAL =
  /\b(first|initial|original|earlier|previous|old|new|current|latest|revised|improved|raised|sweetened|higher|final)\s+(offers?|bids?|proposals?|estimates?|forecasts?|targets?|guidance)\b/gi;
/** Stages by their word: what came first, and what stands now. */
const STAGES: Readonly<Record<string, string>> = {
  first: 'first',
  initial: 'first',
  original: 'first',
  earlier: 'first',
  previous: 'first',
  old: 'first',
};

/** Where a clause ends before a figure: a comma, a semicolon or a colon, or "and", "but", "while", "whereas". */
const CLAUSE_BREAK = /[,;:]\s|\s(?:and|but|while|whereas)\s/i;

/** Kind words that name one kind. */
const SAME_KIND: Readonly<Record<string, string>> = { underlying: 'core' };
/** Measures by their stems, where two words name one: profit and earnings; revenue and sales. */
const SAME_MEASURE: Readonly<Record<string, string>> = { earn: 'profit', sale: 'revenu' };

/** Words of comparison before a base ("from", "than", "compared with"), as a pattern's source. */
const COMPARED = String.raw`(?:from|than|on|over|against|compared\s+(?:with|to))`;
/** Months a change may be measured from ("from February"); May is left out, for it is a modal too. */
const MONTHS_OF_BASE = 'january|february|march|april|june|july|august|september|october|november|december';

/**
 * The base a change is measured against, after a word of comparison: a year before ("from a year earlier", "than
 * last year", "on the same quarter a year ago", "compared with the third quarter of last year", "year on year") or
 * the period before ("than in the second quarter", "on the previous month", "from a month earlier", "from February",
 * "quarter on quarter", "on the month").
 */
const YEAR_BASE = new RegExp(
  String.raw`\b(?:` +
    [
      // "compared with the third quarter of last year", "from the same month in 2024"
      String.raw`${COMPARED}\s+(?:in\s+)?the\s+(?:first|second|third|fourth|same|\w+)\s+(?:quarter|month|half|period|week)\s+(?:of|in)\s+(?:last\s+year|the\s+previous\s+year|(?:19|20)\d\d)`,
      // "from a year earlier", "than a year ago"
      String.raw`${COMPARED}\s+(?:a|one)\s+year\s+(?:earlier|ago|before)`,
      // "than last year", "on the same quarter of the previous year"
      String.raw`${COMPARED}\s+(?:the\s+)?(?:same\s+(?:period|quarter|month|week|time)\s+(?:of\s+|in\s+)?)?(?:last|the\s+previous|the\s+prior)\s+year`,
      // "on the same quarter a year ago"
      String.raw`${COMPARED}\s+(?:the\s+)?same\s+(?:period|quarter|month|week|time)\s+(?:a\s+year\s+(?:earlier|ago|before))`,
      // "on the year", "than the year before"
      String.raw`${COMPARED}\s+the\s+year(?:\s+before)?`,
      String.raw`year[-\s](?:on|over)[-\s]year`,
      String.raw`y\/y`,
    ].join('|') +
    String.raw`)\b`,
  'i',
);
const PERIOD_BASE = new RegExp(
  String.raw`\b(?:` +
    [
      // "from February", "compared with March" (not "on March 31", a date, nor "March last year", a year before)
      String.raw`(?:from|than|against|compared\s+(?:with|to))\s+(?:in\s+)?(?:${MONTHS_OF_BASE})\b(?!\s+(?:last\s+year|(?:19|20)\d\d|of\b|\d))`,
      // "than in the second quarter", "on the previous month"
      String.raw`${COMPARED}\s+(?:in\s+)?(?:the\s+)?(?:previous|preceding|prior|last|first|second|third|fourth)\s+(?:quarter|month|week|three\s+months)`,
      // "from a month earlier"
      String.raw`${COMPARED}\s+(?:in\s+)?(?:a|one)\s+(?:month|quarter|week)\s+(?:earlier|ago|before)`,
      // "on the month", "than the quarter before"
      String.raw`${COMPARED}\s+(?:in\s+)?the\s+(?:month|quarter|week)(?:\s+before)?`,
      String.raw`(?:quarter|month|week)[-\s](?:on|over)[-\s](?:quarter|month|week)`,
      'sequentially',
    ].join('|') +
    String.raw`)\b`,
  'i',
);

/** Units of figures that move by a share: a change of them is measured against a base. */
export const SHARE_UNITS: ReadonlySet<string> = new Set(['percent', 'percentage-point']);

/** A comparative after a figure with the base it is compared with: "62% more than a year earlier". */
const COMPARED_AFTER = /^\s+(?:more|less|fewer|higher|lower|bigger|smaller|up|down)\s+(?:than|from|on)\b/i;

/**
 * The base a figure's clause names, if any: the first one after the figure ("0.3% on the month and 3.1% on the year"
 * gives each its own), else one before it ("Year on year, exports rose 4%").
 */
function baseOf(sentence: string, quantity: Quantity): 'year' | 'period' | undefined {
  const before = sentence.slice(0, quantity.start);
  const start = Math.max(before.lastIndexOf(', '), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1;
  const end = /,\s|[;:]/.exec(sentence.slice(quantity.end));
  const after = sentence.slice(quantity.end, end ? quantity.end + end.index : sentence.length);
  const first = (text: string) => {
    const year = YEAR_BASE.exec(text)?.index ?? Number.POSITIVE_INFINITY;
    const period = PERIOD_BASE.exec(text)?.index ?? Number.POSITIVE_INFINITY;
    if (year === Number.POSITIVE_INFINITY && period === Number.POSITIVE_INFINITY) return undefined;
    // At one place, the year's reading is the longer: "the third quarter of last year" is a year before.
    return year <= period ? 'year' : 'period';
  };
  return first(after) ?? first(sentence.slice(start, quantity.start));
}

const BASES = [new RegExp(YEAR_BASE.source, 'gi'), new RegExp(PERIOD_BASE.source, 'gi')];

/**
 * The words at `at` are part of the base a change is measured against ("an increase of 27% on a year earlier"): that
 * time is the base's, not when the sentence's fact held.
 */
export function inComparisonBase(text: string, at: number): boolean {
  return BASES.some((base) =>
    [...text.matchAll(base)].some((match) => match.index <= at && at < match.index + match[0].length),
  );
}

/** The figure is compared by a comparative with a named base ("62% more than a year earlier"): a change's size. */
export function comparedWithBase(sentence: string, quantity: Quantity): boolean {
  return COMPARED_AFTER.test(sentence.slice(quantity.end)) && baseOf(sentence, quantity) !== undefined;
}

/** The figure with the kind of its measure and, for a change by a share, the base it is measured against. */
export function withMeasure(sentence: string, quantity: Quantity): Quantity {
  let kind: string | undefined;
  let at = -1;
  // Only the figure's own clause names its kind: not "net profit fell 20%, while revenue rose 5%", nor "rejected the
  // first offer and accepted a 6% pay rise".
  const before = sentence.slice(0, quantity.start).split(CLAUSE_BREAK).at(-1) ?? '';
  for (const match of before.matchAll(KIND_OF_MEASURE)) {
    const word = match[1].toLowerCase().replace('-', '');
    const measure = stemmer(match[2].toLowerCase());
    kind = `${SAME_KIND[word] ?? word}:${SAME_MEASURE[measure] ?? measure}`;
    at = match.index;
  }
  // The nearer of a kind and a stage names the figure's measure ("its first offer of 212 kroner").
  for (const match of before.matchAll(STAGE_OF_PROPOSAL)) {
    if (match.index < at) continue;
    kind = `${STAGES[match[1].toLowerCase()] ?? 'latest'}:${stemmer(match[2].toLowerCase())}`;
    at = match.index;
  }
  const moving = SHARE_UNITS.has(quantity.unit) || quantity.difference === true || quantity.change !== undefined;
  const base = moving ? baseOf(sentence, quantity) : undefined;
  if (!kind && !base) return quantity;
  return { ...quantity, ...(kind ? { kind } : {}), ...(base ? { base } : {}) };
}

/**
 * Two figures measure different things by their words: both name the kind of one measure and the kinds differ
 * ("net profit" / "operating profit"), or both are changes against different bases (a year / the period before).
 */
export function otherMeasures(a: Quantity, b: Quantity): boolean {
  if (a.base !== undefined && b.base !== undefined && a.base !== b.base) return true;
  if (a.kind === undefined || b.kind === undefined || a.kind === b.kind) return false;
  const measure = (kind: string) => kind.slice(kind.indexOf(':') + 1);
  return measure(a.kind) === measure(b.kind);
}
