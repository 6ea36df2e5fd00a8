/**
 * Sentence analysis: tokens with lemmas, stems and concepts, named entities, quantities and negation.
 * The result (ClaimFeatures) is what the index stores and what the matcher and the stance detector compare.
 */
import { stemmer } from 'stemmer';
import type { ClaimFeatures } from '../types';
import { isNegationCue, negationScopes } from './negation';
import { extractQuantities } from './quantities';
import { STOP_WORDS } from './stopwords';
import { isCapitalised, tokenize } from './tokens';

/** Bump when the analysis changes: stored features with another version are recomputed. */
export const FEATURES_VERSION = 1;

const CALENDAR_WORDS = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday january february march april june july ' +
    'august september october november december'
  ).split(' '),
);

/** Lexical knowledge the analyser uses; the default is built from WordNet (lib/lexicon). */
export interface Lexicon {
  lemmatize(word: string): string;
  conceptsOf(lemma: string): readonly string[];
  placeOf(word: string): string | undefined;
  isStopWord(word: string): boolean;
  /** The longest multi-word lemma ("take part") starting at `start`, with its concepts. */
  conceptsOfPhrase?(
    lemmas: readonly string[],
    start: number,
  ): { length: number; concepts: readonly string[] } | undefined;
}

/** A lexicon with no knowledge beyond stop words: lemmas are stems, nothing has synonyms. */
export const plainLexicon: Lexicon = {
  lemmatize: (word) => word,
  conceptsOf: () => [],
  placeOf: () => undefined,
  isStopWord: (word) => STOP_WORDS.has(word),
};

export interface AnalysedToken {
  text: string;
  lower: string;
  start: number;
  end: number;
  lemma: string;
  stem: string;
  capital: boolean;
  content: boolean;
  negated: boolean;
  concepts: readonly string[];
}

export interface Analysis {
  tokens: AnalysedToken[];
  features: ClaimFeatures;
}

/** Stem used for matching: Porter stem of the lemma, so "died" and "dies" meet at "die". */
export function stemOf(lemma: string): string {
  return /\d/.test(lemma) ? lemma : stemmer(lemma);
}

/** Analyses one sentence. Pure: the same text and lexicon always give the same features. */
export function analyseSentence(sentence: string, lexicon: Lexicon = plainLexicon): Analysis {
  const raw = tokenize(sentence);
  const quantities = extractQuantities(sentence);
  // Words inside a quantity ("roughly", "two", "days") are compared as the quantity, not as words.
  const inQuantity = (start: number) => quantities.some((quantity) => start >= quantity.start && start < quantity.end);
  const tokens: AnalysedToken[] = raw.map((token) => {
    const lemma = lexicon.lemmatize(token.lower);
    const content =
      !lexicon.isStopWord(token.lower) &&
      !isNegationCue(token.lower) &&
      /\p{L}/u.test(token.lower) &&
      !inQuantity(token.start);
    return {
      ...token,
      lemma,
      // Acronyms keep their letters: stemming "NIS" to "ni" would lose it.
      stem: /^\p{Lu}{2,}$/u.test(token.text) ? token.lower : stemOf(lemma),
      capital: isCapitalised(token),
      content,
      negated: false,
      concepts: content ? lexicon.conceptsOf(lemma) : [],
    };
  });
  joinPhrases(tokens, lexicon);
  const { negated, cues } = negationScopes(
    tokens.map((token, index) => ({
      lower: token.lower,
      content: token.content,
      index,
      clauseEnd: /[,;:—–()]/.test(sentence.slice(token.end, tokens[index + 1]?.start ?? sentence.length)),
      proper: token.capital && index > 0,
    })),
  );
  for (const index of negated) tokens[index].negated = true;

  const features: ClaimFeatures = {
    version: FEATURES_VERSION,
    words: tokens
      .filter((token) => token.content)
      .map((token) => ({
        stem: token.stem,
        concepts: token.concepts,
        proper: token.capital && token.start > 0,
        negated: token.negated,
        ...placeKey(token, lexicon),
      })),
    entities: entityKeys(tokens, lexicon),
    quantities,
    negations: cues,
    dates: tokens.filter((token) => CALENDAR_WORDS.has(token.lower)).map((token) => token.lower),
  };
  return { tokens, features };
}

/**
 * Multi-word lemmas ("took part", "hand over") become one word: the first token carries the phrase's stem and
 * concepts, the others stop counting as content.
 */
function joinPhrases(tokens: AnalysedToken[], lexicon: Lexicon): void {
  if (!lexicon.conceptsOfPhrase) return;
  const lemmas = tokens.map((token) => token.lemma);
  for (let i = 0; i < tokens.length - 1; i += 1) {
    if (!tokens[i].content || tokens[i].capital) continue;
    const phrase = lexicon.conceptsOfPhrase(lemmas, i);
    if (!phrase || phrase.concepts.length === 0 || tokens.slice(i, i + phrase.length).some((token) => token.capital)) {
      continue;
    }
    const words = tokens.slice(i, i + phrase.length);
    tokens[i] = {
      ...tokens[i],
      stem: words.map((token) => token.stem).join('_'),
      concepts: phrase.concepts,
    };
    for (const token of words.slice(1)) token.content = false;
    i += phrase.length - 1;
  }
}

/** The stemmed country key of a capital or demonym ("Pyongyang" → "north korea"). */
function placeKey(token: AnalysedToken, lexicon: Lexicon): { place?: string } {
  if (!token.capital) return {};
  const place = lexicon.placeOf(token.lemma);
  return place ? { place: place.split(' ').map(stemOf).join(' ') } : {};
}

/**
 * Named-entity keys: runs of capitalised words ("National Intelligence Service"), their acronym ("nis"),
 * all-caps acronyms as written, and the country a capital or demonym stands for ("Pyongyang" → "north korea").
 */
function entityKeys(tokens: readonly AnalysedToken[], lexicon: Lexicon): string[] {
  const keys = new Set<string>();
  let run: AnalysedToken[] = [];
  const flush = () => {
    if (run.length === 0) return;
    keys.add(run.map((token) => token.stem).join(' '));
    if (run.length > 2) keys.add(run.map((token) => token.lower[0]).join(''));
    run = [];
  };
  tokens.forEach((token, index) => {
    const place = placeKey(token, lexicon).place;
    if (place) keys.add(place);
    // A capital at the start of a sentence is a name only when the next word is capitalised too.
    const properNoun =
      token.capital && (index > 0 || (tokens[1]?.capital === true && !lexicon.isStopWord(token.lower)));
    if (properNoun && /\p{L}/u.test(token.text)) run.push(token);
    else flush();
  });
  flush();
  return [...keys];
}
