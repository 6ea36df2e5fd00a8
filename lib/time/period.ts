/**
 * The period a sentence places its figure in by its own words: a year ("in 2019", "the 2019 floods"), a year
 * counted back ("last year", "a year ago", "a year earlier", "two years before") or another period counted back
 * ("last season", "the season before", "the previous quarter"). A figure of another period than the one the other
 * sentence speaks of is another fact, though the two sentences read alike: "scored 19 goals the season before" is
 * not "27 goals last season", and "in 2019, floods killed 14" is not this year's toll of 14, so neither a
 * contradiction nor a corroboration. A full date ("12 March 2024", "December 2024") is not a period: it dates the
 * fact, and the time rule compares it (sentence-time.ts).
 */
import { earlierPhrases, inPhrase } from '../features/earlier';
import { extractQuantities } from '../features/quantities';
import { inComparisonBase } from '../features/quantity/measure';
import { MONTHS, WEEKDAY_NAMES } from '../features/quantity/word-tables';
import { clauseBreakAt } from '../text/clause-break';
import type { Quantity } from '../types';
import { dateSpan } from './calendar';

/** A period counted back from the report, or a calendar year. */
interface Period {
  /** The calendar year, when the words give it or count it back from a dated article. */
  year?: number;
  /** Another period counted back, as written in normal form ("last season", "season before"). */
  back?: string;
}

const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5 };

/** A year written alone, not as part of a date ("December 2024", "March 12, 2024") or a count ("2019 people"). */
const YEAR = /\b((?:19|20)\d\d)\b(?![,.]?\d|\s*(?:%|per\s?cent|people|homes|troops|soldiers))/g;
const MONTH_OR_DAY_BEFORE = new RegExp(
  `(?:${Object.keys(MONTHS).join('|')})\\.?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?$|\\d{1,2}(?:st|nd|rd|th)?\\s+$`,
  'i',
);
/** A clause the year dates follows it: "since 2014, when 14 were killed". */
const WHEN_AFTER = /^(?:\s*-\s*\d+)?s?,?\s+when\b/i;

/**
 * A year counted back: "last year", "a year ago", "two years earlier", "the previous year", "the year before", and
 * years counted in winters or summers ("last winter", "two winters ago"; not "last summer", which an autumn
 * report means of its own year).
 */
const YEARS_BACK =
  /\b(?:(last|previous|prior)\s+(?:year|winter)|(a|an|one|two|three|four|five|\d+)\s+(?:years?|winters?|summers?)\s+(?:ago|earlier|before|previously)|the\s+(?:previous|prior)\s+year|the\s+year\s+(?:before|earlier))\b/i;
/** The year after the report's: "next year", "next year's budget", "the coming year" (not "the following year": after another's). */
const YEAR_AHEAD = /\b(?:next|the\s+coming)\s+year(?:['’]s)?\b/i;
/** Words of a plan or a forecast: what a sentence says will be, or is set, planned or expected to be. */
const PLAN =
  /\b(?:will|would|shall|plans?|planned|planning|expects?|expected|forecasts?|foresees?|projects?|projected|proposes?|proposed|draft|budgets?|set\s+to|due\s+to|is\s+to|are\s+to)\b/i;
/** The period of YEAR_AHEAD, with its calendar year where the article's date is known. */
const NEXT_YEAR = 'next year';
/** Another period counted back: "last season", "the season before", "a quarter earlier", "the previous campaign". */
const PERIOD_BACK =
  /\b(?:(?:last|previous|prior|preceding)\s+(season|quarter|campaign|term)|the\s+(season|quarter|campaign|term)\s+(?:before|earlier)|(?:a|one)\s+(season|quarter|campaign|term)\s+(?:earlier|before|ago))\b/i;

/**
 * A total over a calendar span so far ("since the start of the season", "so far this year", "in the past year",
 * "over the past 12 months") or in a typical span
 * ("every winter", "in an average year"): it adds up many events, so it is another fact than one event's count.
 */
const SPAN_SO_FAR =
  /\b(?:since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+(?:\w+\s+)?(season|year|month|winter|summer)|so\s+far\s+this\s+(season|year|month|winter|summer)|(?:in|over|during)\s+the\s+(?:past|last)\s+(?:(?:two|three|four|five|ten|\d+)\s+(?:years|decades)|(?:12|twelve|18|eighteen|24)\s+months|year|decade))\b/i;
const TYPICAL_SPAN =
  /\b(?:(?:every|each)\s+(?:year|season|winter|summer|month)|in\s+an?\s+(?:average|typical|normal)\s+(?:year|season|winter|summer|month))\b/i;

/** Calendar units: a year or a date is a time, not a figure a period holds. */
const CALENDAR_UNITS = new Set(['year', 'date', 'clock']);
/** Most words of a clause of time that opens a sentence ("In the spring of 2019,"). */
const OPENING_WORDS = 6;
/**
 * A comparison's or a period's start: "the first since the war of 1950", "more than in 2019", "up 8% from the
 * same period last year", "compared with a year earlier".
 */
const COMPARED_BEFORE =
  /\b(?:since|than|compared\s+(?:with|to)|(?:up|down|rose|fell|higher|lower)\b[^,;:]*\bfrom)\b[^,;:]*$/i;

/**
 * The words at `at` place the sentence's fact: they open the sentence in a clause of their own ("In 2019, ..."), or they share a clause with
 * one of its figures ("scored 19 goals the season before"), or they date the clause that follows ("since 2014, when
 * 14 were killed"). A time of another clause dates another fact ("deployed in late 2024, with officials saying on
 * Monday that 300 have died").
 */
function placesFact(text: string, at: number, end: number): boolean {
  let start = at;
  while (start > 0 && !clauseBreakAt(text, start - 1)) start -= 1;
  let stop = end;
  while (stop < text.length && !clauseBreakAt(text, stop)) stop += 1;
  // "In 2019, ...", "A year ago, ...": a short clause of time before the rest of the sentence.
  if (start === 0 && text[stop] === ',' && text.slice(0, stop).split(/\s+/).length <= OPENING_WORDS) return true;
  if (WHEN_AFTER.test(text.slice(end))) return true;
  // A second predicate joined by "and" or "but" is another fact: "opened in 2009 and carries 400,000 passengers a
  // year" dates the opening, not the passengers.
  const clauseStart = start;
  // Only after a period that dates a verb ("opened in 2009 and ..."), not a phrase of nouns ("In 2019 exports and
  // imports totalled ...").
  const datesVerb = DATED_VERB.test(text.slice(clauseStart, at));
  for (const joint of datesVerb ? text.slice(clauseStart, stop).matchAll(JOINED_PREDICATE) : []) {
    const joinedAt = clauseStart + joint.index;
    if (joinedAt + joint[0].length <= at) start = joinedAt + joint[0].length;
    else if (joinedAt >= end) {
      stop = joinedAt;
      break;
    }
  }
  return extractQuantities(text).some(
    (quantity) => !CALENDAR_UNITS.has(quantity.unit) && quantity.start >= start && quantity.end <= stop,
  );
}

/** A past verb right before the period's phrase: "opened in", "was founded in", "began last". */
const DATED_VERB = /\b\w+ed\s+(?:(?:in|on|during|since)\s+)?$/i;
/** "And" or "but" before a word that is no number: the start of another predicate (not "14 and 30"). */
const JOINED_PREDICATE = /\s(?:and|but)\s+(?=[a-z])/g;

/**
 * Periods already read, by article date and text: within one page a sentence and a reference claim are compared
 * again and again. The page's sentences' are emptied for each page (forgetPeriods); reference claims' are kept,
 * since a claim comes up as a candidate on page after page. Each is emptied when it grows past PERIODS_KEPT.
 */
/** Periods by article date, then text: a key joining the two would be a new string to read through at each look-up. */
interface Remembered {
  byDate: Map<string, Map<string, Period | null>>;
  size: number;
}
const pagePeriods: Remembered = { byDate: new Map(), size: 0 };
const referencePeriods: Remembered = { byDate: new Map(), size: 0 };
const PERIODS_KEPT = 20_000;

/** Empties the remembered periods of page sentences: a page starts afresh. */
export function forgetPeriods(): void {
  pagePeriods.byDate.clear();
  pagePeriods.size = 0;
}

/** periodOf, remembered in `periods`. */
function rememberedPeriodOf(periods: Remembered, text: string, published: string): Period | undefined {
  let ofDate = periods.byDate.get(published);
  let period = ofDate?.get(text);
  if (period === undefined) {
    if (periods.size >= PERIODS_KEPT) {
      periods.byDate.clear();
      periods.size = 0;
      ofDate = undefined;
    }
    period = periodOf(text, published) ?? null;
    if (!ofDate) {
      ofDate = new Map();
      periods.byDate.set(published, ofDate);
    }
    ofDate.set(text, period);
    periods.size += 1;
  }
  return period ?? undefined;
}

/** The period the sentence's own words place its fact in, outside the phrases that give an earlier figure. */
function periodOf(text: string, published: string): Period | undefined {
  const earlier = earlierPhrases(text);
  const places = (match: RegExpExecArray | RegExpMatchArray) =>
    !inPhrase(earlier, match.index!) && placesFact(text, match.index!, match.index! + match[0].length);
  // The period a change is measured from is not the fact's: "up 8% from the same period last year".
  const base = (match: RegExpExecArray | RegExpMatchArray) =>
    COMPARED_BEFORE.test(text.slice(0, match.index)) || inComparisonBase(text, match.index!);
  if (TYPICAL_SPAN.test(text)) return { back: 'typical span' };
  const soFar = SPAN_SO_FAR.exec(text);
  if (soFar && !inPhrase(earlier, soFar.index)) return { back: 'span so far' };
  const back = PERIOD_BACK.exec(text);
  if (back && places(back) && !base(back)) {
    const unit = (back[1] ?? back[2] ?? back[3]).toLowerCase();
    // "last season" counts back from the report; "the previous season", "the season before" from another one.
    return { back: back[0].toLowerCase().startsWith('last') ? `last ${unit}` : `${unit} before` };
  }
  const ahead = YEAR_AHEAD.exec(text);
  if (ahead && places(ahead) && !base(ahead)) {
    const article = dateSpan(published);
    return { back: NEXT_YEAR, ...(article ? { year: Number(article.iso.slice(0, 4)) + 1 } : {}) };
  }
  const years = YEARS_BACK.exec(text);
  if (years && places(years) && !base(years)) {
    const count = years[2] ? (NUMBER_WORDS[years[2].toLowerCase()] ?? Number(years[2])) : 1;
    const article = dateSpan(published);
    const year = article ? Number(article.iso.slice(0, 4)) - count : undefined;
    return year === undefined ? { back: `${count} years before` } : { year };
  }
  for (const match of text.matchAll(YEAR)) {
    const before = text.slice(0, match.index);
    if (MONTH_OR_DAY_BEFORE.test(before.slice(-24)) || !places(match)) continue;
    // A year a comparison or a total's period starts from is not the fact's, unless a clause it dates follows.
    if (COMPARED_BEFORE.test(before) && !WHEN_AFTER.test(text.slice(match.index + 4))) continue;
    return { year: Number(match[1]) };
  }
  return undefined;
}

/** The text names `year` as a year of its own (not in a count). */
function namesYear(text: string, year: number): boolean {
  for (const match of text.matchAll(YEAR)) if (Number(match[1]) === year) return true;
  return false;
}

/** The year of an article's date, if known. */
const articleYear = (published: string) => {
  const span = dateSpan(published);
  return span ? Number(span.iso.slice(0, 4)) : undefined;
};

/**
 * The two sentences place their facts in different periods by their own words (see the module comment): one names
 * a period the other does not share. A sentence without such words speaks of its article's year.
 */
export function otherPeriod(
  pageText: string,
  pagePublished: string,
  referenceText: string,
  referencePublished: string,
): boolean {
  const page = rememberedPeriodOf(pagePeriods, pageText, pagePublished);
  const reference = rememberedPeriodOf(referencePeriods, referenceText, referencePublished);
  if (!page && !reference) return false;
  // A sentence that names the other's year in passing ("went on strike in 2021, for nine days") speaks of it too.
  if (page?.year !== undefined && !reference && namesYear(referenceText, page.year)) return false;
  if (reference?.year !== undefined && !page && namesYear(pageText, reference.year)) return false;
  // A sentence without words of its period speaks of its article's year, or of a plan for one to come: against next
  // year, or a year not yet over at its article's date ("a 2026 budget" in a report of 2025), it may be the same.
  const ownOrAhead = (period: Period | undefined, published: string, text: string, other: Period | undefined) => {
    const year = articleYear(published);
    if (period || !other) return false;
    // Next year only for a plan: "approved a budget of 40 million" is of its own year, not of the next.
    if (other.back === NEXT_YEAR || other.year !== year)
      return PLAN.test(text) && (other.back === NEXT_YEAR || (year !== undefined && other.year === year + 1));
    return (
      other.back === NEXT_YEAR ||
      (other.back === undefined &&
        other.year !== undefined &&
        year !== undefined &&
        (other.year === year || other.year === year + 1))
    );
  };
  if (
    ownOrAhead(page, pagePublished, pageText, reference) ||
    ownOrAhead(reference, referencePublished, referenceText, page)
  )
    return false;
  // Next year, placed by its article's date, against a year: "next year" in a report of 2025 is 2026.
  if (
    (page?.back === NEXT_YEAR || reference?.back === NEXT_YEAR) &&
    page?.year !== undefined &&
    reference?.year !== undefined
  )
    return page.year !== reference.year;
  if (page?.back !== undefined || reference?.back !== undefined) return page?.back !== reference?.back;
  const pageYear = page?.year ?? articleYear(pagePublished);
  const referenceYear = reference?.year ?? articleYear(referencePublished);
  return pageYear === undefined || referenceYear === undefined || pageYear !== referenceYear;
}

/** "In" right before a year, or before its month: the date of an event ("in 2012", "in March 2019"). */
const IN_YEAR = new RegExp(String.raw`\bin\s+(?:(?:${Object.keys(MONTHS).join('|')})\s+)?$`, 'i');
/** A verb of a thing's origin before "in": its year is the thing's, not an event's ("founded in 1998", "opened in"). */
const ORIGIN_BEFORE =
  /\b(?:founded|established|opened|built|born|created|launched|formed|set\s+up|completed)\s+in\s+\S*\s*$/i;
/** Characters before a year that IN_YEAR and ORIGIN_BEFORE read. */
const YEAR_CONTEXT = 40;
/** Fewest years between an event and its report for the event to be an earlier one, not the report's own. */
const EARLIER_BY = 2;

/**
 * One of `years` (a sentence's year quantities) dates an event of the sentence's own to a calendar year at least
 * EARLIER_BY before its report's, with "in" ("Guinea's last cholera outbreak, in 2012, killed more than 130" in a
 * report of 2025; not "founded in 1998", "since 2013", nor last December): the sentence's figure is that earlier
 * event's, told as background.
 */
export function referenceDatesEarlierEvent(text: string, years: readonly Quantity[], published: string): boolean {
  const report = dateSpan(published);
  if (!report) return false;
  const reportYear = Number(report.iso.slice(0, 4));
  return years.some((year) => {
    const before = text.slice(Math.max(0, year.start - YEAR_CONTEXT), year.start);
    return year.high <= reportYear - EARLIER_BY && IN_YEAR.test(before) && !ORIGIN_BEFORE.test(before);
  });
}

/**
 * Words by which a sentence speaks of an earlier time itself: "four years ago", "the previous strike", "the first
 * outbreak", "at the time", "the last strike" (not "last week", "last night", "last year": the report's own days).
 */
const EARLIER_TIMES = new RegExp(
  String.raw`\b(?:ago|previous(?:ly)?|former(?:ly)?|first|original(?:ly)?|at\s+the\s+time|in\s+the\s+past|last\s+(?!(?:week|month|night|year|weekend|morning|evening|${WEEKDAY_NAMES.join('|')})\b)\w+)\b`,
  'i',
);

/** The sentence speaks of an earlier time by its own words (EARLIER_TIMES). */
export const speaksOfEarlierTime = (text: string): boolean => EARLIER_TIMES.test(text);
