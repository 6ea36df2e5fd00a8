import { describe, expect, it } from 'vitest';
import { analyseSentence } from '@/lib/features/analyse';
import { defaultLexicon } from '@/lib/lexicon/default-lexicon';
import { CONCEPTS, INDEX, joinFirst, joinMark, pairKeys, QUERY } from '@/lib/match/word-keys';
import type { ClaimFeatures } from '@/lib/types';

const features = (text: string) => analyseSentence(text, defaultLexicon).features;
const stems = (sentence: ClaimFeatures) => sentence.words.map((word) => word.stem);

/** The stems of `a` that share a key or a concept with some word of `b`. */
function marked(a: ClaimFeatures, b: ClaimFeatures): string[] {
  const [keysA, keysB] = pairKeys(a, b);
  const mark = new Uint8Array(a.words.length);
  joinMark(keysA, QUERY, keysB, INDEX, mark);
  joinMark(keysA, CONCEPTS, keysB, CONCEPTS, mark);
  return stems(a).filter((_, i) => mark[i] === 1);
}

describe('sentence keys', () => {
  it('join the words two sentences share by stem, and no others', () => {
    const a = features('Floods closed the northern road near the bridge.');
    const b = features('The road to the bridge reopened after the floods.');
    expect(marked(a, b).sort()).toEqual(['bridg', 'flood', 'road']);
  });

  it('join synonyms through their shared concept', () => {
    const a = features('The operator cancelled the crossing.');
    const b = features('The operator called off the crossing.');
    expect(marked(a, b)).toContain('cancel');
  });

  it('give each sentence the same keys whatever it is paired with (kept with its features)', () => {
    const a = features('Floods closed the northern road near the bridge.');
    const [first] = pairKeys(a, features('The road reopened.'));
    const [again] = pairKeys(a, features('A bakery opened.'));
    expect(again).toBe(first);
  });

  it('count a repeated stem once and list the names', () => {
    const sentence = features('Floods in Kelby followed earlier floods, Ellen Marsh said.');
    const [keys] = pairKeys(sentence, sentence);
    const floods = stems(sentence).flatMap((stem, i) => (stem === 'flood' ? [i] : []));
    expect(floods).toHaveLength(2);
    expect([keys.firstOfStem[floods[0]], keys.firstOfStem[floods[1]]]).toEqual([1, 0]);
    const names = keys.names.map((i) => sentence.words[i].stem);
    expect(names).toEqual(expect.arrayContaining(['kelbi', 'ellen', 'marsh']));
    expect(names).not.toContain('flood');
  });

  it('give each word the first word of the other sentence it matches', () => {
    const a = features('Floods closed the road.');
    const b = features('The road and the harbour road reopened after floods.');
    const [keysA, keysB] = pairKeys(a, b);
    const firstOfA = new Int32Array(a.words.length).fill(b.words.length);
    const markB = new Uint8Array(b.words.length);
    joinFirst(keysA, QUERY, keysB, INDEX, firstOfA, markB);
    const road = stems(a).indexOf('road');
    expect(firstOfA[road]).toBe(stems(b).indexOf('road'));
    // No word of b matches "closed": it keeps the start value.
    expect(firstOfA[stems(a).indexOf('close')]).toBe(b.words.length);
    expect(
      stems(b)
        .filter((_, j) => markB[j] === 1)
        .sort(),
    ).toEqual(['flood', 'road', 'road']);
  });
});
