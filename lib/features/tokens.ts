/**
 * Word tokens with offsets. Apostrophes and hyphens inside words are kept ("Kim Jong-un", "don't");
 * curly quotes are treated like straight ones so "didn’t" and "didn't" read the same.
 */

export interface Token {
  /** The word as written. */
  text: string;
  /** Lower case, curly apostrophes straightened. */
  lower: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*/gu;
/**
 * WORD for text written in Latin script (up to U+024F) with general punctuation (curly quotes, dashes): the
 * same letters and digits listed as ranges, which the regex engine matches several times faster than
 * Unicode property classes. Most news text qualifies; any other text uses WORD.
 */
const LATIN =
  'A-Za-z0-9\\u00AA\\u00B2\\u00B3\\u00B5\\u00B9\\u00BA\\u00BC-\\u00BE\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F';
const LATIN_WORD = new RegExp(`[${LATIN}]+(?:['’.][${LATIN}]+)*`, 'g');
/** A character past Latin script and general punctuation (astral characters show as their surrogates). */
const BEYOND_LATIN = /[\u0250-\u1FFF\u2070-\uFFFF]/;

/** Web addresses and social-media handles: not words of a claim. */
const ADDRESS = /\b(?:https?:\/\/|www\.|pic\.twitter\.com\/)\S+/gi;

/** Where web addresses are in the text, as [start, end) pairs (none in most sentences: checked cheaply first). */
function addressSpans(text: string): [number, number][] {
  if (!/https?:|www\.|pic\.twitter/i.test(text)) return [];
  return [...text.matchAll(ADDRESS)].map((match) => [match.index, match.index + match[0].length]);
}

/** The word without a possessive ending: "Seoul's" → "Seoul" (straight or curly apostrophe). */
function withoutPossessive(word: string): string {
  const n = word.length;
  if (n < 3) return word;
  const last = word.charCodeAt(n - 1);
  const quote = word.charCodeAt(n - 2);
  // 's' or 'S' after "'" or "’"
  return (last === 115 || last === 83) && (quote === 39 || quote === 8217) ? word.slice(0, n - 2) : word;
}

/** Splits text into word tokens (letters and digits); punctuation and web addresses are dropped, offsets kept. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const addresses = addressSpans(text);
  const pattern = BEYOND_LATIN.test(text) ? WORD : LATIN_WORD;
  for (const match of text.matchAll(pattern)) {
    const at = match.index;
    if (addresses.length > 0 && addresses.some(([start, end]) => at >= start && at < end)) continue;
    // A possessive is the name itself: "Seoul's" → "Seoul".
    const word = withoutPossessive(match[0]);
    const lower = word.toLowerCase();
    tokens.push({
      text: word,
      lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower,
      start: at,
      end: at + word.length,
    });
  }
  return tokens;
}

/** True when the token starts with a capital letter. */
export function isCapitalised(token: Token): boolean {
  return /^\p{Lu}/u.test(token.text);
}
