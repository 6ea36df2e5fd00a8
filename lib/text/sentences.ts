/**
 * Sentence splitting with offsets. Intl.Segmenter does the heavy lifting; we then re-join the splits it
 * gets wrong in news text: titles and months ("Mr.", "Jan."), initials ("J. K.") and dotted acronyms
 * ("U.S.") followed by a lower-case word. Decimals and closing quotes are already handled by the segmenter.
 */

export interface SentenceSpan {
  text: string;
  /** Offsets into the text the sentence was taken from. */
  start: number;
  end: number;
}

/** Abbreviations that are almost never the last word of a sentence (titles, months, "No."), lower case. */
const NEVER_FINAL = new Set(
  (
    'mr mrs ms dr prof sr jr st gen lt col maj capt sgt cmdr adm gov sen rep rev hon pres supt insp det ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec no nos vs v mt fig approx est'
  ).split(' '),
);

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** True when a segment boundary after `piece` is not a sentence end, given the next segment. */
function isFalseBoundary(piece: string, next: string): boolean {
  const last = /(?:^|[\s("'“‘])((?:[A-Za-z]\.)*[A-Za-z]+)\.\s*$/.exec(piece);
  if (!last) return false;
  const word = last[1];
  if (NEVER_FINAL.has(word.toLowerCase()) || /^[A-Z]$/.test(word)) return true;
  // "U.S." or "etc." can end a sentence: join only when the next piece goes on in lower case or a digit.
  return /^\s*[a-z0-9]/.test(next);
}

/** Splits `text` into trimmed sentences with their offsets; blank pieces are dropped. */
export function splitSentences(text: string): SentenceSpan[] {
  const pieces: { start: number; end: number }[] = [];
  for (const { index, segment } of segmenter.segment(text)) {
    const previous = pieces.at(-1);
    if (previous && isFalseBoundary(text.slice(previous.start, previous.end), segment)) {
      previous.end = index + segment.length;
    } else {
      pieces.push({ start: index, end: index + segment.length });
    }
  }
  const spans: SentenceSpan[] = [];
  for (let { start, end } of pieces) {
    while (start < end && /\s/.test(text[start])) start += 1;
    while (end > start && /\s/.test(text[end - 1])) end -= 1;
    if (end > start) spans.push({ text: text.slice(start, end), start, end });
  }
  return spans;
}
