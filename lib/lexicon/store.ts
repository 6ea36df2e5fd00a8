/**
 * Decodes the generated lexicon (data/lexicon.json, written by scripts/build-lexicon.ts). The file is kept compact
 * and is decoded lazily: lemmas come in shards by their first two characters, and a shard is decoded the first time
 * a lemma in it is looked up, so loading costs one JSON parse and a first lookup decodes one small shard.
 *
 * `lemmas`: shard key → one string of the shard's entries, sorted by lemma and separated by "|". Each entry is
 * front-coded:
 *   <shared><suffix>:<parts>[:<concepts>[:<broader>[:<own>]]]
 *   - <shared>: one base-36 digit, how many leading characters the lemma shares with the previous entry's lemma;
 *   - <suffix>: the rest of the lemma (lower case, "_" between the words of a phrase);
 *   - <parts>: its parts of speech, each a letter (n, v, a, r) followed by its SemCor tag count in decimal when
 *     that count is not 0 ("n24v5" = a noun seen 24 times and a verb seen 5 times);
 *   - <concepts>: concept ids in base 36, separated by ".", most frequent sense first (may be empty when <broader>
 *     follows);
 *   - <broader>: broader concept ids, numbered on their own (the same digits name another concept there), written
 *     like <concepts>;
 *   - <own>: the broader ids among <broader> that stand for a sense of the lemma itself (a hypernym the lemma's
 *     hyponyms reach), not only one it reaches, written like <broader>.
 * `longestPhrase`: number of words in the longest phrase.
 * `places`: "word:country" pairs separated by "|", where country is a base-36 index into `countries` ("|"-separated).
 * `opposites`: antonym lemma pairs "a~b" (a < b) separated by "|" (scripts/lexicon/opposites.ts).
 */

import data from './data/lexicon.json';
import { placeVariantFinder } from './place-variants';
import { shardKey } from './shard-key';

export type PartOfSpeech = 'n' | 'v' | 'a' | 'r';

/** What the lexicon knows about one lemma. */
export interface LemmaEntry {
  /** Tag count per part of speech the lemma has (0 = listed in WordNet but never seen in tagged text). */
  readonly usage: Readonly<Partial<Record<PartOfSpeech, number>>>;
  readonly concepts: readonly string[];
  /** Ids of looser relatives (co-hyponyms, direct hypernyms), prefixed "~" so they never equal a concept id. */
  readonly broader: readonly string[];
  /** The broader ids that name a sense of the lemma itself ("home" for "dwelling, home"), not only one it reaches. */
  readonly own: readonly string[];
}

interface LexiconData {
  lemmas: Record<string, string>;
  longestPhrase: number;
  countries: string;
  places: string;
  opposites: string;
}

const lexicon = data as LexiconData;
/** Decoded shards: shard key → (lemma → the entry's undecoded payload). */
const shards = new Map<string, Map<string, string>>();
const parsedEntries = new Map<string, LemmaEntry>();
let placeTable: Map<string, string> | undefined;

function decodeShard(key: string): Map<string, string> {
  const entries = new Map<string, string>();
  const encoded = Object.hasOwn(lexicon.lemmas, key) ? lexicon.lemmas[key] : '';
  let previous = '';
  for (const entry of encoded ? encoded.split('|') : []) {
    const shared = Number.parseInt(entry[0], 36);
    const colon = entry.indexOf(':');
    const lemma = previous.slice(0, shared) + entry.slice(1, colon);
    entries.set(lemma, entry.slice(colon + 1));
    previous = lemma;
  }
  shards.set(key, entries);
  return entries;
}

function parseEntry(payload: string): LemmaEntry {
  const [parts, concepts, broader, own] = payload.split(':');
  const usage: Partial<Record<PartOfSpeech, number>> = {};
  for (const [, pos, count] of parts.matchAll(/([nvar])(\d*)/g)) usage[pos as PartOfSpeech] = Number(count || 0);
  return {
    usage,
    concepts: concepts ? concepts.split('.') : [],
    broader: broader ? broader.split('.').map((id) => `~${id}`) : [],
    own: own ? own.split('.').map((id) => `~${id}`) : [],
  };
}

/** The lexicon's entry for a lower-case lemma ("_" between words), or undefined when WordNet lacks it. */
export function lemmaEntry(lemma: string): LemmaEntry | undefined {
  const cached = parsedEntries.get(lemma);
  if (cached) return cached;
  const key = shardKey(lemma);
  const payload = (shards.get(key) ?? decodeShard(key)).get(lemma);
  if (payload === undefined) return undefined;
  const entry = parseEntry(payload);
  parsedEntries.set(lemma, entry);
  return entry;
}

/** Number of words in the longest phrase the lexicon holds. */
export function longestPhraseLength(): number {
  return lexicon.longestPhrase;
}

/** Country name for a lower-case place word or phrase (words separated by spaces). */
export function countryOfPlace(name: string): string | undefined {
  return places().get(name);
}

let findVariants: ((word: string) => string[]) | undefined;
/** Answers of countryOfPlaceVariant, kept because news text repeats its names; cleared past `MAX_VARIANT_ANSWERS`. */
const variantAnswers = new Map<string, string | undefined>();
const MAX_VARIANT_ANSWERS = 10_000;

/**
 * Country of the place word that a lower-case word is a spelling variant of ("kyiv" → "kyyiv" → "ukraine"), see
 * place-variants.ts; undefined when there is none, or when the variants found name different countries.
 */
export function countryOfPlaceVariant(word: string): string | undefined {
  if (variantAnswers.has(word)) return variantAnswers.get(word);
  findVariants ??= placeVariantFinder(places().keys());
  const countries = new Set(findVariants(word).map((place) => places().get(place)));
  const country = countries.size === 1 ? [...countries][0] : undefined;
  if (variantAnswers.size >= MAX_VARIANT_ANSWERS) variantAnswers.clear();
  variantAnswers.set(word, country);
  return country;
}

function places(): Map<string, string> {
  if (!placeTable) {
    const { countries, places } = lexicon;
    const countryNames = countries.split('|');
    placeTable = new Map();
    for (const pair of places.split('|')) {
      const colon = pair.lastIndexOf(':');
      placeTable.set(pair.slice(0, colon), countryNames[Number.parseInt(pair.slice(colon + 1), 36)]);
    }
  }
  return placeTable;
}

/** WordNet's antonym lemma pairs (accept/reject, open/close), each once. */
export function oppositeLemmaPairs(): (readonly [string, string])[] {
  return lexicon.opposites.split('|').map((pair) => pair.split('~') as unknown as readonly [string, string]);
}
