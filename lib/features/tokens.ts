/**
 * Word tokens with offsets, the words sentence analysis works on (lib/features/analyse.ts). Apostrophes and
 * hyphens inside words are kept ("Kim Jong-un", "don't"); curly quotes are treated like straight ones so "didn’t"
 * and "didn't" read the same.
 *
 * nb. The quantity reader has its own tokens (quantity/tokens.ts, `QuantityToken`): it needs the numbers with
 * their separators, the symbols and the spacing that these word tokens drop.
 */

import { camelParts } from './segment';

export interface WordToken {
  /** The word as written. */
  text: string;
  /** Lower case, curly apostrophes straightened. */
  lower: string;
  start: number;
  end: number;
  /** Part of a hashtag or handle ("#LightningStrike", "@aldmereferry"): words run together, split here. */
  tag?: boolean;
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

/**
 * Web addresses: not words of a claim. Posts often glue a link to the word before it ("racist.https://…",
 * "#Boyspic.twitter.com/…"), so only "www." needs a word boundary.
 */
const ADDRESS = /(?:https?:\/\/|\bwww\.|pic\.twitter\.com\/)\S+/gi;

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

/**
 * A run of one case in a hashtag or handle (lower case), split into words, or undefined to leave it whole.
 * `allowUnknown`: the run had no capitals to mark its words ("aldmereferry"), so a name may be among them; a camel-case
 * part ("Pridefor" in "#NoPrideforProudBoys") was marked as one word, and is split only into known words.
 */
export type RunSplitter = (run: string, allowUnknown: boolean) => readonly string[] | undefined;

/**
 * Splits text into word tokens (letters and digits); punctuation and web addresses are dropped, offsets kept.
 * The words of hashtags and handles ("#NorthKoreanSoldiers", "@ZelenskyyUa") are split at camel case, and a run
 * of one case among them ("aldmereferry") by `splitRun` when given.
 */
export function tokenizeWords(text: string, splitRun?: RunSplitter): WordToken[] {
  const tokens: WordToken[] = [];
  const addresses = addressSpans(text);
  const pattern = BEYOND_LATIN.test(text) ? WORD : LATIN_WORD;
  const tags = text.includes('#') || text.includes('@');
  // exec on the shared pattern rather than matchAll, which copies the pattern and makes an iterator for every
  // sentence (nothing in the loop tokenizes, so the pattern's position is not moved under it).
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const at = match.index;
    let written = match[0];
    if (addresses.length > 0) {
      if (addresses.some(([start, end]) => at >= start && at < end)) continue;
      // A word a link is glued to ends where the link starts.
      const glued = addresses.find(([start]) => start > at && start < at + written.length);
      if (glued) written = written.slice(0, glued[0] - at).replace(/['’.]+$/, '');
      if (written === '') continue;
    }
    // A possessive is the name itself: "Seoul's" → "Seoul".
    const word = withoutPossessive(written);
    if (tags && isTag(text, at, word)) pushTagWords(tokens, word, at, splitRun);
    else if (continuesDesignator(text, tokens, at, word)) joinDesignator(tokens, word, at);
    else tokens.push(token(word, at));
  }
  return tokens;
}

/**
 * The prefix of a designator written apart from its number: a code that mixes capitals and digits ("7C", "G9",
 * "3U"), never an English word.
 */
const MIXED_CODE = /^(?=\p{Lu}?\p{N})(?=\p{N}?\p{Lu})[\p{Lu}\p{N}]{2,3}$/u;
/** Two capitals after "flight" ("Flight BA 117") are an airline's code too. */
const LETTER_CODE = /^\p{Lu}{2}$/u;
/** The number of a designator: two to four digits. */
const DESIGNATOR_NUMBER = /^\d{2,4}$/;
/** A four-digit number that may be a year ("the G7 2024 summit"): a designator's number only after "flight". */
const YEAR_LIKE = /^(?:1[89]|20)\d\d$/;

/**
 * The word at `at` is the number of a designator whose code is the token before it, one space apart: "flight 7C
 * 2216" is the "7C2216" another report writes, as "Flight MH 17" is "MH17". Not a figure glued to more digits
 * ("US 2,000").
 */
function continuesDesignator(text: string, tokens: readonly WordToken[], at: number, word: string): boolean {
  const code = tokens[tokens.length - 1];
  if (code === undefined || code.end !== at - 1 || text[code.end] !== ' ' || code.tag) return false;
  if (!DESIGNATOR_NUMBER.test(word) || /^[,.]\d/.test(text.slice(at + word.length, at + word.length + 2))) return false;
  const afterFlight = tokens[tokens.length - 2]?.lower === 'flight';
  if (YEAR_LIKE.test(word) && !afterFlight) return false;
  return MIXED_CODE.test(code.text) || (afterFlight && LETTER_CODE.test(code.text));
}

/** Makes the code token before `at` and the number at `at` one word, written without the space ("7C2216"). */
function joinDesignator(tokens: WordToken[], number: string, at: number): void {
  const code = tokens[tokens.length - 1];
  tokens[tokens.length - 1] = { ...token(code.text + number, code.start), end: at + number.length };
}

function token(word: string, at: number, tag?: boolean): WordToken {
  const lower = word.toLowerCase();
  const made: WordToken = {
    text: word,
    lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower,
    start: at,
    end: at + word.length,
  };
  if (tag) made.tag = true;
  return made;
}

/** The word follows "#" or "@" and is not the domain of an e-mail address ("name@example.com"). */
function isTag(text: string, at: number, word: string): boolean {
  const sign = text[at - 1];
  return (sign === '#' || sign === '@') && !(sign === '@' && word.includes('.'));
}

/** The words of a hashtag or handle: its camel-case parts, each run of one case split further by `splitRun`. */
function pushTagWords(tokens: WordToken[], word: string, at: number, splitRun?: RunSplitter): void {
  for (const [start, end] of camelParts(word)) {
    const part = word.slice(start, end);
    const oneCase = /^(?:\p{Ll}+|\p{Lu}+)$/u.test(part);
    const run = oneCase || /^\p{Lu}\p{Ll}+$/u.test(part) ? splitRun?.(part.toLowerCase(), oneCase) : undefined;
    if (!run || run.join('') !== part.toLowerCase()) {
      tokens.push(token(part, at + start, true));
      continue;
    }
    let offset = start;
    for (const piece of run) {
      tokens.push(token(word.slice(offset, offset + piece.length), at + offset, true));
      offset += piece.length;
    }
  }
}

/** Kept in a constant: a literal in isCapitalised would be a new pattern object for every word. */
const INITIAL_CAPITAL = /^\p{Lu}/u;

/** True when the token starts with a capital letter. */
export function isCapitalised(token: WordToken): boolean {
  return INITIAL_CAPITAL.test(token.text);
}
