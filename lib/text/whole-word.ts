/** Finding a word in text as a whole word: "no" in "no deaths", not inside "known" or "now". */

const WORD_CHARACTER = /\w/;

/**
 * Index of the last occurrence of `word` as a whole word in `text` that starts before `end`, or -1. Both are
 * compared as given: pass lower-case text for a lower-case word.
 */
export function lastWholeWordBefore(text: string, word: string, end: number): number {
  if (word === '' || end <= 0) return -1;
  for (let at = text.lastIndexOf(word, end - 1); at >= 0; at = at === 0 ? -1 : text.lastIndexOf(word, at - 1)) {
    const whole = !WORD_CHARACTER.test(text[at - 1] ?? '') && !WORD_CHARACTER.test(text[at + word.length] ?? '');
    if (whole) return at;
  }
  return -1;
}

/** Index of the first occurrence of `word` as a whole word in `text` from `from` on, or -1 (compared as given). */
export function firstWholeWordFrom(text: string, word: string, from: number): number {
  if (word === '') return -1;
  for (let at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + 1)) {
    const whole = !WORD_CHARACTER.test(text[at - 1] ?? '') && !WORD_CHARACTER.test(text[at + word.length] ?? '');
    if (whole) return at;
  }
  return -1;
}
