/**
 * Times of day ("9:03 a.m.", "9.03 am", "2:30 p.m.", "14:30", "10 p.m."), read as minutes after midnight in the
 * 'clock' unit. The number readers leave times alone (see guards.ts); a report's time of an event is a fact
 * like a count, so "9:07 a.m." against "9:03 a.m." is a difference to show.
 */
import type { Quantity } from '../../types';

/** Hours and minutes with a meridiem ("9:03 a.m.", "9.03 am") or a colon alone ("14:30"), or an hour with one. */
const CLOCK = /(?<![\d:.,])(\d{1,2})(?:([:.])(\d{2}))?\s*(a\.\s?m\.?|p\.\s?m\.?|am\b|pm\b)?(?![\d:])/gi;
const APPROXIMATE =
  /\b(?:about|around|approximately|roughly|nearly|some|shortly (?:before|after)|just (?:before|after))\s+(?:at\s+)?$/i;

/** The times of day of a sentence as quantities (unit 'clock', value in minutes after midnight). */
export function clockTimes(sentence: string): Quantity[] {
  const times: Quantity[] = [];
  for (const match of sentence.matchAll(CLOCK)) {
    const [text, hourText, separator, minuteText, meridiem] = match;
    // A time needs a meridiem, or a colon between hours and minutes ("14:30"); "9.03" alone is a decimal.
    if (!meridiem && separator !== ':') continue;
    let hour = Number(hourText);
    const minute = minuteText ? Number(minuteText) : 0;
    if (minute > 59 || hour > 23 || (meridiem && (hour === 0 || hour > 12))) continue;
    const pm = meridiem !== undefined && /^p/i.test(meridiem);
    if (meridiem) hour = (hour % 12) + (pm ? 12 : 0);
    const value = hour * 60 + minute;
    const start = match.index ?? 0;
    const trimmed = text.trimEnd();
    times.push({
      text: trimmed,
      value,
      high: value,
      qualifier: APPROXIMATE.test(sentence.slice(Math.max(0, start - 24), start)) ? 'about' : 'exact',
      unit: 'clock',
      head: '',
      start,
      end: start + trimmed.length,
    });
  }
  return times;
}
