/**
 * Word tables for reading quantities in English news text: number words, scales, units, currencies,
 * qualifiers and calendar words. Everything is lower case; callers lower-case before looking up.
 */

import { wordTable } from '../../text/word-table';
import type { QuantityQualifier } from '../../types';

/** Number words below twenty. */
export const SMALL_NUMBERS: Readonly<Record<string, number>> = wordTable({
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
});

export const TENS: Readonly<Record<string, number>> = wordTable({
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
});

/** Multipliers written as words after a number ("2.7 thousand", "three hundred"). */
export const SCALE_WORDS: Readonly<Record<string, number>> = wordTable({
  hundred: 1e2,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
});

/** Abbreviated multipliers; `attachedOnly` ones ("1.2m", "10k") are too ambiguous with a space before. */
export const SCALE_ABBREVIATIONS: Readonly<Record<string, { factor: number; attachedOnly: boolean }>> = wordTable({
  k: { factor: 1e3, attachedOnly: true },
  m: { factor: 1e6, attachedOnly: true },
  mn: { factor: 1e6, attachedOnly: false },
  mln: { factor: 1e6, attachedOnly: false },
  bn: { factor: 1e9, attachedOnly: false },
  b: { factor: 1e9, attachedOnly: true },
  tn: { factor: 1e12, attachedOnly: false },
  trn: { factor: 1e12, attachedOnly: false },
});

/** Durations, as hours per unit: every duration is stored in hours so "two days" equals "48 hours". */
export const DURATION_HOURS: Readonly<Record<string, number>> = wordTable({
  second: 1 / 3600,
  seconds: 1 / 3600,
  sec: 1 / 3600,
  secs: 1 / 3600,
  minute: 1 / 60,
  minutes: 1 / 60,
  min: 1 / 60,
  mins: 1 / 60,
  hour: 1,
  hours: 1,
  hr: 1,
  hrs: 1,
  day: 24,
  days: 24,
  week: 168,
  weeks: 168,
  fortnight: 336,
  fortnights: 336,
  month: 730.5,
  months: 730.5,
  year: 8766,
  years: 8766,
  yr: 8766,
  yrs: 8766,
  decade: 87_660,
  decades: 87_660,
  century: 876_600,
  centuries: 876_600,
});

/** Physical measures converted to one unit per family (km, km2, kg). */
export const MEASURES: Readonly<Record<string, { unit: string; factor: number }>> = wordTable({
  km: { unit: 'km', factor: 1 },
  kilometre: { unit: 'km', factor: 1 },
  kilometres: { unit: 'km', factor: 1 },
  kilometer: { unit: 'km', factor: 1 },
  kilometers: { unit: 'km', factor: 1 },
  mile: { unit: 'km', factor: 1.609344 },
  miles: { unit: 'km', factor: 1.609344 },
  metre: { unit: 'km', factor: 0.001 },
  metres: { unit: 'km', factor: 0.001 },
  meter: { unit: 'km', factor: 0.001 },
  meters: { unit: 'km', factor: 0.001 },
  kg: { unit: 'kg', factor: 1 },
  kilogram: { unit: 'kg', factor: 1 },
  kilograms: { unit: 'kg', factor: 1 },
  kilo: { unit: 'kg', factor: 1 },
  kilos: { unit: 'kg', factor: 1 },
  tonne: { unit: 'kg', factor: 1000 },
  tonnes: { unit: 'kg', factor: 1000 },
  ton: { unit: 'kg', factor: 1000 },
  tons: { unit: 'kg', factor: 1000 },
});

/** Currency symbols written before the amount; a letter prefix glued to "$" picks the dollar. */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = wordTable({
  $: 'usd',
  '£': 'gbp',
  '€': 'eur',
  '¥': 'jpy',
  '₹': 'inr',
  '₽': 'rub',
});

export const DOLLAR_PREFIXES: Readonly<Record<string, string>> = wordTable({
  us: 'usd',
  a: 'aud',
  au: 'aud',
  c: 'cad',
  ca: 'cad',
  hk: 'hkd',
  nz: 'nzd',
  s: 'sgd',
});

/** Currency codes and names written before or after the amount. */
export const CURRENCY_CODES: Readonly<Record<string, string>> = wordTable({
  usd: 'usd',
  gbp: 'gbp',
  eur: 'eur',
  jpy: 'jpy',
  cny: 'cny',
  inr: 'inr',
  rub: 'rub',
  rs: 'inr',
});

export const CURRENCY_NAMES: Readonly<Record<string, string>> = wordTable({
  dollar: 'usd',
  dollars: 'usd',
  euro: 'eur',
  euros: 'eur',
  yen: 'jpy',
  yuan: 'cny',
  renminbi: 'cny',
  rupee: 'inr',
  rupees: 'inr',
  rouble: 'rub',
  roubles: 'rub',
  ruble: 'rub',
  rubles: 'rub',
  sterling: 'gbp',
  // Crowns of the Nordic countries (krone, krona) are told apart by the country's name, not by the unit.
  crown: 'crown',
  crowns: 'crown',
  krone: 'crown',
  kroner: 'crown',
  krona: 'crown',
  kronor: 'crown',
  koruna: 'czk',
  korunas: 'czk',
  zloty: 'pln',
  zlotys: 'pln',
  forint: 'huf',
  forints: 'huf',
  franc: 'franc',
  francs: 'franc',
  lira: 'try',
  liras: 'try',
  peso: 'peso',
  pesos: 'peso',
  shilling: 'shilling',
  shillings: 'shilling',
  naira: 'ngn',
  rand: 'zar',
  baht: 'thb',
  ringgit: 'myr',
  rupiah: 'idr',
  hryvnia: 'uah',
  hryvnias: 'uah',
  dinar: 'dinar',
  dinars: 'dinar',
  dirham: 'dirham',
  dirhams: 'dirham',
  riyal: 'riyal',
  riyals: 'riyal',
  taka: 'bdt',
  cedi: 'ghs',
  cedis: 'ghs',
  birr: 'etb',
  kwacha: 'kwacha',
  reais: 'brl',
  shekel: 'ils',
  shekels: 'ils',
  lei: 'ron',
  leu: 'ron',
  dong: 'vnd',
  rial: 'rial',
  rials: 'rial',
  tenge: 'kzt',
  quetzales: 'gtq',
  soles: 'pen',
  kyat: 'mmk',
  afghanis: 'afn',
  manat: 'manat',
  lari: 'gel',
  leones: 'sll',
  kwanza: 'aoa',
});

/**
 * Currency names that are also common words: a currency only after a large amount ("24 trillion won", "15,000 won"),
 * not "3 won" ("the three won the final").
 */
export const CURRENCY_NAMES_AFTER_LARGE: Readonly<Record<string, string>> = wordTable({
  won: 'krw',
});

/** Hedges written before a number, longest first so "no more than" wins over "more than". */
export const PREFIX_QUALIFIERS: ReadonlyArray<{ words: string[]; qualifier: QuantityQualifier }> = [
  ['no more than', 'atMost'],
  ['not more than', 'atMost'],
  ['no fewer than', 'atLeast'],
  ['no less than', 'atLeast'],
  ['not fewer than', 'atLeast'],
  ['not less than', 'atLeast'],
  ['slightly more than', 'moreThan'],
  ['slightly less than', 'lessThan'],
  ['slightly fewer than', 'lessThan'],
  ['as many as', 'upTo'],
  ['as much as', 'upTo'],
  ['in excess of', 'moreThan'],
  ['more than', 'moreThan'],
  ['fewer than', 'lessThan'],
  ['less than', 'lessThan'],
  ['at least', 'atLeast'],
  ['at most', 'atMost'],
  ['up to', 'upTo'],
  ['close to', 'about'],
  ['an estimated', 'about'],
  ['upwards of', 'moreThan'],
  ['just over', 'moreThan'],
  ['well over', 'moreThan'],
  ['just under', 'lessThan'],
  ['well under', 'lessThan'],
  ['estimated', 'about'],
  ['nearly', 'about'],
  ['almost', 'about'],
  ['about', 'about'],
  ['around', 'about'],
  ['roughly', 'about'],
  ['approximately', 'about'],
  ['approx', 'about'],
  ['circa', 'about'],
  ['some', 'about'],
  ['over', 'moreThan'],
  ['above', 'moreThan'],
  ['under', 'lessThan'],
  ['below', 'lessThan'],
].map(([phrase, qualifier]) => ({ words: phrase.split(' '), qualifier: qualifier as QuantityQualifier }));

/** Month names and abbreviations (capitalised in text) to month numbers. */
export const MONTHS: Readonly<Record<string, number>> = wordTable({
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
});

/** The days of the week, lower case. */
export const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** The months' full names, lower case, in order. */
export const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

export const WEEKDAYS = new Set(WEEKDAY_NAMES);

/**
 * Months and weekdays: a name of a time, never of a place or actor. "May" is left out: in lower case it is a verb of
 * possibility, and a sentence-initial "May" is read as that more often than as the month.
 */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  ...WEEKDAY_NAMES,
  ...MONTH_NAMES.filter((name) => name !== 'may'),
]);

/** Days in each month of a leap year, so Feb 29 is a valid date. */
export const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Words after which a bare four-digit number is a year ("in 1990", "since 2014"). */
export const YEAR_CUES = new Set([
  'in',
  'since',
  'until',
  'till',
  'by',
  'from',
  'of',
  'before',
  'after',
  'during',
  'between',
  'early',
  'mid',
  'late',
  'year',
  'summer',
  'winter',
  'spring',
  'autumn',
  'fall',
  'through',
  'circa',
]);

/** Fraction denominators as words ("a third", "two-thirds"), singular and plural. */
export const DENOMINATORS: Readonly<Record<string, { value: number; plural: boolean }>> = wordTable({
  half: { value: 2, plural: false },
  halves: { value: 2, plural: true },
  third: { value: 3, plural: false },
  thirds: { value: 3, plural: true },
  quarter: { value: 4, plural: false },
  quarters: { value: 4, plural: true },
  fifth: { value: 5, plural: false },
  fifths: { value: 5, plural: true },
  sixth: { value: 6, plural: false },
  sixths: { value: 6, plural: true },
  eighth: { value: 8, plural: false },
  eighths: { value: 8, plural: true },
  tenth: { value: 10, plural: false },
  tenths: { value: 10, plural: true },
});

/** Vague plural amounts, read as lower bounds only ("thousands of" means at least 1,000). */
export const VAGUE_PLURALS: Readonly<Record<string, number>> = wordTable({
  dozens: 12,
  scores: 20,
  hundreds: 100,
  thousands: 1e3,
  millions: 1e6,
  billions: 1e9,
});

/** Ordinal words by the number they give: "a third patient" (three have died), "third-largest" (rank three). */
export const ORDINAL_NUMBERS: Readonly<Record<string, number>> = {
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
};

/** The units of money: every currency the tables above read. */
export const MONEY_UNITS: ReadonlySet<string> = new Set([
  ...Object.values(CURRENCY_SYMBOLS),
  ...Object.values(DOLLAR_PREFIXES),
  ...Object.values(CURRENCY_CODES),
  ...Object.values(CURRENCY_NAMES),
  ...Object.values(CURRENCY_NAMES_AFTER_LARGE),
]);
