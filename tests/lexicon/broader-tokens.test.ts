import { describe, expect, it } from 'vitest';
import {
  broaderBaseSenses,
  broaderTokens,
  MAX_LINKED_CHILDREN,
  MAX_SIBLING_CHILDREN,
} from '../../scripts/lexicon/broader';
import type { LemmaSenses, PartOfSpeech, Synset, WordNet } from '../../scripts/lexicon/wordnet';

/** A small WordNet: synsets given as key → [words, pointers as "symbol target"]; each word tagged once. */
function wordNetOf(synsets: Record<string, [string[], string[]]>): WordNet {
  const wordNet: WordNet = { synsets: new Map(), lemmas: new Map() };
  for (const [key, [words, pointers]] of Object.entries(synsets)) {
    const pos = key[0] as PartOfSpeech;
    const synset: Synset = {
      key,
      pos,
      lexFile: 0,
      satellite: false,
      words,
      gloss: '',
      pointers: pointers.map((pointer) => {
        const [symbol, target] = pointer.split(' ');
        return { symbol, target, source: symbol === '!' || symbol === '+' ? 1 : 0, targetWord: 1 };
      }),
    };
    wordNet.synsets.set(key, synset);
    for (const word of words) {
      const entries = wordNet.lemmas.get(word) ?? [];
      const senses: LemmaSenses = entries.find((entry) => entry.pos === pos) ?? {
        lemma: word,
        pos,
        synsets: [],
        tagCounts: [],
      };
      if (!entries.includes(senses)) entries.push(senses);
      senses.synsets.push(key);
      senses.tagCounts.push(1);
      wordNet.lemmas.set(word, entries);
    }
  }
  return wordNet;
}

/** Every word's senses, as the build would pass them. */
function sensesOf(wordNet: WordNet): Map<string, string[]> {
  return new Map([...wordNet.lemmas].map(([lemma, entries]) => [lemma, entries.flatMap((entry) => entry.synsets)]));
}

function share(tokens: Map<string, string[]>, a: string, b: string): boolean {
  return (tokens.get(a) ?? []).some((token) => tokens.get(b)?.includes(token));
}

// Nouns four steps below a root, so that "vehicle" and "direction" are deep enough to be shared.
const deepNouns: Record<string, [string[], string[]]> = {
  'n:entity': [['entity'], []],
  'n:object': [['object'], ['@ n:entity']],
  'n:whole': [['whole'], ['@ n:object']],
  'n:artifact': [['artifact'], ['@ n:whole']],
  'n:vehicle': [['vehicle'], ['@ n:artifact']],
  'n:car': [['car'], ['@ n:vehicle']],
  'n:truck': [['truck'], ['@ n:vehicle']],
  'n:tool': [['tool'], ['@ n:object']],
  'n:gadget': [['gadget'], ['@ n:object']],
  'n:direction': [['direction'], ['@ n:artifact']],
  'n:north': [['north'], ['@ n:direction', '! n:south']],
  'n:south': [['south'], ['@ n:direction', '! n:north']],
};

describe('broaderTokens', () => {
  const wordNet = wordNetOf(deepNouns);
  const tokens = broaderTokens(wordNet, sensesOf(wordNet));

  it('joins co-hyponyms, and a word with its direct hypernym', () => {
    expect(share(tokens, 'car', 'truck')).toBe(true);
    expect(share(tokens, 'car', 'vehicle')).toBe(true);
    expect(share(tokens, 'car', 'artifact')).toBe(false);
  });

  it('marks the tokens that name a sense of the lemma itself: a hypernym owns its token, its children only reach it', () => {
    const own = new Map<string, string[]>();
    const all = broaderTokens(wordNet, sensesOf(wordNet), own);
    const vehicle = all.get('vehicle')!.find((token) => all.get('car')!.includes(token));
    expect(vehicle).toBeDefined();
    expect(own.get('vehicle')).toContain(vehicle);
    expect(own.get('car')).not.toContain(vehicle);
    expect(own.get('truck')).not.toContain(vehicle);
  });

  it('joins nothing under nouns close to the root', () => {
    expect(share(tokens, 'tool', 'gadget')).toBe(false);
    expect(share(tokens, 'tool', 'object')).toBe(false);
  });

  it('keeps antonyms under one hypernym apart, but each still meets the hypernym', () => {
    expect(share(tokens, 'north', 'south')).toBe(false);
    expect(share(tokens, 'north', 'direction')).toBe(true);
    expect(share(tokens, 'south', 'direction')).toBe(true);
  });

  it('keeps the children of a broad verb apart and links the parent to its most used children only', () => {
    const verbs: Record<string, [string[], string[]]> = { 'v:move': [['move'], []] };
    const count = MAX_SIBLING_CHILDREN + 5;
    for (let i = 0; i < count; i += 1) verbs[`v:kind${i}`] = [[`kind${i}`], ['@ v:move']];
    const broad = wordNetOf(verbs);
    const used = broad.lemmas.get('kind3')![0];
    used.tagCounts[0] = 50;
    const verbTokens = broaderTokens(broad, sensesOf(broad));
    expect(share(verbTokens, 'kind1', 'kind2')).toBe(false);
    expect(share(verbTokens, 'kind3', 'move')).toBe(true);
    expect(verbTokens.get('move')!.length).toBe(MAX_LINKED_CHILDREN);
  });

  it('follows entailment and verb groups, but never to an antonym', () => {
    const verbs = wordNetOf({
      'v:compete': [['compete'], []],
      'v:win': [['win'], ['* v:compete', '! v:lose']],
      'v:lose': [['lose'], ['* v:compete', '! v:win', '$ v:win']],
      'v:race': [['race'], ['* v:compete']],
      'v:sprint': [['sprint'], ['$ v:race']],
    });
    const verbTokens = broaderTokens(verbs, sensesOf(verbs));
    expect(share(verbTokens, 'win', 'lose')).toBe(false);
    expect(share(verbTokens, 'race', 'compete')).toBe(true);
    expect(share(verbTokens, 'sprint', 'race')).toBe(true);
  });
});

describe('broaderBaseSenses', () => {
  it('adds to a noun sense the verb sense it is derived from', () => {
    const wordNet = wordNetOf({
      'n:repression': [['repression'], ['+ v:repress']],
      'v:repress': [['repress'], ['+ n:repression']],
    });
    const frequent = new Map([
      ['repression', new Set(['n:repression'])],
      ['repress', new Set(['v:repress'])],
    ]);
    const base = broaderBaseSenses(wordNet, frequent);
    expect(base.get('repression')).toEqual(['n:repression', 'v:repress']);
    expect(base.get('repress')).toEqual(['v:repress']);
  });
});
