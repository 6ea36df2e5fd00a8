/**
 * Pairs of lemmas that WordNet gives as antonyms (`!`), in any sense: accept/reject, open/close, win/lose. They
 * are kept apart from the concepts (which never follow antonyms) for one use: telling two predicates worded apart
 * that may state opposite acts from two that restate one act (see lib/match/stance.ts, paraphrasedPredicate). An
 * antonym pointer joins two senses; every member of each sense is paired ("turn_down" with "accept" too), since
 * a sense's members say the same act. Nouns, verbs and adjectives; adverbs follow their adjectives.
 */
import type { WordNet } from './wordnet';

/** Lower-case lemma of a synset member ("Take_Part(a)" → "take_part"). */
function lemmaOf(word: string): string {
  return word.toLowerCase().replace(/\(.*\)$/, '');
}

/** Antonym lemma pairs, each written "a~b" with a < b, sorted; only pairs of lemmas that `keeps`. */
export function oppositePairs(wordNet: WordNet, keeps: (lemma: string) => boolean): string[] {
  const pairs = new Set<string>();
  for (const synset of wordNet.synsets.values()) {
    if (synset.pos === 'r') continue;
    for (const pointer of synset.pointers) {
      if (pointer.symbol !== '!') continue;
      const target = wordNet.synsets.get(pointer.target);
      if (!target) continue;
      for (const a of synset.words.map(lemmaOf)) {
        for (const b of target.words.map(lemmaOf)) {
          if (a === b || !keeps(a) || !keeps(b)) continue;
          pairs.add(a < b ? `${a}~${b}` : `${b}~${a}`);
        }
      }
    }
  }
  return [...pairs].sort();
}
