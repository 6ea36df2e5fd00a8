import { describe, expect, it } from 'vitest';
import { conceptsOf } from '../../lib/lexicon';
import { readWordNet } from '../../scripts/lexicon/wordnet';

describe('concepts and WordNet antonyms', () => {
  it('rarely lets a word share a concept with its direct antonym', () => {
    const wordNet = readWordNet();
    const pairs = new Set<string>();
    for (const synset of wordNet.synsets.values()) {
      for (const pointer of synset.pointers) {
        if (pointer.symbol !== '!' || pointer.source === 0) continue;
        const a = synset.words[pointer.source - 1].toLowerCase();
        const b = wordNet.synsets.get(pointer.target)?.words[pointer.targetWord - 1].toLowerCase();
        if (b) pairs.add(a < b ? `${a} ${b}` : `${b} ${a}`);
      }
    }
    let sharing = 0;
    for (const pair of pairs) {
      const [a, b] = pair.split(' ');
      const concepts = new Set(conceptsOf(a));
      if (conceptsOf(b).some((concept) => concepts.has(concept))) sharing += 1;
    }
    expect(pairs.size).toBeGreaterThan(3000);
    expect(sharing / pairs.size).toBeLessThan(0.02);
  });
});
