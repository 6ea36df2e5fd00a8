import { describe, expect, it } from 'vitest';
import { broaderConceptsOf, conceptsOf } from '../../lib/lexicon';
import { readWordNet } from '../../scripts/lexicon/wordnet';

/** WordNet's direct antonym pairs of words ("increase decrease"), each once. */
function antonymPairs(): [string, string][] {
  const wordNet = readWordNet();
  const pairs = new Set<string>();
  for (const synset of wordNet.synsets.values()) {
    for (const pointer of synset.pointers) {
      if (pointer.symbol !== '!' || pointer.source === 0) continue;
      const a = synset.words[pointer.source - 1].toLowerCase();
      const b = wordNet.synsets.get(pointer.target)?.words[pointer.targetWord - 1].toLowerCase();
      if (b && a !== b) pairs.add(a < b ? `${a} ${b}` : `${b} ${a}`);
    }
  }
  return [...pairs].map((pair) => pair.split(' ') as [string, string]);
}

/** Share of the pairs whose two words have an id in common. */
function sharingShare(pairs: [string, string][], idsOf: (lemma: string) => readonly string[]): number {
  let sharing = 0;
  for (const [a, b] of pairs) {
    const ids = new Set(idsOf(a));
    if (idsOf(b).some((id) => ids.has(id))) sharing += 1;
  }
  return sharing / pairs.length;
}

describe('concepts and WordNet antonyms', () => {
  const pairs = antonymPairs();

  it('has thousands of antonym pairs to measure with', () => {
    expect(pairs.length).toBeGreaterThan(3000);
  });

  it('rarely lets a word share a concept with its direct antonym', () => {
    expect(sharingShare(pairs, conceptsOf)).toBeLessThan(0.02);
  });

  it('rarely lets a word share a broader concept with its direct antonym (budget: 1% of the pairs)', () => {
    expect(sharingShare(pairs, broaderConceptsOf)).toBeLessThan(0.01);
  });
});
