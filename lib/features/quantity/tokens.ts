/**
 * Tokens for the quantity reader: numbers (with their thousands separators), words and single symbols,
 * each with offsets and whether whitespace comes before it. Phone numbers are marked so no count is read
 * out of them.
 *
 * nb. Not the analysis's word tokens (lib/features/tokens.ts, `WordToken`): those drop punctuation and split
 * hashtags, while a quantity is read from the symbols and spacing around its digits ("$2.7bn", "34 000", "9-10"),
 * so this tokeniser keeps every symbol and reads a number with its separators as one token.
 */

export type QuantityTokenKind = 'num' | 'word' | 'sym';

export interface QuantityToken {
  kind: QuantityTokenKind;
  text: string;
  /** Lower-case text, for table look-ups. */
  lower: string;
  start: number;
  end: number;
  /** True when whitespace (or the sentence start) comes right before the token. */
  spaced: boolean;
  /** Inside a phone-number-like run of digits: never a quantity. */
  masked: boolean;
}

/**
 * Digits as written in English news. Order matters: comma thousands, then thin/non-breaking-space
 * thousands, then plain-space thousands (only "1 000 000" or "34 000", since "day 12 300 people" is two
 * numbers), then dotted thousands with two or more groups ("1.000.000"), then plain digits and decimals.
 */
const NUMBER =
  /\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]\d)|\d{1,3}(?:[\u00A0\u2009\u202F]\d{3})+(?:\.\d+)?(?!\d)|\d{1,3}(?: \d{3}){2,}(?![\d ]\d)|\d{1,3} 000(?![\d ]\d)|\d{1,3}(?:\.\d{3}){2,}(?![.\d]\d)|\d+(?:\.\d+)?/y;
const WORD = /\p{L}[\p{L}\p{M}]*(?:['’]\p{L}+)*/uy;

/** Runs of digit groups that look like phone numbers (nine digits or more, or a leading "+"). */
const PHONE = /(?<![\d,.])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]\d{2,4}){1,4}(?!\d)/g;
const SPACE_THOUSANDS = /^\d{1,3}(?:[ \u00A0\u2009\u202F]\d{3})+$/;

function phoneSpans(sentence: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const match of sentence.matchAll(PHONE)) {
    const text = match[0];
    const digits = text.replace(/\D/g, '').length;
    const looksLikePhone = digits >= 9 || (text.startsWith('+') && digits >= 7);
    if (looksLikePhone && !SPACE_THOUSANDS.test(text)) spans.push([match.index, match.index + text.length]);
  }
  return spans;
}

const SPACE = /\s/;
const DIGIT = /\d/;

/** Splits a sentence into number, word and symbol tokens for the quantity reader; whitespace is dropped. */
export function tokenizeForQuantities(sentence: string): QuantityToken[] {
  const phones = phoneSpans(sentence);
  const tokens: QuantityToken[] = [];
  let position = 0;
  let spaced = true;
  let phone = 0;
  while (position < sentence.length) {
    const char = sentence[position];
    // Patterns kept in constants and read with test: a literal here, or exec's match, is an object per token.
    if (SPACE.test(char)) {
      position += 1;
      spaced = true;
      continue;
    }
    let kind: QuantityTokenKind = 'sym';
    let text = char;
    NUMBER.lastIndex = position;
    WORD.lastIndex = position;
    if (DIGIT.test(char) && NUMBER.test(sentence)) {
      kind = 'num';
      text = sentence.slice(position, NUMBER.lastIndex);
    } else if (WORD.test(sentence)) {
      kind = 'word';
      text = sentence.slice(position, WORD.lastIndex);
    }
    const start = position;
    const end = position + text.length;
    while (phone < phones.length && phones[phone][1] <= start) phone += 1;
    const masked = phone < phones.length && start >= phones[phone][0] && end <= phones[phone][1];
    tokens.push({ kind, text, lower: text.toLowerCase(), start, end, spaced, masked });
    position = end;
    spaced = false;
  }
  return tokens;
}

/** Numeric value of a number token's text ("34,000", "34 000", "1.000.000", "2.7"). */
export function numberValue(text: string): number {
  if (/^\d{1,3}(?:\.\d{3}){2,}$/.test(text)) return Number(text.replace(/\./g, ''));
  return Number(text.replace(/[,\s\u00A0\u2009\u202F]/g, ''));
}

/** Half the place value of the last significant digit as written ("2,700" → 50, "2.7" → 0.05, "87" → 0.5). */
export function halfLastDigit(text: string): number {
  const plain = text.replace(/[,\s\u00A0\u2009\u202F]/g, '');
  if (/^\d{1,3}(?:\.\d{3}){2,}$/.test(text)) return halfLastDigit(plain.replace(/\./g, ''));
  const [whole, fraction] = plain.split('.');
  if (fraction !== undefined) return 0.5 * 10 ** -fraction.length;
  const zeros = /0*$/.exec(whole)?.[0].length ?? 0;
  return 0.5 * 10 ** Math.min(zeros, whole.length - 1);
}

/** A word token (not a number or a symbol), one of `words` when given (lower case). */
export const isWordToken = (token: QuantityToken | undefined, ...words: string[]): boolean =>
  token?.kind === 'word' && (words.length === 0 || words.includes(token.lower));

export const isSym = (token: QuantityToken | undefined, ...symbols: string[]): boolean =>
  token?.kind === 'sym' && symbols.includes(token.text);

/** A word token starting with a capital (a number or symbol never is). */
export const isCapitalisedWord = (token: QuantityToken | undefined): boolean =>
  token?.kind === 'word' && INITIAL_CAPITAL.test(token.text);

/** Kept in a constant: a literal in isCapitalisedWord would be a new pattern object for every call. */
const INITIAL_CAPITAL = /^\p{Lu}/u;

/** True when the token is the first word of the sentence (only quotes or brackets before it). */
export function isSentenceInitial(tokens: QuantityToken[], index: number): boolean {
  for (let i = index - 1; i >= 0; i -= 1) {
    if (tokens[i].kind !== 'sym' || /[.,;:]/.test(tokens[i].text)) return false;
  }
  return true;
}
