/**
 * The default reference set: the claims of the two bundled seed articles (two outlets' reports of the same
 * January 2025 story), built the same way as any other reference article.
 */
import seedArticles from '../../data/seeds/seeds.json';
import type { ReferenceClaim, ReferenceSource } from '../types';
import { referenceFromText } from './from-text';

export interface ReferenceArticle {
  source: ReferenceSource;
  claims: ReferenceClaim[];
}

/** The seed sources with their claims; `addedAt` is the time given (defaults to the epoch for stable output). */
export function seedReferences(addedAt = new Date(0).toISOString()): ReferenceArticle[] {
  return seedArticles.map(({ text, ...meta }) =>
    referenceFromText({ ...meta, addedAt, origin: 'seed', enabled: true }, text),
  );
}
