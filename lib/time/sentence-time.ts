/**
 * When a sentence says its fact held: its own time expressions ("on Monday", "last December", "as of
 * mid-January") resolved against its article's date with chrono-node, and the start of the period a running total
 * covers ("since the late 1990s", "since the troops joined in October"). News reports the past, so a date whose
 * year the sentence leaves open is taken at or before the article's date, not in the following months.
 *
 * chrono-node is about 100 KB of script: only the engine (background, CLI) imports this module, never the
 * content script.
 */
import * as chrono from 'chrono-node';
import { earlierPhrases } from '../features/earlier';
import { MONTH_NAMES } from '../features/quantity/word-tables';
import { withoutDateline } from '../text/dateline';
import { type DateSpan, type DayNumber, dateSpan, dayNumber, isoDay } from './calendar';

export interface SentenceTime {
  /** When the fact held: the sentence's own date, else its article's; undefined when neither is known. */
  when?: DateSpan;
  /** The sentence gave its own date (rather than inheriting the article's). */
  own: boolean;
  /**
   * First day of the period a total counts from ("since 1998": 1998-01-01), when the sentence says so with a
   * date; null when it counts "since" an event it does not date ("since the troops joined the fighting").
   */
  since?: DayNumber | null;
}

/** "since the late 1990s", "since the 1990s", "since 1998". */
const SINCE_YEAR = /\bsince\s+(?:the\s+)?(?:(early|mid|late)[\s-]+)?(\d{4})(s?)\b/i;
/** A "since" clause and the words it runs to before its date, if any ("since the troops joined ... in"). */
const SINCE = /\bsince\b/i;
/** Most words between "since" and the date that ends its clause. */
const SINCE_REACH = 10;
/** "mid-January", "early March", "late December": the part of the month meant. */
const PART_OF_MONTH = new RegExp(`\\b(early|mid|late)[\\s-]+(${MONTH_NAMES.join('|')})\\b`, 'i');
const PART_DAY: Record<string, number> = { early: 5, mid: 15, late: 25 };
const DECADE_PART: Record<string, number> = { early: 0, mid: 4, late: 7 };
/** How far after the article a resolved date may fall before it is taken as the year before (days). */
const FUTURE_SLACK = 2;

/**
 * A comma before a number, as chrono-node reads past it: "Last December, 12 fishermen" is not 12 December, nor
 * "In March, 40 homes" March 2040. A number that begins the clause after a comma is a count, not the date's day or
 * year; only a year after a day ("December 12, 2024") continues the date.
 */
const COMMA_BEFORE_NUMBER = /,(?=\s+\d)/g;
const YEAR_AFTER_DAY = /^\s+(?:19|20)\d\d\b(?![.,]\d)/;

/**
 * The sentence as chrono-node is given it: a comma that ends a date's clause (see COMMA_BEFORE_NUMBER) becomes a
 * semicolon, where chrono stops. The text keeps its length, so the results' positions hold in the sentence.
 */
function clauseBounded(text: string): string {
  return text.replace(COMMA_BEFORE_NUMBER, (comma, at: number) =>
    /\d/.test(text[at - 1] ?? '') && YEAR_AFTER_DAY.test(text.slice(at + 1)) ? comma : ';',
  );
}

/**
 * The sentence with its wire dateline (lib/text/dateline.ts) and its earlier figures' phrases blanked ("up from 14
 * on Tuesday": see features/earlier.ts): their dates are the report's or the older figure's, not the sentence's. The
 * text keeps its length.
 */
function withoutEarlierFigures(text: string): string {
  let blanked = withoutDateline(text);
  for (const { start, end } of earlierPhrases(text)) {
    blanked = blanked.slice(0, start) + ' '.repeat(end - start) + blanked.slice(end);
  }
  return blanked;
}

/** Units of a span of time that chrono-node counts from the article's date. */
const UNIT = '(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)';
/**
 * A length of time, not a date: "for eight months", "in 24 hours", "over the past 12 months", "the last two days".
 * chrono-node counts it from the article's date ("held for eight months" as eight months after the article), but
 * it says how long, not when: the fact is as of the report. "Last week" and "two weeks ago" are dates.
 */
const DURATIONS = [
  new RegExp(
    String.raw`^(?:for|in|over|during|within|after)\s+(?:the\s+)?(?:(?:past|last|next|coming)\s+)?(?:[\w-]+\s+)?${UNIT}$`,
    'i',
  ),
  new RegExp(String.raw`^(?:the\s+)?(?:past|next|coming)\s+(?:[\w-]+\s+)?${UNIT}$`, 'i'),
  new RegExp(String.raw`^(?:the\s+)?last\s+[\w-]+\s+${UNIT}$`, 'i'),
];

const isDuration = (result: chrono.ParsedResult) => DURATIONS.some((duration) => duration.test(result.text.trim()));

/** Most sentences cached: one page and its candidates; the cache is dropped whole when full. */
const CACHE_LIMIT = 5000;
const cache = new Map<string, SentenceTime>();

/**
 * A superlative before "since" makes it a comparison, not the period of a total: "its first war since 1953",
 * "the worst floods since the 1990s".
 */
const COMPARISON =
  /\b(?:first|only|largest|biggest|worst|deadliest|highest|lowest|best|most|least|greatest|strongest|heaviest)\b[^,;.]{0,60}$/i;

const isComparison = (text: string, at: number) => COMPARISON.test(text.slice(Math.max(0, at - 80), at));

/** The period's start, and the chrono result that dated it (not the time of the report). */
function sinceOf(
  text: string,
  results: chrono.ParsedResult[],
): { since?: DayNumber | null; used?: chrono.ParsedResult } {
  const decade = SINCE_YEAR.exec(text);
  if (decade && isComparison(text, decade.index)) return {};
  if (decade) {
    const year = Number(decade[2]);
    // "the late 1990s" starts about 1997, "the mid 1990s" 1994, "the early 1990s" and "the 1990s" 1990.
    const start = decade[3] ? year + (DECADE_PART[decade[1]?.toLowerCase() ?? ''] ?? 0) : year;
    return { since: dayNumber(start, 1, 1) };
  }
  const since = SINCE.exec(text);
  if (!since || isComparison(text, since.index)) return {};
  const after = results.find((result) => result.index > since.index);
  if (after) {
    const between = text
      .slice(since.index + 5, after.index)
      .trim()
      .split(/\s+/)
      .filter(Boolean);
    if (between.length <= SINCE_REACH && !/[.;:]/.test(text.slice(since.index, after.index))) {
      const date = after.start.date();
      return { since: dayNumber(date.getUTCFullYear(), date.getUTCMonth() + 1, 1), used: after };
    }
  }
  return { since: null };
}

const WEEK_DAYS = 7;

/** The result names a weekday and no day of the month ("on Tuesday", not "on Tuesday, March 3"). */
function weekdayAlone(start: chrono.ParsedComponents): boolean {
  return start.isCertain('weekday') && !start.isCertain('day') && !start.isCertain('month');
}

/**
 * A chrono result as a span of days, moved to the week before (a weekday alone) or the year before when it would
 * fall after the article.
 */
function spanOf(result: chrono.ParsedResult, text: string, article: DateSpan | undefined): DateSpan | undefined {
  const start = result.start;
  const date = start.date();
  let year = date.getUTCFullYear();
  const month = date.getUTCMonth() + 1;
  // A weekday or a time alone ("on Monday", "at 6 p.m.") means the days around the article: it needs the article.
  const knowsDay = start.isCertain('day') || start.isCertain('weekday');
  const knowsMonth = start.isCertain('month');
  if (!start.isCertain('year') && !article) return undefined;
  if (!knowsMonth && !start.isCertain('weekday')) return undefined;
  const part = PART_OF_MONTH.exec(text.slice(Math.max(0, result.index - 6), result.index + result.text.length));
  const day = knowsDay ? date.getUTCDate() : part ? PART_DAY[part[1].toLowerCase()] : undefined;
  if (!start.isCertain('year') && article) {
    const first = dayNumber(year, month, day ?? 1);
    // A weekday alone is the nearest one (chrono may pick the coming one): too far ahead, it is last week's, not
    // last year's ("on Tuesday" in a report of Saturday is four days before).
    if (first > article.last + FUTURE_SLACK && weekdayAlone(start)) return dateSpan(isoDay(first - WEEK_DAYS));
    if (first > article.last + FUTURE_SLACK) year -= 1;
  }
  if (day === undefined) return dateSpan(`${year}-${String(month).padStart(2, '0')}`);
  return dateSpan(isoDay(dayNumber(year, month, day)));
}

/**
 * A date in the possessive names an event, not when the sentence's figure held: "the toll from Saturday's
 * earthquake has risen to 19" is the toll as reported (its article's date), not on Saturday.
 */
function namesAnEvent(result: chrono.ParsedResult, text: string): boolean {
  const after = /^['’]s\s+(\w+)(?:\s+(\w+))?/.exec(text.slice(result.index + result.text.length));
  // "Monday's count put the toll at 14", "March's jobless rate": the date is when that figure held.
  return after !== null && ![after[1], after[2]].some((word) => word && FIGURE_NOUNS.has(word.toLowerCase()));
}

/**
 * A weekday that names the day of the things counted, not when the count was made: "cancelled 1,300 flights for
 * Tuesday by Monday evening", "260 of its Tuesday flights" (the flights are Tuesday's; the count is of the report,
 * or of "by Monday evening"). Only things scheduled for a day (SCHEDULED_FOR) or after a possessive.
 */
function daysOfTheThings(result: chrono.ParsedResult, text: string): boolean {
  if (!weekdayAlone(result.start)) return false;
  const before = text.slice(Math.max(0, result.index - 40), result.index);
  if (SCHEDULED_FOR.test(before)) return true;
  const after = text.slice(result.index + result.text.length);
  return /\b(?:its|their|his|her|our|whose)\s+$/i.test(before) && /^\s+\p{Ll}/u.test(after) && !TIME_OF_DAY.test(after);
}

/**
 * Things scheduled for a day, before "for" and the day: "1,300 flights for Tuesday", "all trains for Friday" (not
 * "figures for Tuesday showed", which date the figures).
 */
const SCHEDULED_FOR =
  /\b(?:flights|trains|services|crossings|sailings|departures|journeys|matches|games|fixtures|appointments|operations|classes|shifts|events|concerts|performances|tickets|bookings)\s+for\s+$/i;

/** Parts of a day after a weekday: "Tuesday morning" is a time, not a kind of thing. */
const TIME_OF_DAY = /^\s+(?:morning|afternoon|evening|night|noon|midday|midnight)\b/i;

/** Nouns of a figure after a possessive date: the date is the figure's. */
const FIGURE_NOUNS = new Set(
  'count counts toll tally total totals figure figures estimate estimates rate rates number numbers data reading'.split(
    ' ',
  ),
);

/**
 * The time of a sentence's fact: its own date when it gives one, else `published` (its article's date, ISO, ''
 * when unknown). Never throws: text chrono cannot read is a sentence without its own date.
 */
export function sentenceTime(text: string, published: string): SentenceTime {
  const key = `${published}\u0000${text}`;
  const known = cache.get(key);
  if (known) return known;
  const article = dateSpan(published);
  let results: chrono.ParsedResult[] = [];
  try {
    const instant = article ? new Date(article.last * 86_400_000 + 43_200_000) : new Date();
    results = chrono.en.parse(withoutEarlierFigures(clauseBounded(text)), { instant, timezone: 0 });
  } catch {
    results = [];
  }
  const { since, used } = sinceOf(text, results);
  let when: DateSpan | undefined;
  for (const result of results) {
    // The date of the "since" clause starts the period; it is not when the total was reported.
    if (result === used || isDuration(result) || namesAnEvent(result, text) || daysOfTheThings(result, text)) continue;
    when = spanOf(result, text, article);
    if (when) break;
  }
  const time: SentenceTime = when ? { when, own: true, since } : { when: article, own: false, since };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, time);
  return time;
}

/**
 * The day a phrase of a coming day names ("on June 1", "from March 3"), read forward from its article's date as a
 * plan is; undefined when it names no day or the article has no date.
 */
export function comingDay(phrase: string, published: string): DayNumber | undefined {
  const article = dateSpan(published);
  if (!article) return undefined;
  try {
    const instant = new Date(article.last * 86_400_000 + 43_200_000);
    const [result] = chrono.en.parse(phrase, { instant, timezone: 0 }, { forwardDate: true });
    if (!result?.start.isCertain('day')) return undefined;
    const date = result.start.date();
    return dayNumber(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  } catch {
    return undefined;
  }
}
