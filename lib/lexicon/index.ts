/**
 * General English lexical knowledge from WordNet 3.1: lemmas, concepts shared by synonyms and close relatives,
 * broader concepts shared by looser relatives (co-hyponyms, direct hypernyms), multi-word lemmas, countries of capitals and demonyms, and stop words. Pure functions over bundled data (no
 * browser or Node globals); the data is decoded once, on first use. Unknown words never throw: they come back
 * as themselves, with no concepts and no place.
 */
import firstNameData from './data/first-names.json';
import { lemmatizeWith } from './morphology';
import { isStopWord } from './stopwords';
import { countryOfPlace, countryOfPlaceVariant, lemmaEntry, longestPhraseLength, oppositeLemmaPairs } from './store';

export { isStopWord, oppositeLemmaPairs };

const NO_CONCEPTS: readonly string[] = Object.freeze([]);

/** "Take Part" or "take part" → "take_part", the lexicon's key for a lemma. */
function lemmaKey(lemma: string): string {
  return lemma.trim().toLowerCase().replace(/\s+/g, '_');
}

const usageOf = (lemma: string) => lemmaEntry(lemma)?.usage;

/**
 * Lower-cased lemma of one word: irregular forms ("took" → "take", "men" → "man", "was" → "be"), then WordNet's
 * suffix rules checked against its lemma list ("wounded" → "wound", "countries" → "country"). A word WordNet does
 * not know comes back lower-cased and otherwise unchanged.
 */
export function lemmatize(word: string): string {
  return lemmatizeWith(word, usageOf);
}

/**
 * How often the lemma is used in WordNet's sense-tagged corpus, all parts of speech together (0 when unknown).
 * A rough measure of how common a word is in general English.
 */
export function usageCount(lemma: string): number {
  const usage = lemmaEntry(lemmaKey(lemma))?.usage;
  if (!usage) return 0;
  let total = 0;
  for (const count of Object.values(usage)) total += count ?? 0;
  return total;
}

/** Shortest word that counts as a word of the dictionary though never seen in tagged text ("trump", "airport"). */
const RARE_WORD_LETTERS = 5;
/** Words of one or two letters that a split may give: function words only (WordNet lists "ie", "ai", "ir"). */
const SHORT_WORDS = new Set('a i of in on at to by up is it be do go no so we us me my he an as or if am'.split(' '));

/**
 * True when a lower-case word is an English word: a stop word, or a WordNet lemma (any inflection: "soldiers")
 * that is seen in tagged text or has at least five letters, since WordNet also lists many short abbreviations
 * ("ir", "ai", "uai"). `short` (a piece of one or two letters of a longer word): common function words only ("of", "in").
 * For splitting words run together ("aldmereferry", "pridefor").
 */
export function isWord(word: string, short = false): boolean {
  if (!/^\p{Ll}+$/u.test(word)) return false;
  if (short || word.length < 3) return SHORT_WORDS.has(word);
  if (isStopWord(word)) return true;
  const lemma = lemmatize(word);
  if (!lemmaEntry(lemmaKey(lemma))) return false;
  return word.length >= RARE_WORD_LETTERS || usageCount(lemma) > 0;
}

/**
 * True when the lemma is used as a verb in a good share of its tagged uses ("send", "attack", "struggle"), so a
 * sentence's predicate can be told from its topic words.
 */
export function isMainlyVerb(lemma: string): boolean {
  const usage = lemmaEntry(lemmaKey(lemma))?.usage;
  const verb = usage?.v ?? 0;
  return verb > 0 && verb >= 0.4 * usageCount(lemma);
}

/** True when the lemma has verb uses at all ("fear", "doubt"), however often it is a noun. */
export function hasVerbUse(lemma: string): boolean {
  return (lemmaEntry(lemmaKey(lemma))?.usage?.v ?? 0) > 0;
}

/**
 * Concept ids of a lemma (a word already lemmatised, or a phrase with "_" or spaces between its words). Two lemmas
 * that are synonyms in one of their frequent senses, or closely derived from each other (die/death, kill → die),
 * share at least one id. Ids are short opaque strings, only meant to be compared; [] for unknown lemmas and for
 * lemmas whose senses no other lemma shares.
 */
export function conceptsOf(lemma: string): readonly string[] {
  return lemmaEntry(lemmaKey(lemma))?.concepts ?? NO_CONCEPTS;
}

/**
 * Broader concept ids of a lemma (same input as conceptsOf), for half-credit matches between words that are close
 * but not synonyms. Two lemmas share one when, in one of their frequent senses, they are co-hyponyms under a narrow
 * hypernym (flee/defect, timetable/… under "schedule"), when one is the direct hypernym of the other (wish → want,
 * return → go), when verbs share what they entail or cause or sit in one verb group, or when adjectives share a
 * similarity cluster or an "also see"; nouns also meet the relatives of the verb they name (repression/suppress).
 * Very general hypernyms ("change", "person", "entity") join nothing, and hypernyms whose children include
 * antonyms (increase/decrease) join each child only with themselves, so direct antonyms rarely share an id. The
 * ids never equal conceptsOf ids; [] for unknown lemmas and for rare words the lexicon keeps no broader ids for.
 */
export function broaderConceptsOf(lemma: string): readonly string[] {
  return lemmaEntry(lemmaKey(lemma))?.broader ?? NO_CONCEPTS;
}

/**
 * The broader concept ids of a lemma that name a sense of the lemma itself: "home" owns the id of "dwelling, home",
 * which "house" (a kind of dwelling) only reaches. Two lemmas where one owns an id the other has are a word and
 * its direct hypernym or hyponym, not two siblings under a parent ("nurse" / "doctor"). A subset of
 * broaderConceptsOf.
 */
export function ownBroaderConceptsOf(lemma: string): readonly string[] {
  return lemmaEntry(lemmaKey(lemma))?.own ?? NO_CONCEPTS;
}

/**
 * The longest multi-word WordNet lemma that starts at `lemmas[start]` (["take", "part", "in"] at 0 → "take_part",
 * 2 words), with its concepts. Lemmas must already be lemmatised; phrases whose words WordNet inflects ("armed
 * forces") are also stored under their lemmatised words ("arm_force"). Undefined when no phrase of two or more
 * words starts there.
 */
export function conceptsOfPhrase(
  lemmas: readonly string[],
  start: number,
): { length: number; concepts: readonly string[] } | undefined {
  const longest = Math.min(longestPhraseLength(), lemmas.length - start);
  for (let length = longest; length >= 2; length -= 1) {
    const entry = lemmaEntry(
      lemmas
        .slice(start, start + length)
        .map(lemmaKey)
        .join('_'),
    );
    if (entry) return { length, concepts: entry.concepts };
  }
  return undefined;
}

/**
 * The country a place word names, in lower case: a country's own names ("dprk" → "north korea"), its capital
 * ("pyongyang" → "north korea") or its demonym ("ukrainian" → "ukraine"). Multi-word names may use spaces or "_".
 * A word WordNet does not know at all that is a transliteration variant of a place word, one cautious edit away
 * ("Kyiv" for WordNet's "Kyyiv", see place-variants.ts), names that place's country too; the lexicon cannot see
 * capitals in a lemma, so callers should only ask about words written with a capital; `spellingVariants: false`
 * leaves such variants out (for a word that may be a person's name, see isFirstName). Undefined for anything else.
 */
export function placeOf(word: string, spellingVariants = true): string | undefined {
  const name = word
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, ' ');
  const country = countryOfPlace(name);
  if (country !== undefined || lemmaEntry(lemmaKey(name)) || !spellingVariants) return country;
  return countryOfPlaceVariant(name);
}

let firstNames: Set<string> | undefined;

/**
 * True for an English first name ("bernie", "cameron", "angela"; any case), from the Moby Word II list
 * (data/first-names.json, `npm run build:first-names`). Many are one letter off a place ("Cameron"/"Cameroon"):
 * the analysis does not read a first name as a spelling variant of a place.
 */
export function isFirstName(word: string): boolean {
  firstNames ??= new Set(firstNameData.names.split('|'));
  return firstNames.has(word.toLowerCase());
}
