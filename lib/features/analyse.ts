/**
 * Sentence analysis: tokens with lemmas, stems and concepts, named entities, quantities and negation.
 * The result (ClaimFeatures) is what the index stores and what the matcher and the stance detector compare.
 */
import { stemmer } from 'stemmer';
import { isStopWord } from '../lexicon/stopwords';
import { datelineLength } from '../text/dateline';
import type { ClaimFeatures, FeatureWord, Quantity } from '../types';
import { directionOf } from './direction';
import { isDistributive } from './distributive';
import { countDayPhrases, earlierPhrases, inPhrase, otherEventDayPhrases } from './earlier';
import { isNegationCue, negationScopes } from './negation';
import {
  DEATHS,
  isOutcome,
  isPosition,
  LIGHT_VERBS,
  levelHead,
  outcomeOf,
  outcomeOfTotal,
  POSITION,
  type PredicateToken,
  quantityPredicate,
  SURVIVALS,
  sparedByTotal,
  WHOLE,
} from './predicate';
import { extractQuantities } from './quantities';
import { headStem } from './quantity/heads';
import { CALENDAR_WORDS, SMALL_NUMBERS, TENS } from './quantity/word-tables';
import {
  ATTRIBUTION,
  attributionSource,
  breakAfter,
  causeArguments,
  isSaying,
  markReportingVerbs,
  placeArguments,
  reportDates,
  unassertedClauses,
  verbRoles,
} from './roles';
import { splitRunTogether } from './segment';
import { isCapitalised, type RunSplitter, tokenizeWords } from './tokens';

/** Bump when the analysis changes: stored features with another version are recomputed. */
export const FEATURES_VERSION = 98;

/**
 * The version of features analysed while the lexicon's tagger was not installed (see Lexicon.partsOfSpeech):
 * never current, so once the tagger is there they are analysed again.
 */
export const UNTAGGED_FEATURES_VERSION = -FEATURES_VERSION;

/** Lexical knowledge the analyser uses; the default is built from WordNet (lib/lexicon). */
export interface Lexicon {
  lemmatize(word: string): string;
  conceptsOf(lemma: string): readonly string[];
  /**
   * The country a place word names; with `spellingVariants` (the default) also for a word one cautious edit from
   * a place word ("Kyiv" for "Kyyiv"), which the analysis asks only for a word that is not part of a person's name.
   */
  placeOf(word: string, spellingVariants?: boolean): string | undefined;
  /** True for a known first name ("Bernie", "Cameron"): never read as a spelling variant of a place. */
  isFirstName?(word: string): boolean;
  isStopWord(word: string): boolean;
  /**
   * True when a lower-case word (any inflection) is an English word the lexicon knows, to split words run together
   * in hashtags and handles ("aldmereferry"). `short`: a piece of one or two letters, which should count only when it is
   * a common function word.
   */
  isWord?(word: string, short: boolean): boolean;
  /** Looser concept ids: close kinds of the same thing ("flee"/"defect"). */
  broaderConceptsOf?(lemma: string): readonly string[];
  /** The broader ids that name a sense of the lemma itself ("home" in "dwelling, home"), a subset of the above. */
  ownBroaderConceptsOf?(lemma: string): readonly string[];
  /** How often a lemma is used in general English (a tagged corpus count), for weighting common words down. */
  usageCount?(lemma: string): number;
  /** True for lemmas mostly used as verbs. */
  isMainlyVerb?(lemma: string): boolean;
  /** True for lemmas with verb uses at all ("fear"). */
  hasVerbUse?(lemma: string): boolean;
  /**
   * Universal part-of-speech tags (VERB, NOUN, ...) of the sentence's tokens, given in lower case and in order;
   * undefined for a token the tagger cannot place, and as a whole while the tagger is not installed. When
   * present, it decides which words are verbs here.
   */
  partsOfSpeech?(sentence: string, tokens: readonly string[]): readonly (string | undefined)[] | undefined;
  /** The longest multi-word lemma ("take part") starting at `start`, with its concepts. */
  conceptsOfPhrase?(
    lemmas: readonly string[],
    start: number,
  ): { length: number; concepts: readonly string[] } | undefined;
}

/**
 * A lexicon with no knowledge beyond stop words (the one list, lib/lexicon/stopwords.ts): lemmas are the words
 * as written, nothing has synonyms. For tests and tools that must not load WordNet.
 */
export const plainLexicon: Lexicon = {
  lemmatize: (word) => word,
  conceptsOf: () => [],
  placeOf: () => undefined,
  isStopWord,
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
  /** The negation cue as written ("never", "refused"), when negated. */
  cue?: string;
  /** Negated as part of a position the sentence reports rejected (see NegationScopes.disputed). */
  disputed?: boolean;
  concepts: readonly string[];
  /** Used as a verb in this sentence (by the tagger, or the lexicon's usual part of speech). */
  verb?: boolean;
  /** A verb that reports the "that" clause after it ("repeated that"): a verb of saying here (see roles.ts). */
  reporting?: boolean;
  /** A word of a place's name that is a common word too, first in the sentence ("Central" of "Central Lombok"). */
  namePart?: boolean;
}

export interface Analysis {
  tokens: AnalysedToken[];
  features: ClaimFeatures;
}

const stems = new Map<string, string>();
const ACRONYM = /^\p{Lu}{2,}$/u;

/**
 * The word ending at `end` is followed by a possessive mark (which the tokens leave out): "the company's", "the
 * workers' union".
 */
function isPossessive(sentence: string, end: number): boolean {
  const mark = sentence.charCodeAt(end);
  if (mark !== 39 && mark !== 0x2019) return false;
  // "The union's", and a plural's bare mark ("72 hours' notice", "the workers' union"), not a closing quote ("as
  // 'rebels' and"): no quote opens the word.
  if (sentence.charCodeAt(end + 1) === 115 && !/\p{L}/u.test(sentence.charAt(end + 2))) return true;
  if (sentence.charAt(end - 1) !== 's' || !/^\s+\p{Ll}/u.test(sentence.slice(end + 1, end + 3))) return false;
  const before = sentence.slice(0, end);
  const wordStart = before.search(/\S+$/);
  return wordStart < 0 || !/['‘’]/.test(sentence.charAt(wordStart));
}
const NO_CONCEPTS: readonly string[] = [];

/** Stem used for matching: Porter stem of the lemma, so "died" and "dies" meet at "die". Remembered: stemming is slow. */
export function stemOf(lemma: string): string {
  let stem = stems.get(lemma);
  if (stem === undefined) {
    stem = /\d/.test(lemma) ? lemma : stemmer(lemma);
    if (stems.size > 100_000) stems.clear();
    stems.set(lemma, stem);
  }
  return stem;
}

/** What the analysis needs to know of a word (lower case) whatever its place in a sentence. */
interface WordFacts {
  lemma: string;
  stem: string;
  /** A content word, unless inside a quantity: not a stop word, negation cue or verb of saying; has a letter. */
  content: boolean;
  /** Concepts of the lemma (for content words only). */
  concepts: readonly string[];
  /** The lemma's broader ids (see broaderOf), null for none: read for the first word that needs them. */
  broader?: readonly string[] | null;
  /** The lemma's usage count (Lexicon.usageCount), read likewise. */
  usage?: number;
  /** The place the lemma names (Lexicon.placeOf), without and with spelling variants, null for none; likewise. */
  exactPlace?: string | null;
  variantPlace?: string | null;
  /** A known first name (Lexicon.isFirstName), likewise. */
  firstName?: boolean;
}

/** Word facts per lexicon, remembered: news text repeats its words, and each needs several lexicon lookups. */
const wordFactsByLexicon = new WeakMap<Lexicon, Map<string, WordFacts>>();
const WORD_FACTS_LIMIT = 50_000;

function wordFacts(lower: string, lexicon: Lexicon): WordFacts {
  let known = wordFactsByLexicon.get(lexicon);
  if (!known) {
    known = new Map();
    wordFactsByLexicon.set(lexicon, known);
  }
  let facts = known.get(lower);
  if (facts === undefined) {
    const lemma = lexicon.lemmatize(lower);
    const content =
      !lexicon.isStopWord(lower) && !isNegationCue(lower) && !ATTRIBUTION.has(lemma) && /\p{L}/u.test(lower);
    facts = {
      lemma,
      stem: stemOf(lemma),
      content,
      concepts: content ? conceptsOf(lemma, lower, lexicon) : NO_CONCEPTS,
    };
    if (known.size >= WORD_FACTS_LIMIT) known.clear();
    known.set(lower, facts);
  }
  return facts;
}

/**
 * The lexicon's concepts of a word, and its outcome class: news reports one toll as "killed", "died", "dead",
 * "deaths" or "fatalities", so these words meet in verification even where the lexicon keeps them apart.
 */
function conceptsOf(lemma: string, lower: string, lexicon: Lexicon): readonly string[] {
  const concepts = lexicon.conceptsOf(lemma);
  const outcome = outcomeOf(lemma, lower);
  const joined = outcome === undefined ? concepts : [...concepts, `outcome:${outcome}`];
  return REFUGE_LEMMAS.has(lemma) ? [...joined, REFUGE] : joined;
}

/**
 * Leaving one's country for another's protection: news reports one person's move as defecting, seeking asylum or
 * resettling ("wants to defect to Ostland" / "has not sought asylum in Ostland"), words the lexicon keeps apart.
 */
const REFUGE = 'move:refuge';
const REFUGE_LEMMAS = new Set(['defect', 'defector', 'defection', 'asylum', 'resettle', 'resettlement']);

/** Run splitters per lexicon, with their answers remembered (hashtags and handles repeat). */
const splittersByLexicon = new WeakMap<Lexicon, RunSplitter>();

function runSplitter(lexicon: Lexicon): RunSplitter | undefined {
  const isWord = lexicon.isWord;
  if (!isWord) return undefined;
  let splitter = splittersByLexicon.get(lexicon);
  if (!splitter) {
    const answers = new Map<string, readonly string[] | undefined>();
    splitter = (run, allowUnknown) => {
      const key = `${allowUnknown ? '?' : ''}${run}`;
      if (answers.has(key)) return answers.get(key);
      const split = splitRunTogether(
        run,
        (piece, short) => isWord(piece, short),
        allowUnknown,
        (piece) => isCommonWord(piece, lexicon.lemmatize(piece), lexicon),
      );
      if (answers.size >= WORD_FACTS_LIMIT) answers.clear();
      answers.set(key, split);
      return split;
    };
    splittersByLexicon.set(lexicon, splitter);
  }
  return splitter;
}

/**
 * A word of a hashtag or handle whose capital only marks where it starts ("#LightningStrike"): a common English word
 * that names no place. Names and places keep their capital ("#NorthKorea", "@ZelenskyyUa").
 */
function isCommonWord(lower: string, lemma: string, lexicon: Lexicon): boolean {
  if (lexicon.isStopWord(lower)) return true;
  return (lexicon.usageCount?.(lemma) ?? 0) > 0 && lexicon.placeOf(lemma) === undefined;
}

function inQuantity(quantities: readonly Quantity[], start: number): boolean {
  // A loop rather than some(): it runs for every word, and a closure each time adds up.
  for (const quantity of quantities) if (start >= quantity.start && start < quantity.end) return true;
  return false;
}

/**
 * A sentence written in capitals ("TROOPS CAPTURED NEAR THE BORDER") in lower case, so its words are stemmed
 * and compared as words rather than read as one long name; other sentences as written. Same length either way,
 * so offsets hold.
 */
function calmed(sentence: string): string {
  // Counted character by character (this runs for every sentence): letters that are not capitals beyond a
  // fifth of the sentence's length answer most sentences early, without a list of every letter.
  let capitals = 0;
  let others = 0;
  const enough = sentence.length * (1 - CAPITAL_SHARE);
  for (let i = 0; i < sentence.length; i += 1) {
    const code = sentence.charCodeAt(i);
    if (code >= 97 && code <= 122) others += 1;
    else if (code >= 65 && code <= 90) capitals += 1;
    else if (code >= 128) {
      const point = sentence.codePointAt(i) ?? code;
      const char = String.fromCodePoint(point);
      if (point > 0xffff) i += 1;
      if (UPPER.test(char)) capitals += 1;
      else if (LETTER.test(char)) others += 1;
      else continue;
    } else continue;
    if (others > enough) return sentence;
  }
  const letters = capitals + others;
  if (letters < 12 || capitals < letters * CAPITAL_SHARE) return sentence;
  const lower = sentence.toLowerCase();
  return lower.length === sentence.length ? lower : sentence;
}

/** Share of a sentence's letters in capitals from which it is read as written in capitals. */
const CAPITAL_SHARE = 0.8;
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;

/** Units of a quantity that names a day or a year: a statement's own is the report's date (see reportDates). */
const CALENDAR_UNITS = new Set(['date', 'year']);

/** Analyses one sentence. Pure: the same text and lexicon always give the same features. */
export function analyseSentence(written: string, lexicon: Lexicon = plainLexicon): Analysis {
  const sentence = calmed(written);
  const raw = tokenizeWords(sentence, runSplitter(lexicon));
  // In "one wants to stay, the other to return" the "one" is a pronoun, not a count.
  const quantities = isDistributive(sentence)
    ? extractQuantities(sentence).filter((quantity) => quantity.text.toLowerCase() !== 'one')
    : extractQuantities(sentence);
  // Words inside a quantity ("roughly", "two", "days") are compared as the quantity, not as words.
  const tokens: AnalysedToken[] = raw.map((token) => {
    const word = wordFacts(token.lower, lexicon);
    const content = word.content && !inQuantity(quantities, token.start);
    // Built field by field: spreading the token here was the analysis's most expensive line.
    return {
      text: token.text,
      lower: token.lower,
      start: token.start,
      end: token.end,
      lemma: word.lemma,
      // Acronyms keep their letters: stemming "NIS" to "ni" would lose it.
      stem: ACRONYM.test(token.text) ? token.lower : word.stem,
      capital: isCapitalised(token) && !(token.tag && isCommonWord(token.lower, word.lemma, lexicon)),
      content,
      negated: false,
      concepts: content ? word.concepts : NO_CONCEPTS,
    };
  });
  dropUntilNow(tokens);
  markOpeningCompass(tokens, lexicon);
  const degrees = new Set<number>();
  const modifiers = new Set<number>();
  const tagged = markVerbs(tokens, sentence, lexicon, degrees, modifiers);
  markReportingVerbs(tokens);
  joinPhrases(tokens, lexicon);
  for (const quantity of quantities) quantity.context = quantityContext(tokens, quantity.start, quantity.end);
  if (quantities.length > 0) setPredicates(tokens, quantities, sentence);
  const { adjunct, coordinated, aside } = verbRoles(tokens, sentence);
  const { negated, cues, disputed } = negationScopes(
    tokens.map((token, index) => ({
      lower: token.lower,
      content: token.content,
      index,
      clauseEnd: breakAfter(tokens, sentence, index),
      proper: isProper(token, lexicon),
      verb: token.verb === true,
      possessive: isPossessive(sentence, token.end),
      // "failed to lower the gear and struck the wall": the second verb, in its own tense, is asserted.
      ownPredicate: coordinated.has(token) && token.lower !== token.lemma,
      degree: degrees.has(index),
      modifier: modifiers.has(index),
      saying: isSaying(token),
      hyphened: sentence[token.end] === '-' && tokens[index + 1]?.start === token.end + 1,
    })),
  );
  for (const [index, cue] of negated) {
    tokens[index].negated = true;
    tokens[index].cue = tokens[cue].text;
    if (disputed.has(index)) tokens[index].disputed = true;
  }
  const attributed = attributionSource(tokens, sentence);
  // The day of a statement dates the report, not the fact: it is not one of the sentence's dates.
  const reported = reportDates(tokens, sentence, attributed);
  // Nor is the day of an earlier figure ("up from 14 on Tuesday"): it dates the older figure.
  const earlier = earlierPhrases(sentence);
  // Nor is the day a count stood at ("rose to 17 on Tuesday", "by Friday", "as of Monday"): it dates the figure.
  const level = countDayPhrases(sentence);
  // Nor the day a period began ("since Monday"), or a day of a sentence that relates two events ("two days after").
  const otherEvent = otherEventDayPhrases(sentence);
  const reportedAt = new Set([...reported].map((token) => token.start));
  // Nor the day of a wire dateline ("OTTAWA, Sept 8 –"): the day the report was filed.
  const dateline = datelineLength(sentence);
  const otherDate = (at: number) => at < dateline || reportedAt.has(at) || inPhrase(earlier, at) || inPhrase(level, at);
  const supposed = unassertedClauses(tokens, sentence);
  const located = placeArguments(tokens, sentence);
  const causes = causeArguments(tokens, sentence);

  // A loop rather than flatMap, which costs more than the words it makes.
  const words: FeatureWord[] = [];
  tokens.forEach((token, index) => {
    if (!token.content) return;
    words.push(
      featureWord(token, lexicon, {
        attribution: attributed.has(token),
        hypothetical: supposed.has(token),
        locative: located.has(token),
        cause: causes.has(token),
        adjunct: adjunct.has(token),
        coordinated: coordinated.has(token),
        aside: aside.has(token),
        place: placeKey(tokens, index, lexicon),
        designation: isDesignation(tokens, index, lexicon),
      }),
    );
  });
  const features: ClaimFeatures = {
    version: tagged ? FEATURES_VERSION : UNTAGGED_FEATURES_VERSION,
    words,
    entities: entityKeys(tokens, lexicon, sentence),
    quantities: quantities.filter((quantity) => !(CALENDAR_UNITS.has(quantity.unit) && otherDate(quantity.start))),
    negations: cues,
    dates: tokens
      .filter(
        (token) => CALENDAR_WORDS.has(token.lower) && !otherDate(token.start) && !inPhrase(otherEvent, token.start),
      )
      .map((token) => token.lower),
  };
  return { tokens, features };
}

/** Words before "far" that make it "until now" ("rescued so far", "thus far"). */
const UNTIL_NOW = new Set(['so', 'thus']);

/**
 * "So far" and "thus far" say "until now", like "yet": a time of the report, no content of the claim ("two have
 * been rescued so far" restates "two were rescued").
 */
function dropUntilNow(tokens: AnalysedToken[]): void {
  for (let i = 1; i < tokens.length; i += 1) {
    if (tokens[i].lower !== 'far' || !UNTIL_NOW.has(tokens[i - 1].lower)) continue;
    if (tokens[i - 1].end + 1 !== tokens[i].start) continue;
    tokens[i].content = false;
    tokens[i].concepts = NO_CONCEPTS;
  }
}

/**
 * Words that give a degree to the word after them: "this big", "on this scale", "on such a scale". Not "that" ("did
 * not say that new cases ...") nor "so" ("is not so clear" denies).
 */
const DEGREE_WORDS = new Set(['this', 'such']);
/** Nouns of a degree after "this", "that" or "such a": "on this scale", "of that size". */
const DEGREE_NOUNS = new Set(['scale', 'size', 'magnitude', 'extent']);

/**
 * Token i gives a degree to the next: a noun of size ("this scale", "such a scale") or an adjective with no noun
 * after it ("a swarm this big"; not "this new report").
 */
function degreeWord(tokens: readonly AnalysedToken[], i: number, tags: readonly (string | undefined)[] | undefined) {
  if (!DEGREE_WORDS.has(tokens[i].lower)) return false;
  const next = tokens[i + 1]?.lower === 'a' ? i + 2 : i + 1;
  if (DEGREE_NOUNS.has(tokens[next]?.lower ?? '')) return true;
  const after = tokens[next + 1];
  return tokens[i].lower === 'this' && next === i + 1 && tags?.[next] === 'ADJ' && !after?.content;
}

/**
 * Marks the tokens used as verbs: by the tagger where it places the token ("an attempt to retake" is a noun,
 * "attempted to land" a verb), otherwise by the lexicon's usual part of speech. Names are never verbs. False when
 * the lexicon has a tagger that is not installed yet (the features are then not current: see
 * UNTAGGED_FEATURES_VERSION).
 */
function markVerbs(
  tokens: AnalysedToken[],
  sentence: string,
  lexicon: Lexicon,
  degrees: Set<number>,
  modifiers: Set<number>,
): boolean {
  const tags = lexicon.partsOfSpeech?.(
    sentence,
    tokens.map((token) => token.lower),
  );
  tokens.forEach((token, i) => {
    const tag = tags?.[i];
    if (tag === 'ADJ' || tag === 'ADV') modifiers.add(i);
    // "a state of emergency", "the report found": a noun, not a verb of saying; what it names is content.
    if (
      tag === 'NOUN' &&
      !token.content &&
      ATTRIBUTION.has(token.lemma) &&
      !verbOfPluralSubject(tokens, sentence, i, lexicon)
    ) {
      token.content = true;
      token.concepts = conceptsOf(token.lemma, token.lower, lexicon);
    }
    // "added 2,000 jobs", "added a second line": a verb of adding, not of saying, when a count or an object follows.
    if (token.lemma === 'add' && !token.content && countOrObjectFollows(tokens, i)) {
      token.content = true;
      token.concepts = conceptsOf(token.lemma, token.lower, lexicon);
    }
    if (!token.content || token.capital) return;
    const verb =
      tag === undefined
        ? (lexicon.isMainlyVerb?.(token.lemma) ?? false)
        : tag === 'VERB' || (tag === 'NOUN' && verbOfPluralSubject(tokens, sentence, i, lexicon));
    if (verb && !inSingularNounPhrase(tokens, i)) token.verb = true;
  });
  // Once every token's part is known ("report" turns content above).
  for (let i = 0; i < tokens.length; i += 1) if (degreeWord(tokens, i, tags)) degrees.add(i);
  return tags !== undefined || !lexicon.partsOfSpeech;
}

/** A number in digits or words ("212", "three", "forty"). */
const isNumber = (word: string): boolean => /^\d/.test(word) || word in SMALL_NUMBERS || word in TENS;

/** Token i is followed by a number or an indefinite article: the object of a verb, not what is said. */
function countOrObjectFollows(tokens: readonly AnalysedToken[], i: number): boolean {
  const next = tokens[i + 1]?.lower;
  return next !== undefined && (next === 'a' || next === 'an' || isNumber(next));
}

/** A plural noun's ending ("troops", "residents"; not "press", "status", "crisis"). */
const PLURAL = /[^sui]s$/;

/** Prepositions that open what follows a verb rather than a noun ("struggle with", "flee from"). */
const AFTER_VERB = new Set('with to for from in on at against over into about'.split(' '));
/** Prepositions of a phrase that says where a subject is from ("officials in Seoul", "residents of Kelso"). */
const SUBJECT_PLACE = new Set(['in', 'of', 'at', 'from']);

/**
 * A word in its base form after a plural subject is that subject's verb, whatever the tagger said, when a
 * preposition or "that" follows it: "troops struggle with drones", "officials in Seoul fear that ...". A noun
 * there would be plural or possessive, or have a determiner ("the fear that"). Before a preposition the word
 * must be mainly a verb ("the troops base at" is not said); before "that", a verb at all.
 */
function verbOfPluralSubject(tokens: readonly AnalysedToken[], sentence: string, i: number, lexicon: Lexicon): boolean {
  const token = tokens[i];
  const next = tokens[i + 1];
  if (!next || token.lower !== token.lemma || !pluralSubjectBefore(tokens, sentence, i)) return false;
  if (next.lower === 'that') return lexicon.hasVerbUse?.(token.lemma) ?? false;
  return AFTER_VERB.has(next.lower) && (lexicon.isMainlyVerb?.(token.lemma) ?? false);
}

/** The words before token i end a plural subject: "troops", or "officials in Seoul" (not "the recruits'"). */
function pluralSubjectBefore(tokens: readonly AnalysedToken[], sentence: string, i: number): boolean {
  let k = i - 1;
  // Past a phrase on where the subject is from: capitalised words after a preposition.
  if (k > 0 && tokens[k].capital) {
    while (k > 0 && tokens[k].capital) k -= 1;
    if (!SUBJECT_PLACE.has(tokens[k].lower)) return false;
    k -= 1;
  }
  const subject = tokens[k];
  if (!subject || APOSTROPHES.has(sentence[subject.end] ?? '')) return false;
  // A capital that opens the sentence is a common noun's ("Officials in Seoul fear that").
  return subject.content && (!subject.capital || k === 0) && PLURAL.test(subject.lower);
}

const APOSTROPHES = new Set(["'", '’']);

/** Determiners of one thing: a noun phrase they open has its verb agree with them ("a video shows"). */
const SINGULAR_DETERMINERS = new Set('a an each every'.split(' '));
/** Most words between such a determiner and the noun that ends its phrase ("a late Sunday video update"). */
const NOUN_PHRASE_WORDS = 3;

/**
 * The word ends a noun phrase opened by "a", "an", "each" or "every", right after it or after a few nouns and
 * adjectives ("a video update", "in a late Sunday video update"): written as its own lemma, it cannot be the
 * verb of that phrase ("a soldier wants", "a plane crashed" can), so it is a noun the tagger took for a verb.
 */
function inSingularNounPhrase(tokens: readonly AnalysedToken[], i: number): boolean {
  if (tokens[i].lower !== tokens[i].lemma) return false;
  for (let j = i - 1; j >= 0 && j >= i - 1 - NOUN_PHRASE_WORDS; j -= 1) {
    const word = tokens[j];
    if (SINGULAR_DETERMINERS.has(word.lower)) return true;
    if (!word.content || word.verb === true || word.lower.endsWith('ly')) return false;
  }
  return false;
}

/** Prepositions that a verb of change takes before where or by how much it moved. */
const CHANGE_PREPOSITIONS = new Set('in on at by to from'.split(' '));

/**
 * A verb of change and a preposition that the lexicon knows as one phrase ("fall in", "rise to"): the preposition
 * starts what follows ("fell in four of the ten districts", "rose to 300"), and the verb keeps its own meaning, which
 * way the figure went. Other verbs keep their phrases ("brought in 60 engineers").
 */
function changeBeforePreposition(tokens: readonly AnalysedToken[], i: number, length: number): boolean {
  return length === 2 && CHANGE_PREPOSITIONS.has(tokens[i + 1].lower) && directionOf(tokens[i].stem) !== undefined;
}

/**
 * Words after which a phrase stands where a noun does: determiners and possessives (and numbers). Not prepositions:
 * a gerund after one is still a verb ("accused of setting up 3 camps").
 */
const NOUN_PLACE = new Set(
  'the a an this that these those its their his her our your every each all some many several no'.split(' '),
);

const nounPlace = (word: string): boolean => NOUN_PLACE.has(word) || isNumber(word);

/**
 * Multi-word lemmas ("took part", "hand over") become one word: the first token carries the phrase's stem and
 * concepts, the others stop counting as content.
 */
function joinPhrases(tokens: AnalysedToken[], lexicon: Lexicon): void {
  if (!lexicon.conceptsOfPhrase) return;
  const phraseAt = (lemmas: readonly string[], start: number) => lexicon.conceptsOfPhrase?.(lemmas, start);
  const lemmas = tokens.map((token) => token.lemma);
  for (let i = 0; i < tokens.length - 1; i += 1) {
    if (!tokens[i].content || tokens[i].capital) continue;
    const phrase = phraseAt(lemmas, i);
    if (!phrase || phrase.concepts.length === 0 || tokens.slice(i, i + phrase.length).some((token) => token.capital)) {
      continue;
    }
    // Two phrases that share a word: the later one is the verb and its particle ("ready to hand" / "hand over"
    // in "ready to hand over"), which says what happens; the earlier one gives way.
    const last = i + phrase.length - 1;
    const next = phraseAt(lemmas, last);
    if (next && next.concepts.length > 0 && tokens[last].content) continue;
    if (changeBeforePreposition(tokens, i, phrase.length)) continue;
    const words = tokens.slice(i, i + phrase.length);
    // "At three polling stations", "the landing gear": a phrase opened by an -ing word in a noun's place is a noun.
    if (tokens[i].lower.endsWith('ing') && !tokens[last].verb && nounPlace(tokens[i - 1]?.lower ?? '')) {
      tokens[i].verb = false;
    }
    tokens[i].stem = words.map((token) => token.stem).join('_');
    tokens[i].text = words.map((token) => token.text).join(' ');
    tokens[i].concepts = phrase.concepts;
    for (const token of words.slice(1)) token.content = false;
    i += phrase.length - 1;
  }
  joinSeparatedParticles(tokens, lexicon);
}

/** Adverb particles a phrasal verb may put after its object ("hand the soldiers over", "turned the offer down"). */
const PARTICLES = new Set('over up down off out back away in on'.split(' '));
/** Words that open a noun phrase: after one, a particle is a preposition ("over the counter"). */
const DETERMINERS = new Set('the a an this that these those his her its their our my your some any'.split(' '));
/** Longest object between a verb and its particle, in tokens ("hand the two captured soldiers over"). */
const PARTICLE_GAP = 4;

/**
 * A phrasal verb with its object between verb and particle ("hand the soldiers over") is the same verb as "hand
 * over the soldiers": the verb takes the phrase's stem and concepts. The particle must close the verb's clause or
 * come before a function word ("over to Kyiv"): followed by a content word or a determiner it is a preposition
 * ("handed the keys over the counter" is not "handed over").
 */
function joinSeparatedParticles(tokens: AnalysedToken[], lexicon: Lexicon): void {
  for (let i = 0; i < tokens.length - 2; i += 1) {
    const verb = tokens[i];
    if (!verb.verb || !verb.content || verb.stem.includes('_')) continue;
    for (let j = i + 2; j <= Math.min(i + PARTICLE_GAP + 1, tokens.length - 1); j += 1) {
      const between = tokens[j - 1];
      if (between.verb || between.end < tokens[j].start - 1) break;
      if (!PARTICLES.has(tokens[j].lower)) continue;
      const after = tokens[j + 1];
      if (after && after.start === tokens[j].end + 1 && (after.content || DETERMINERS.has(after.lower))) break;
      const phrase = lexicon.conceptsOfPhrase?.([verb.lemma, tokens[j].lower], 0);
      if (phrase?.length !== 2 || phrase.concepts.length === 0) break;
      verb.stem = `${verb.stem}_${tokens[j].lower}`;
      verb.concepts = phrase.concepts;
      tokens[j].content = false;
      break;
    }
  }
}

/** A measure joined to its number by a hyphen: "20-tonne", "25-kilometre". */
const JOINED_MEASURE = /^[\d.,]+-\p{L}+$/u;

/**
 * What a measure joined to its number by a hyphen measures, when two nouns follow it: the second ("a 20-tonne load
 * limit" measures the limit, not the load); undefined otherwise.
 */
function compoundHead(quantity: Quantity, view: readonly PredicateToken[], last: number): string | undefined {
  if (!JOINED_MEASURE.test(quantity.text)) return undefined;
  const [first, second] = [view[last + 1], view[last + 2]];
  const noun = (token: PredicateToken | undefined) => token?.content === true && !token.verb && !token.number;
  return noun(first) && !first.clauseEnd && noun(second) ? headStem(second.lower) : undefined;
}

/** Sets each quantity's predicate: the event it counts (see predicate.ts). */
function setPredicates(tokens: readonly AnalysedToken[], quantities: Quantity[], sentence: string) {
  const view: PredicateToken[] = tokens.map((token, i) => ({
    lower: token.lower,
    lemma: token.lemma,
    stem: token.stem,
    content: token.content,
    verb:
      token.content &&
      !token.capital &&
      (token.stem.includes('_') || !LIGHT_VERBS.has(token.lemma)) &&
      (token.verb === true || (token.lower.endsWith('ed') && token.lemma !== token.lower)),
    number: inQuantity(quantities, token.start),
    clauseEnd: breakAfter(tokens, sentence, i),
  }));
  const spared: { quantity: Quantity; first: number; last: number }[] = [];
  for (const quantity of quantities) {
    const first = tokens.findIndex((token) => token.end > quantity.start);
    if (first < 0) continue;
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1].start < quantity.end) last += 1;
    const predicate =
      quantity.unit === 'km' && isPosition(view, first, last)
        ? POSITION
        : quantityPredicate(view, first, last, quantity.unit === 'clock');
    if (predicate !== undefined) quantity.predicate = predicate;
    // A level's figure counts its subject ("the toll from the avalanche rose to six"), whatever noun is nearest.
    const head = quantity.unit === '' ? levelHead(view, first, last) : compoundHead(quantity, view, last);
    if (head !== undefined) quantity.head = head;
    if (quantity.unit === '' && sparedByTotal(view, first)) spared.push({ quantity, first, last });
  }
  for (const { quantity, first, last } of spared) {
    countTotal(quantities, quantity, outcomeOfTotal(view, first, last));
  }
  shareListOutcome(quantities, sentence);
  shareChangeEnds(quantities, sentence);
}

/**
 * "Lower the retirement age from 65 to 60 in the referendum": a change's end counts what its start counts, however
 * near another noun stands to it ("referendum"); it takes the start's noun, and each takes the other's event when it
 * has none ("cut staff to 40 from 65").
 */
function shareChangeEnds(quantities: readonly Quantity[], sentence: string): void {
  for (let n = 0; n + 1 < quantities.length; n += 1) {
    const [a, b] = [quantities[n], quantities[n + 1]];
    if (a.unit !== '' || b.unit !== '' || (a.from !== true && b.from !== true)) continue;
    const [start, end] = a.from === true ? [a, b] : [b, a];
    const between = sentence.slice(a.end, b.start);
    if (!(a.from === true ? /^\s+to\s+$/i : /^\s+from\s+$/i).test(between)) continue;
    end.head = start.head;
    end.predicate ??= start.predicate;
    start.predicate ??= end.predicate;
  }
}

/** Between two counts of one list: their first count's noun (a word or two) and "and". */
const LIST_AND = /^\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s+and\s+$/u;

/**
 * "287 passengers and 41 crew members had fallen ill": the outcome the verb gives the last count of a list is the
 * outcome of the counts before it too, which have none of their own.
 */
function shareListOutcome(quantities: readonly Quantity[], sentence: string): void {
  for (let n = quantities.length - 2; n >= 0; n -= 1) {
    const [count, next] = [quantities[n], quantities[n + 1]];
    if (count.predicate !== undefined || count.unit !== '' || next.unit !== '') continue;
    if (next.predicate === undefined || !isOutcome(next.predicate)) continue;
    if (LIST_AND.test(sentence.slice(count.end, next.start))) count.predicate = next.predicate;
  }
}

/**
 * "All but two of the 181 on board died": the outcome befell the whole less those spared. The whole less the
 * spared is added as the count of the outcome (179 deaths); the spared are the survivors of a toll, and of any
 * other outcome a count the sentence presupposes, like the whole.
 */
function countTotal(quantities: Quantity[], spared: Quantity, outcome: string | undefined): void {
  spared.predicate = outcome === DEATHS ? SURVIVALS : WHOLE;
  if (outcome === undefined) return;
  const whole = quantities.find(
    (quantity) => quantity.predicate === WHOLE && quantity.unit === '' && quantity.start >= spared.end,
  );
  if (!whole || whole.value <= spared.value) return;
  quantities.push({
    text: `all but ${spared.text} of ${whole.text}`,
    value: whole.value - spared.high,
    high: whole.high - spared.value,
    qualifier: whole.qualifier === 'exact' && spared.qualifier === 'exact' ? 'exact' : 'about',
    unit: '',
    head: whole.head,
    start: spared.start,
    end: whole.end,
    rounding: (whole.rounding ?? 0) + (spared.rounding ?? 0),
    context: whole.context,
    predicate: outcome,
  });
}

/** Words of the context of a quantity: content words within four tokens either side. */
const CONTEXT = 4;

function quantityContext(tokens: readonly AnalysedToken[], start: number, end: number): string[] {
  const first = tokens.findIndex((token) => token.end > start);
  if (first < 0) return [];
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1].start < end) last += 1;
  return tokens
    .slice(Math.max(0, first - CONTEXT), last + 1 + CONTEXT)
    .filter((token) => token.content)
    .map((token) => token.stem);
}

/**
 * A name followed, one space on, by a number ("Boeing 737-800", "Flight 370", "Flight 7C2216"): the number
 * designates one thing the name makes or runs.
 */
function isDesignation(tokens: readonly AnalysedToken[], index: number, lexicon: Lexicon): boolean {
  const token = tokens[index];
  const next = tokens[index + 1];
  return next !== undefined && next.start === token.end + 1 && /^\d/.test(next.text) && isProper(token, lexicon);
}

/** What the sentence around a word says of it: who says it, whether asserted, where, which place it names. */
interface WordRoles {
  attribution: boolean;
  hypothetical: boolean;
  locative: boolean;
  cause: boolean;
  adjunct: boolean;
  coordinated: boolean;
  aside: boolean;
  place: string | undefined;
  designation: boolean;
}

function featureWord(token: AnalysedToken, lexicon: Lexicon, roles: WordRoles): FeatureWord {
  const { attribution, hypothetical, locative, cause, adjunct, coordinated, aside, place, designation } = roles;
  const word: FeatureWord = {
    stem: token.stem,
    concepts: token.concepts,
    proper: isProper(token, lexicon),
    negated: token.negated,
    text: token.text,
  };
  if (token.cue !== undefined) word.cue = token.cue;
  if (token.disputed) word.disputed = true;
  // What the lemma alone decides is kept with the word's facts, found again at once (the analysis has just
  // looked the word up), rather than looked up in the lexicon's large tables once per feature word.
  const facts = wordFacts(token.lower, lexicon);
  const broader = token.stem.includes('_') ? undefined : lemmaBroader(facts, lexicon);
  if (broader) word.broader = broader;
  if (place) word.place = place;
  const cap = commonCap(token, facts, lexicon);
  if (cap !== undefined) word.cap = cap;
  if (token.verb) word.verb = true;
  if (designation) word.designation = true;
  if (attribution) word.attribution = true;
  if (hypothetical) word.hypothetical = true;
  if (locative) word.locative = true;
  if (cause) word.cause = true;
  if (token.verb && adjunct) word.adjunct = true;
  if (token.verb && coordinated) word.coordinated = true;
  if (token.verb && aside) word.aside = true;
  return word;
}

/**
 * The broader ids, followed by the ones that name the word's own sense written "=" instead of "~" (see
 * FeatureWord.broader): a word that owns an id another word only reaches is its direct hypernym.
 */
function withOwn(broader: readonly string[], own: readonly string[] | undefined): readonly string[] {
  if (!own || own.length === 0) return broader;
  return [...broader, ...own.map((id) => `=${id.slice(1)}`)];
}

/**
 * A lemma's broader ids with its own (withOwn), made once per lexicon and lemma: every word of a reference set
 * shares its lemma's list, so a large set holds one copy, not one per word.
 */
const BROADER_LISTS = new WeakMap<Lexicon, Map<string, readonly string[]>>();
const BROADER_LISTS_KEPT = 50_000;
function broaderOf(lexicon: Lexicon, lemma: string, broader: readonly string[]): readonly string[] {
  let lists = BROADER_LISTS.get(lexicon);
  if (!lists) {
    lists = new Map();
    BROADER_LISTS.set(lexicon, lists);
  }
  const known = lists.get(lemma);
  if (known) return known;
  const list = withOwn(broader, lexicon.ownBroaderConceptsOf?.(lemma));
  if (lists.size >= BROADER_LISTS_KEPT) lists.clear();
  lists.set(lemma, list);
  return list;
}

/** The broader ids of a word's lemma with its own (broaderOf), undefined for none; kept with its facts. */
function lemmaBroader(facts: WordFacts, lexicon: Lexicon): readonly string[] | undefined {
  if (facts.broader === undefined) {
    const broader = lexicon.broaderConceptsOf?.(facts.lemma);
    facts.broader = broader && broader.length > 0 ? broaderOf(lexicon, facts.lemma, broader) : null;
  }
  return facts.broader ?? undefined;
}

/** Words very common in general English weigh less, whatever the reference set says: see FeatureWord.cap. */
function commonCap(token: AnalysedToken, facts: WordFacts, lexicon: Lexicon): number | undefined {
  if (token.capital || !lexicon.usageCount) return undefined;
  facts.usage ??= lexicon.usageCount(facts.lemma);
  const usage = facts.usage;
  if (usage >= 300) return 0.2;
  if (usage >= 100) return 0.35;
  if (usage >= 30) return 0.5;
  return undefined;
}

/**
 * The stemmed country key of a capital or demonym ("Pyongyang" → "north korea"). A word that is a place only as a
 * spelling variant ("Kyiv" for WordNet's "Kyyiv") is read so only when it is not a person's name (inPersonName).
 */
function placeKey(tokens: readonly AnalysedToken[], index: number, lexicon: Lexicon): string | undefined {
  const token = tokens[index];
  if (!token.capital) return undefined;
  const facts = wordFacts(token.lower, lexicon);
  // A people in the plural the lemmatizer does not know ("Kenyans") is its people ("Kenyan").
  if (facts.exactPlace === undefined) {
    facts.exactPlace =
      lexicon.placeOf(facts.lemma, false) ??
      (/[^s]s$/.test(token.lower) ? lexicon.placeOf(token.lower.slice(0, -1), false) : undefined) ??
      null;
  }
  let place = facts.exactPlace ?? undefined;
  if (place === undefined && !inPersonName(tokens, index, lexicon)) {
    if (facts.variantPlace === undefined) facts.variantPlace = lexicon.placeOf(facts.lemma) ?? null;
    place = facts.variantPlace ?? undefined;
  }
  return place ? place.split(' ').map(stemOf).join(' ') : undefined;
}

/**
 * The word may be a person's name: it is a known first name ("Bernie" is not "Berne", "Cameron" not "Cameroon"),
 * or it follows a given name, which makes it a surname: a known first name, an initial ("J. Kenyon") or a
 * capitalised word the lexicon knows nothing of ("Ashkan Kenyon"). The word after is not asked: words the lexicon
 * lacks follow place names the same way ("Kyiv Oblast"), and a given name before a surname is asked as a first name.
 */
function inPersonName(tokens: readonly AnalysedToken[], index: number, lexicon: Lexicon): boolean {
  const token = tokens[index];
  if (isFirstName(token, lexicon)) return true;
  const before = tokens[index - 1];
  // Next to it: nothing but a space or an initial's full stop between.
  if (!before?.capital || token.start - before.end > 2) return false;
  if (/^\p{Lu}$/u.test(before.text) || isFirstName(before, lexicon)) return true;
  return isNameWord(before, lexicon);
}

/** The token is a known first name; kept with its word's facts. */
function isFirstName(token: AnalysedToken, lexicon: Lexicon): boolean {
  const facts = wordFacts(token.lower, lexicon);
  facts.firstName ??= Boolean(lexicon.isFirstName?.(token.lower));
  return facts.firstName;
}

/**
 * Written as a name: capitalised inside the sentence, or first and unknown to the lexicon as a word or a place
 * ("Norland's central bank", "Zelensky said"): a capital that opens a sentence is no sign by itself.
 */
function isProper(token: AnalysedToken, lexicon: Lexicon): boolean {
  return token.capital && (token.start > 0 || token.namePart === true || isNameWord(token, lexicon));
}

/** Words of direction that open a place's name ("East Lombok", "North Tarawa", "Central Java"). */
const COMPASS = new Set(
  'north south east west central northern southern eastern western upper lower greater northeast northwest southeast southwest'.split(
    ' ',
  ),
);

/**
 * A word of direction that opens the sentence before a name the lexicon does not know ("Central Lombok has reported
 * 410 cases") is part of that name, as it is anywhere else in a sentence.
 */
function markOpeningCompass(tokens: AnalysedToken[], lexicon: Lexicon): void {
  const [first, second] = tokens;
  if (first?.start !== 0 || !first.capital || !COMPASS.has(first.lower) || !second?.capital) return;
  // A country the lexicon knows ("South Korea", "North Macedonia") is read as a place already.
  if (isNameWord(second, lexicon)) first.namePart = true;
}

/** A capitalised word the lexicon knows nothing of, as a word or a place: a given name or a surname. */
function isNameWord(token: AnalysedToken, lexicon: Lexicon): boolean {
  if (!/^\p{L}{2,}$/u.test(token.text) || lexicon.isStopWord(token.lower) || !lexicon.isWord) return false;
  return !lexicon.isWord(token.lower, false) && lexicon.placeOf(token.lemma) === undefined;
}

/** Adds a run of capitalised words (and its acronym, past two words) to the keys; returns a new, empty run. */
function addName(keys: Set<string>, run: readonly AnalysedToken[]): AnalysedToken[] {
  if (run.length > 0) keys.add(run.map((token) => token.stem).join(' '));
  if (run.length > 2) keys.add(run.map((token) => token.lower[0]).join(''));
  return [];
}

/** What stands between two words of one name: spaces, a hyphen, or an abbreviation's full stop ("St.", "D.C."). */
function joinsName(between: string, before: AnalysedToken): boolean {
  return /^\s+$/.test(between) || between === '-' || (/^\.\s*$/.test(between) && before.text.length <= 3);
}

/**
 * Named-entity keys: runs of capitalised words ("National Intelligence Service"), their acronym ("nis"),
 * all-caps acronyms as written, and the country a capital or demonym stands for ("Pyongyang" → "north korea").
 */
function entityKeys(tokens: readonly AnalysedToken[], lexicon: Lexicon, sentence: string): string[] {
  const keys = new Set<string>();
  let run: AnalysedToken[] = [];
  tokens.forEach((token, index) => {
    const place = placeKey(tokens, index, lexicon);
    if (place) keys.add(place);
    // A capital at the start of a sentence is a name only when the next word is capitalised too.
    const properNoun =
      token.capital && (index > 0 || (tokens[1]?.capital === true && !lexicon.isStopWord(token.lower)));
    // A name's words stand apart by spaces, a hyphen within a word ("Jean-Pierre") or the full stop of a short
    // abbreviation ("St. Louis"); a comma, a possessive or a dash ends it ("Rupali Knit Garments, Mizanur Rahman";
    // "Karachi's SITE area").
    const last = run.at(-1);
    if (last && !joinsName(sentence.slice(last.end, token.start), last)) run = addName(keys, run);
    if (properNoun && /\p{L}/u.test(token.text)) run.push(token);
    else run = addName(keys, run);
  });
  addName(keys, run);
  return [...keys];
}
