import { describe, expect, it } from 'vitest';
import { approximateMatches } from '@/lib/anchor/fuzzy';
import { matchQuote, type TextQuote } from '@/lib/anchor/quote';

const block =
  'The council met on Monday. Officials said 300 soldiers were deployed to the border. ' +
  'Later, the minister denied the report. Officials said 300 soldiers were deployed to the border.';

function quoteAt(text: string, exact: string, from = 0): TextQuote {
  const start = text.indexOf(exact, from);
  return {
    exact,
    start,
    end: start + exact.length,
    prefix: text.slice(Math.max(0, start - 32), start),
    suffix: text.slice(start + exact.length, start + exact.length + 32),
  };
}

describe('matchQuote', () => {
  it('takes the exact text at the given offsets first', () => {
    const quote = quoteAt(block, 'Officials said 300 soldiers were deployed to the border.', 60);
    const match = matchQuote(block, quote);
    expect(match).toMatchObject({ start: quote.start, end: quote.end, method: 'position', score: 1 });
  });

  it('finds the exact text elsewhere when the offsets moved, preferring the occurrence with the right context', () => {
    const second = quoteAt(block, 'Officials said 300 soldiers were deployed to the border.', 60);
    const moved = `Breaking: ${block}`;
    const match = matchQuote(moved, second);
    expect(match?.method).toBe('exact');
    expect(match?.start).toBe(second.start + 'Breaking: '.length);
    const first = quoteAt(block, 'Officials said 300 soldiers were deployed to the border.');
    expect(matchQuote(moved, first)?.start).toBe(first.start + 'Breaking: '.length);
  });

  it('falls back on an approximate match when the text was edited a little', () => {
    const quote = quoteAt(block, 'Later, the minister denied the report.');
    const edited = block.replace('the minister denied the report', 'the Minister denied the reports');
    const match = matchQuote(edited, quote);
    expect(match?.method).toBe('fuzzy');
    expect(edited.slice(match!.start, match!.end)).toContain('Minister denied the report');
    expect(match!.score).toBeGreaterThan(0.5);
    expect(match!.score).toBeLessThan(1);
  });

  it('gives null (an orphan) when the sentence is gone, and never throws', () => {
    const quote = quoteAt(block, 'Later, the minister denied the report.');
    expect(matchQuote('Something else entirely, with no such sentence in it at all.', quote)).toBeNull();
    expect(matchQuote('', quote)).toBeNull();
    expect(matchQuote(block, { ...quote, exact: '' })).toBeNull();
    expect(matchQuote(block, { ...quote, start: 10_000, end: 10_040 })?.method).toBe('exact');
  });

  it('matches short quotes only exactly', () => {
    const quote = quoteAt('He won.', 'He won.');
    expect(matchQuote('She won.', quote)).toBeNull();
  });
});

describe('approximateMatches', () => {
  it('reports occurrences within the error budget with their start and end', () => {
    const found = approximateMatches('xx the quick brwn fox yy', 'the quick brown fox', 2);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ start: 3, end: 21, errors: 1 });
  });

  it('reports nothing over the budget, and does not search huge inputs', () => {
    expect(approximateMatches('completely different', 'the quick brown fox', 2)).toEqual([]);
    expect(approximateMatches('a'.repeat(300_000), 'a'.repeat(20), 2)).toEqual([]);
  });
});
