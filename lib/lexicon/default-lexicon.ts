/**
 * The lexicon the engine uses unless told otherwise: general English knowledge from WordNet (lib/lexicon),
 * with each word's answers remembered, since news text repeats its vocabulary and analysis runs per sentence.
 */
import type { Lexicon } from '../features/analyse';
import { tagsOf } from '../nlp/parts-of-speech';
import {
  broaderConceptsOf,
  conceptsOf,
  conceptsOfPhrase,
  hasVerbUse,
  isFirstName,
  isMainlyVerb,
  isStopWord,
  isWord,
  lemmatize,
  ownBroaderConceptsOf,
  placeOf,
  usageCount,
} from './index';

/** Kept for an undefined answer, so that one lookup tells a word known to have none from a word not seen yet. */
const NO_ANSWER: unique symbol = Symbol('no answer');

/** Remembers a one-argument function's answers, forgetting them all past `limit` entries. */
function remember<T>(lookup: (key: string) => T, limit = 50_000): (key: string) => T {
  const answers = new Map<string, T | typeof NO_ANSWER>();
  return (key) => {
    const known = answers.get(key);
    if (known !== undefined) return (known === NO_ANSWER ? undefined : known) as T;
    if (answers.size >= limit) answers.clear();
    const answer = lookup(key);
    answers.set(key, answer === undefined ? NO_ANSWER : answer);
    return answer;
  };
}

const phraseAt = remember((joined: string) => conceptsOfPhrase(joined.split(' '), 0));

const placeOrVariant = remember((word: string) => placeOf(word, true));
const placeExactly = remember((word: string) => placeOf(word, false));
const shortWord = remember((word: string) => isWord(word, true));
const longWord = remember((word: string) => isWord(word, false));

export const defaultLexicon: Lexicon = {
  lemmatize: remember(lemmatize),
  conceptsOf: remember(conceptsOf),
  broaderConceptsOf: remember(broaderConceptsOf),
  ownBroaderConceptsOf: remember(ownBroaderConceptsOf),
  // Phrases are at most five words long: remember them by the words they could span.
  conceptsOfPhrase: (lemmas, start) => phraseAt(lemmas.slice(start, start + 5).join(' ')),
  placeOf: (word, spellingVariants = true) => (spellingVariants ? placeOrVariant(word) : placeExactly(word)),
  isFirstName: remember(isFirstName),
  isStopWord: remember(isStopWord),
  isWord: (word, short) => (short ? shortWord(word) : longWord(word)),
  usageCount: remember(usageCount),
  isMainlyVerb: remember(isMainlyVerb),
  hasVerbUse: remember(hasVerbUse),
  // Undefined until the tagger is installed (lib/nlp/parts-of-speech.ts).
  partsOfSpeech: tagsOf,
};
