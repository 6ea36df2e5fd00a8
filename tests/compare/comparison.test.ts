import { describe, expect, it } from 'vitest';
import { withComparisons } from '@/lib/compare/comparison';
import { defaultLexicon } from '@/lib/lexicon/default-lexicon';
import { annotation, match } from '../content/fixtures';

const page = 'Officials said 300 soldiers were deployed on Monday.';
const slice = (text: string, ranges: { start: number; end: number }[]) => ranges.map((r) => text.slice(r.start, r.end));

describe('withComparisons', () => {
  it("adds each match's decisive ranges and reason, and the verdict's first line", () => {
    const result = withComparisons(annotation(page), defaultLexicon);
    const first = result.matches[0];
    expect(slice(page, first.decisive!.page)).toEqual(['300']);
    expect(slice(first.referenceClaim, first.decisive!.reference)).toEqual(['3,000']);
    expect(first.reason).toMatch(/^This page, according to officials: 300 soldiers/);
    expect(result.reason).toBe(first.reason);
  });

  it('says the sources disagree on a mixed verdict', () => {
    const agreeing = match({
      claimId: 'claim-3',
      referenceClaim: 'Some 300 soldiers were deployed, the ministry said.',
      stance: 'supports',
      differences: [],
      source: { ...match().source, id: 'src-3', publisher: 'Harbour Herald' },
    });
    const result = withComparisons(annotation(page, { status: 'mixed', matches: [agreeing, match()] }), defaultLexicon);
    expect(result.reason).toBe(
      'Your references disagree. Harbour Herald says the same as this page; Morning Star says: 3,000 soldiers were deployed on Tuesday.',
    );
    expect(result.matches[0].decisive).toEqual({ page: [], reference: [] });
  });

  it('keeps null as null', () => {
    expect(withComparisons(null, defaultLexicon)).toBeNull();
  });
});
