import { describe, expect, it } from 'vitest';
import { annotateBlocks } from '../../lib/engine';
import * as store from '../../lib/store';
import { emptyLibrary } from '../helpers/store';

const NOW = new Date('2025-03-01T00:00:00Z');

/** A fact-checker's review of a flood toll, dated as its publisher dated it. */
const REVIEW = JSON.stringify({
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  url: 'https://factdesk.example/aldmere-floods',
  claimReviewed: 'Floods in the Aldmere valley have killed about 300 people, the regional government said.',
  reviewRating: { '@type': 'Rating', alternateName: 'Mostly true' },
  author: { '@type': 'Organization', name: 'Fact Desk' },
  datePublished: '2025-01-15T08:00:00Z',
});

/** An export file of one dated article: a pilot's stated wish. */
const EXPORT = JSON.stringify({
  format: 'claimlens-reference',
  version: 1,
  sources: [
    {
      id: 'harbour-post-pilot',
      title: 'Captured pilot speaks',
      publisher: 'Harbour Post',
      url: 'https://harbourpost.example/pilot',
      publishedAt: '2025-01-10',
      claims: [
        {
          id: 'harbour-post-pilot#0',
          text: 'The captured pilot told reporters he did not want to return to Valdoria.',
        },
      ],
    },
  ],
});

/** The one annotation of a page sentence dated `publishedAt`. */
function annotate(library: store.Library, text: string, publishedAt: string) {
  const [annotation] = annotateBlocks(library.index, [{ id: 'b', text }], { publishedAt });
  return annotation;
}

describe('imported references carry their dates to an update', () => {
  it("keeps a ClaimReview's date through export and import, and a page of an earlier toll is updated", async () => {
    const library = await emptyLibrary();
    await store.importReferences(library, 'review.json', REVIEW, NOW);
    const file = store.exportReferences(library, undefined, NOW);
    const again = await emptyLibrary();
    await store.importReferences(again, file.fileName, file.content, NOW);
    expect(store.listSources(again).map((source) => source.publishedAt)).toEqual(['2025-01-15']);

    const page = 'Floods in the Aldmere valley have killed about 100 people, the regional government said.';
    const annotation = annotate(again, page, '2024-12-19');
    expect(annotation).toMatchObject({ status: 'updated', sourceCount: 1 });
    expect(annotation.matches[0]).toMatchObject({
      stance: 'updates',
      source: { publishedAt: '2025-01-15' },
      time: { page: '2024-12-19', reference: '2025-01-15', newer: 'reference' },
    });
    // Undated, the same page cannot be placed in time: a conflict, and it says so.
    expect(annotate(again, page, '')).toMatchObject({ status: 'conflicting', matches: [{ undated: 'page' }] });
  });

  it("keeps an export file's date, and a later page where the pilot wants to return is the newer side", async () => {
    const library = await emptyLibrary();
    await store.importReferences(library, 'pilot.json', EXPORT, NOW);
    expect(JSON.parse(store.exportReferences(library, undefined, NOW).content).sources[0].publishedAt).toBe(
      '2025-01-10',
    );
    const page = 'The captured pilot told reporters he wanted to return to Valdoria.';
    expect(annotate(library, page, '2025-02-20')).toMatchObject({
      status: 'updated',
      matches: [{ stance: 'updates', time: { page: '2025-02-20', reference: '2025-01-10', newer: 'page' } }],
    });
    expect(annotate(library, page, '2025-01-10').status).toBe('conflicting');
  });
});
