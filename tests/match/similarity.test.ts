import { describe, expect, it } from 'vitest';
import { defaultLexicon } from '../../lib/engine/lexicon';
import { analyseSentence } from '../../lib/features/analyse';
import { align, similarNames } from '../../lib/match/similarity';

const features = (text: string) => analyseSentence(text, defaultLexicon).features;
/** Every word weighs the same: the alignment alone, without a reference set's word rarity. */
const even = () => 1;
const REFERENCE = 'The storm killed 61 people in the coastal town of Hamm on Monday.';

describe('similarNames', () => {
  it.each([
    ['zelensky', 'zelenskyy', true],
    ['andersson', 'anderson', true],
    ['paris', 'parma', false],
    ['kim', 'kin', false],
  ])('%s and %s: %s', (a, b, same) => {
    expect(similarNames(a, b)).toBe(same);
  });
});

describe('align', () => {
  it('scores a sentence against itself 1, every word paired, its number pinning the fact', () => {
    const alignment = align(features(REFERENCE), features(REFERENCE), even);
    expect(alignment.score).toBeCloseTo(1, 5);
    expect(alignment.predicateMatched).toBe(true);
    expect(alignment.pairs.length).toBeGreaterThan(3);
    expect(alignment.anchored).toHaveLength(1);
    expect(alignment.otherActors).toBe(false);
  });

  it('scores a restatement in other words near 1 and a sentence on another subject 0', () => {
    const restated = align(
      features('On Monday a storm in the coastal town of Hamm left 61 people dead.'),
      features(REFERENCE),
      even,
    );
    const unrelated = align(
      features('Ticket prices for the museum rose again this spring.'),
      features(REFERENCE),
      even,
    );
    expect(restated.score).toBeGreaterThan(0.9);
    expect(restated.anchored).toHaveLength(1);
    expect(unrelated.score).toBe(0);
    expect(unrelated.predicateMatched).toBe(false);
  });

  it('pairs the quantities of the same fact and says whether their values agree', () => {
    const other = align(features(REFERENCE.replace('61', '16')), features(REFERENCE), even);
    expect(other.quantities).toHaveLength(1);
    expect(other.quantities[0].verdict).toBe('conflict');
  });
});
