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

/** Characters segmented at once; each window costs about its length times its number of sentences. */
const WINDOW = 2_000;
/** Sentences ending this close to a window's end are segmented again with the next window (look-ahead). */
const MARGIN = 200;

/**
 * The segmenter's sentence segments of `text` with their offsets, found window by window. nb. V8's
 * Intl.Segmenter (Node 20, Chrome) takes time proportional to the whole text for each sentence it yields, so
 * 500 KB of ordinary sentences takes a minute in one go; a window restarts at a sentence start, where the
 * segmenter's rules give the same breaks as on the whole text.
 */
function* segments(text: string): Generator<{ index: number; segment: string }> {
  let from = 0;
  let size = WINDOW;
  while (from < text.length) {
    const end = Math.min(text.length, from + size);
    const pieces = [...segmenter.segment(text.slice(from, end))];
    const last = end === text.length;
    let kept = 0;
    if (last) kept = pieces.length;
    else
      while (kept < pieces.length && pieces[kept].index + pieces[kept].segment.length <= end - from - MARGIN) kept += 1;
    if (kept === 0) {
      size *= 2; // One sentence longer than the window: look further.
      continue;
    }
    for (let n = 0; n < kept; n += 1) yield { index: from + pieces[n].index, segment: pieces[n].segment };
    if (last) return;
    from += pieces[kept].index;
    size = WINDOW;
  }
}

/** Letters and dots a word before a segment's final dot may hold: longer runs are not abbreviations. */
const MAX_ABBREVIATION = 100;

const isLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isSpace = (ch: string) => /\s/.test(ch);
/** What may stand before an abbreviation: white space, an opening bracket or quote. */
const OPENERS = new Set(['(', '"', "'", '“', '‘']);

/**
 * The word before the final dot of text[start, end) ("Mr", "U.S", "J"), or undefined when the piece does not
 * end in a dot after letters. Reads only the end of the piece, so a piece that grew by many joins costs no more
 * to check than a short one (rescanning it made "Mr. Mr. Mr. ..." quadratic).
 */
function wordBeforeFinalDot(text: string, start: number, end: number): string | undefined {
  let i = end;
  while (i > start && isSpace(text[i - 1])) i -= 1;
  if (i === start || text[i - 1] !== '.') return undefined;
  const dot = i - 1;
  let from = dot;
  while (from > start && dot - from < MAX_ABBREVIATION) {
    const code = text.charCodeAt(from - 1);
    if (!isLetter(code) && code !== 46) break;
    from -= 1;
  }
  if (from > start && !isSpace(text[from - 1]) && !OPENERS.has(text[from - 1])) return undefined;
  const word = text.slice(from, dot);
  // Letter-dot pairs, then letters ("U.S", "J", "Mr"): the shape of an abbreviation or initials.
  return /^(?:[A-Za-z]\.)*[A-Za-z]+$/.test(word) ? word : undefined;
}

/** True when a segment boundary after text[start, end) is not a sentence end, given the next segment. */
function isFalseBoundary(text: string, start: number, end: number, next: string): boolean {
  const word = wordBeforeFinalDot(text, start, end);
  if (word === undefined) return false;
  if (NEVER_FINAL.has(word.toLowerCase()) || /^[A-Z]$/.test(word)) return true;
  // "U.S." or "etc." can end a sentence: join only when the next piece goes on in lower case, or with a digit
  // after an abbreviation's shape ("U.S. 5", "Co. 12"); after a plain word a digit starts a sentence ("... fight
  // against us. 4,000 were killed.").
  if (/^\s*[a-z]/.test(next)) return true;
  return /^\s*[0-9]/.test(next) && (word.includes('.') || /^[A-Z][A-Za-z]{0,3}$/.test(word));
}

/**
 * A full stop after a plain lower-case word, then a number: a sentence that starts with its figure ("... fight
 * against us. 4,000 were killed."), which the segmenter leaves joined. Abbreviations ("approx. 5") are not ends.
 */
const STOP_BEFORE_DIGIT = /(?<=[^A-Za-z.][a-z]{2,}[.!?]["”’)]*)\s+(?=[0-9])/g;

/** A piece split where a sentence starts with a number after a plain word's full stop. */
function splitBeforeDigits(text: string, piece: { start: number; end: number }): { start: number; end: number }[] {
  const body = text.slice(piece.start, piece.end);
  const out: { start: number; end: number }[] = [];
  let from = 0;
  for (const match of body.matchAll(STOP_BEFORE_DIGIT)) {
    const word = /([a-z]+)[.!?]["”’)]*$/.exec(body.slice(0, match.index))?.[1] ?? '';
    if (NEVER_FINAL.has(word)) continue;
    out.push({ start: piece.start + from, end: piece.start + match.index });
    from = match.index;
  }
  out.push({ start: piece.start + from, end: piece.end });
  return out;
}

/** Splits `text` into trimmed sentences with their offsets; blank pieces are dropped. */
export function splitSentences(text: string): SentenceSpan[] {
  const pieces: { start: number; end: number }[] = [];
  for (const { index, segment } of segments(text)) {
    const previous = pieces.at(-1);
    if (previous && isFalseBoundary(text, previous.start, previous.end, segment)) {
      previous.end = index + segment.length;
    } else {
      pieces.push({ start: index, end: index + segment.length });
    }
  }
  const spans: SentenceSpan[] = [];
  for (let { start, end } of pieces.flatMap((piece) => splitBeforeDigits(text, piece))) {
    while (start < end && /\s/.test(text[start])) start += 1;
    while (end > start && /\s/.test(text[end - 1])) end -= 1;
    if (end > start) spans.push({ text: text.slice(start, end), start, end });
  }
  return spans;
}
