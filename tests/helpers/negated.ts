import { analyseSentence } from '@/lib/features/analyse';
import { defaultLexicon } from '@/lib/lexicon/default-lexicon';

/** The stems of a sentence's negated words, read with the full lexicon. */
export const negatedStems = (sentence: string): string[] =>
  analyseSentence(sentence, defaultLexicon)
    .features.words.filter((word) => word.negated)
    .map((word) => word.stem);
