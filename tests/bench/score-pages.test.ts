import { describe, expect, it } from 'vitest';
import { norm, overlaps, type PageLabel, quotes, scorePage, totals, words } from '../../bench/score-pages';

describe('norm and words', () => {
  it('straightens quotes, collapses space and lower-cases', () => {
    expect(norm('  Seoul\u2019s  \u201cspy\u201d\nAgency ')).toBe('seoul\'s "spy" agency');
  });

  it('keeps ASCII letter and digit runs only', () => {
    expect([...words('About 34,000 North-Koreans')].sort()).toEqual(['000', '34', 'about', 'koreans', 'north']);
  });
});

describe('overlaps', () => {
  it('is true when one text contains the other', () => {
    expect(overlaps('The soldiers were captured.', 'SEOUL — The soldiers were captured. More text')).toBe(true);
  });

  it('is true from 60% of the shorter side’s words shared, false below', () => {
    // 3 of 5 words shared = 0.6.
    expect(overlaps('one two three four five', 'one two three six seven eight')).toBe(true);
    // 2 of 5 = 0.4.
    expect(overlaps('one two three four five', 'one two six seven eight')).toBe(false);
  });

  it('is false for empty text', () => {
    expect(overlaps('', 'anything')).toBe(false);
    expect(overlaps('anything', '   ')).toBe(false);
  });
});

describe('quotes', () => {
  const span = { matches: [{ referenceClaim: 'They have NOT  expressed interest in seeking asylum.' }] };

  it('is true when a match contains a labelled phrase, after normalisation', () => {
    expect(quotes(span, ['have not expressed interest'])).toBe(true);
    expect(quotes(span, ['willing to discuss'])).toBe(false);
  });

  it('is always true with status-only scoring', () => {
    expect(quotes({ matches: [] }, ['anything'], true)).toBe(true);
  });
});

describe('scorePage', () => {
  const labels: PageLabel[] = [
    { text: 'Two soldiers have not asked for asylum.', expect: 'corroborated', refs: ['not expressed interest'] },
    { text: 'About 100 soldiers were killed.', expect: 'conflicting', refs: ['300 soldiers'] },
    { text: 'The weather was cold.', expect: 'none' },
    { text: 'Officials may talk later.', expect: 'any' },
    { text: 'A label that changes.', expect: 'corroborated', refs: ['x'], dynamic: true },
  ];

  it('counts found labels, stance, false alarms; related spans and dynamic labels are left out', () => {
    const report = {
      claims: [
        {
          text: 'Two soldiers have not asked for asylum.',
          status: 'corroborated',
          matches: [{ referenceClaim: 'They have not expressed interest in asylum.' }],
        },
        {
          text: 'About 100 soldiers were killed.',
          status: 'corroborated',
          matches: [{ referenceClaim: 'About 300 soldiers died.' }],
        },
        { text: 'The weather was cold.', status: 'conflicting', matches: [] },
        { text: 'Officials may talk later.', status: 'corroborated', matches: [] },
        { text: 'Something topical.', status: 'related', matches: [] },
      ],
    };
    const score = scorePage('p.html', labels, report);
    expect(score.positives).toBe(2);
    expect(score.found).toBe(2);
    expect(score.stanceRight).toBe(1);
    expect(score.wrongStance).toEqual([
      { text: 'About 100 soldiers were killed.', expect: 'conflicting', got: ['corroborated'] },
    ]);
    expect(score.spans).toBe(4);
    expect(score.falseAlarms).toBe(1);
    expect(score.alarms).toEqual([{ status: 'conflicting', text: 'The weather was cold.' }]);
  });

  it('misses a label whose overlapping span quotes another reference claim', () => {
    const report = {
      claims: [
        {
          text: 'Two soldiers have not asked for asylum.',
          status: 'corroborated',
          matches: [{ referenceClaim: 'Unrelated.' }],
        },
      ],
    };
    const score = scorePage('p.html', labels, report);
    expect(score.found).toBe(0);
    expect(score.misses.map((miss) => miss.expect)).toEqual(['corroborated', 'conflicting']);
    expect(score.falseAlarms).toBe(1);
  });

  it('scores an empty report as all misses and no spans', () => {
    const score = scorePage('p.html', labels, {});
    expect(score.found).toBe(0);
    expect(score.spans).toBe(0);
  });
});

describe('totals', () => {
  it('sums pages into recall, precision, stance and strict', () => {
    const page = (found: number, positives: number, stanceRight: number, spans: number, falseAlarms: number) => ({
      page: 'p',
      positives,
      found,
      stanceRight,
      spans,
      falseAlarms,
      misses: [],
      wrongStance: [],
      alarms: [],
    });
    const t = totals([page(3, 4, 2, 4, 1), page(1, 2, 1, 2, 0)]);
    expect(t.recall).toBeCloseTo(4 / 6);
    expect(t.precision).toBeCloseTo(5 / 6);
    expect(t.stance).toBeCloseTo(3 / 4);
    expect(t.strict).toBeCloseTo(3 / 6);
  });

  it('gives 0 where there is nothing to count', () => {
    expect(totals([])).toMatchObject({ recall: 0, precision: 0, stance: 0, strict: 0 });
  });
});
