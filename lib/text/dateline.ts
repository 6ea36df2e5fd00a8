/**
 * A wire dateline opening a report's first sentence: a place in capitals, perhaps a country, the report's day and
 * an agency, then a dash ("ILVANA, Portugal, Nov 11 (WNA) –", "OTTAWA, Sept 8 -", "VALLETTA, 9 September (WNA) --").
 * Its day is when the report was filed, not a fact of the sentence: the sentence's dates, time and figures are read
 * without it.
 */
import { MONTH_NAMES } from '../features/quantity/word-tables';

const MONTHS = MONTH_NAMES.map(
  (name) => `${name[0].toUpperCase()}(?:${name.slice(1, 3)}|${name.slice(1, 3).toUpperCase()})`,
).join('|');
/** The day of a dateline: "Sept 8", "SEPT. 9", "Aug. 3, 2026", "9 September". */
const DAY = `(?:(?:${MONTHS})[a-zA-Z]*\\.?\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{1,2}\\s+(?:${MONTHS})[a-zA-Z]*\\.?(?:\\s+\\d{4})?)`;

const DATELINE = new RegExp(
  `^\\s*\\p{Lu}[\\p{Lu}'’.-]+(?:\\s+\\p{Lu}[\\p{Lu}'’.-]+)*,\\s*(?:\\p{L}[\\p{L}' .’-]{1,30},\\s*)?${DAY}\\s*(?:\\([^)]{1,30}\\)\\s*)?(?:--|[-–—])\\s*`,
  'u',
);

/** Length of the dateline opening the text (0 when none). */
export function datelineLength(text: string): number {
  // Most sentences open with no capitals-and-comma: a plain test rules them out first.
  const comma = text.indexOf(',');
  if (comma < 2 || comma > 40) return 0;
  return DATELINE.exec(text)?.[0].length ?? 0;
}

/** The text with its opening dateline, if any, blanked by spaces (so every offset stays where it was). */
export function withoutDateline(text: string): string {
  const length = datelineLength(text);
  return length > 0 ? ' '.repeat(length) + text.slice(length) : text;
}
