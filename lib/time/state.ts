/**
 * Counts of a current state: who or what still is in a state when the report is written ("six people remain
 * missing", "1,200 are in emergency shelters", "about 60 ships were waiting to unload", "40 were still in
 * hospital"). Unlike a running total, such a count falls as well as rises: the missing are found, the sheltered go
 * home. Two reports of it at different dates may both be right whichever is larger; at the same date they conflict.
 *
 * Read from the words of the count's own clause, for any story: a verb of remaining or "still" anywhere in it; or,
 * after the count, a present "is"/"are" with a state ("are missing", "are in shelters", "are without power") or a
 * progressive ("were waiting", "are being treated"), unless the clause ties it to one moment ("were sleeping when
 * the fire broke out", "at the time").
 */
import { CASUALTIES, DEATHS, INJURIES } from '../features/predicate';
import type { Quantity } from '../types';

/** "remain", "stayed", "still": the count is of those in the state at the time of the report. */
const REMAINING = /\b(?:remain(?:s|ed|ing)?|stay(?:s|ed|ing)?|still)\b/i;
/** A present state after the count: "are missing", "are in shelters", "is without power", "are stranded". */
const PRESENT_STATE =
  /^[^,;:]*?\b(?:is|are)\s+(?:now\s+)?(?:missing|stranded|trapped|homeless|displaced|hospitali[sz]ed|in|at|on|without|under)\b/i;
/** A progressive after the count: "were waiting", "are being treated", "are sheltering". */
const PROGRESSIVE = /^[^,;:]*?\b(?:is|are|was|were)\s+(?:now\s+)?(?:\w+ly\s+)?\w{2,}ing\b/i;
/** Words that tie a progressive to one moment: "were travelling on the bus when it crashed". */
const ONE_MOMENT = /\b(?:when|as|at the time|at the moment)\b/i;
/** A clause break: comma, semicolon, colon, dash or bracket. */
const BREAK = /[,;:()\u2013\u2014]/;

/** Outcomes that never fall, however the clause words them: the dead, the injured, the casualties. */
const NEVER_FALLS = new Set([DEATHS, INJURIES, CASUALTIES]);

/** The clause of the sentence around a quantity, split at the count: [before it, after it]. */
function clauseAround(text: string, quantity: Quantity): [string, string] {
  let start = quantity.start;
  while (start > 0 && !BREAK.test(text[start - 1])) start -= 1;
  let end = quantity.end;
  while (end < text.length && !BREAK.test(text[end])) end += 1;
  return [text.slice(start, quantity.start), text.slice(quantity.end, end)];
}

/** The quantity counts who or what is in a state when its sentence is written (see the module comment). */
export function countsState(text: string, quantity: Quantity): boolean {
  if (quantity.predicate !== undefined && NEVER_FALLS.has(quantity.predicate)) return false;
  return saysInState(text, quantity);
}

/**
 * The count's clause words it as who is in a state now ("are still being treated for injuries"), whatever outcome
 * it counts: of the injured, those still in hospital are some, not a new total.
 */
export function saysInState(text: string, quantity: Quantity): boolean {
  const [before, after] = clauseAround(text, quantity);
  if (REMAINING.test(before) || REMAINING.test(after)) return true;
  if (PRESENT_STATE.test(after)) return true;
  return PROGRESSIVE.test(after) && !ONE_MOMENT.test(after);
}
