/**
 * Gives each lemma its broader concepts: tokens that two lemmas share when they are close but not synonyms, for
 * half-credit matches. From each kept sense of a lemma (the same senses as its tight concepts, see concepts.ts) we
 * go one step "up":
 * - nouns: the direct hypernym (`@`);
 * - verbs: the direct hypernym, what the verb entails (`*`) or causes (`>`), and its verb group (`$`);
 * - adjectives: the head of its similarity cluster (`&`, or itself when it is a head) and the "also see" (`^`)
 *   adjectives of the sense and of its head.
 * A lemma carries the token of each synset it reaches, and a lemma whose own sense is reached by another lemma
 * carries that sense's token too, so co-hyponyms (siblings under one hypernym) share a token, and so do a word and
 * its direct hypernym.
 *
 * Very general synsets would join almost anything, so a synset reached this way is treated by how broad it is:
 * - excluded altogether when it is a noun fewer than `MIN_NOUN_DEPTH` steps below WordNet's root ("entity",
 *   "abstraction", "group", "state", "attribute", "event"...) or when more than `MAX_PARENT_CHILDREN` synsets reach
 *   it ("change, alter, modify" with 400 verbs below it, "person");
 * - "parent only" when more than `MAX_SIBLING_CHILDREN` synsets reach it ("travel, go, move", "act, move"), or when
 *   two of the synsets that reach it are antonyms of each other (north/south under "cardinal compass point",
 *   increase/decrease under "change magnitude", win/lose both entail "compete"): its children then do not share
 *   anything with each other, but each child is still joined with the parent's own words ("return" with "go")
 *   through a token of its own (`down:` + the child);
 * - otherwise it is a shared token for all its children and its own words.
 * Two senses that are antonyms of each other are never linked.
 * `broaderTokens` can also say which of a lemma's tokens are its own (see there): "home" owns the token of "dwelling,
 * home", which "house" only reaches, while "nurse" and "doctor" only reach "health professional".
 */
import { derivationApplies } from './concepts';
import type { PartOfSpeech, Synset, WordNet } from './wordnet';

/** Nouns closer than this to the root ("entity" is 0, "abstraction" 1, "group", "attribute" 2, "event" 3). */
export const MIN_NOUN_DEPTH = 4;
/** Most children a synset may have for its children to share a token with each other. */
export const MAX_SIBLING_CHILDREN = 30;
/** Most children a synset may have to be linked to its children at all. */
export const MAX_PARENT_CHILDREN = 150;

/** Most children a parent-only synset is linked to: the ones most used in tagged text. */
export const MAX_LINKED_CHILDREN = 12;

/** Pointers followed one step up from a kept sense, per part of speech. */
const UPWARD: Record<PartOfSpeech, readonly string[]> = {
  n: ['@'],
  v: ['@', '*', '>', '$'],
  a: ['&', '^'],
  r: [],
};

/** A token of a noun synset, or a `down:` link to one. */
const isNounToken = (token: string) => token.startsWith('n:') || token.startsWith('down:n:');

/** Token for a parent-only synset's child: shared by the child's words and the parent's words. */
const downToken = (child: string) => `down:${child}`;

/** One step up: the synsets a sense reaches through the pointers of its part of speech (see UPWARD). */
function upwardTargets(wordNet: WordNet, synset: Synset): string[] {
  const symbols = UPWARD[synset.pos];
  const antonyms = new Set(synset.pointers.filter((pointer) => pointer.symbol === '!').map((p) => p.target));
  const targets: string[] = [];
  const add = (target: string) => {
    if (target !== synset.key && !antonyms.has(target) && !targets.includes(target)) targets.push(target);
  };
  for (const pointer of synset.pointers) if (symbols.includes(pointer.symbol)) add(pointer.target);
  if (synset.satellite) {
    // A satellite also reaches what its head "sees also"; a head is reached by its satellites (see broaderTokens).
    for (const head of synset.pointers.filter((pointer) => pointer.symbol === '&')) {
      for (const pointer of wordNet.synsets.get(head.target)?.pointers ?? []) {
        if (pointer.symbol === '^') add(pointer.target);
      }
    }
  }
  return targets;
}

/** Fewest `@`/`@i` steps from each noun synset to a root. */
function nounDepths(wordNet: WordNet): Map<string, number> {
  const depths = new Map<string, number>();
  const depthOf = (key: string, visiting: Set<string>): number => {
    const known = depths.get(key);
    if (known !== undefined) return known;
    const synset = wordNet.synsets.get(key);
    const parents = synset?.pointers.filter((pointer) => pointer.symbol === '@' || pointer.symbol === '@i') ?? [];
    visiting.add(key);
    let depth = parents.length === 0 ? 0 : Number.POSITIVE_INFINITY;
    for (const parent of parents) {
      if (!visiting.has(parent.target)) depth = Math.min(depth, depthOf(parent.target, visiting) + 1);
    }
    visiting.delete(key);
    depths.set(key, depth);
    return depth;
  };
  for (const synset of wordNet.synsets.values()) if (synset.pos === 'n') depthOf(synset.key, new Set());
  return depths;
}

type Breadth = 'excluded' | 'parent-only' | 'shared';

/** How each reached synset is treated (see the module comment), from the senses that reach it. */
function breadthOfTargets(wordNet: WordNet, children: Map<string, Set<string>>): Map<string, Breadth> {
  const depths = nounDepths(wordNet);
  const antonyms = antonymWords(wordNet);
  const breadth = new Map<string, Breadth>();
  for (const [key, reachedFrom] of children) {
    const synset = wordNet.synsets.get(key)!;
    if ((synset.pos === 'n' && (depths.get(key) ?? 0) < MIN_NOUN_DEPTH) || reachedFrom.size > MAX_PARENT_CHILDREN) {
      breadth.set(key, 'excluded');
    } else if (reachedFrom.size > MAX_SIBLING_CHILDREN || hasAntonymPair(wordNet, reachedFrom, antonyms)) {
      breadth.set(key, 'parent-only');
    } else {
      breadth.set(key, 'shared');
    }
  }
  return breadth;
}

/** Antonyms of each word, whatever the part of speech they are antonyms in ("east" → "west" as adjectives). */
function antonymWords(wordNet: WordNet): Map<string, Set<string>> {
  const antonyms = new Map<string, Set<string>>();
  for (const synset of wordNet.synsets.values()) {
    for (const pointer of synset.pointers) {
      if (pointer.symbol !== '!' || pointer.source === 0) continue;
      const word = synset.words[pointer.source - 1].toLowerCase();
      const other = wordNet.synsets.get(pointer.target)?.words[pointer.targetWord - 1]?.toLowerCase();
      if (!other) continue;
      const set = antonyms.get(word);
      if (set) set.add(other);
      else antonyms.set(word, new Set([other]));
    }
  }
  return antonyms;
}

/** True when two of the synsets are antonyms, or have words that are antonyms in some part of speech. */
function hasAntonymPair(wordNet: WordNet, keys: Set<string>, antonyms: Map<string, Set<string>>): boolean {
  const synsetOfWord = new Map<string, string>();
  for (const key of keys) {
    const synset = wordNet.synsets.get(key)!;
    if (synset.pointers.some((pointer) => pointer.symbol === '!' && keys.has(pointer.target))) return true;
    for (const word of synset.words) synsetOfWord.set(word.toLowerCase(), key);
  }
  for (const [word, key] of synsetOfWord) {
    for (const other of antonyms.get(word) ?? []) {
      const otherKey = synsetOfWord.get(other);
      if (otherKey !== undefined && otherKey !== key) return true;
    }
  }
  return false;
}

/** How often each synset is tagged in WordNet's sense-tagged corpus, all its words together (absent when never). */
function synsetTagCounts(wordNet: WordNet): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entries of wordNet.lemmas.values()) {
    for (const entry of entries) {
      entry.synsets.forEach((key, i) => {
        if (entry.tagCounts[i] > 0) counts.set(key, (counts.get(key) ?? 0) + entry.tagCounts[i]);
      });
    }
  }
  return counts;
}

/**
 * Broader tokens of every lemma, from its base senses (`senses`: lemma → synset keys, most frequent first, see
 * broaderBaseSenses): synset keys and `down:` tokens, the lemma's own closer relations first (in the order of its
 * senses), then its links to children as a parent-only synset. A parent-only synset is linked to its
 * `MAX_LINKED_CHILDREN` children most seen in tagged text ("move" has over a hundred children), never to untagged
 * ones. Tokens only one lemma carries are left in; the caller drops them when it
 * numbers the shared ones.
 */
export function broaderTokens(
  wordNet: WordNet,
  senses: Map<string, readonly string[]>,
  own?: Map<string, string[]>,
): Map<string, string[]> {
  // Breadth counts every synset that reaches a target, so it does not depend on which lemmas are kept.
  const upward = new Map<string, string[]>();
  const children = new Map<string, Set<string>>();
  for (const synset of wordNet.synsets.values()) {
    const targets = upwardTargets(wordNet, synset);
    upward.set(synset.key, targets);
    for (const target of targets) {
      const set = children.get(target);
      if (set) set.add(synset.key);
      else children.set(target, new Set([synset.key]));
    }
  }
  const breadth = breadthOfTargets(wordNet, children);
  const tagCounts = synsetTagCounts(wordNet);
  const inBase = new Set([...senses.values()].flat());
  const reached = new Set([...inBase].flatMap((key) => upward.get(key) ?? []));
  const linksDown = (child: string) => inBase.has(child) && tagCounts.has(child);
  // A parent-only synset's linked children: the most used ones.
  const linkedChildren = new Map<string, string[]>();
  for (const [key, kind] of breadth) {
    if (kind !== 'parent-only') continue;
    const linked = [...children.get(key)!].filter(linksDown);
    linked.sort((a, b) => tagCounts.get(b)! - tagCounts.get(a)! || (a < b ? -1 : 1));
    linkedChildren.set(key, linked.slice(0, MAX_LINKED_CHILDREN));
  }

  const tokens = new Map<string, string[]>();
  for (const [lemma, keys] of senses) {
    const close = new Set<string>();
    const asParent: string[] = [];
    for (const key of keys) {
      // Its own sense, when other base senses reach it: as a shared parent, or as the parent of `down:` links.
      const kindOfOwn = breadth.get(key);
      if (kindOfOwn === 'shared' && reached.has(key)) close.add(key);
      else if (kindOfOwn === 'parent-only')
        for (const child of linkedChildren.get(key)!) asParent.push(downToken(child));
      for (const target of upward.get(key) ?? []) {
        const kind = breadth.get(target);
        if (kind === 'shared') close.add(target);
        else if (kind === 'parent-only' && inBase.has(target) && linksDown(key)) close.add(downToken(key));
      }
    }
    const all = [...new Set([...close, ...asParent])];
    tokens.set(lemma, all);
    // Tokens that stand for a noun sense of the lemma itself, not only for one it reaches: its own shared sense,
    // and every `down:` link (always between a parent and a child). A token one side owns joins a word to its
    // direct hypernym or hyponym, never two siblings. Only nouns: the engine asks it of the things figures count.
    own?.set(
      lemma,
      all.filter((token) => (token.startsWith('down:n:') || keys.includes(token)) && isNounToken(token)),
    );
  }
  return tokens;
}

/**
 * The senses broader tokens start from: a lemma's kept senses (see concepts.ts), and for a noun sense the kept verb
 * senses it is derived from or gives its name to ("repression" → "repress", "warfare" → "war"), so that a noun
 * meets the relatives of its verb ("repression" and "suppress" are both under "oppress, suppress, crush"). Other
 * links of the tight concepts (pertainyms, causes, states) are not followed here: one more step from them joins
 * too much.
 */
export function broaderBaseSenses(wordNet: WordNet, frequent: Map<string, Set<string>>): Map<string, string[]> {
  const base = new Map<string, string[]>();
  for (const [lemma, senses] of frequent) {
    const keys = [...senses];
    for (const key of senses) {
      const synset = wordNet.synsets.get(key)!;
      if (synset.pos !== 'n') continue;
      const wordNumber = synset.words.findIndex((word) => word.toLowerCase() === lemma) + 1;
      for (const pointer of synset.pointers) {
        if (pointer.symbol !== '+' || !pointer.target.startsWith('v:') || keys.includes(pointer.target)) continue;
        if (!derivationApplies(frequent, synset, wordNumber, pointer)) continue;
        const verb = wordNet.synsets.get(pointer.target)?.words[pointer.targetWord - 1]?.toLowerCase();
        if (verb && frequent.get(verb)?.has(pointer.target)) keys.push(pointer.target);
      }
    }
    base.set(lemma, keys);
  }
  return base;
}
