import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPage } from '../../cli/pages';
import {
  annotateBlocks,
  buildReferenceIndex,
  type IndexSnapshot,
  isCurrentSnapshot,
  ReferenceIndex,
  StaleSnapshotError,
} from '../../lib/engine';
import { seedReferences } from '../../lib/reference/seeds';
import type { TextBlock } from '../../lib/types';
import { syntheticArticles, syntheticSentences } from '../helpers/synthetic';

const PAGES = join(__dirname, '..', 'fixtures', 'pages');
const QUERIES = [
  'About 300 North Korean soldiers have died fighting for Russia.',
  'The National Intelligence Service took part in questioning the soldiers.',
  'Two soldiers captured in Kursk asked to be sent to South Korea.',
  ...syntheticSentences(5, 99),
];

/** Seed claims (one with a fact-check verdict) plus synthetic ones, the seeds grouped. */
function referenceIndex(): ReferenceIndex {
  const index = buildReferenceIndex(seedReferences());
  const [first] = index.allClaims();
  index.addClaim({ ...first, review: { rating: 'False', appearances: ['https://example.org/a'] } });
  for (const { source, claims } of syntheticArticles(30, 10, 5)) index.addSource(source, claims);
  return index;
}

async function pageBlocks(): Promise<TextBlock[]> {
  const pages = ['dev-01-wire-rewrite.html', 'dev-02-december-estimate.html', 'dev-04-unrelated-korea.html'];
  const blocks: TextBlock[] = [];
  for (const page of pages) blocks.push(...(await loadPage(join(PAGES, page))).blocks);
  return blocks;
}

function searchResults(index: ReferenceIndex) {
  return QUERIES.map((query) => index.search(query, 10).map(({ claim, rank }) => [claim.id, rank]));
}

async function expectSameBehaviour(original: ReferenceIndex, restored: ReferenceIndex): Promise<void> {
  // Annotation and search first: a restored claim's features are decoded on first use, allClaims decodes all.
  const blocks = await pageBlocks();
  const annotations = annotateBlocks(original, blocks);
  expect(annotations.length).toBeGreaterThan(0);
  expect(annotateBlocks(restored, blocks)).toEqual(annotations);
  expect(searchResults(restored)).toEqual(searchResults(original));
  expect(restored.size).toBe(original.size);
  expect(restored.allSources()).toEqual(original.allSources());
  expect(restored.allClaims()).toEqual(original.allClaims());
}

describe('ReferenceIndex snapshots', () => {
  it('restore an index that finds and annotates exactly as the original', async () => {
    const original = referenceIndex();
    const snapshot = original.toSnapshot();
    expect(isCurrentSnapshot(snapshot)).toBe(true);
    await expectSameBehaviour(original, ReferenceIndex.fromSnapshot(snapshot));
  });

  it('survive structured cloning (as IndexedDB stores them)', async () => {
    const original = referenceIndex();
    const restored = ReferenceIndex.fromSnapshot(structuredClone(original.toSnapshot()));
    await expectSameBehaviour(original, restored);
  });

  it('leave out removed claims and sources, and the restored index keeps changing like the original', async () => {
    const original = referenceIndex();
    const seedSource = original.allSources()[0].id;
    const someClaims = original.allClaims().filter((_, n) => n % 7 === 3);
    for (const claim of someClaims) original.removeClaim(claim.id);
    original.removeSource(original.allSources()[3].id);
    const restored = ReferenceIndex.fromSnapshot(original.toSnapshot());
    await expectSameBehaviour(original, restored);

    for (const index of [original, restored]) {
      index.removeSource(seedSource);
      index.addClaim({ ...someClaims[0], text: 'Russia denied that North Korean soldiers fought in Kursk.' });
      index.removeClaim(index.allClaims()[5].id);
    }
    await expectSameBehaviour(original, restored);
  });

  it('round-trip an empty index', () => {
    const restored = ReferenceIndex.fromSnapshot(new ReferenceIndex().toSnapshot());
    expect(restored.size).toBe(0);
    expect(restored.search('North Korean soldiers', 5)).toEqual([]);
  });

  it('are refused when written with another format or features version', () => {
    const snapshot = referenceIndex().toSnapshot();
    const staleFeatures: IndexSnapshot = { ...snapshot, featuresVersion: snapshot.featuresVersion - 1 };
    const staleFormat: IndexSnapshot = { ...snapshot, format: snapshot.format + 1 };
    const stalePostings: IndexSnapshot = { ...snapshot, postings: { ...snapshot.postings, format: 0 } };
    for (const stale of [staleFeatures, staleFormat]) expect(isCurrentSnapshot(stale)).toBe(false);
    expect(() => ReferenceIndex.fromSnapshot(staleFeatures)).toThrow(StaleSnapshotError);
    expect(() => ReferenceIndex.fromSnapshot(staleFormat)).toThrow(StaleSnapshotError);
    expect(() => ReferenceIndex.fromSnapshot(stalePostings)).toThrow(StaleSnapshotError);
    try {
      ReferenceIndex.fromSnapshot(staleFeatures);
    } catch (error) {
      expect((error as StaleSnapshotError).part).toBe('features');
    }
  });
});
