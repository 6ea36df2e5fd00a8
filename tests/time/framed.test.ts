/**
 * A sentence whose main clause only places another event in time ("The ministry's statement came after a hostage
 * said ...") states that event, though the frame and an aside dilute the sentence's likeness to the reference: a
 * turned position in it is an update like any other, and a contradiction within one news cycle.
 */
import { describe, expect, it } from 'vitest';
import { annotateBlocks, buildReferenceIndex, claimsFromBlocks } from '@/lib/engine';
import { testSource } from '../helpers/articles';

const source = (id: string, publishedAt: string, ...sentences: string[]) => ({
  source: testSource(id, id, publishedAt),
  claims: claimsFromBlocks(id, [{ id: 'b0', text: sentences.join(' ') }]),
});
const index = buildReferenceIndex([
  source(
    'january',
    '2025-01-14',
    'The foreign ministry told lawmakers that the freed hostage, a geologist held for eight months by rebels in the Sarn hills, has not expressed any wish to stay in Norland.',
    'The embassy in Vell reopened its consular section on Monday after a two-week closure.',
    'Floods in the Tarrow valley left 300 families without homes, the regional council said.',
  ),
]);
const annotate = (text: string, publishedAt: string) => annotateBlocks(index, [{ id: 'p', text }], { publishedAt });

describe('a fact a framing clause introduces', () => {
  it('is an update when the position it gives turned since the reference', () => {
    const [annotation] = annotate(
      "The embassy's statement came after the freed hostage, in an interview with a weekly paper, expressed his wish to stay in Norland.",
      '2025-03-02',
    );
    expect(annotation?.status).toBe('updated');
    expect(annotation.matches[0]).toMatchObject({
      stance: 'updates',
      time: { page: '2025-03-02', reference: '2025-01-14', newer: 'page' },
    });
  });

  it('is a contradiction when the two reports are of one moment', () => {
    const [annotation] = annotate(
      "The embassy's pledge of consular protection came after the freed hostage, speaking to a weekly paper, expressed his wish to stay in Norland.",
      '2025-01-15',
    );
    expect(annotation?.status).toBe('conflicting');
  });

  it('is no fact without a predicate of its own, as a heading without a verb is no claim', () => {
    // "anger among 120 families" is not "left 300 families without homes": no red badge.
    const [annotation] = annotate(
      "The governor's appeal came amid anger among 120 families in the Tarrow valley over the floods.",
      '2025-01-15',
    );
    expect(annotation?.status ?? 'related').toBe('related');
  });

  it('is corroborated when it restates the reference', () => {
    const [annotation] = annotate(
      "The embassy's pledge of consular protection came after the freed hostage, speaking to a weekly paper, had not expressed any wish to stay in Norland.",
      '2025-01-15',
    );
    expect(annotation?.status).toBe('corroborated');
  });
});
