/**
 * Counts of a current state: who or what still is in a state when the report is written ("six people remain
 * missing", "1,200 are in emergency shelters", "about 60 ships were waiting to unload", "40 were still in
 * hospital"). Unlike a running total, such a count falls as well as rises: the missing are found, the sheltered go
 * home. Two reports of it at different dates may both be right whichever is larger; at the same date they conflict.
 *
 * Read from the words of the count's own clause, for any story: a verb of remaining or "still" anywhere in it; or,
 * after the count, a present "is"/"are" with a state ("are missing", "are in shelters", "are without power", "are
 * closed", "are also unwell"), a present "have" of what is lacking or back ("have no water", "have their power
 * back"), or a progressive ("were waiting", "are being treated"), unless the clause ties it to one moment ("were
 * sleeping when the fire broke out", "at the time").
 */
import { CASUALTIES, DEATHS, INJURIES, MISSING } from '../features/predicate';
import { isMargin } from '../features/quantities';
import { SHARE_UNITS } from '../features/quantity/measure';
import { clauseBreakAt } from '../text/clause-break';
import { lastWholeWordBefore } from '../text/whole-word';
import type { Quantity } from '../types';
import type { NegatedWord } from './position';

/**
 * "remain", "stayed", "still", "spent the night": the count is of those in the state at the time of the report (or
 * of that night).
 */
const REMAINING = /\b(?:remain(?:s|ed|ing)?|stay(?:s|ed|ing)?|still|sp[ea]nt\s+the\s+night|spending\s+the\s+night)\b/i;
/** A present state after the count: "are missing", "are in shelters", "is without power", "are stranded". */
const PRESENT_STATE =
  /^[^,;:]*?\b(?:(?:is|are)\s+(?:now\s+|also\s+)?(?:missing|stranded|trapped|homeless|displaced|hospitali[sz]ed|ill|sick|unwell|infected|closed|shut|blocked|flooded|employed|in|at|on|without|under)|(?:has|have)\s+(?:now\s+)?no|(?:has|have)\s+(?:\w+\s+){1,2}back)\b/i;
/**
 * Under water, cut off or without supply after the count, in the present or the past: "8,500 hectares were under
 * water", "40 villages were cut off", "5,000 households were without power". Water rises and recedes, supply is cut
 * and restored; the count is of that day.
 */
const UNDER_WATER =
  /^[^,;:]*?\b(?:is|are|was|were)\s+(?:now\s+|still\s+)?(?:under\s+water|underwater|flooded|submerged|inundated|cut\s+off|without\s+(?:power|electricity|water|gas|heating|service|supply|internet|phone))\b/i;
/**
 * A past state after the count that lasts until it ends: "400 trucks were stranded", "3,800 workers were employed on
 * the site", "6,400 families were on the waiting list" (unless tied to one moment: "were stranded when the road
 * collapsed"). Not those trapped in one event ("were trapped in the collapse"), nor people put to a task ("were
 * employed to guard the summit").
 */
const PAST_STATE =
  /^[^,;:]*?\b(?:was|were)\s+(?:still\s+|now\s+)?(?:stranded|displaced|homeless|unemployed|jobless|employed\s+(?:on|at|by)|on\s+(?:the\s+)?(?:site|payroll|waiting\s+list|strike))\b/i;
/**
 * A progressive whose object is the figure, a rate of so much a day or a year: "was sending around 6 million cubic
 * metres a day", "are pumping 40,000 barrels per day": what is being done at the time, which may be more or less on
 * another day. Not a plan ("is going to", "are planning"), nor a figure of one trip, one moment or one case ("was
 * carrying 412 passengers", "was travelling at 120 km/h", "is facing 20 years in prison"), which no rate follows.
 */
const PROGRESSIVE_BEFORE =
  /\b(?:is|are|was|were)\s+(?:now\s+|still\s+)?(?:\w+ly\s+)?(?!going\b|planning\b|hoping\b|seeking\b|expecting\b|being\b)\w{3,}ing\s+(?:[\w'’-]+\s+){0,3}?(?:(?:about|around|some|roughly|nearly|almost|over|only|just|up\s+to|more\s+than|less\s+than)\s+)?$/i;
/** A rate right after the figure and its unit: "a day", "per day", "an hour", "a year", "each week". */
const RATE_AFTER = /^[^,;:]{0,40}?\b(?:a|an|per|each|every)\s+(?:day|hour|week|month|year)\b/i;
/** A progressive after the count: "were waiting", "are being treated", "are sheltering". */
const PROGRESSIVE = /^[^,;:]*?\b(?:is|are|was|were)\s+(?:now\s+)?(?:\w+ly\s+)?\w{2,}ing\b/i;
/** Words that tie a progressive to one moment: "were travelling on the bus when it crashed". */
const ONE_MOMENT = /\b(?:when|as|at the time|at the moment)\b/i;

/** Outcomes that never fall, however the clause words them: the dead, the injured, the casualties. */
const NEVER_FALLS = new Set([DEATHS, INJURIES, CASUALTIES]);

/**
 * A phrase set off by commas right after the count's noun, before its verb: "1,100 firefighters, supported by 340
 * vehicles, were fighting the blaze", "40 patients, including six children, are still in hospital".
 */
const SET_OFF = /^,\s*(?:\p{L}+ed|\p{L}+ing|including|among\s+them|with)\b[^,;:()\u2013\u2014]*,/iu;
/** What may stand before a count that is its clause's subject: "More than", "Some", "About", "The". */
const SUBJECT_START =
  /^\s*(?:(?:more|fewer|less)\s+than|at\s+least|about|around|some|nearly|almost|over|up\s+to|the|a|an)?\s*$/i;
/** Words of a count's noun before a phrase set off after it ("firefighters", "of the passengers"). */
const NOUN_BEFORE_SET_OFF = /^\s*(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+\s*$/u;

/** The clause of the sentence around a quantity, split at the count: [before it, after it]. */
function clauseAround(text: string, quantity: Quantity): [string, string] {
  let start = quantity.start;
  while (start > 0 && !clauseBreakAt(text, start - 1)) start -= 1;
  let end = quantity.end;
  while (end < text.length && !clauseBreakAt(text, end)) end += 1;
  // The count's verb comes after a phrase set off by commas: the clause goes on past it.
  const setOff = SET_OFF.exec(text.slice(end));
  // Not a list of what the subject did ("destroyed 40 homes, damaged 12 schools, and is still burning"): no "and"
  // follows the phrase, and nothing comes before the count in its clause but its qualifier.
  if (
    setOff &&
    !/^\s*and\b/i.test(text.slice(end + setOff[0].length)) &&
    SUBJECT_START.test(text.slice(start, quantity.start)) &&
    NOUN_BEFORE_SET_OFF.test(text.slice(quantity.end, end))
  ) {
    const resumed = end + setOff[0].length;
    let after = resumed;
    while (after < text.length && !clauseBreakAt(text, after)) after += 1;
    return [text.slice(start, quantity.start), text.slice(quantity.end, end) + text.slice(resumed, after)];
  }
  return [text.slice(start, quantity.start), text.slice(quantity.end, end)];
}

/**
 * Who and what is sent against an emergency, by head stem ("1,100 firefighters", "14 aircraft", "300 rescuers"): a
 * count of them is of those deployed at the time of the report, which rises and falls as the emergency does.
 */
const DEPLOYED_HEADS = new Set('firefight fireman firemen rescuer respond aircraft helicopt water-bomb'.split(' '));

/** Verbs (stems) of a deployment: "were fighting the blaze", "were deployed", "are searching", "were involved". */
const DEPLOYED_VERBS = new Set(
  'deploi deploy fight battl tackl search help assist involv work support back sent send dispatch mobilis mobiliz'.split(
    ' ',
  ),
);

/** The quantity counts who or what is in a state when its sentence is written (see the module comment). */
export function countsState(text: string, quantity: Quantity): boolean {
  if (quantity.predicate !== undefined && NEVER_FALLS.has(quantity.predicate)) return false;
  // Those sent, not those struck: "destroyed 14 aircraft" counts a loss (see DEPLOYED_VERBS).
  if (
    quantity.unit === '' &&
    DEPLOYED_HEADS.has(quantity.head) &&
    (quantity.predicate === undefined || DEPLOYED_VERBS.has(quantity.predicate))
  )
    return true;
  // The missing are a state however worded ("the two missing residents", "four are unaccounted for"): they are
  // found, alive or dead, and the count falls.
  return (
    quantity.predicate === MISSING ||
    saysInState(text, quantity) ||
    saysOngoing(text, quantity) ||
    saysNow(text, quantity) ||
    saysLevel(text, quantity)
  );
}

/**
 * Words right before a figure that give it as a level: "was down to 11.1 per cent", "fell to 4.1%", "is at 40%",
 * "strengthened to 301.40 per dollar", "slipped back to", "fell further to", "stood at", a price where trading
 * left it (MARKET_CLOSE), a debt ("owed the state some 15.8 billion"; not "owing to") (not "dropped 30 centimetres
 * of snow", "sank with 40 on board", nor a time of day: "closed at 6 p.m."), or a scope changed to it ("extended
 * the cuts to 190 neighbourhoods").
 */
const LEVEL_BEFORE =
  /\b(?:(?:down|fell|fallen|falls|falling|dropped|drops|sank|sunk|declined|decreased|slipped|dipped|slid|eased|weakened|strengthened|firmed|recovered|rebounded)\s+(?:(?:back|further|again|\w+ly)\s+)?to|(?:is|are|was|were|stood|stands|standing|remained|remains|hovered|hovers|hovering)\s+(?:\w+ly\s+)?at|(?:owes|owed|owing(?!\s+to\b))(?:\s+[\w'’-]+){0,4}?|(?:extend|expand|widen|broaden)(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,4}?to(?:\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:radius|distance|depth|height|length|width|range|area|total|level)\s+of)?)\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|just\s+)?$/i;
/**
 * A share full or done after the figure: "the reservoirs were 21 per cent full", "hospitals at 95% of capacity",
 * "the terminal is 62% complete", "62 per cent done" (not a verb: "40 per cent finished the race"). A dam fills
 * and empties, wards fill and clear, works go on: the share is of the day it was read. Not a share tied to one event
 * or a closed period ("90 per cent full for Sunday's final", "80 per cent full when it crashed", "at 70 per cent of
 * capacity last year"), nor "full-time".
 */
const FILLED_AFTER =
  /^\s*(?:full\b(?!-)|complete\b|done\b|of\s+(?:(?:its|their|total|full)\s+){0,2}capacity\b)(?![^,;:]*\b(?:when|as(?!\s+of\b)|while|for\s+(?:the|its|their|this|that|[\p{Lu}][\w'’-]*)|last\s+(?:year|month|season|week)|in\s+(?:19|20)\d\d)\b)/iu;
/**
 * A market's price where trading left it, after what is traded: "shares closed at 2,150 pence", "the index ended
 * the day at", "the rupee closed up 0.4% at", "Brent crude settled at". Not a deal or a suit that closed or settled
 * at a sum ("the acquisition closed at $4.5 billion", "the lawsuit settled at $2 million"): one act's figure.
 */
const MARKET_CLOSE =
  /\b(?:shares?|stocks?|index|indices|prices?|yields?|bonds?|currency|futures|crude|oil|gold|copper|wheat|rupee|dollar|euro|pound|yen|peso|rand|lira|real|riel|kip|won|naira|shilling)\b[^.;:]{0,40}?\b(?:close|closed|closes|closing|ended|ends|finished|settled|settles|traded|trades|trading|opened|opens)\s+(?:(?:the\s+day|up|down|higher|lower|flat|\w+ly|[\d.,]+\s*(?:%|per\s*cent|percent))\s+){0,3}at\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|just\s+)?$/i;
/** Characters before a figure read for the words that give it as a level. */
const LEVEL_REACH = 64;
/** "In three provinces", "across some 12 districts": with a head of PLACE_HEADS, how far a story has spread. */
const SPREAD_BEFORE =
  /\b(?:in|across)\s+(?:at\s+least\s+|more\s+than\s+|about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|just\s+)?$/i;
/** Places a count in "in N provinces" spreads over: their number may change as the story does. */
const PLACE_HEADS = new Set(
  'provinc state countri region district counti citi town villag municip neighbourhood neighborhood commun island prefectur'.split(
    ' ',
  ),
);

/**
 * The figure is a level by its words: where a measure stands at the report, which may rise or fall ("the reservoir
 * stood at 11.7 per cent on Sunday" / "held 11.4 per cent on Monday", "was 21 per cent full"), or the places a story
 * has spread to ("in three provinces"). Not a count of an outcome (see countsState).
 */
function saysLevel(text: string, quantity: Quantity): boolean {
  // A margin ("64 votes ahead", "led by 57 votes") moves either way as a count goes on.
  if (quantity.difference === true && isMargin(text, quantity)) return true;
  const before = text.slice(Math.max(0, quantity.start - LEVEL_REACH), quantity.start);
  return (
    (quantity.unit !== 'clock' && (LEVEL_BEFORE.test(before) || MARKET_CLOSE.test(before))) ||
    (SHARE_UNITS.has(quantity.unit) && FILLED_AFTER.test(text.slice(quantity.end))) ||
    (PLACE_HEADS.has(quantity.head) && SPREAD_BEFORE.test(before)) ||
    GAPPED_LEVEL.test(text.slice(0, quantity.start))
  );
}

/**
 * A level's verb given once for two figures: the second conjunct's figure in "stands at 8.25% and the lending rate at
 * 9.25%".
 */
const GAPPED_LEVEL =
  /\b(?:stands?|stood|is|was|are|were|remains?|remained)\s+at\s+[^;]*\band\s+(?:[\w'’-]+\s+){1,5}?at\s+$/i;

/**
 * "Now" right before a verb of extent or holding ("the swarms now cover", "the camps now house"), or after "is"/"are"
 * ("are now in shelters"), or a present "is"/"are" said of tonight ("are closed to swimmers
 * tonight"): where things stand at the report. Not "has now" (a tally so far), not a compound
 * ("now-defunct"), not a statement ("now say", "now puts the number at").
 */
const NOW =
  /(?<![\w-])now\s+(?:covers?|stretch(?:es)?|spans?|holds?|houses?|shelters?|occup(?:y|ies)|extends?)\b|\b(?:is|are)\s+now\b(?!-)|\b(?:is|are)\b[^,;:]*\btonight\b/i;

/** The count's clause says it is the figure now: where things stand at the report, which may rise or fall. */
function saysNow(text: string, quantity: Quantity): boolean {
  const [before, after] = clauseAround(text, quantity);
  return NOW.test(before) || NOW.test(after);
}

/**
 * The count's clause words it as who is in a state now ("are still being treated for injuries"), whatever outcome
 * it counts: of the injured, those still in hospital are some, not a new total.
 */
export function saysInState(text: string, quantity: Quantity): boolean {
  const [before, after] = clauseAround(text, quantity);
  if (REMAINING.test(before) || REMAINING.test(after)) return true;
  if (PRESENT_STATE.test(after) || UNDER_WATER.test(after)) return true;
  return PROGRESSIVE.test(after) && !ONE_MOMENT.test(after);
}

/**
 * The count's clause words it as a state that lasted or a thing being done at its time ("400 trucks were stranded",
 * "was sending 6 million cubic metres a day"), not tied to one moment: a level of its day, though not a count of
 * those still in a state (see saysInState).
 */
function saysOngoing(text: string, quantity: Quantity): boolean {
  const [before, after] = clauseAround(text, quantity);
  if (ONE_MOMENT.test(after)) return false;
  return PAST_STATE.test(after) || (PROGRESSIVE_BEFORE.test(before) && RATE_AFTER.test(after));
}

/** Words before "without" that make it a state ("remained without power", "are still without water", "left without"). */
const WITHOUT_STATE =
  /\b(?:remain(?:s|ed|ing)?|stay(?:s|ed|ing)?|still|left|is|are|was|were|be|been)\s+(?:(?:still|now|left|largely|mostly|completely|entirely|again)\s+)?$/i;
/** Words before "no" that make it a state of having: "have no water", "had no power". */
const HAVING_NO = /\b(?:has|have|had|having)\s+$/i;

/**
 * The negated word is what someone or something is without at the time ("200,000 remained without power", "about
 * 150,000 customers have no water"): a state that ends ("power was back on Thursday") as it began, so two reports of
 * it dated apart may both be right.
 */
export function deniesState(negated: NegatedWord): boolean {
  const found = cueOfWord(negated, ['without', 'no']);
  if (!found) return false;
  const before = negated.text.slice(Math.max(0, found.at - 30), found.at);
  return found.cue === 'without' ? WITHOUT_STATE.test(before) : HAVING_NO.test(before);
}

/**
 * The cue that negates the word, when it is one of `cues`, and where it stands in the text: the last such whole
 * word before the word ("no" in "no deaths", not in "known" or "now").
 */
function cueOfWord({ text, words, at }: NegatedWord, cues: readonly string[]): { cue: string; at: number } | undefined {
  const word = words[at];
  const cue = word?.cue?.toLowerCase();
  if (!word?.negated || cue === undefined || !cues.includes(cue)) return undefined;
  const written = word.text ? text.indexOf(word.text) : -1;
  if (written <= 0) return undefined;
  const cueAt = lastWholeWordBefore(text.toLowerCase(), cue, written + 1);
  return cueAt < 0 ? undefined : { cue, at: cueAt };
}

/** Participles of finding or reporting a thing ("found", "detected", "reported"), as a pattern's alternatives. */
export const FINDING_VERBS =
  'found|detected|discovered|spotted|located|identified|confirmed|reported|recorded|observed';

/** "So far", "yet", "to date", "thus far": a denial that holds only up to the report. */
const UP_TO_NOW = /\b(?:(?:so|thus)\s+far|yet|to\s+date)\b/i;
/**
 * A present perfect of finding or reporting: "no leak has been detected", "no deaths have been reported". What has
 * not been found by the report may be found after it; a past tense ("no leak was found") or a present ("there is no
 * leak") says what was or is so.
 */
const FOUND_SO_FAR = new RegExp(
  String.raw`\b(?:has|have)\s+(?:yet\s+|so\s+far\s+|now\s+)?been\s+(?:${FINDING_VERBS}|seen)\b`,
  'i',
);

/**
 * The negated word is a tally of none so far ("no road accidents so far", "no deaths have been reported yet", "no
 * fuel leak has been detected"): a count of zero at the time of the report, which a later report may find grown.
 */
export function deniesTallySoFar(negated: NegatedWord): boolean {
  const found = cueOfWord(negated, ['no']);
  if (!found) return false;
  const { text } = negated;
  let end = found.at;
  while (end < text.length && !clauseBreakAt(text, end)) end += 1;
  const clause = text.slice(found.at, end);
  return UP_TO_NOW.test(clause) || FOUND_SO_FAR.test(clause);
}
