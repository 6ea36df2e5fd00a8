/**
 * Gives each lemma its concepts: the synsets of its frequent senses plus a few synsets they are closely linked to,
 * so that two words "share a concept" when they are synonyms (same synset) or close relatives across parts of
 * speech. Links followed, each from a kept sense only:
 * - derivationally related forms (`+`), when the target is a frequent sense of its own word: participate ↔
 *   participation, discuss ↔ discussion, die ↔ death (also through a synonym, see `derivationApplies`);
 * - pertainyms (`\`, from this word): adjective → noun, adverb → adjective;
 * - "similar to" (`&`) from an adjective satellite to its head: prepared (inclined) → willing;
 * - "see also" (`^`) between adjectives: willing → ready ← prepared, unless an antonym sees the same (few and
 *   many both see "some");
 * - causes (`>`) with the caused verb's own derived forms: kill → die, death;
 * - for verbs, the direct hypernym when the sense's definition names it ("ask: make a request ..." → request),
 *   except for senses with an antonym or hypernyms with many hyponyms, so that increase/decrease do not meet at
 *   "change";
 * - nouns defined as "the state/condition/quality of being X" join the adjective X (death → dead).
 * Antonyms, attributes and plain hypernyms are never followed: they would join opposites (alive/dead share "life").
 */
import { attestedSenses, frequentSenses } from './senses';
import type { Pointer, Synset, WordNet } from './wordnet';

/** Most concepts kept for one lemma; the first ones are the most frequent senses. */
const MAX_CONCEPTS = 12;

/** Lower-case lemma of a synset member ("Take_Part(a)" → "take_part"). */
function lemmaOf(word: string): string {
  return word.toLowerCase();
}

/** Kept senses of every lemma, all parts of speech together (see senses.ts). */
export function frequentSensesByLemma(wordNet: WordNet): Map<string, Set<string>> {
  const frequent = new Map<string, Set<string>>();
  const keptBy = new Map<string, number>();
  for (const [lemma, entries] of wordNet.lemmas) {
    const keys = new Set<string>();
    for (const entry of entries) for (const key of frequentSenses(entry)) keys.add(key);
    frequent.set(lemma, keys);
    for (const key of keys) keptBy.set(key, (keptBy.get(key) ?? 0) + 1);
  }
  for (const [lemma, entries] of wordNet.lemmas) {
    const keys = frequent.get(lemma)!;
    for (const entry of entries) {
      for (const key of attestedSenses(entry)) {
        // Kept by a synonym too (the count includes this lemma only when it already keeps the sense).
        if (!keys.has(key) && (keptBy.get(key) ?? 0) > 0) keys.add(key);
      }
    }
  }
  return frequent;
}

/** Content words of a definition, before its examples. */
function definitionWords(gloss: string): Set<string> {
  const definition = gloss.split(';')[0].split('"')[0];
  return new Set(definition.toLowerCase().match(/[a-z]+/g) ?? []);
}

/** Most hyponyms a verb hypernym may have and still be joined through a definition that names it. */
const MAX_NAMED_HYPERNYM_HYPONYMS = 30;

/**
 * True when a derivation pointer of `synset` may be followed for the lemma at `wordNumber`: it starts at that word,
 * or at a synonym for which this synset is a frequent sense ("injure" → "injury" serves "wound" as well, but the
 * rare "mother" in "beget, father, mother" does not lead "father" to the noun "mother").
 */
export function derivationApplies(
  frequent: Map<string, Set<string>>,
  synset: Synset,
  wordNumber: number,
  pointer: Pointer,
): boolean {
  if (pointer.source === wordNumber) return true;
  if (pointer.source === 0 || pointer.symbol !== '+') return false;
  return frequent.get(lemmaOf(synset.words[pointer.source - 1]))?.has(synset.key) === true;
}

/** A verb sense whose definition names its hypernym, unless it has an antonym or the hypernym is broad. */
function namesItsHypernym(synset: Synset, hypernym: Synset): boolean {
  if (synset.pos !== 'v' || synset.pointers.some((pointer) => pointer.symbol === '!')) return false;
  const hyponyms = hypernym.pointers.filter((pointer) => pointer.symbol === '~').length;
  if (hyponyms > MAX_NAMED_HYPERNYM_HYPONYMS) return false;
  const definition = definitionWords(synset.gloss);
  return hypernym.words.some((word) => !word.includes('_') && definition.has(lemmaOf(word)));
}

/** True when an antonym of `synset` also "sees also" `target` (few and many both see "some"). */
function antonymAlsoSees(wordNet: WordNet, synset: Synset, target: string): boolean {
  return synset.pointers.some(
    (pointer) =>
      pointer.symbol === '!' &&
      wordNet.synsets.get(pointer.target)?.pointers.some((other) => other.symbol === '^' && other.target === target) ===
        true,
  );
}

/** Linked synsets reached from `lemma`'s sense `synset` through the pointers listed in the module comment. */
function linkedSynsets(
  wordNet: WordNet,
  frequent: Map<string, Set<string>>,
  lemma: string,
  synset: Synset,
  followCauses: boolean,
): string[] {
  const linked: string[] = [];
  const wordNumber = synset.words.findIndex((word) => lemmaOf(word) === lemma) + 1;
  for (const pointer of synset.pointers) {
    const target = wordNet.synsets.get(pointer.target);
    if (!target) continue;
    if (pointer.symbol === '+' || pointer.symbol === '\\') {
      if (!derivationApplies(frequent, synset, wordNumber, pointer)) continue;
      const targetLemma = lemmaOf(target.words[pointer.targetWord - 1] ?? '');
      if (frequent.get(targetLemma)?.has(pointer.target)) linked.push(pointer.target);
    } else if (pointer.symbol === '&' && synset.satellite) {
      linked.push(pointer.target);
    } else if (pointer.symbol === '^' && synset.pos === 'a' && !antonymAlsoSees(wordNet, synset, pointer.target)) {
      linked.push(pointer.target);
    } else if (pointer.symbol === '>' && followCauses) {
      linked.push(pointer.target, ...linkedSynsets(wordNet, frequent, lemmaOf(target.words[0]), target, false));
    } else if (pointer.symbol === '@' && namesItsHypernym(synset, target)) {
      linked.push(pointer.target);
    }
  }
  return linked;
}

/** Noun synsets defined as "the state of being X", keyed by the adjective X. */
function stateNounsByAdjective(wordNet: WordNet, frequent: Map<string, Set<string>>): Map<string, string[]> {
  const byAdjective = new Map<string, string[]>();
  for (const synset of wordNet.synsets.values()) {
    if (synset.pos !== 'n') continue;
    const match = /\b(?:state|condition|quality|fact) of being ([a-z]+)\b/.exec(synset.gloss.split(';')[0]);
    if (!match) continue;
    const adjective = match[1];
    if (!wordNet.lemmas.get(adjective)?.some((entry) => entry.pos === 'a')) continue;
    if (!synset.words.some((word) => frequent.get(lemmaOf(word))?.has(synset.key))) continue;
    const list = byAdjective.get(adjective);
    if (list) list.push(synset.key);
    else byAdjective.set(adjective, [synset.key]);
  }
  return byAdjective;
}

/** Concept synset keys of every lemma (own frequent senses first, then linked synsets), deduplicated. */
export function conceptSynsets(wordNet: WordNet): Map<string, string[]> {
  const frequent = frequentSensesByLemma(wordNet);
  const stateNouns = stateNounsByAdjective(wordNet, frequent);
  const concepts = new Map<string, string[]>();
  for (const [lemma, own] of frequent) {
    const keys = new Set(own);
    for (const key of own) {
      const synset = wordNet.synsets.get(key);
      if (synset) for (const linked of linkedSynsets(wordNet, frequent, lemma, synset, true)) keys.add(linked);
    }
    for (const key of stateNouns.get(lemma) ?? []) keys.add(key);
    concepts.set(lemma, [...keys].slice(0, MAX_CONCEPTS));
  }
  return concepts;
}
