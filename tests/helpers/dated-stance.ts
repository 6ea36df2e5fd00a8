import { analyseSentence } from '@/lib/features/analyse';
import { defaultLexicon } from '@/lib/lexicon/default-lexicon';
import { align } from '@/lib/match/similarity';
import { decideStance } from '@/lib/match/stance';

/** Threshold of the time tests: their sentence pairs are worded alike. */
export const THRESHOLD = 0.6;

/** The stance of a reference towards a page sentence, each dated by its article (ISO, '' when unknown). */
export function datedStance(pageText: string, pageDate: string, referenceText: string, referenceDate: string) {
  const page = analyseSentence(pageText, defaultLexicon).features;
  const reference = analyseSentence(referenceText, defaultLexicon).features;
  return decideStance(
    {
      page,
      reference,
      pageText,
      referenceText,
      alignment: align(page, reference, () => 1),
      published: { page: pageDate, reference: referenceDate },
    },
    THRESHOLD,
  );
}

/**
 * The stance of a reference claim towards a page sentence of the same story, at the engine's thresholds; `published`
 * dates the two articles (ISO), when given.
 */
export function storyStance(pageText: string, referenceText: string, published?: { page: string; reference: string }) {
  const page = analyseSentence(pageText, defaultLexicon).features;
  const reference = analyseSentence(referenceText, defaultLexicon).features;
  const alignment = align(page, reference, () => 1);
  return decideStance(
    { page, reference, pageText, referenceText, alignment, sameStory: true, ...(published ? { published } : {}) },
    0.45,
    0.2,
  );
}

/** The stance alone of a reference claim towards a page sentence of the same story, each dated by its article (ISO). */
export function datedStoryStance(page: string, pageDate: string, reference: string, referenceDate: string) {
  return storyStance(page, reference, { page: pageDate, reference: referenceDate }).stance;
}
