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

/**
 * A quotation one sentence gives that the other carries word for word (quoted or not), or undefined. Matched
 * on whole words: "there could be other berths" is in "... that there could be other berths for soldiers".
 */
export function sharedQuotation(a: string, b: string): string | undefined {
  // Most sentences quote nothing: a look for a quotation mark answers them (this runs for every candidate).
  const quotesA = QUOTE_MARK.test(a) ? quotationsOf(a) : [];
  const quotesB = QUOTE_MARK.test(b) ? quotationsOf(b) : [];
  if (quotesA.length > 0) {
    const plainB = ` ${plain(b)} `;
    const found = quotesA.find((quote) => plainB.includes(` ${quote} `));
    if (found) return found;
  }
  if (quotesB.length > 0) {
    const plainA = ` ${plain(a)} `;
    return quotesB.find((quote) => plainA.includes(` ${quote} `));
  }
  return undefined;
}

const QUOTE_MARK = /["“‘]/;
