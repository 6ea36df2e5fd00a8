/**
 * Reads one amount at a token: digits ("34,000", "2.7") or number words ("three hundred", "twenty-five",
 * "a dozen"), with a scale after it ("2.7 thousand", "1.2m", "5bn"). Says how precisely it was written so
 * comparisons can forgive rounding.
 */

import { halfLastDigit, isWordToken, numberValue, type QuantityToken } from './tokens';
import { SCALE_ABBREVIATIONS, SCALE_WORDS, SMALL_NUMBERS, TENS } from './word-tables';

export interface Amount {
  value: number;
  /** Half the place value of the last significant digit, in the amount's own scale. */
  halfUnit: number;
  /** Half the place value of the last digit as written, significant or not ("2,700" → 0.5, "2.70" → 0.005). */
  halfWritten: number;
  /** Token indexes, inclusive. */
  first: number;
  last: number;
  /** True when a scale word or abbreviation was read ("million", "bn"). */
  scaled: boolean;
  /** The scale factor read (1 when none): value = written number × scale. */
  scale: number;
  /** True when written in digits. */
  digits: boolean;
}

/** Half the place value of the last non-zero digit of an integer (300 → 50, 25 → 0.5). */
export function halfUnitOfInteger(value: number): number {
  if (value === 0) return 0.5;
  if (!Number.isInteger(value)) return 0.25;
  let unit = 1;
  while (value % (unit * 10) === 0) unit *= 10;
  return unit / 2;
}

/** Reads a scale right after token `index - 1` ("thousand", "m" glued on, "bn"); null when none. */
function readScale(tokens: QuantityToken[], index: number): { factor: number; last: number } | null {
  const token = tokens[index];
  if (token?.kind !== 'word') return null;
  const word = SCALE_WORDS[token.lower];
  if (word !== undefined) return { factor: word, last: index };
  const abbreviation = SCALE_ABBREVIATIONS[token.lower];
  if (abbreviation && (!abbreviation.attachedOnly || !token.spaced)) {
    // "1.2 m" with a space reads as metres more often than millions: only the glued form counts.
    return { factor: abbreviation.factor, last: index };
  }
  return null;
}

function readDigits(tokens: QuantityToken[], index: number): Amount | null {
  const token = tokens[index];
  let value = numberValue(token.text);
  let halfUnit = halfLastDigit(token.text);
  const decimals = /\.(\d+)$/.exec(token.text.replace(/^\d{1,3}(?:\.\d{3}){2,}$/, ''))?.[1].length ?? 0;
  let halfWritten = 0.5 * 10 ** -decimals;
  let last = index;
  const scale = readScale(tokens, index + 1);
  const factor = scale?.factor ?? 1;
  value *= factor;
  halfUnit *= factor;
  halfWritten *= factor;
  if (scale) last = scale.last;
  return { value, halfUnit, halfWritten, first: index, last, scaled: scale !== null, scale: factor, digits: true };
}

/** Words that multiply the number before them. */
const SCALE_NAMES = ['hundred', 'thousand', 'million', 'billion', 'trillion'];

const isNumberWord = (token: QuantityToken | undefined): boolean =>
  token?.kind === 'word' && (token.lower in SMALL_NUMBERS || token.lower in TENS);

/** "At one point nine people were trapped": the idiom "at one point", not a decimal. */
function atOnePoint(tokens: QuantityToken[], index: number, value: number): boolean {
  return value === 1 && isWordToken(tokens[index - 1], 'at');
}

/** The value of a digit spoken alone ("zero" to "nine", "oh"), or -1. */
function digitWord(token: QuantityToken | undefined): number {
  if (token?.kind !== 'word' || !token.spaced) return -1;
  if (token.lower === 'zero' || token.lower === 'oh') return 0;
  const value = SMALL_NUMBERS[token.lower];
  return value !== undefined && value < 10 ? value : -1;
}

/**
 * Reads number words: "three hundred and twenty-five thousand", "a dozen", "half a million",
 * "two and a half". Stops at the first word that does not continue the number.
 */
function readWords(tokens: QuantityToken[], index: number): Amount | null {
  let total = 0;
  let current = 0;
  let i = index;
  let read = false;
  let previous: 'small' | 'tens' | 'hundred' | 'scale' | 'decimal' | 'none' = 'none';
  let scale = 1;
  const startsWithA = isWordToken(tokens[i], 'a', 'an');
  const startsWithHalf = isWordToken(tokens[i], 'half') && isWordToken(tokens[i + 1], 'a');
  if (startsWithA || startsWithHalf) {
    const offset = startsWithHalf ? 2 : 1;
    const next = tokens[i + offset];
    if (!isWordToken(next, ...SCALE_NAMES, 'dozen')) return null;
    current = startsWithHalf ? 0.5 : 1;
    i += offset;
    read = true;
    previous = 'small';
  }
  for (; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (token.kind === 'sym') {
      // "twenty-five": a hyphen glued between tens and a unit word.
      if (token.text === '-' && !token.spaced && previous === 'tens' && !tokens[i + 1]?.spaced) {
        if (isWordToken(tokens[i + 1]) && (SMALL_NUMBERS[tokens[i + 1].lower] ?? 10) < 10) continue;
      }
      // "one-thousand", "four-hundred": a hyphen glued between a number word and its scale.
      const glued = token.text === '-' && !token.spaced && !tokens[i + 1]?.spaced;
      if (glued && (previous === 'small' || previous === 'tens') && isWordToken(tokens[i + 1], ...SCALE_NAMES)) {
        continue;
      }
      break;
    }
    if (token.kind !== 'word') break;
    const word = token.lower;
    // "one point nine billion": after the spoken decimal only a scale may follow ("one point five twenty" is two).
    if (previous === 'decimal' && (word in SMALL_NUMBERS || word in TENS)) break;
    if (word in SMALL_NUMBERS) {
      const small = SMALL_NUMBERS[word];
      if (previous === 'small' || (previous === 'tens' && small >= 10)) break;
      current += small;
      previous = 'small';
    } else if (word in TENS) {
      if (previous === 'small' || previous === 'tens') break;
      current += TENS[word];
      previous = 'tens';
    } else if (word === 'hundred' && read && previous !== 'hundred') {
      current = (current || 1) * 100;
      previous = 'hundred';
    } else if (word === 'dozen' && read && previous === 'small') {
      current = (current || 1) * 12;
      previous = 'scale';
    } else if (word in SCALE_WORDS && read) {
      total += (current || 1) * SCALE_WORDS[word];
      current = 0;
      previous = 'scale';
      scale = SCALE_WORDS[word];
    } else if (word === 'and' && (previous === 'hundred' || previous === 'scale') && isNumberWord(tokens[i + 1])) {
      continue;
    } else if (
      word === 'point' &&
      (previous === 'small' || previous === 'tens') &&
      digitWord(tokens[i + 1]) >= 0 &&
      !atOnePoint(tokens, index, current)
    ) {
      // "One point nine billion", "four point five": digits spoken one by one after "point".
      let digits = '';
      while (digitWord(tokens[i + 1]) >= 0) {
        digits += String(digitWord(tokens[i + 1]));
        i += 1;
      }
      current += Number(`0.${digits}`);
      previous = 'decimal';
    } else {
      break;
    }
    read = true;
  }
  if (!read) return null;
  const value = total + current;
  const last = i - 1;
  const halfUnit = halfUnitOfInteger(value);
  const halfWritten = Math.min(halfUnit, 0.5);
  // "three million" ends on its scale, so "two to three million" can share it; "two million and five" does not.
  const endsOnScale = previous === 'scale' && current === 0 && scale > 1;
  const amountScale = endsOnScale ? scale : 1;
  return { value, halfUnit, halfWritten, first: index, last, scaled: endsOnScale, scale: amountScale, digits: false };
}

/**
 * "and a half" after an amount adds one half ("two and a half days"), of the scale after it when one follows
 * ("three and a half thousand lorries": 3,500).
 */
function readAndAHalf(tokens: QuantityToken[], amount: Amount): Amount {
  const i = amount.last + 1;
  if (
    isWordToken(tokens[i], 'and') &&
    isWordToken(tokens[i + 1], 'a') &&
    isWordToken(tokens[i + 2], 'half') &&
    !amount.scaled
  ) {
    const scale = isWordToken(tokens[i + 3], ...SCALE_NAMES) ? SCALE_WORDS[tokens[i + 3].lower] : undefined;
    if (scale) {
      const half = 0.25 * scale;
      const value = (amount.value + 0.5) * scale;
      return { ...amount, value, halfUnit: half, halfWritten: half, last: i + 3, scaled: true, scale };
    }
    return { ...amount, value: amount.value + 0.5, halfUnit: 0.25, halfWritten: 0.25, last: i + 2 };
  }
  return amount;
}

/** Reads the amount that starts at `index`, or null when none starts there. */
export function readAmount(tokens: QuantityToken[], index: number): Amount | null {
  const token = tokens[index];
  if (!token || token.masked) return null;
  const amount = token.kind === 'num' ? readDigits(tokens, index) : readWords(tokens, index);
  if (!amount) return null;
  return readAndAHalf(tokens, amount);
}
