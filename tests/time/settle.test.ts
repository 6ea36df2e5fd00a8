/**
 * Two references that give one running total at two dates do not disagree: the later updates the earlier. A page
 * that gives the later figure is corroborated, not mixed.
 */
import { describe, expect, it } from 'vitest';
import { annotateBlocks, buildReferenceIndex, claimsFromBlocks } from '@/lib/engine';
import { testSource } from '../helpers/articles';

const BURNED = (n: string) => `A grass fire near Tullen has burned ${n} acres, the forestry office said.`;
const source = (id: string, publishedAt: string, text: string) => ({
  source: testSource(id, id, publishedAt),
  claims: claimsFromBlocks(id, [{ id: 'b0', text }]),
});
const index = buildReferenceIndex([
  source('earlier', '2025-08-04', BURNED('3,000')),
  source('later', '2025-08-06', BURNED('5,500')),
]);
const statusOf = (text: string, publishedAt: string) => annotateBlocks(index, [{ id: 'p', text }], { publishedAt })[0];

describe('references that update each other', () => {
  it('corroborate a page that gives the later figure, which updates the earlier one', () => {
    const annotation = statusOf('The grass fire near Tullen has scorched 5,500 acres.', '2025-08-07');
    expect(annotation.status).toBe('corroborated');
    expect(annotation.matches.find((match) => match.source.id === 'earlier')).toMatchObject({
      stance: 'updates',
      time: { page: '2025-08-07', reference: '2025-08-04', newer: 'page' },
    });
  });

  it('leave a page that gives the earlier figure updated, not mixed', () => {
    const annotation = statusOf('The grass fire near Tullen has scorched 3,000 acres.', '2025-08-07');
    expect(annotation.status).toBe('updated');
    // Two figures at one date still disagree.
    const sameDay = buildReferenceIndex([
      source('earlier', '2025-08-06', BURNED('3,000')),
      source('later', '2025-08-06', BURNED('5,500')),
    ]);
    const [sameDayAnnotation] = annotateBlocks(
      sameDay,
      [{ id: 'p', text: 'The grass fire near Tullen has scorched 5,500 acres.' }],
      {
        publishedAt: '2025-08-07',
      },
    );
    expect(sameDayAnnotation.status).toBe('mixed');
  });
});
