/** Invented packs for the pack tests: a fictional river authority and a fictional fact-checker. */
import type { ReferenceArticle } from '../../lib/reference/seeds';

export const AT = '2026-11-30T00:00:00.000Z';

export const ARTICLES: ReferenceArticle[] = [
  {
    source: {
      id: 'marlow-weir',
      title: 'Marlow weir reopens after repairs',
      publisher: 'Thistledown Gazette',
      url: 'https://gazette.example/marlow-weir',
      publishedAt: '2026-10-02',
      addedAt: AT,
      origin: 'import',
      enabled: true,
    },
    claims: [
      {
        id: 'marlow-weir#0',
        sourceId: 'marlow-weir',
        text: 'The Marlow weir reopened to boats on 1 October.',
        start: 0,
        end: 47,
      },
      {
        id: 'marlow-weir#1',
        sourceId: 'marlow-weir',
        text: 'The repairs cost the river authority 3.2 million crowns.',
        start: 48,
        end: 104,
        review: { rating: 'Accurate', appearances: ['https://elsewhere.example/post/1'] },
      },
    ],
  },
];

/** A ClaimReview as fact-checkers mark them up. */
export const review = (n: number, claimReviewed: string, rating = 'False') => ({
  '@type': 'ClaimReview',
  url: `https://checkers.example/review/${n}`,
  datePublished: `2026-09-1${n}`,
  author: { '@type': 'Organization', name: 'Lantern Checks' },
  claimReviewed,
  reviewRating: { '@type': 'Rating', alternateName: rating },
  itemReviewed: { '@type': 'Claim', appearance: [{ url: `https://social.example/${n}` }] },
});

export const REVIEWS = [
  review(1, 'The Orrin bridge was built in under nine days.'),
  review(2, 'Half of Keswold households own a rowing boat.', 'Misleading'),
  review(3, 'The Keswold ferry carries 40 cars per crossing.', 'True'),
];

/** A DataFeed with each element shape fact-checkers use: a DataFeedItem, a bare review, an item list. */
export const DATA_FEED = {
  '@context': 'https://schema.org',
  '@type': 'DataFeed',
  name: 'Lantern Checks reviews',
  publisher: { '@type': 'Organization', name: 'Lantern Checks' },
  dateModified: '2026-11-29T08:30:00Z',
  version: 7,
  dataFeedElement: [
    { '@type': 'DataFeedItem', dateModified: '2026-11-29', item: REVIEWS[0] },
    REVIEWS[1],
    { '@type': 'DataFeedItem', item: [REVIEWS[2], { '@type': 'Thing', name: 'not a review' }] },
    { '@type': 'DataFeedItem', item: { '@type': 'Event', name: 'not a review either' } },
  ],
};

/** What the reader is shown about the river pack. */
export const PACK_META = {
  title: 'River desk',
  publisher: 'Thistledown Gazette',
  version: '3',
  updatedAt: '2026-11-30T12:00:00.000Z',
};
