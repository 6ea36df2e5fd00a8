/**
 * The article in a plain-text page (.txt): its paragraphs as blocks. Paragraphs are separated by blank lines;
 * inside a paragraph, lines are kept together when they look hard-wrapped (lines of a similar, limited width),
 * and are blocks of their own otherwise (one paragraph per line, as in text copied from a web page).
 */

import type { TextBlock } from '../types';

/** Hard-wrapped text keeps its lines at most this long; a longer line means one paragraph per line. */
const WRAP_WIDTH = 100;
/** ...and at least this long, except for a paragraph's last line. */
const MIN_WRAPPED_LINE = 40;

/** True when the lines are one paragraph wrapped at a fixed width rather than separate paragraphs. */
function isHardWrapped(lines: string[]): boolean {
  const lengths = lines.map((line) => line.trim().length);
  return lengths.every((length, i) => length <= WRAP_WIDTH && (i === lengths.length - 1 || length >= MIN_WRAPPED_LINE));
}

/** A paragraph of the text, with its offsets in the text. */
export interface PlainTextBlock extends TextBlock {
  start: number;
  end: number;
}

/**
 * Splits `text` into trimmed, non-empty paragraphs, ids 'b0', 'b1', ... in order. `text.slice(start, end)` is
 * each block's text exactly (a hard-wrapped paragraph keeps its line breaks).
 */
export function articleFromText(text: string): { blocks: PlainTextBlock[] } {
  const blocks: PlainTextBlock[] = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start])) start += 1;
    while (end > start && /\s/.test(text[end - 1])) end -= 1;
    if (end > start) blocks.push({ id: `b${blocks.length}`, text: text.slice(start, end), start, end });
  };
  const paragraphBreak = /\n[ \t\r\f\v]*\n/g;
  const padded = `${text}\n\n`;
  let start = 0;
  for (let match = paragraphBreak.exec(padded); match && start < text.length; match = paragraphBreak.exec(padded)) {
    const end = Math.min(match.index, text.length);
    const lines = text.slice(start, end).split('\n');
    if (isHardWrapped(lines)) push(start, end);
    else {
      let lineStart = start;
      for (const line of lines) {
        push(lineStart, lineStart + line.length);
        lineStart += line.length + 1;
      }
    }
    start = match.index + match[0].length;
  }
  return { blocks };
}
