/**
 * Splits a sentence into plain and highlighted pieces for the comparison view: only the decisive words (the
 * differing numbers, negations, dates, names) are highlighted, never a paraphrase (see decisive.ts).
 */
import type { TextRange } from '../types';

/** How a piece of a sentence is shown. */
export type PieceKind = 'plain' | 'difference';

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

/** Pieces of `text` in order, covering it exactly: `difference` where one of `differences` covers it, else `plain`. */
export function highlightPieces(text: string, differences: readonly TextRange[]): Piece[] {
  const kinds: PieceKind[] = new Array(text.length).fill('plain');
  for (const range of differences) kinds.fill('difference', range.start, range.end);
  const pieces: Piece[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = pieces[pieces.length - 1];
    if (last && last.kind === kinds[i]) last.text += text[i];
    else pieces.push({ text: text[i], kind: kinds[i] });
  }
  return pieces;
}
