import { describe, expect, it } from 'vitest';
import { analyseSentence } from '@/lib/features/analyse';
import { defaultLexicon } from '@/lib/lexicon/default-lexicon';
import { align, similarNames, type WeightOf, wordsMatch } from '@/lib/match/similarity';
import type { FeatureWord } from '@/lib/types';

const features = (text: string) => analyseSentence(text, defaultLexicon).features;
/** Every word weighs as much as an unseen one: coverage is then a share of words. */
const even: WeightOf = () => 1;
const word = (stem: string, extra: Partial<FeatureWord> = {}): FeatureWord => ({
  stem,
  concepts: [],
  proper: false,
  negated: false,
  ...extra,
});

const FLOOD = 'Floods killed 40 people in the Aldmere valley on Tuesday.';

describe('similarNames', () => {
  it('takes a spelling one letter away, or the same long start, as the same name', () => {
    expect(similarNames('zelenski', 'zelenskyy')).toBe(true);
    expect(similarNames('marsh', 'marsch')).toBe(true);
    expect(similarNames('smith', 'smyth')).toBe(true);
  });

  it('keeps different names apart, and never stretches a short one', () => {
    expect(similarNames('johnson', 'jackson')).toBe(false);
    expect(similarNames('lee', 'lea')).toBe(false);
    expect(similarNames('kim', 'kim')).toBe(true);
    expect(similarNames('bergman', 'bergmannsson')).toBe(false);
  });
});

describe('wordsMatch', () => {
  it('matches the same stem, a shared concept, and a verb phrase with its verb', () => {
    expect(wordsMatch(word('bridg'), word('bridg'))).toBe(true);
    expect(wordsMatch(word('cancel', { concepts: ['c1', 'c2'] }), word('call_off', { concepts: ['c2'] }))).toBe(true);
    expect(wordsMatch(word('hand'), word('hand_over'))).toBe(true);
    expect(wordsMatch(word('bridg'), word('tunnel'))).toBe(false);
  });

  it('matches close spellings only between names', () => {
    expect(wordsMatch(word('marsh', { proper: true }), word('marsch', { proper: true }))).toBe(true);
    expect(wordsMatch(word('marsh'), word('marsch'))).toBe(false);
  });

  it('matches a capital or demonym with the country it stands for', () => {
    expect(wordsMatch(word('seoul', { place: 'south korea' }), word('south korea'))).toBe(true);
    expect(wordsMatch(word('korean', { place: 'south korea' }), word('seoul', { place: 'south korea' }))).toBe(true);
    expect(wordsMatch(word('korean', { place: 'north korea' }), word('seoul', { place: 'south korea' }))).toBe(false);
  });
});

describe('align', () => {
  it('scores a sentence against itself 1 on both sides, with every word paired', () => {
    const a = features(FLOOD);
    const alignment = align(a, features(FLOOD), even);
    expect(alignment.score).toBe(1);
    expect(alignment.pageCoverage).toBe(1);
    expect(alignment.referenceCoverage).toBe(1);
    expect(alignment.predicateMatched).toBe(true);
    expect(alignment.pairs).toHaveLength(a.words.length);
  });

  it('scores sentences on other subjects 0, with nothing shared', () => {
    const alignment = align(
      features('The town council approved the new bridge over the river.'),
      features('A famous chef opened a bakery selling sourdough in the capital.'),
      even,
    );
    expect(alignment.score).toBe(0);
    expect(alignment.pairs).toEqual([]);
    expect(alignment.evidence).toBe(0);
    expect(alignment.predicateMatched).toBe(false);
  });

  it('covers a restatement in other words through shared concepts', () => {
    const alignment = align(
      features('The ferry operator cancelled all crossings to the island because of the storm.'),
      features('Because of the storm, the ferry operator called off every crossing to the island.'),
      even,
    );
    expect(alignment.score).toBeGreaterThan(0.9);
    expect(alignment.predicateMatched).toBe(true);
  });

  it('covers less of the side that says more, and the heavier its extra words, the less', () => {
    const page = features('The ferry operator cancelled all crossings to the island.');
    const reference = features('The ferry operator cancelled all crossings to the island after a landslide.');
    const light = align(page, reference, even);
    expect(light.pageCoverage).toBe(1);
    expect(light.referenceCoverage).toBeLessThan(1);
    const heavy = align(page, reference, (stem) => (stem === 'landslid' ? 5 : 1));
    expect(heavy.referenceCoverage).toBeLessThan(light.referenceCoverage);
    expect(heavy.pageCoverage).toBe(1);
  });

  it('leaves the predicate unmatched when the verbs differ, however alike the rest', () => {
    const alignment = align(
      features('The ferry operator cancelled all crossings to the island.'),
      features('The ferry operator praised all crossings to the island.'),
      even,
    );
    expect(alignment.score).toBeGreaterThan(0.5);
    expect(alignment.predicateMatched).toBe(false);
  });

  it('pairs quantities about the same thing and says whether their values agree', () => {
    const same = align(features(FLOOD), features(FLOOD), even);
    expect(same.quantities.map((pair) => [pair.page.text, pair.reference.text, pair.verdict])).toEqual([
      ['40', '40', 'agree'],
    ]);
    const other = align(features(FLOOD), features(FLOOD.replace('40', '55')), even);
    expect(other.quantities.map((pair) => [pair.page.text, pair.reference.text, pair.verdict])).toEqual([
      ['40', '55', 'conflict'],
    ]);
    // A toll of an outcome pins the fact down.
    expect(other.anchored).toHaveLength(1);
  });

  it('tells when the two sentences name different actors', () => {
    const alignment = align(
      features('The Bank of England held its interest rate at five percent on Thursday.'),
      features('The Bank of Canada held its interest rate at five percent on Thursday.'),
      even,
    );
    expect(alignment.otherActors).toBe(true);
    expect(align(features(FLOOD), features(FLOOD), even).otherActors).toBe(false);
  });
});
