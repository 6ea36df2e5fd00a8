import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPage } from '../../../cli/pages';
import { annotateBlocks, buildReferenceIndex } from '../../../lib/engine';
import { searchClaims } from '../../../lib/engine/search';
import { ReferenceIndex } from '../../../lib/index/reference-index';
import { type IndexSnapshot, isCurrentSnapshot, StaleSnapshotError } from '../../../lib/index/snapshot/index-snapshot';
import { seedReferences } from '../../../lib/reference/seeds';
import type { TextBlock } from '../../../lib/types';
import { syntheticArticles, syntheticSentences } from '../../helpers/synthetic';

const PAGES = join(__dirname, '..', '..', 'fixtures', 'pages');
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
  return QUERIES.map((query) => searchClaims(index, query, 10).map(({ claim, rank }) => [claim.id, rank]));
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

  it('taken again after changes, copy the unchanged claims and still restore an index that behaves the same', async () => {
    const original = referenceIndex();
    const restored = ReferenceIndex.fromSnapshot(structuredClone(original.toSnapshot()));
    // A few generations of small changes, each followed by a snapshot (which copies from the one before).
    let latest = restored;
    for (let generation = 0; generation < 3; generation += 1) {
      for (const index of [original, latest]) {
        const claims = index.allClaims({ features: false });
        index.removeClaim(claims[generation * 3 + 1].id);
        const edited = index.claim(claims[generation * 3 + 2].id)!;
        index.addClaim({ ...edited, text: `${edited.text} Officials said so again.`, features: undefined });
        index.addSource({ ...index.allSources()[generation + 2], title: `Renamed ${generation}` }, []);
      }
      const snapshot = latest.toSnapshot();
      latest = ReferenceIndex.fromSnapshot(structuredClone(snapshot));
      await expectSameBehaviour(original, latest);
    }
    expect(ReferenceIndex.fromSnapshot(latest.toSnapshot()).allClaims()).toEqual(original.allClaims());
  });

  it('taken in steps, are the same as taken at once, and let other work run in between', async () => {
    const original = referenceIndex();
    for (const { source, claims } of syntheticArticles(300, 10, 11)) original.addSource(source, claims);
    const atOnce = original.toSnapshot();
    let pauses = 0;
    const { snapshot, longestStepMs } = await ReferenceIndex.fromSnapshot(atOnce).toSnapshotInSteps(async () => {
      pauses += 1;
    });
    expect(pauses).toBeGreaterThan(1);
    expect(longestStepMs).toBeGreaterThan(0);
    await expectSameBehaviour(original, ReferenceIndex.fromSnapshot(snapshot));
    let freshPauses = 0;
    const fresh = await new ReferenceIndex().toSnapshotInSteps(async () => {
      freshPauses += 1;
    });
    expect(freshPauses).toBeGreaterThan(0);
    expect(ReferenceIndex.fromSnapshot(fresh.snapshot).size).toBe(0);
  });

  it('hand out restored claims without decoding their features when asked', () => {
    const original = referenceIndex();
    const restored = ReferenceIndex.fromSnapshot(original.toSnapshot());
    const plain = restored.allClaims({ features: false });
    expect(plain.map((claim) => claim.id)).toEqual(original.allClaims().map((claim) => claim.id));
    expect(plain.every((claim) => claim.features === undefined)).toBe(true);
    const [first] = original.allClaims();
    expect(restored.claim(first.id)).toEqual(first);
    expect(restored.claim('no-such-claim')).toBeUndefined();
  });

  it('round-trip an empty index', () => {
    const restored = ReferenceIndex.fromSnapshot(new ReferenceIndex().toSnapshot());
    expect(restored.size).toBe(0);
    expect(searchClaims(restored, 'North Korean soldiers', 5)).toEqual([]);
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
