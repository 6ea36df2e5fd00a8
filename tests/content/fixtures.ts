import type { ClaimMatch, PageAnnotation } from '@/lib/types';

/** A reference match for tests. */
export function match(overrides: Partial<ClaimMatch> = {}): ClaimMatch {
  return {
    claimId: 'claim-1',
    referenceClaim: 'Officials said 3,000 soldiers were deployed on Tuesday.',
    source: {
      id: 'src-1',
      title: 'Border deployment confirmed',
      publisher: 'Morning Star',
      url: 'https://example.org/border',
      publishedAt: '2025-01-13',
    },
    stance: 'contradicts',
    score: 0.8,
    differences: [{ kind: 'number', page: '300', reference: '3,000' }],
    ...overrides,
  };
}

/** An annotation of `text` at `start` in a block, for tests. */
export function annotation(text: string, overrides: Partial<PageAnnotation> = {}): PageAnnotation {
  return {
    blockId: 'b0',
    text,
    start: 0,
    end: text.length,
    prefix: '',
    suffix: '',
    status: 'conflicting',
    sourceCount: 2,
    matches: [
      match(),
      match({ claimId: 'claim-2', source: { ...match().source, id: 'src-2', publisher: 'Evening Post' } }),
    ],
    ...overrides,
  };
}
