/**
 * A wire dateline opening a report's first sentence: a place in capitals, perhaps a country, the report's day and
 * an agency, then a dash ("ILVANA, Portugal, Nov 11 (WNA) –", "OTTAWA, Sept 8 -"). Its day is when the report was
 * filed, not a fact of the sentence: the sentence's time and figures are read without it.
 */
import { MONTH_NAMES } from '../features/quantity/word-tables';

const MONTHS = MONTH_NAMES.map((name) => name[0].toUpperCase() + name.slice(1, 3)).join('|');

const DATELINE = new RegExp(
  `^\\s*\\p{Lu}[\\p{Lu}'’.-]+(?:\\s+\\p{Lu}[\\p{Lu}'’.-]+)*,\\s*(?:\\p{L}[\\p{L}' .’-]{1,30},\\s*)?(?:${MONTHS})[a-z]*\\.?\\s+\\d{1,2}(?:,?\\s+\\d{4})?\\s*(?:\\([^)]{1,30}\\)\\s*)?[-–—]\\s*`,
  'u',
);

/** The text with its opening dateline, if any, blanked by spaces (so every offset stays where it was). */
export function withoutDateline(text: string): string {
  // Most sentences open with no capitals-and-comma: a plain test rules them out first.
  const comma = text.indexOf(',');
  if (comma < 2 || comma > 40) return text;
  const dateline = DATELINE.exec(text);
  return dateline ? ' '.repeat(dateline[0].length) + text.slice(dateline[0].length) : text;
}
