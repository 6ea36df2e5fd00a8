/**
 * When digits or number words are not a quantity: parts of names and codes ("G7", "COVID-19", "Flight
 * 370", "4G", "Formula One"), times and ratios ("10:30", "3 p.m.", "24/7"), versions and lists ("2.7.1"),
 * ordinals ("15th"), numbers with a leading zero, the ambiguous "34.000", and idioms with "one".
 */

import { yearOf } from './calendar';
import { isCapitalisedWord, isSentenceInitial, isSym, isWordToken, type QuantityToken } from './tokens';
import { isAllowedSuffix, isGluedUnit } from './units';
import { MONTHS, WEEKDAYS } from './word-tables';

const glued = (token: QuantityToken | undefined): boolean => token !== undefined && !token.spaced;

/** Symbols that join digits into codes, times, ratios or lists when glued on both sides. */
const CODE_JOINERS = ['/', ':', '.', ','];

/** True for a time of day written after the number: "3pm", "10 a.m.", "5 o'clock". */
function isTimeAfter(tokens: QuantityToken[], index: number): boolean {
  const next = tokens[index];
  if (isWordToken(next, 'am', 'pm')) return true;
  if (isWordToken(next, 'a', 'p') && isSym(tokens[index + 1], '.') && isWordToken(tokens[index + 2], 'm')) return true;
  return isWordToken(next, "o'clock", 'o’clock');
}

/** Words that may open a sentence right before a count ("In 2020", "About 300", "Only 12"). */
const SENTENCE_STARTERS = new Set(
  (
    'in by since until till from to of for on at after before during within among between with without under ' +
    'over about around roughly approximately nearly almost some only just all the a an and but or so yet then ' +
    'exactly precisely fully barely estimated another every each at more less fewer up as aged'
  ).split(' '),
);

/** Capitalised words that may stand right before a count ("on Tuesday 300 people"). */
function isLabelWord(token: QuantityToken): boolean {
  if (MONTHS[token.lower] !== undefined || WEEKDAYS.has(token.lower)) return false;
  if (/['’]s$/.test(token.lower)) return false;
  return true;
}

/**
 * True when the digits token at `index` is part of a name, code, time or list rather than a quantity.
 * `after` is the token right after the amount (and its scale).
 */
export function isCodeNumber(tokens: QuantityToken[], index: number, after: number): boolean {
  const token = tokens[index];
  const previous = tokens[index - 1];
  const beforePrevious = tokens[index - 2];
  if (/^0\d/.test(token.text)) return true;
  if (glued(token) && previous?.kind === 'word') return true; // G7, MH17
  if (glued(token) && isSym(previous, '-', '–', '/', ...CODE_JOINERS) && glued(previous)) {
    if (beforePrevious?.kind === 'word' || beforePrevious?.kind === 'num') return true; // COVID-19, 737-800
  }
  const next = tokens[index + 1];
  const joined = tokens[index + 2];
  if (glued(next) && isSym(next, ...CODE_JOINERS) && joined?.kind === 'num' && glued(joined)) {
    const seasonOfYears = isSym(next, '/') && yearOf(token) !== null && /^(?:\d\d|\d{4})$/.test(joined.text);
    if (!seasonOfYears) return true; // 10:30, 24/7, 2.7.1, 2,5 (but "2019/20" is a year range)
  }
  const following = tokens[after];
  if (following?.kind === 'word' && glued(following) && !isAllowedSuffix(following) && !isGluedUnit(tokens, after)) {
    return true; // 4G, 3D (not 44C or 90mph)
  }
  if (isWordToken(following, 'st', 'nd', 'rd', 'th') && glued(following)) return true; // ordinals
  if (isTimeAfter(tokens, after)) return true;
  if (isSym(previous, '.') && isWordToken(beforePrevious, 'no', 'nos')) return true; // No. 10
  if (previous && isCapitalisedWord(previous) && token.spaced) {
    // Flight 370, Article 5, Boeing 737; at the start of a sentence only if the word is no preposition.
    const initial = isSentenceInitial(tokens, index - 1);
    return isLabelWord(previous) && !(initial && SENTENCE_STARTERS.has(previous.lower));
  }
  return false;
}

/** Words that make a following "one" an idiom rather than a count ("no one", "the one", "one of"). */
const BEFORE_ONE = new Set(['no', 'any', 'every', 'the', 'this', 'that', 'which', 'each', 'another']);
const AFTER_ONE = new Set([
  'of',
  'another',
  'other',
  'or',
  'and',
  'to',
  'by',
  'in',
  'at',
  'on',
  'who',
  'that',
  'which',
  'thing',
  'way',
  'point',
  'time',
  'hand',
  'side',
  'more',
  'last',
  'such',
  'is',
  'was',
]);

/** Words that make "one day" a duration ("within one day") rather than the idiom ("One day, he left"). */
const BEFORE_DURATION = new Set(['in', 'within', 'for', 'after', 'over', 'than', 'only', 'just', 'under', 'about']);

/**
 * True when number words at `first..last` are not a count: idioms with "one", names ("Formula One").
 * `withUnit` says a unit follows ("one hour"), which makes "one" a count except in "one day" idioms.
 */
export function isIdiomNumber(tokens: QuantityToken[], first: number, last: number, withUnit: boolean): boolean {
  const token = tokens[first];
  if (isCapitalisedWord(token) && !isSentenceInitial(tokens, first)) return true;
  if (first !== last || token.lower !== 'one') return false;
  const previous = tokens[first - 1];
  const next = tokens[first + 1];
  if (withUnit) return isWordToken(next, 'day') && !(previous?.kind === 'word' && BEFORE_DURATION.has(previous.lower));
  if (previous?.kind === 'word' && BEFORE_ONE.has(previous.lower)) return true;
  return next?.kind !== 'word' || AFTER_ONE.has(next.lower);
}

/** "34.000" or "2.500": a dot before exactly three digits could be a decimal or a thousands mark. */
export function isAmbiguousDotted(text: string): boolean {
  return /^\d{1,3}\.\d{3}$/.test(text);
}
