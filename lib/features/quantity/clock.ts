/**
 * Times of day ("9:03 a.m.", "9.03 am", "2:30 p.m.", "14:30", "10 p.m."), read as minutes after midnight in the
 * 'clock' unit. The number readers leave times alone (see guards.ts); a report's time of an event is a fact
 * like a count, so "9:07 a.m." against "9:03 a.m." is a difference to show.
 */
import type { Quantity } from '../../types';

/** Hours and minutes with a meridiem ("9:03 a.m.", "9.03 am") or a colon alone ("14:30"), or an hour with one. */
const CLOCK = /(?<![\d:.,])(\d{1,2})(?:([:.])(\d{2}))?\s*(a\.\s?m\.?|p\.\s?m\.?|am\b|pm\b)?(?![\d:])/gi;
const APPROXIMATE = /\b(?:about|around|approximately|roughly|nearly|some)\s+(?:at\s+)?$/i;
/**
 * "Shortly before 10 p.m.", "not long before": within half an hour before it; "just after": within half an hour
 * after it.
 */
const SHORTLY = /\b(?:shortly|just|soon|minutes|not\s+long)\s+(before|after)\s+$/i;
/** "Before 10 p.m.", "by 6 a.m.", "until noon": at the latest; "after 6 a.m.": at the earliest. */
const BOUND = /\b(before|by|until|till|after|since)\s+$/i;
/**
 * A time that opens a sentence and is set off by a dash, colon or bar, or stands before the entry's first word: a
 * live blog's entry ("21:05 - Crews ...", "16.10 Police have ...").
 */
const ENTRY_STAMP_END = /^(?:\s*[-\u2013\u2014:|]\s|\s+[\p{Lu}"“‘'])/u;
/** Minutes "shortly" may stand for. */
const SHORTLY_MINUTES = 30;

/** The value, high end and qualifier of the time `value`, read from the words right before it. */
function bounded(before: string, value: number): Pick<Quantity, 'value' | 'high' | 'qualifier'> {
  const shortly = SHORTLY.exec(before);
  if (shortly) {
    return shortly[1].toLowerCase() === 'before'
      ? { value: value - SHORTLY_MINUTES, high: value, qualifier: 'exact' }
      : { value, high: value + SHORTLY_MINUTES, qualifier: 'exact' };
  }
  const bound = BOUND.exec(before);
  if (bound) {
    const latest = ['before', 'by', 'until', 'till'].includes(bound[1].toLowerCase());
    return { value, high: value, qualifier: latest ? 'upTo' : 'atLeast' };
  }
  return { value, high: value, qualifier: APPROXIMATE.test(before) ? 'about' : 'exact' };
}

/**
 * The time stamp of a live blog's entry says when the entry was written: what it reports had happened by then, at
 * that time or before ("21:05 - Crews have shut the valve" agrees with "closed the valve at about 9 p.m.").
 */
function isEntryStamp(sentence: string, start: number, length: number): boolean {
  return sentence.slice(0, start).trim() === '' && ENTRY_STAMP_END.test(sentence.slice(start + length));
}

/**
 * The part of the day a time without a meridiem is put in right after it: "3:20 on Monday afternoon", "9:40 in the
 * evening", "10:15 on Tuesday night" are after noon; "6:30 in the morning" before it.
 */
const PART_OF_DAY_AFTER =
  /^\s*(?:(?:on|in|of|this|that|the|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+){0,2}(morning|afternoon|evening|night)\b/i;

/** The first hour of the evening "night" names; an hour before it is after midnight. */
const EARLIEST_NIGHT_HOUR = 6;

/** The hour of a time without a meridiem (1 to 12), read in the part of the day named after it, if any. */
function withPartOfDay(hour: number, after: string): number {
  const part = PART_OF_DAY_AFTER.exec(after)?.[1]?.toLowerCase();
  if (part === undefined) return hour;
  if (part === 'morning') return hour % 12;
  // "10:15 on Tuesday night" is 22:15, "2:10 on Tuesday night" and "12:30 at night" after midnight.
  if (part === 'night' && (hour === 12 || hour < EARLIEST_NIGHT_HOUR)) return hour % 12;
  return hour < 12 ? hour + 12 : hour;
}

/** The times of day of a sentence as quantities (unit 'clock', value in minutes after midnight). */
export function clockTimes(sentence: string): Quantity[] {
  const times: Quantity[] = [];
  for (const match of sentence.matchAll(CLOCK)) {
    const [text, hourText, separator, minuteText, meridiem] = match;
    // A time needs a meridiem, or a colon between hours and minutes ("14:30"); "9.03" alone is a decimal, unless it
    // stamps a live blog's entry ("16.10 Police have ...").
    const start = match.index ?? 0;
    const trimmed = text.trimEnd();
    const stamp = isEntryStamp(sentence, start, trimmed.length);
    if (!meridiem && separator !== ':' && !(separator === '.' && stamp)) continue;
    let hour = Number(hourText);
    const minute = minuteText ? Number(minuteText) : 0;
    if (minute > 59 || hour > 23 || (meridiem && (hour === 0 || hour > 12))) continue;
    const pm = meridiem !== undefined && /^p/i.test(meridiem);
    if (meridiem) hour = (hour % 12) + (pm ? 12 : 0);
    else if (hour <= 12) hour = withPartOfDay(hour, sentence.slice(start + trimmed.length));
    const value = hour * 60 + minute;
    times.push({
      text: trimmed,
      ...(stamp
        ? { value, high: value, qualifier: 'upTo' as const }
        : bounded(sentence.slice(Math.max(0, start - 24), start), value)),
      unit: 'clock',
      head: '',
      start,
      end: start + trimmed.length,
    });
  }
  return times;
}
