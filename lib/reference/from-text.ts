/** A reference article from plain text: paragraphs become blocks, sentences become claims. */
import { claimsFromBlocks } from '../engine/extract-claims';
import { articleFromText } from '../extract/plain-text';
import type { ReferenceSource } from '../types';
import type { ReferenceArticle } from './seeds';

/** Builds a reference article (source and claims) from its plain text. */
export function referenceFromText(source: ReferenceSource, text: string): ReferenceArticle {
  return { source, claims: claimsFromBlocks(source.id, articleFromText(text).blocks) };
}
