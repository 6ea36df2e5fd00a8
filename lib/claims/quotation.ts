/**
 * Shared quotations: two sentences that carry the same words in quotation marks report the same statement,
 * however differently they frame it ("He wrote on X that ..." / "... , the president added"). A quotation is
 * the one part of a news sentence that outlets copy word for word, so it finds a restatement that the rest of
 * the wording hides.
 *
 * Only quotations of several words count: one or two quoted words are a label or scare quotes ("lightning strike",
 * "special operation"), and a short stock phrase ("this is a tragedy") is said of many events: not a statement.
 */

/** Words and characters a quotation needs to be a statement. */
export const QUOTATION_WORDS = 4;
const QUOTATION_CHARS = 24;

/** Text in straight or curly double quotes, or curly single quotes (not apostrophes: those stand between letters). */
const QUOTED = /"([^"]{1,2000})"|“([^”]{1,2000})”|(?<![\p{L}\p{N}])‘([^’]{1,2000})’(?![\p{L}\p{N}])/gu;

/** Lower-case words only, one space apart, so punctuation and capitals inside a quotation do not matter. */
function plain(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’']/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();
}

/** The quotations of a sentence, as plain text, that are long enough to be a statement. */
export function quotationsOf(sentence: string): string[] {
  const out: string[] = [];
  for (const match of sentence.matchAll(QUOTED)) {
    const quoted = plain(match[1] ?? match[2] ?? match[3] ?? '');
    if (quoted.length >= QUOTATION_CHARS && quoted.split(' ').length >= QUOTATION_WORDS) out.push(quoted);
  }
  return out;
}

/** What sharedQuotation reads of a sentence: its quotations and, when asked, its plain text. */
interface Reading {
  quotes: string[];
  plain?: string;
}

/**
 * Readings of recent sentences: a reference claim is compared with every page sentence that finds it, and
 * its quotations need not be looked for each time. Forgotten all at once when full (a few megabytes at most).
 */
const readings = new Map<string, Reading>();
const READINGS_KEPT = 20_000;

function readingOf(text: string): Reading {
  let reading = readings.get(text);
  if (!reading) {
    // Most sentences quote nothing: a look for a quotation mark answers them.
    reading = { quotes: QUOTE_MARK.test(text) ? quotationsOf(text) : [] };
    if (readings.size >= READINGS_KEPT) readings.clear();
    readings.set(text, reading);
  }
  return reading;
}

function plainOf(reading: Reading, text: string): string {
  reading.plain ??= ` ${plain(text)} `;
  return reading.plain;
}

/**
 * A quotation one sentence gives that the other carries word for word (quoted or not), or undefined. Matched
 * on whole words: "there could be other berths" is in "... that there could be other berths for soldiers".
 */
export function sharedQuotation(a: string, b: string): string | undefined {
  return quotationSharedWith(a)(b);
}

/**
 * sharedQuotation of `a` with each sentence it is given: `a` is read once (a page sentence is compared with
 * candidate after candidate, and looking it up again among the remembered readings costs more than the rest).
 */
export function quotationSharedWith(a: string): (b: string) => string | undefined {
  const readingA = readingOf(a);
  return (b) => {
    // Most pairs quote nothing: without a quotation of a's or a quotation mark in b, b need not be looked up
    // among the remembered readings (a reference set's claims are too many to stay there).
    if (readingA.quotes.length === 0 && !QUOTE_MARK.test(b)) return undefined;
    const readingB = readingOf(b);
    if (readingA.quotes.length > 0) {
      const plainB = plainOf(readingB, b);
      const found = readingA.quotes.find((quote) => plainB.includes(` ${quote} `));
      if (found) return found;
    }
    if (readingB.quotes.length > 0) {
      const plainA = plainOf(readingA, a);
      return readingB.quotes.find((quote) => plainA.includes(` ${quote} `));
    }
    return undefined;
  };
}

const QUOTE_MARK = /["“‘]/;
