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
/** A character past Latin script and general punctuation (astral characters show as their surrogates). */
const BEYOND_LATIN = /[\u0250-\u1FFF\u2070-\uFFFF]/;

/**
 * WORD for text written in Latin script (up to U+024F) with general punctuation (curly quotes, dashes) is read by
 * character code, several times faster than the regex engine with Unicode property classes, and with no match
 * array per word. Most news text qualifies; any other text uses WORD. These are its letters and digits: A-Z, a-z,
 * 0-9, ª ² ³ µ ¹ º ¼-¾, À-Ö, Ø-ö, ø-ɏ.
 */
function isLatinLetter(code: number): boolean {
  if (code < 0x80) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return (
    code === 0xaa ||
    code === 0xb2 ||
    code === 0xb3 ||
    code === 0xb5 ||
    code === 0xb9 ||
    code === 0xba ||
    (code >= 0xbc && code <= 0xbe) ||
    (code >= 0xc0 && code <= 0xd6) ||
    (code >= 0xd8 && code <= 0xf6) ||
    (code >= 0xf8 && code <= 0x24f)
  );
}

/** Where the next Latin word starts at or after `from`; -1 when there is none. */
function nextLatinWord(text: string, from: number): number {
  for (let at = from; at < text.length; at += 1) if (isLatinLetter(text.charCodeAt(at))) return at;
  return -1;
}

/**
 * Where the Latin word starting at `at` ends: letters, then any number of an apostrophe or a dot followed by
 * letters (a joint with no letter after it is left out, as WORD leaves it).
 */
function latinWordEnd(text: string, at: number): number {
  let end = at;
  for (;;) {
    while (end < text.length && isLatinLetter(text.charCodeAt(end))) end += 1;
    const joint = text.charCodeAt(end);
    const isJoint = joint === 39 || joint === 0x2019 || joint === 46;
    if (!isJoint || !isLatinLetter(text.charCodeAt(end + 1))) return end;
    end += 1;
  }
}

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
  // Latin text (most news) is scanned by character code: exec would make a match array for every word.
  const latin = !BEYOND_LATIN.test(text);
  const tags = text.includes('#') || text.includes('@');
  WORD.lastIndex = 0;
  let from = 0;
  for (;;) {
    let at: number;
    let written: string;
    if (latin) {
      at = nextLatinWord(text, from);
      if (at < 0) break;
      from = latinWordEnd(text, at);
      written = text.slice(at, from);
    } else {
      const match = WORD.exec(text);
      if (match === null) break;
      at = match.index;
      written = match[0];
    }
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
