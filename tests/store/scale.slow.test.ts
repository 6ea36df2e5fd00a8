/**
 * Scale: 100,000 claims imported and loaded again on a cold start, and a 50 MB import file. Times are logged
 * (fake-indexeddb in Node, on a shared machine), not asserted.
 */
import { describe, expect, it } from 'vitest';
import { ReferenceService } from '../../background/service';
import { searchClaims } from '../../lib/engine/search';
import { openStore } from '../../lib/store';
import { uniqueName } from '../helpers/store';
import { syntheticSentences } from '../helpers/synthetic';

const serviceOn = (name: string) => new ReferenceService({ openDb: () => openStore(name), snapshotDelay: 60_000 });
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

describe('scale', () => {
  /** Imports 100,000 claims into a new store and writes its snapshot; returns the store's name. */
  async function importHundredThousand(sentences: string[]): Promise<string> {
    const name = uniqueName('scale');
    const content = sentences
      .map((text, n) => JSON.stringify({ id: `fc-${n}`, text, title: `Fact-check ${n}` }))
      .join('\n');
    const service = serviceOn(name);
    await service.ready();

    let started = performance.now();
    const result = await service.importReferences({ fileName: 'claims.jsonl', content });
    console.log(
      `import of 100,000 claims (${(content.length / 1e6).toFixed(1)} MB JSON Lines): ${seconds(performance.now() - started)}`,
    );
    expect(result).toEqual({ sourcesAdded: 100_000, claimsAdded: 100_000, unchanged: 0 });

    started = performance.now();
    expect(await service.saveSnapshot()).toBe(true);
    console.log(`snapshot write: ${seconds(performance.now() - started)}`);
    (await service.ready()).db.close();
    return name;
  }

  it('imports 100,000 claims and starts cold from them', async () => {
    const sentences = syntheticSentences(100_000, 7);
    // The importing service goes out of scope first, as a restarted worker starts with a fresh heap.
    const name = await importHundredThousand(sentences);
    const restarted = serviceOn(name);
    const probe = restarted.listClaims({ query: sentences[4242], limit: 1 });
    const found = await probe;
    const load = restarted.lastLoad!;
    console.log(
      `cold start from the snapshot, 100,000 claims: ${seconds(load.milliseconds)} ` +
        `(read and decode ${seconds(load.readMs)}, index build ${seconds(load.indexMs)})`,
    );
    expect(restarted.lastLoad).toMatchObject({ claims: 100_000, fromSnapshot: true });
    expect(found.claims.map((c) => c.id)).toEqual(['fc-4242']);
    const library = await restarted.ready();
    expect(searchClaims(library.index, sentences[99_999], 1)[0].claim.id).toBe('fc-99999');

    // Without a current snapshot (e.g. the worker died before writing it) the tables are read instead.
    await library.db.indexSnapshot.clear();
    const fromTables = serviceOn(name);
    await fromTables.ready();
    console.log(`cold start from the tables, 100,000 claims: ${seconds(fromTables.lastLoad!.milliseconds)}`);
    expect(fromTables.lastLoad).toMatchObject({ claims: 100_000, fromSnapshot: false, recomputed: 0 });
  }, 600_000);

  it('imports a 50 MB ClaimReview file', async () => {
    const body = 'The review explains in detail why the claim does not hold up. '.repeat(38);
    const reviews = syntheticSentences(20_000, 9).map((claim, n) => ({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: `https://factcheck.example/review/${n}`,
      claimReviewed: claim,
      reviewBody: body,
      reviewRating: { '@type': 'Rating', ratingValue: 1, alternateName: n % 2 ? 'False' : 'Mostly true' },
      itemReviewed: { '@type': 'Claim', appearance: [{ url: `https://social.example/post/${n}` }] },
      author: { '@type': 'Organization', name: 'Fact Desk', url: 'https://factcheck.example' },
      datePublished: '2025-01-20',
    }));
    const content = JSON.stringify({ '@context': 'https://schema.org', '@graph': reviews });
    expect(content.length).toBeGreaterThan(50 * 1024 * 1024);
    const service = serviceOn(uniqueName('fifty'));
    const started = performance.now();
    const result = await service.importReferences({ fileName: 'factchecks.json', content });
    console.log(
      `import of a ${(content.length / 1024 / 1024).toFixed(0)} MB ClaimReview file (20,000 reviews): ${seconds(performance.now() - started)}`,
    );
    expect(result).toEqual({ sourcesAdded: 20_000, claimsAdded: 20_000, unchanged: 0 });
    const { claims } = await service.listClaims({ query: reviews[77].claimReviewed });
    expect(claims[0].review).toEqual({ rating: 'False', appearances: ['https://social.example/post/77'] });
  }, 600_000);
});
