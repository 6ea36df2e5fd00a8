/** A reference article from plain text: paragraphs become blocks, sentences become claims. */
import { claimsFromBlocks } from '../engine/extract-claims';
import type { ReferenceSource, TextBlock } from '../types';
import type { ReferenceArticle } from './seeds';

/** Paragraphs of plain text (blank-line or line separated), as text blocks. */
export function textBlocks(text: string): TextBlock[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line, n) => ({ id: `p${n}`, text: line }));
}

/** Builds a reference article (source and claims) from its plain text. */
export function referenceFromText(source: ReferenceSource, text: string): ReferenceArticle {
  return { source, claims: claimsFromBlocks(source.id, textBlocks(text)) };
}
