/**
 * Splits a sentence into plain and highlighted pieces for the comparison view: the words a diff found
 * different, and, more strongly, the differences the engine named (numbers, negations, dates, names).
 */
import type { TextRange } from '../types';

/** How a piece of a sentence is shown. */
export type PieceKind = 'plain' | 'changed' | 'difference';

export interface Piece {
  text: string;
  kind: PieceKind;
}

/** Every occurrence of `needle` in `text`, case-insensitive, as whole words. */
export function occurrences(text: string, needle: string): TextRange[] {
  const wanted = needle.trim().toLowerCase();
  if (wanted.length === 0) return [];
  const haystack = text.toLowerCase();
  const found: TextRange[] = [];
  const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
  for (let at = haystack.indexOf(wanted); at !== -1; at = haystack.indexOf(wanted, at + 1)) {
    const end = at + wanted.length;
    if (isWordChar(text[at - 1]) || isWordChar(text[end])) continue;
    found.push({ start: at, end });
  }
  return found;
}

/**
 * Pieces of `text` in order, covering it exactly: `difference` where a `differences` range covers the
 * character, else `changed` where a `changed` range does, else `plain`.
 */
export function highlightPieces(
  text: string,
  changed: readonly TextRange[],
  differences: readonly TextRange[],
): Piece[] {
  const kinds: PieceKind[] = new Array(text.length).fill('plain');
  for (const range of changed) kinds.fill('changed', range.start, range.end);
  for (const range of differences) kinds.fill('difference', range.start, range.end);
  const pieces: Piece[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = pieces[pieces.length - 1];
    if (last && last.kind === kinds[i]) last.text += text[i];
    else pieces.push({ text: text[i], kind: kinds[i] });
  }
  return pieces;
}
