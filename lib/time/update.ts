/**
 * Is a difference one that time explains? Two reports of the same running total (killed, injured, defected,
 * evacuated, burned) at different dates may both be right: the later one has counted more. The rule holds for any
 * story: a running total does not fall as time passes, and it cannot grow faster than the period it covers
 * allows ("34,000 since the late 1990s" was not 3,400 a month earlier; "300 since October" may have been 100 in
 * December). A stated position that turns ("did not want to return" / "wanted to return") is an update the same
 * way: see position.ts for what a position is. Two reports of the same date, a side without a date, a falling
 * total, a figure that is not a running total or a denied event ("did not survive") stay a contradiction: a wrong
 * update would hide a false report.
 */

import { earlierFigures } from '../features/earlier';
import { isOutcome, RISING_LEVEL_VERB_STEMS, WHOLE } from '../features/predicate';
import type { QuantityPair } from '../features/quantity/align';
import { isVaguePlural } from '../features/quantity/compare';
import { SHARE_UNITS } from '../features/quantity/measure';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../features/quantity/word-tables';
import type { Difference, MatchTime, Quantity, Undated } from '../types';
import { type DateSpan, dateSpan } from './calendar';
import { deniesAct, deniesPosition, type NegatedWord } from './position';
import type { SentenceTime } from './sentence-time';
import { countsState, deniesState, deniesTallySoFar, FINDING_VERBS, saysInState } from './state';

/**
 * Verbs (stems) of totals that only add up as time passes, beside the outcome classes (deaths, injuries,
 * evacuations, ...): people who defected, fled, were displaced; homes or hectares burned, destroyed.
 */
const RUNNING_VERBS = new Set([
  'defect',
  'flee',
  'fled',
  'displac',
  'burn',
  'burnt',
  'destroi',
  'destroy',
  'damag',
  // People treated or taken into hospital: a tally of a disaster's casualties, as the injured are.
  'treat',
  'hospitalis',
  'hospit',
  // Homes or customers whose supply was restored or reconnected after an outage.
  'restor',
  'reconnect',
  // Flights cancelled, oil leaked or spilled, waste collected or gathered: each only adds up while a disaster
  // lasts. (Patients admitted to hospital too, but not what people admit: see admittedToHospital.)
  'cancel',
  'leak',
  'spill',
  'collect',
  'gather',
  // Homes or people a disaster has hit or affected, places an outbreak has spread to: the count grows as its
  // reach is surveyed.
  'hit',
  'affect',
  'spread',
]);

/**
 * A time of day or a weekday a count may be done by ("by Wednesday afternoon", "by 4 p.m."); `the` lets "by the
 * afternoon" in, only where the time is put first ("by the evening storm" after a verb is its agent).
 */
const byTime = (the: boolean) =>
  '(?:' +
  String.raw`by\s+(?:(?:early|late|mid|this${the ? '|the' : ''})\s+)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night)\b)?|noon|midday|midnight|nightfall|dawn|dusk|morning|afternoon|evening|\d{1,2}(?::\d\d)?\s*[ap]\.?m\b)(?!['’]s)` +
  // "By the end of Wednesday", "by the end of Wednesday's session", "by the end of the day".
  String.raw`|by\s+the\s+end\s+of\s+(?:the\s+day\b|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)` +
  // "by the evening" after a verb only where nothing follows the time in its clause ("had lost power by the
  // evening, the utility said"): not "by the evening storm".
  (the ? '' : String.raw`|by\s+the\s+(?:morning|afternoon|evening|night)\b(?=\s*(?:[,.;:)]|$))`) +
  ')';
/** After "had" put after a fronted time, what makes it a plan, not a count done ("By Monday the ministry had planned to"). */
const PLANNED = String.raw`(?:to|planned|hoped|expected|intended|promised|pledged|vowed|agreed|aimed|wanted|meant)\b`;

/** Words that make "since" a record's span: "the most since 2019", "the first time since May". */
const SUPERLATIVES =
  'first|only|most|least|best|worst|highest|lowest|largest|biggest|greatest|deadliest|strongest|heaviest|longest|fastest|hottest|coldest|wettest|driest|busiest';

/**
 * Words by which a count says it is a tally so far: "have so far admitted", "to date", "thus far", "have now
 * contacted", "now puts the number at", a count since an event began ("31 admitted since the outbreak began",
 * "since the start of the strike"), not a record's span ("the heaviest since records began"), and a count done by a
 * time ("had recaptured 386 by Wednesday afternoon", "with 150 stations recounted by Tuesday evening", "by the
 * afternoon 50 had been flown out"; not a deadline: "must leave by Friday", "have been told to leave by midnight",
 * "must be evacuated by Friday", "is expected by Friday").
 */
const SO_FAR = new RegExp(
  [
    String.raw`\b(?:so|thus)\s+far\b|\bto\s+date\b|\b(?:has|have|had)\s+now\b|\bnow\s+(?:puts?|estimates?|counts?|reports?|stands?)\b`,
    String.raw`\bsince\s+(?:the\s+)?(?!records?\b)(?:\w+\s+){0,3}?(?:began|begun|started|broke\s+out|start|beginning|outbreak|onset)\b`,
    // A perfect whose count runs from a time or an event up to the report: "four units have broken down since the
    // weekend", "the index has gained 7% since the move"; not a record ("the lowest level since 2008", "the first
    // time since May"), nor a relative clause's ("the plant, which has run since 1985").
    String.raw`(?<!\b(?:which|who|that)\s+)\b(?:has|have|had)\s+(?:(?!(?:to|will|would|must|should|can|could|may|might|${SUPERLATIVES})\b)[\w'’%-]+(?:[.,]\d+)*\s+){1,8}?since\s+(?!records?\b)\w`,
    String.raw`\b(?:(?:has|have|had)\s+(?:(?!(?:to|will|would|must|should|can|could|may|might)\b)[\w'’%-]+(?:[.,]\d+)*\s+){0,8}?|(?<!\b(?:is|are|be|being|will|must|would|should|can|could|may|might|to)\s+)(?<!\b(?:will|must|would|should|can|could|may|might|to)\s+be\s+)\w+ed\s+)${byTime(false)}`,
    // The time put first: "By the afternoon about 50 workers had been flown out".
    String.raw`\b${byTime(true)},?\s+(?:[\w'’-]+\s+){0,6}?(?:has|have|had)\s+(?!${PLANNED})`,
  ].join('|'),
  'i',
);

/**
 * How much slower than its average rate a total may have grown: the older figure must be at least this share of
 * what the newer one's average rate gives for the older date.
 */
const RATE_SLACK = 4;

/** A quantity counts a running total. */
export function isRunningTotal(predicate: string | undefined): boolean {
  if (predicate === undefined || predicate === WHOLE) return false;
  // A level said to have risen to its figure ("cases have climbed to 574") is a tally as of its date.
  return isOutcome(predicate) || RUNNING_VERBS.has(predicate) || RISING_LEVEL_VERB_STEMS.has(predicate);
}

/**
 * The two figures of a pair count a running total. The pairing already found they count the same thing; a side
 * whose event went unread takes the other's.
 */
function countsRunningTotal(pair: QuantityPair, { texts }: MatchTimes): boolean {
  // A sum of money an outcome's victims get ("each injured worker 50,000 taka") is no count of the outcome.
  if (pair.page.unit !== '' && [pair.page.predicate, pair.reference.predicate].some(isOutcome)) return false;
  // A rate of growth ("revenue rose 27% to 21.4 trillion won") is the size of one change, not a total to date.
  if ([pair.page, pair.reference].some(growthRate)) return false;
  const both = [
    { quantity: pair.page, text: texts.page },
    { quantity: pair.reference, text: texts.reference },
  ];
  // "Volunteers have picked 4.2 tonnes" / "residents have collected about 1.5 tonnes": a perfect on both sides counts
  // what has been done up to each report, a tally to date; so does a count that is the subject of a perfect ("1,480
  // people have filed claims" / "610 customers had filed"), whether or not its verb was read as its event.
  if (both.every(({ quantity, text }) => doneSoFar(quantity, text))) return true;
  // "The fire is 20 percent contained" / "containment stood at 35%": the share of a fire held grows as crews work.
  if (both.every(({ quantity, text }) => containedShare(quantity, text))) return true;
  const sides = both.filter(({ quantity }) => quantity.predicate !== undefined);
  if (sides.length === 0) return false;
  if (sides.every(({ quantity, text }) => isRunningTotal(quantity.predicate) || admittedToHospital(quantity, text)))
    return true;
  // "The number of customers affected has risen to 2.9 million": a side that says its count has risen to where it
  // stands gives a tally to date, of whatever event both sides count.
  if (
    sides.length === 2 &&
    pair.page.predicate === pair.reference.predicate &&
    sides.some(({ quantity, text }) => RISEN_TO.test(text.slice(0, quantity.start)))
  ) {
    return true;
  }
  return false;
}

/** "Contained" or "containment" right after a share, or "containment" shortly before it. */
const CONTAINED_AFTER = /^\s+(?:now\s+)?(?:contained|containment)\b/i;
const CONTAINMENT_BEFORE = /\bcontainment\b[^.;:!?\d]{0,30}$/i;

/** A share of a fire (or a spill, an outbreak) held: "20 percent contained", "35% containment", "containment at 35%". */
function containedShare(quantity: Quantity, text: string): boolean {
  return (
    quantity.unit === 'percent' &&
    (CONTAINED_AFTER.test(text.slice(quantity.end)) ||
      CONTAINMENT_BEFORE.test(text.slice(Math.max(0, quantity.start - 40), quantity.start)))
  );
}

/** A change's size as a share: "rose 27%", "up 62% from a year earlier". */
const growthRate = (quantity: Quantity): boolean =>
  SHARE_UNITS.has(quantity.unit) && (quantity.difference === true || quantity.change !== undefined);

/** A perfect right before the figure ("have collected about 1.5 tonnes"), or the count is a perfect's subject. */
function doneSoFar(quantity: Quantity, text: string): boolean {
  return (
    DONE_SO_FAR.test(text.slice(Math.max(0, quantity.start - 60), quantity.start)) ||
    (quantity.unit === '' && DONE_BY_COUNT.test(text.slice(quantity.end)))
  );
}

/**
 * A count followed by its noun and a perfect verb: "people have filed", "customers had now registered", "residents
 * have been evacuated", "households have been hit" (not "had been on board", "had been asleep": a state at one
 * moment).
 */
const DONE_BY_COUNT =
  /^\s+(?:[\p{L}-]+\s+){0,5}?(?:has|have|had)\s+(?:now\s+|so\s+far\s+|already\s+)?(?:been\s+)?(?:(?!(?:children|women|men|citizens?|gardens?|kitchens?|chickens?|sirens?|screens?|green|dozens?|tokens?|ovens?|been)\b)\p{L}+(?:ed|en)|hit|cut|shut|struck|caught|brought|built|bought|sold|lost|left|kept|held|sent|spent|found|paid|put|led|fled|swept|hurt)\b/iu;

/** A perfect verb right before a count: "have collected about", "has now vaccinated", "have so far removed". */
const DONE_SO_FAR =
  /\b(?:has|have)\s+(?:now\s+|so\s+far\s+|already\s+)?\w+(?:ed|en)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|at\s+least\s+|over\s+)?$/i;

/** A perfect "risen to" right before a count: "has risen to", "had now climbed to". */
const RISEN_TO = /\b(?:has|have|had)\s+(?:now\s+)?(?:risen|climbed|grown|increased|jumped|mounted|swelled)\s+to\s*$/i;

/** "Admitted to hospital", "taken to a hospital", "rushed to hospitals" after a count. */
const TO_HOSPITAL =
  /^\D{0,40}?\b(?:admitted|taken|rushed|brought|flown|airlifted)\s+to\s+(?:a\s+|the\s+)?(?:local\s+|nearby\s+)?hospitals?\b/i;

/**
 * The predicates the analysis gives a count of people who reach hospital (a verb's stem, or a phrase's): admitted,
 * taken, rushed, brought, flown, airlifted.
 */
const TO_HOSPITAL_VERBS = new Set(['admit', 'take', 'take_to', 'rush', 'bring', 'bring_to', 'fly', 'airlift']);

/**
 * A count of people admitted or taken to hospital ("17 have been admitted to hospital", "four were taken to
 * hospital"), a tally of a disaster's casualties; not of people who admitted a deed.
 */
function admittedToHospital(quantity: Quantity, text: string): boolean {
  return TO_HOSPITAL_VERBS.has(quantity.predicate ?? '') && TO_HOSPITAL.test(text.slice(quantity.end));
}

/** The two sentences of a match placed in time, with their texts. */
export interface MatchTimes {
  page: SentenceTime;
  reference: SentenceTime;
  texts: { page: string; reference: string };
  /** The dates of the two articles, where known (for counts of one day told by reports of different days). */
  reports?: { page?: DateSpan; reference?: DateSpan };
}

/**
 * The two figures of a pair count a current state ("six remain missing", "1,200 are in shelters"): it may have
 * risen or fallen between two dates (see state.ts). One side saying so is enough: the pairing found they count the
 * same thing.
 */
function countsCurrentState(pair: QuantityPair, { texts }: MatchTimes): boolean {
  return countsState(texts.page, pair.page) || countsState(texts.reference, pair.reference);
}

interface Side {
  value: number;
  high: number;
  time: SentenceTime;
}

/** The newer figure's period explains the older one: it grew no faster than its average rate allows. */
function plausibleGrowth(older: Side, newer: Side): boolean {
  const start = newer.time.since ?? older.time.since;
  if (start === undefined || start === null) return true;
  const newerDays = newer.time.when!.last - start;
  const olderDays = older.time.when!.first - start;
  if (newerDays <= 0) return true;
  if (olderDays < 0) return true;
  const expected = (newer.value * olderDays) / newerDays;
  return older.high * RATE_SLACK >= expected;
}

/** The side placed later in time; undefined when a side has no date or the two dates overlap. */
function newerSide({ page, reference }: MatchTimes): 'page' | 'reference' | undefined {
  return laterOf(page.when, reference.when);
}

/** Which of two dates is later: undefined when either is missing or the two overlap. */
function laterOf(page: DateSpan | undefined, reference: DateSpan | undefined): 'page' | 'reference' | undefined {
  if (!page || !reference || (page.first <= reference.last && reference.first <= page.last)) return undefined;
  return page.first > reference.last ? 'page' : 'reference';
}

/** The sentence calls its count a tally so far by its words (SO_FAR): "so far", "to date", "recounted by Tuesday". */
export const saysTallySoFar = (text: string): boolean => SO_FAR.test(text);

/** "Since" a month or a year, or since the start of the year or the month: a stretch of the calendar up to now. */
const SINCE_CALENDAR = new RegExp(
  String.raw`\bsince\s+(?:(?:early|mid|late)\s+)?(?:(?:${MONTH_NAMES.join('|')})\b|(?:19|20)\d\d\b|the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+(?:year|month)\b)`,
  'i',
);

/**
 * A tally so far (SO_FAR: a perfect up to the report, not "the lowest since", "the first payout since", nor a
 * relative clause's "in office since 2019") over a stretch of the calendar: "more than 9 tonnes have been seized
 * since January", "have risen 12% since 2019". It adds up every event of the stretch.
 */
export const countsOverPeriod = (text: string): boolean => SINCE_CALENDAR.test(text) && SO_FAR.test(text);

/** One side calls its count a tally so far ("29 have so far admitted it"): a running total by its own words. */
function saysSoFar({ texts }: MatchTimes): boolean {
  return saysTallySoFar(texts.page) || saysTallySoFar(texts.reference);
}

/** The side (or both) that has no date. */
function dateless({ page, reference }: MatchTimes): Undated | undefined {
  if (!page.when && !reference.when) return 'both';
  if (!page.when) return 'page';
  return reference.when ? undefined : 'reference';
}

/**
 * The side that itself gives the other side's figure as its earlier one ("killed 19 people, up from 14 on Tuesday"
 * against "have killed 14"): it says the figure changed since, so it is the newer, whatever the dates.
 */
function toldEarlier(pair: QuantityPair, { texts }: MatchTimes): 'page' | 'reference' | undefined {
  const gives = (text: string, figure: Quantity) =>
    earlierFigures(text).some(
      (earlier) => earlier.unit === figure.unit && earlier.value <= figure.high && figure.value <= earlier.high,
    );
  if (gives(texts.page, pair.reference)) return 'page';
  return gives(texts.reference, pair.page) ? 'reference' : undefined;
}

/** Qualifiers by which a figure gives only a floor the count had reached ("at least 40", "more than 40"). */
export const FLOOR_QUALIFIERS: ReadonlySet<string> = new Set(['atLeast', 'moreThan']);
/** A count given as of an hour of its day ("as of 4:15 p.m.", "as of this evening"): a tally still being made. */
const AS_OF_HOUR =
  /\bas\s+of\s+(?:\d{1,2}(?::\d{2})?\s*[ap]\.?m\b|\d{1,2}:\d{2}\b|noon\b|midday\b|this\s+(?:morning|afternoon|evening)\b|(?:early|late)\s+\w+\b|the\s+(?:morning|afternoon|evening)\b)/i;

/**
 * Two reports of the same day whose running totals differ, where the lower one gives itself as a tally still being
 * made: a floor ("at least 23 killed", "more than 90 dead") or a count as of an hour ("as of 4:15 p.m.", "so far").
 * A toll climbs through the day of a disaster, and the lower figure says it is the count up to then: it is the
 * earlier report, and the higher side the newer. A lower figure stated as the total ("23 were killed") stays a
 * contradiction, and so do two floors ("at least 34" / "at least 41"): neither says it is the later count.
 */
function floorOfTheSameDay(pair: QuantityPair, times: MatchTimes): 'page' | 'reference' | undefined {
  const { page, reference } = times;
  // Only a conflict: a floor the other figure is within ("more than 400" / "412") already agrees.
  if (pair.verdict !== 'conflict' || !page.when || !reference.when) return undefined;
  if (!countsRunningTotal(pair, times) && !saysSoFar(times)) return undefined;
  if (page.when.first !== page.when.last || page.when.first !== reference.when.first) return undefined;
  if (reference.when.first !== reference.when.last) return undefined;
  const [lower, higher, lowerText] =
    pair.page.high < pair.reference.value
      ? [pair.page, 'reference' as const, times.texts.page]
      : pair.reference.high < pair.page.value
        ? [pair.reference, 'page' as const, times.texts.reference]
        : [undefined, undefined, ''];
  if (!lower) return undefined;
  // Two floors of one day ("at least 34" / "at least 41") are two counts of one moment that disagree.
  const upper = higher === 'page' ? pair.page : pair.reference;
  if (FLOOR_QUALIFIERS.has(upper.qualifier)) return undefined;
  const provisional = FLOOR_QUALIFIERS.has(lower.qualifier) || saysTallySoFar(lowerText) || AS_OF_HOUR.test(lowerText);
  return provisional ? higher : undefined;
}

/**
 * Two counts of one day, one told in a report of that day and the other, in a report written after it, as the count
 * at the day's end ("eleven bodies had been recovered by Tuesday night"): the later report knows the day's whole
 * count, the report of the day only what was counted when it was written. The later report is the newer count. A
 * count "as of Tuesday" may be of any hour of it: no newer.
 */
function toldAfterTheDay(pair: QuantityPair, times: MatchTimes): 'page' | 'reference' | undefined {
  const { page, reference, reports, texts } = times;
  const day = page.when;
  if (!day || !reference.when || day.first !== day.last) return undefined;
  if (reference.when.first !== day.first || reference.when.last !== day.first) return undefined;
  // The later report dates its count to the day's end by its own words, in the count's clause; the other's is of its
  // own report's day.
  const toldAfter = (time: SentenceTime, report: DateSpan | undefined, text: string, count: Quantity) =>
    time.own && report !== undefined && report.first > day.last && DAY_END.test(clauseOf(text, count));
  const toldDuring = (report: DateSpan | undefined) => report !== undefined && report.first === day.first;
  if (toldAfter(page, reports?.page, texts.page, pair.page) && toldDuring(reports?.reference)) return 'page';
  return toldAfter(reference, reports?.reference, texts.reference, pair.reference) && toldDuring(reports?.page)
    ? 'reference'
    : undefined;
}

/** A count done by the end of a day: "by Tuesday night", "by late Tuesday", "by the end of Tuesday", "by midnight". */
const DAY_END =
  /\bby\s+(?:late\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?:night|evening)\b|midnight\b|nightfall\b|the\s+end\s+of\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)/i;

/** The clause of `text` a count stands in: from the comma, semicolon or colon before it to the one after it. */
function clauseOf(text: string, count: Quantity): string {
  const after = /[,;:]/.exec(text.slice(count.end));
  return text.slice(clauseStart(text, count), after ? count.end + after.index : text.length);
}

/** Where the clause of a count begins: after the last comma, semicolon or colon before it. */
function clauseStart(text: string, count: Quantity): number {
  const before = text.slice(0, count.start);
  return Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1;
}

/**
 * A figure its own sentence gives as a first count, to be revised: "according to an initial estimate", "preliminary
 * figures show", "early results", "the first update", a share of the vote "with 63 percent of ballots counted" (an
 * estimate of the figure itself: see estimated).
 */
const PROVISIONAL = new RegExp(
  [
    String.raw`\b(?:initial|preliminary|provisional|early|first|partial)\s+(?:official\s+)?(?:estimates?|figures?|results?|counts?|tallies|tally|reports?|assessments?|data|returns|updates?)\b`,
    // Instruments' first readings, not a bill's ("passed its first reading").
    String.raw`\b(?:initial|preliminary|early)\s+readings?\b`,
    // A vote count not yet done: "with about 63 percent of ballots counted", "with 80% of polling stations reporting".
    String.raw`\bwith\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+|over\s+|just\s+)?[\d.]+\s*(?:%|per\s*cent|percent)\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:ballots|votes|polling\s+stations|precincts|districts|constituencies)\s+(?:counted|tallied|processed|reporting|in)\b`,
  ].join('|'),
  'i',
);

/**
 * A count over a window that ends at its report: "in the 24 hours to Sunday morning", "over the past 24 hours", "in
 * the last week". Two such counts of different dates count different windows: either may be the larger.
 */
const WINDOW =
  /\b(?:in|over|during|within)\s+the\s+(?:(?:past|last|previous|preceding)\s+(?:\w+\s+)?(?:hours?|days?|week|fortnight|month)|[\w-]+\s+hours?\s+(?:to|until|up\s+to)\b)/i;

/**
 * The older side's figure was a first estimate by the words of its clause, or both count windows of one length
 * ending at their reports.
 */
function revisedOrWindowed(pair: QuantityPair, times: MatchTimes): boolean {
  const { texts } = times;
  const newer = newerSide(times);
  if (!newer) return false;
  const older = newer === 'page' ? 'reference' : 'page';
  if (PROVISIONAL.test(sourceOfFigure(texts[older], pair[older])) || estimated(texts[older], pair[older])) return true;
  const windows = [WINDOW.exec(texts.page), WINDOW.exec(texts.reference)];
  return windows.every((window) => window !== null) && windowLength(windows[0]![0]) === windowLength(windows[1]![0]);
}

/** "Estimated at", "an estimated", "estimates put it at" right before a figure, with no other figure between. */
const ESTIMATE_BEFORE =
  /\b(?:estimated|estimates?)\b[^\d.;:]{0,24}$|\bestimates?\s+(?:put|puts|place|places)\s[^\d.;:,]{0,60}$/i;
/** Characters before a figure read for the words that give it as an estimate. */
const ESTIMATE_REACH = 90;
/** "..., according to a ministry estimate" after a figure, or "..., officials estimated." closing its sentence. */
const ESTIMATE_AFTER =
  /^[^\d.;:]{0,60}?(?:\baccording\s+to\s+(?:[\w'’-]+\s+){0,3}?estimates?\b|,\s*(?:[\w'’-]+\s+){1,4}estimated\s*[.!]?\s*$)/i;

/**
 * The figure itself is given as an estimate, whoever made it ("was estimated at 1.9 million tonnes", "an estimated
 * 300", "about 6 million euros, according to a ministry estimate", "early estimates put exports at about 1.05 million
 * tonnes"): a later figure revises it. An estimate of another figure in the sentence ("300 passengers, an estimated
 * 40 of them children"), or one the figure is set against ("beating analysts' estimates", "more than lawyers had
 * estimated"), says nothing of this one.
 */
function estimated(text: string, figure: Quantity): boolean {
  return (
    ESTIMATE_BEFORE.test(text.slice(Math.max(0, figure.start - ESTIMATE_REACH), figure.start)) ||
    ESTIMATE_AFTER.test(text.slice(figure.end))
  );
}

/**
 * A clause of source put first: "According to preliminary figures, ...", "Based on early returns, ...", "With about 63
 * percent of ballots counted, ...".
 */
const FRONTED_SOURCE =
  /^\W*(?:according\s+to|based\s+on|citing|with\s+[^,;]*\b(?:counted|tallied|processed|reporting))\b[^,;]*,/i;

/**
 * The words that may say where a figure comes from: its own clause and what follows it ("is about 40 metres long,
 * according to an initial estimate"), and a clause of source put first; not another clause before it ("In its first
 * report since the merger, the company said net profit was ...").
 */
function sourceOfFigure(text: string, figure: Quantity): string {
  const before = text.slice(0, figure.start);
  const start = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1;
  const fronted = FRONTED_SOURCE.exec(text);
  return `${fronted && fronted[0].length <= start ? fronted[0] : ''} ${text.slice(start)}`;
}

/** A window's length as its words give it: "24 hours" in "in the 24 hours to Sunday" and "over the past 24 hours". */
function windowLength(phrase: string): string {
  return phrase
    .toLowerCase()
    .replace(/^(?:in|over|during|within)\s+the\s+(?:past|last|previous|preceding)?\s*/, '')
    .replace(/\s+(?:to|until|up\s+to)$/, '')
    .replace(/s$/, '');
}

/**
 * A verb of setting a figure anew right before it, said as done: "raised the total severance it will pay to $3.1
 * million", "has cut its forecast to 2%", "increased the reward to", "revised the bill up to". What someone changed a
 * figure to was another figure before. Not a plan, a want or a modal ("plans to lower the limit to", "demanding that
 * the government raise the wage to", "would cut it to"), nor a noun ("a cut to 4.25 per cent").
 */
const CHANGED_TO =
  /(?<!\b(?:to|would|will|could|should|may|might|must|can|that|a|an|the|its|their|his|her)\s+)\b(?:(rais|increas|lift|boost|hik|upp|doubl|tripl|upgrad)|(cut|lower|reduc|trimm|trim|slash|downgrad)|revis|adjust|amend)(?:e|es|ed|ing|s)?\s+(?:(?!(?:from|and|but|or|which|who|that)\b)[\w'’-]+\s+){0,12}?(?:up\s+|down\s+)?to\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|just\s+|an?\s+)?$/i;

/**
 * A verb of a level's own change right before its figure, said as done: "has climbed to", "rose to", "had fallen
 * to", "swelled to about". A figure that went up to its value was lower before, as one raised to it was.
 */
const MOVED_TO =
  /(?<!\b(?:to|would|will|could|should|may|might|must|can|that)\s+)\b(?:(?:has|have|had)\s+(?:now\s+|since\s+)?)?(?:(risen|rose|climbed|grown|grew|jumped|mounted|swelled|swollen|soared)|(fallen|fell|dropped|declined|shrunk|shrank|slumped|plunged))\s+to\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|just\s+)?$/i;

/** Words before a change that make it a plan, a want or a forecast, not a change made ("unions are demanding that"). */
const WANTED_CHANGE =
  /\b(?:plans?|planned|planning|propos\w*|wants?|wanted|demand\w*|urg\w*|calls?\s+for|called\s+for|ask\w*|seek\w*|sought|hop\w*|aim\w*|intend\w*|expect\w*|threat\w*|vow\w*|pledg\w*|promis\w*|would|will|could|may|might|should|must)\b/i;

/**
 * A count's noun right after it ("cut gas supplies to 12 European countries"): "to" then names whom the act reaches,
 * not the figure it set.
 */
const COUNTED_AFTER =
  /^\s+(?!(?:from|by|in|on|at|this|last|after|before|per|a|an|the|of|over|under|until|since|for|and|but|with)\b)\p{L}/iu;

/**
 * The way the figure was changed, when its clause says someone changed it to its value (CHANGED_TO) or that it moved
 * to it (MOVED_TO): 'up', 'down', or 'either' (revised, adjusted); undefined when it does not.
 */
function changedTo(text: string, figure: Quantity): 'up' | 'down' | 'either' | undefined {
  // An amount in millions or billions is a sum, whatever noun of money follows it ("40.3 billion manats").
  const sum = /\b(?:million|billion|trillion)\b/i.test(figure.text);
  if (figure.unit === '' && !sum && COUNTED_AFTER.test(text.slice(figure.end))) return undefined;
  const clause = text.slice(clauseStart(text, figure), figure.start);
  const found = CHANGED_TO.exec(clause) ?? MOVED_TO.exec(clause);
  if (!found || WANTED_CHANGE.test(clause.slice(0, found.index))) return undefined;
  return found[1] ? 'up' : found[2] ? 'down' : 'either';
}

/**
 * One side gives its figure as changed to it ("has raised the severance to $3.1 million") and is the newer, and the
 * older side's figure lies the way the change came from (below a raise, above a cut): the older figure is what it
 * was before. Both sides telling a change ("lowered to 20" / "raised to 30") tell one act two ways: no update.
 */
function changedSince(pair: QuantityPair, times: MatchTimes): 'page' | 'reference' | undefined {
  const page = changedTo(times.texts.page, pair.page);
  const reference = changedTo(times.texts.reference, pair.reference);
  if ((page === undefined) === (reference === undefined)) return undefined;
  const side = page ? 'page' : 'reference';
  if (newerSide(times) !== side) return undefined;
  const [changed, older] = side === 'page' ? [pair.page, pair.reference] : [pair.reference, pair.page];
  const way = page ?? reference;
  if (way === 'up' && older.value >= changed.value) return undefined;
  if (way === 'down' && older.value <= changed.value) return undefined;
  return side;
}

/**
 * "Now" in the figure's clause, before it ("will now stop on 31 August", "the government now says transfers will
 * reach 250,000"): the figure as it stands since it changed. Not "from now", "until now", "by now", "for now", an
 * age ("now 74") or a compound ("the now-closed plant"), nor across a comma.
 */
const NOW_BEFORE = /(?<!\b(?:from|until|till|to|by|for)\s+)\bnow\b(?![-\s]*\d)(?!-)[^.;:!?,]{0,80}$/i;

/** The side whose figure is told as it is now is the newer report, and the other side does not say so. */
function toldAsNow(pair: QuantityPair, times: MatchTimes): 'page' | 'reference' | undefined {
  const saysNow = (text: string, figure: Quantity) =>
    NOW_BEFORE.test(text.slice(Math.max(0, figure.start - 80), figure.start));
  const page = saysNow(times.texts.page, pair.page);
  if (page === saysNow(times.texts.reference, pair.reference)) return undefined;
  const side = page ? 'page' : 'reference';
  return newerSide(times) === side ? side : undefined;
}

/** Which side is newer when time explains the difference in this pair of figures; undefined when it does not. */
function explainedPair(pair: QuantityPair, times: MatchTimes): 'page' | 'reference' | undefined {
  const told = toldEarlier(pair, times) ?? changedSince(pair, times) ?? toldAsNow(pair, times);
  if (told) return told;
  // A first estimate revised, or two windows' counts: either way, at any pace (not a rate of growth, which is one
  // change's size: "prices rose 4.1% in the past month").
  if (!growthRate(pair.page) && !growthRate(pair.reference) && revisedOrWindowed(pair, times)) return newerSide(times);
  const state = countsCurrentState(pair, times);
  if (!state && !countsRunningTotal(pair, times) && !saysSoFar(times)) return undefined;
  const { page, reference } = times;
  const newer =
    newerSide(times) ?? (state ? undefined : (floorOfTheSameDay(pair, times) ?? toldAfterTheDay(pair, times)));
  if (!newer) return undefined;
  // One event's toll is counted within weeks: two counts more than a year apart, neither of a period ("since
  // 2019"), are of two events ("in November 2016 a tram derailed, killing seven").
  if (page.since === undefined && reference.since === undefined && daysApart(times) > MOST_DAYS_OF_ONE_COUNT) {
    return undefined;
  }
  // A state may have gone either way, at any pace.
  if (state) return newer;
  const pageSide = { value: pair.page.value, high: pair.page.high, time: page };
  const referenceSide = { value: pair.reference.value, high: pair.reference.high, time: reference };
  const [before, after] = newer === 'page' ? [referenceSide, pageSide] : [pageSide, referenceSide];
  if (after.high < before.value) return undefined; // a running total does not fall
  if (!plausibleGrowth(before, after)) return undefined;
  return newer;
}

/** Every differing pair gives a level as it stands at its date (see countsCurrentState), which may go either way. */
export function levelsOfTheirDays(conflicts: readonly QuantityPair[], times: MatchTimes): boolean {
  return conflicts.length > 0 && conflicts.every((pair) => countsCurrentState(pair, times));
}

/**
 * Counts each given by the older report as a floor ("at least 420 ballots have been set aside") and by the newer one
 * as more ("in all, 512 ballots were set aside"): the floor said the count was not done, so the later, larger figure
 * is the count gone on, of whatever it counts. The update, when the two are dated apart within one count's days.
 */
export function raisedFloor(pairs: readonly QuantityPair[], times: MatchTimes): MatchTime | undefined {
  const newer = newerSide(times);
  if (!newer || pairs.length === 0) return undefined;
  if (
    times.page.since === undefined &&
    times.reference.since === undefined &&
    daysApart(times) > MOST_DAYS_OF_ONE_COUNT
  )
    return undefined;
  const older = newer === 'page' ? 'reference' : 'page';
  // "At least": a count not done; "more than", "over" also mark thresholds ("most are over 70").
  if (
    !pairs.every(
      (pair) =>
        pair[older].unit === '' &&
        pair[older].qualifier === 'atLeast' &&
        !isVaguePlural(pair[older]) &&
        pair[newer].value > pair[older].high,
    )
  ) {
    return undefined;
  }
  return { page: times.page.when?.iso ?? '', reference: times.reference.when?.iso ?? '', newer };
}

/**
 * Every differing pair sets a count of who is still in a state ("seven are still being treated for serious
 * injuries") beside a total of the same outcome that is not one ("31 were injured"), and the state's count is
 * within the total: those still in it are some of the total, not another figure for it. No contradiction.
 */
export function stateWithinTotal(conflicts: readonly QuantityPair[], { texts }: MatchTimes): boolean {
  return (
    conflicts.length > 0 &&
    conflicts.every((pair) => {
      const pageState = saysInState(texts.page, pair.page);
      const referenceState = saysInState(texts.reference, pair.reference);
      if (pageState === referenceState) return false;
      const [state, total] = pageState ? [pair.page, pair.reference] : [pair.reference, pair.page];
      return state.value <= total.high;
    })
  );
}

/**
 * The side (or both) that cannot be placed in time when the contradiction is in running totals: its difference
 * might be one time explains, but with no date it stays a conflict, and the reader is told the date is unknown.
 * Undefined when both sides have dates or a differing figure is not a running total.
 */
export function undatedSide(conflicts: readonly QuantityPair[], times: MatchTimes): Undated | undefined {
  if (conflicts.length === 0) return undefined;
  if (
    !conflicts.every((pair) => countsRunningTotal(pair, times) || countsCurrentState(pair, times) || saysSoFar(times))
  )
    return undefined;
  return dateless(times);
}

/**
 * The update a contradiction is, when time explains every one of its differing figures in the same direction
 * and nothing else differs (a negation beside a figure is another fact); undefined otherwise.
 */
export function updateOf(
  conflicts: readonly QuantityPair[],
  otherDifferences: number,
  times: MatchTimes,
): MatchTime | undefined {
  if (conflicts.length === 0 || otherDifferences > 0) return undefined;
  const directions = new Set(conflicts.map((pair) => explainedPair(pair, times)));
  if (directions.size !== 1 || directions.has(undefined)) return undefined;
  const [newer] = [...directions] as ('page' | 'reference')[];
  // A side that gives the other's figure as its earlier one is newer though a date is unknown.
  return { page: times.page.when?.iso ?? '', reference: times.reference.when?.iso ?? '', newer };
}

/**
 * A negation that time explains: every word negated on one side and asserted on the other states a position
 * (see position.ts), and the two sides are dated apart. The later side holds the position now. A denied event,
 * two reports of the same date or a side without a date is no update.
 */
export function changeOfPosition(negated: readonly NegatedWord[], times: MatchTimes): MatchTime | undefined {
  if (negated.length === 0 || !negated.every(deniesPosition)) return undefined;
  const newer = newerSide(times);
  // An act is not undone: a later report that it was not done contradicts an earlier one that it was.
  if (!newer || negated.some((word) => word.side === newer && deniesAct(word))) return undefined;
  if (daysApart(times) < POSITION_DAYS) return undefined;
  return { page: times.page.when!.iso, reference: times.reference.when!.iso, newer };
}

/**
 * A negation that time explains because it denies a state ("remained without power on Tuesday" / "had power again by
 * Thursday night"): every word negated on one side and asserted on the other is what a side is without, and the two
 * sides are dated apart. A state may end the next day: no least number of days.
 */
export function changeOfState(negated: readonly NegatedWord[], times: MatchTimes): MatchTime | undefined {
  if (negated.length === 0 || !negated.every(deniesState)) return undefined;
  const newer = newerSide(times);
  if (!newer) return undefined;
  return { page: times.page.when!.iso, reference: times.reference.when!.iso, newer };
}

/**
 * Words that say a date was moved ("postponed to", "pushed back", "a month later than planned", "will now open on",
 * "is now due on"): the plan changed, so its earlier date is not a mistake.
 */
const RESCHEDULED =
  /\b(?:postpon(?:e|es|ed|ing|ement)|reschedul(?:e|es|ed|ing)|(?:pushed|put|moved) back|brought forward|moved (?:up|forward)|(?:later|earlier|sooner) than (?:first )?(?:planned|scheduled|announced|intended)|(?:a|its|the) new date|will now|(?:is|are) now (?:due|set|scheduled|planned))\b/i;
/** A day or month that dates a plan in the same clause as RESCHEDULED. */
const DATE_WORD = new RegExp(`\\b(?:${[...WEEKDAY_NAMES, ...MONTH_NAMES].join('|')})\\b`, 'i');

/**
 * The text says its date was moved: a clause holds both a word of moving a date (RESCHEDULED) and a day or a month,
 * or the clause right after the date's says so ("will stop on 31 August, a month later than planned"). A word of
 * moving in another clause ("Ilves, who will now face trial, was arrested on 2 April") says nothing of the date.
 */
function movesItsDate(text: string): boolean {
  const clauses = text.split(/[,;:()\u2013\u2014]/);
  return clauses.some(
    (clause, n) =>
      (RESCHEDULED.test(clause) && DATE_WORD.test(clause)) ||
      (DATE_WORD.test(clause) &&
        /^\s*(?:an?\s+\w+\s+)?(?:later|earlier|sooner)\s+than\b/i.test(clauses[n + 1] ?? '') &&
        RESCHEDULED.test(clauses[n + 1] ?? '')),
  );
}

/** The newer of the two reports, when each has a date and they do not overlap. */
const datedApart = (reports: MatchTimes['reports']) => laterOf(reports?.page, reports?.reference);

/**
 * One side says its date was moved (movesItsDate) and the two reports cannot be placed in time: a change of plan may
 * explain the difference, so it is no contradiction.
 */
export function toldRescheduled(texts: { page: string; reference: string }, reports: MatchTimes['reports']): boolean {
  return datedApart(reports) === undefined && (movesItsDate(texts.page) || movesItsDate(texts.reference));
}

/**
 * Dates that differ because the newer report says the date was moved ("will now stop on 31 August, a month later
 * than planned" after "will stop on 31 July"): an update of the plan, placed by the dates of the two reports (the
 * sentences' own dates are the plan's). Told by the older report it is no update; with a report undated, see
 * toldRescheduled.
 */
export function rescheduled({ reports, texts }: MatchTimes): MatchTime | undefined {
  const newer = datedApart(reports);
  if (!newer || !movesItsDate(texts[newer])) return undefined;
  return { page: reports!.page!.iso, reference: reports!.reference!.iso, newer };
}

/** A verb of finding: the newer side found or reported what the older had not yet. */
const FOUND = `(?:${FINDING_VERBS})`;

/**
 * The text says the thing (a word of stem `stem`) was found: a verb of finding governs it in its clause, as its
 * object ("divers found a small leak") or its passive subject ("a small leak had been found"); not a verb of another
 * clause ("hopes of finding survivors faded, officials reported").
 */
function foundThere(text: string, stem: string): boolean {
  const letters = stem.replace(/[^\p{L}\d]/gu, '');
  if (letters.length < 2) return false;
  const word = String.raw`\b${letters}\w*`;
  return new RegExp(
    String.raw`\b${FOUND}\s+(?:[^\s,;:.]+\s+){0,3}?${word}|${word}(?:\s+[^\s,;:.]+){0,3}?\s+(?:has|have|had|was|were)\s+(?:now\s+)?(?:been\s+)?${FOUND}\b`,
    'iu',
  ).test(text);
}

/**
 * A negation that time explains because one side counted none so far ("no road accidents so far", "no leak has been
 * detected") and the newer side counts some ("the storm caused 17 traffic accidents") or says it was found ("a small
 * leak was found"): a tally that started. The denial must be the older report's; a later report of none contradicts
 * an earlier count.
 */
export function startOfTally(
  negated: readonly NegatedWord[],
  times: MatchTimes,
  counts: { page: readonly Quantity[]; reference: readonly Quantity[] },
): MatchTime | undefined {
  if (negated.length === 0 || !negated.every(deniesTallySoFar)) return undefined;
  const newer = newerSide(times);
  if (!newer || negated.some((word) => word.side === newer)) return undefined;
  const denied = new Set(negated.map(({ words, at }) => words[at].stem));
  const counted = counts[newer].some((quantity) => quantity.unit === '' && denied.has(quantity.head));
  // "No fuel leak has been detected", then "a small leak had been found": the newer side found what was not yet, a
  // word of what the denial covers (every word its cue negates: fuel, leak, detected).
  const covered = negated.flatMap(({ words, at }) =>
    words.filter((word) => word.negated && word.cue === words[at].cue).map((word) => word.stem),
  );
  if (!counted && !covered.some((stem) => foundThere(times.texts[newer], stem))) return undefined;
  return { page: times.page.when!.iso, reference: times.reference.when!.iso, newer };
}

/** A sentence's time with the date of its report. */
interface Reported {
  time: SentenceTime;
  report: DateSpan | undefined;
}

/** The fact is of its report's time: dated by the report, or by its own words within a year of it. */
function ofItsReport({ time, report }: Reported): boolean {
  if (!time.own) return true;
  return report !== undefined && Math.abs(report.first - time.when!.first) <= MOST_DAYS_OF_ONE_COUNT;
}

/** `side` dates its fact by its own words, before its report and more than a year before `other`'s fact. */
function longBefore(side: Reported, other: Reported): boolean {
  const { time, report } = side;
  if (!time.own || report === undefined || time.when!.last >= report.first) return false;
  return other.time.when!.first - time.when!.last > MOST_DAYS_OF_ONE_COUNT && ofItsReport(other);
}

/**
 * One sentence dates its fact by its own words more than a year before the other's, which is of its report's time
 * ("In April 2016 a tornado killed four people in Dolores" against a report of this week's tornado): two events of
 * one kind, not one fact told twice, whether their figures agree or not. Two own dates long past are one fact's two
 * dates ("the last blackout was in August 2019" / "in August 2016"), for the date rule to compare; a date after its
 * report ("the ban runs until September 2030") ends something; a total of a period ("since 1998") is not dated so.
 */
export function yearsApart(times: MatchTimes, published: { page: string; reference: string }): boolean {
  const { page, reference } = times;
  if (!page.when || !reference.when || page.since !== undefined || reference.since !== undefined) return false;
  const pageSide = { time: page, report: dateSpan(published.page) };
  const referenceSide = { time: reference, report: dateSpan(published.reference) };
  return longBefore(pageSide, referenceSide) || longBefore(referenceSide, pageSide);
}

/**
 * The two reports are more than a year apart and neither sentence dates its fact by its own words ("full
 * restoration could take two days" in a report of 2019 and in one of 2025): another year's event of the kind, or a
 * fact a year on. Time, not a mistake, explains what differs between them.
 */
export function reportsYearsApart(times: MatchTimes, published: { page: string; reference: string }): boolean {
  if (times.page.own || times.reference.own) return false;
  const page = dateSpan(published.page);
  const reference = dateSpan(published.reference);
  if (page === undefined || reference === undefined) return false;
  const apart = page.first > reference.last ? page.first - reference.last : reference.first - page.last;
  return apart > MOST_DAYS_OF_ONE_COUNT;
}

/** Most days between two counts of one event's running total without a period of their own. */
const MOST_DAYS_OF_ONE_COUNT = 366;

/**
 * Fewest days between two reports for a turned position to be an update: within one news cycle, opposite
 * accounts of what someone wants or has asked for are two accounts of the same moment, and one is wrong. Tolls
 * are another matter: they rise by the hour.
 */
const POSITION_DAYS = 7;

/** Days between the end of the older report's date and the start of the newer one's (dates that do not overlap). */
function daysApart({ page, reference }: MatchTimes): number {
  const a = page.when!;
  const b = reference.when!;
  return a.first > b.last ? a.first - b.last : b.first - a.last;
}

/** The side (or both) without a date when a position turns: it might be an update, but cannot be placed in time. */
export function undatedPosition(negated: readonly NegatedWord[], times: MatchTimes): Undated | undefined {
  if (negated.length === 0 || !negated.every(deniesPosition)) return undefined;
  return dateless(times);
}

/** What an update changed, in a reader's word: a figure (a running total) or an account (a stated position). */
export function updatedThing(differences: readonly Difference[]): 'figure' | 'account' {
  return differences.some((difference) => difference.kind === 'number') ? 'figure' : 'account';
}
