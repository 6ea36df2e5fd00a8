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

/** Web addresses and social-media handles: not words of a claim. */
const ADDRESS = /\b(?:https?:\/\/|www\.|pic\.twitter\.com\/)\S+/gi;

/** Splits text into word tokens (letters and digits); punctuation and web addresses are dropped, offsets kept. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const addresses = [...text.matchAll(ADDRESS)].map((match) => [match.index, match.index + match[0].length]);
  for (const match of text.matchAll(WORD)) {
    if (addresses.some(([start, end]) => match.index >= start && match.index < end)) continue;
    // A possessive is the name itself: "Seoul's" → "Seoul".
    const word = match[0].replace(/['’]s$/i, '');
    tokens.push({
      text: word,
      lower: word.toLowerCase().replace(/’/g, "'"),
      start: match.index,
      end: match.index + word.length,
    });
  }
  return tokens;
}

/** True when the token starts with a capital letter. */
export function isCapitalised(token: Token): boolean {
  return /^\p{Lu}/u.test(token.text);
}
