import { describe, expect, it } from 'vitest';
import weights from '../../lib/engine/ranker-weights.json';
import { expandSignals, RANKING_SIGNALS, rankingShare, trigramCosine, trigramsOf } from '../../lib/engine/ranking';
import { rankingCandidates, SEARCH_DEPTH, searchClaims } from '../../lib/engine/search';
import { ReferenceIndex } from '../../lib/index/reference-index';
import type { ReferenceSource } from '../../lib/types';

function factCheck(id: string, text: string, title: string) {
  const source: ReferenceSource = {
    id,
    title,
    publisher: 'Fact Desk',
    url: '',
    publishedAt: '',
    addedAt: '',
    origin: 'import',
    enabled: true,
  };
  return { source, claims: [{ id, sourceId: id, text, start: 0, end: text.length }] };
}

function indexOf(...checks: ReturnType<typeof factCheck>[]): ReferenceIndex {
  const index = new ReferenceIndex();
  for (const { source, claims } of checks) index.addSource(source, claims);
  return index;
}

describe('trigrams', () => {
  it('finds the same text similar whatever its case, punctuation and links', () => {
    const a = trigramsOf('Colour-changing BMW! https://t.co/abc');
    const b = trigramsOf('colour changing bmw');
    expect(trigramCosine(a, b)).toBeCloseTo(1, 6);
  });

  it('scores unrelated text near zero and partial overlap in between', () => {
    const base = trigramsOf('a colour changing car made by BMW');
    expect(trigramCosine(base, trigramsOf('xyzzy quux'))).toBe(0);
    const partial = trigramCosine(base, trigramsOf('#BMW iX changes colour'));
    expect(partial).toBeGreaterThan(0.2);
    expect(partial).toBeLessThan(0.9);
    expect(trigramCosine(base, new Map())).toBe(0);
  });
});

describe('the ranking model', () => {
  it('has one weight per signal and per pair of signals, as written by the training script', () => {
    const n = RANKING_SIGNALS.length;
    expect(weights.signals).toEqual([...RANKING_SIGNALS]);
    expect(weights.weights).toHaveLength(n + (n * (n + 1)) / 2);
    expect(expandSignals([2, 3])).toEqual([2, 3, 4, 6, 9]);
  });

  it('gives a share between 0 and 1', () => {
    expect(rankingShare(-5)).toBe(0);
    expect(rankingShare(1e9)).toBe(1);
    const half = rankingShare(weights.weights.reduce((sum, w) => sum + Math.max(0, w), 0) / 2);
    expect(half).toBeCloseTo(0.5, 6);
  });
});

describe('searchClaims', () => {
  const index = indexOf(
    factCheck('fries', 'McDonald’s restaurants are offering $1 Any Size Fries between May 18 and 31.', '$1 Fries'),
    factCheck(
      'snake',
      'A viral video shows a 10-meter-long anaconda swimming across a river in Brazil.',
      'Giant Snake',
    ),
    factCheck('tickets', 'Red cars are ticketed for speeding more often than vehicles of other colors.', 'Red Cars'),
  );

  it('ranks the restated claim first, with scores from 0 to 1, best first', () => {
    const hits = searchClaims(index, 'Huge anaconda filmed swimming across a Brazilian river', 3);
    expect(hits[0].claim.id).toBe('snake');
    for (const hit of hits) expect(hit.rank).toBeGreaterThanOrEqual(0);
    for (const hit of hits) expect(hit.rank).toBeLessThanOrEqual(1);
    expect(hits.map((hit) => hit.rank)).toEqual([...hits.map((hit) => hit.rank)].sort((a, b) => b - a));
  });

  it("uses the source's title to choose between claims that read alike", () => {
    const twins = indexOf(
      factCheck('bmw', 'A video shows a car that changes colour.', 'Did BMW Reveal a Color-Changing Car?'),
      factCheck('mood', 'A video shows a car that changes colour.', 'Mood Paint on a Vintage Beetle'),
    );
    expect(
      searchClaims(twins, 'This color changing @BMWUSA #iX is wild! pic.twitter.com/lXG1Gw0IKY', 2)[0].claim.id,
    ).toBe('bmw');
    expect(searchClaims(twins, 'A vintage Beetle with mood paint changes colour', 2)[0].claim.id).toBe('mood');
  });

  it('gives the signals behind the order', () => {
    const [first] = rankingCandidates(index, 'anaconda swimming in a river', 5);
    expect(first.claim.id).toBe('snake');
    expect(first.signals).toHaveLength(RANKING_SIGNALS.length);
    for (const value of first.signals) expect(value).toBeGreaterThanOrEqual(0);
    for (const value of first.signals) expect(value).toBeLessThanOrEqual(1);
  });
});

describe('search depth', () => {
  // More claims sharing words with the query than the model re-ranks, so every path of `search` is taken.
  const subjects = ['council', 'mayor', 'school', 'hospital', 'bridge', 'museum', 'harbour', 'library'];
  const actions = ['approved', 'delayed', 'cancelled', 'funded', 'opened', 'closed', 'rebuilt'];
  const places = ['Northfield', 'Easton', 'Westbury', 'Southport', 'Midvale', 'Lakeside'];
  const checks = Array.from({ length: SEARCH_DEPTH + 60 }, (_, n) => {
    const subject = subjects[n % subjects.length];
    const action = actions[(n * 3) % actions.length];
    const place = places[(n * 5) % places.length];
    return factCheck(
      `c${n}`,
      `The ${subject} in ${place} ${action} a plan costing ${n + 2} million dollars.`,
      `${place} ${subject} ${action}`,
    );
  });
  const index = indexOf(...checks);
  const query = 'Westbury council approved the hospital plan worth 40 million dollars';

  it('re-ranks a fixed number of candidates, more than the results usually asked for', () => {
    expect(SEARCH_DEPTH).toBeGreaterThanOrEqual(30);
  });

  it('gives the first K results of a deeper search for every K', () => {
    const deepest = searchClaims(index, query, SEARCH_DEPTH + 60);
    expect(deepest.length).toBeGreaterThan(SEARCH_DEPTH);
    for (const k of [1, 3, 5, 10, 30, SEARCH_DEPTH, SEARCH_DEPTH + 20]) {
      expect(searchClaims(index, query, k)).toEqual(deepest.slice(0, k));
    }
  });

  it('never ranks a claim past the re-ranked depth above one within it', () => {
    const ranks = searchClaims(index, query, SEARCH_DEPTH + 60).map((hit) => hit.rank);
    const lowestReranked = Math.min(...ranks.slice(0, SEARCH_DEPTH));
    for (const rank of ranks.slice(SEARCH_DEPTH)) expect(rank).toBeLessThanOrEqual(lowestReranked);
  });
});
