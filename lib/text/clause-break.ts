/** Where a clause of a sentence ends, as the time rules read it. */

/** A clause break: comma, semicolon, colon, dash or bracket. */
const BREAK = /[,;:()\u2013\u2014]/;

/** True when the character at `i` breaks a clause: not the comma of a figure ("27,000"). */
export function clauseBreakAt(text: string, i: number): boolean {
  const char = text[i];
  if (char === undefined || !BREAK.test(char)) return false;
  return !(char === ',' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? ''));
}
