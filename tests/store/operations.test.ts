import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { annotateBlocks, buildReferenceIndex } from '../../lib/engine';
import { articleBlocks } from '../../lib/reference/article-blocks';
import { seedReferences } from '../../lib/reference/seeds';
import * as store from '../../lib/store';
import { readStoredSnapshot, storeSnapshot } from '../../lib/store/snapshot';
import { dump, emptyLibrary } from '../helpers/store';

const parseHtml = (html: string) => parseHTML(html).document as unknown as Document;
const BRIDGE = 'The city council approved a budget of 45 million dollars for three new bridges on Tuesday.';
const meta = {
  title: 'Council budget',
  publisher: 'Town Gazette',
  url: 'https://gazette.example/budget',
  publishedAt: '2025-02-01',
};
const matches = (library: store.Library, text: string) =>
  annotateBlocks(library.index, [{ id: 'b', text }]).flatMap((a) => a.matches.map((m) => m.claimId));

async function seeded() {
  const library = await emptyLibrary();
  await store.installSeeds(library, new Date('2025-03-01T00:00:00Z'));
  return library;
}

describe('seed set', () => {
  it('installs once, with the groups a full build gives', async () => {
    const library = await seeded();
    const seeds = seedReferences();
    const byId = (a: unknown[], b: unknown[]) => String(a[0]).localeCompare(String(b[0]));
    expect(
      store
        .listSources(library)
        .map((s) => [s.id, s.origin, s.claimCount])
        .sort(byId),
    ).toEqual(seeds.map((a) => [a.source.id, 'seed', a.claims.length]).sort(byId));
    expect(await store.installSeeds(library)).toBe(false);
    expect(await library.db.claims.count()).toBe(seeds.reduce((n, a) => n + a.claims.length, 0));
    const full = buildReferenceIndex(seeds);
    const expected = new Map(full.allClaims().map((c) => [c.id, c.groupId]));
    for (const claim of await library.db.claims.toArray()) expect(claim.groupId).toBe(expected.get(claim.id));
    expect(new Set(expected.values()).size).toBeLessThan(expected.size); // some facts are shared
  });

  it('reset restores the seeds, drops other sources, keeps feedback unless asked', async () => {
    const library = await seeded();
    const seedClaim = (await library.db.claims.toArray())[0];
    await store.editClaim(library, seedClaim.id, 'Something else entirely about 7 cats.');
    await store.addArticle(library, { meta, blocks: articleBlocks(BRIDGE, false, parseHtml) });
    await store.markNotAMatch(library.db, {
      pageUrl: 'https://n.example/a#x',
      sentence: 'S.',
      claimIds: [seedClaim.id],
    });
    await store.resetSeeds(library);
    expect(store.listSources(library).every((s) => s.origin === 'seed')).toBe(true);
    expect((await library.db.claims.get(seedClaim.id))?.text).toBe(seedClaim.text);
    expect(matches(library, BRIDGE)).toEqual([]);
    expect(await library.db.feedback.count()).toBe(1);
    await store.resetSeeds(library, { clearFeedback: true });
    expect(await library.db.feedback.count()).toBe(0);
  });
});

describe('sources and claims', () => {
  it('adds an article from text; matching sees it at once; the same article cannot be added twice', async () => {
    const library = await seeded();
    expect(matches(library, BRIDGE)).toEqual([]);
    const summary = await store.addArticle(library, {
      meta,
      blocks: articleBlocks(`Intro words here.\n\n${BRIDGE}`, false, parseHtml),
    });
    expect(summary).toMatchObject({ title: 'Council budget', origin: 'user', enabled: true });
    expect(matches(library, BRIDGE).length).toBe(1);
    expect(
      (await library.db.claims.where('sourceId').equals(summary.id).toArray()).some((c) => c.text === BRIDGE),
    ).toBe(true);
    await expect(
      store.addArticle(library, { meta, blocks: articleBlocks(`Intro words here.\n\n${BRIDGE}`, false, parseHtml) }),
    ).rejects.toThrow(/already in your references/);
  });

  it('adds an article from HTML, leaving out navigation and scripts, keeping only chosen sentences', async () => {
    const library = await emptyLibrary();
    const html = `<html><body><nav><p>Home. Sport. The mayor resigned over 9 scandals today.</p></nav><article>
      <p>${BRIDGE}</p><script>var x = "The army fired 20 rockets at the port.";</script>
      <p>Officials said 1,200 workers would build them by 2027.</p></article></body></html>`;
    const blocks = articleBlocks(html, true, parseHtml);
    expect(blocks.map((b) => b.text)).toEqual([BRIDGE, 'Officials said 1,200 workers would build them by 2027.']);
    const summary = await store.addArticle(library, {
      meta,
      blocks,
      keep: [BRIDGE, 'A sentence the reader typed with 3 numbers.'],
    });
    const texts = (await library.db.claims.where('sourceId').equals(summary.id).toArray()).map((c) => c.text);
    expect(texts.sort()).toEqual([BRIDGE, 'A sentence the reader typed with 3 numbers.'].sort());
  });

  it('refuses an article with no check-worthy sentence, writing nothing', async () => {
    const library = await emptyLibrary();
    await expect(store.addArticle(library, { meta, blocks: [{ id: 'a', text: 'Hi.' }] })).rejects.toThrow(
      /no check-worthy/,
    );
    expect(await library.db.sources.count()).toBe(0);
  });

  it('adds claims to "My claims", edits one (features recomputed), deletes and restores', async () => {
    const library = await seeded();
    const [claim] = await store.addClaims(library, { texts: ['  The  river   flooded 40 homes in Arlon on Sunday. '] });
    expect(claim).toMatchObject({
      sourceId: store.MY_CLAIMS_ID,
      text: 'The river flooded 40 homes in Arlon on Sunday.',
    });
    expect(claim).not.toHaveProperty('features');
    expect(matches(library, 'The river flooded 40 homes in Arlon on Sunday.')).toEqual([claim.id]);
    const [second] = await store.addClaims(library, {
      sourceId: store.MY_CLAIMS_ID,
      texts: ['Arlon has 30,000 inhabitants according to the census.'],
    });
    expect(second.id).not.toBe(claim.id);

    const edited = await store.editClaim(library, claim.id, BRIDGE);
    expect(edited.text).toBe(BRIDGE);
    const stored = await library.db.claims.get(claim.id);
    expect(stored?.features?.words.map((w) => w.stem)).toContain('bridg');
    expect(matches(library, BRIDGE)).toEqual([claim.id]);
    expect(matches(library, 'The river flooded 40 homes in Arlon on Sunday.')).toEqual([]);
    await expect(store.editClaim(library, claim.id, '   ')).rejects.toThrow(/cannot be empty/);

    const removed = await store.deleteClaim(library, claim.id);
    expect(removed.claims.map((c) => c.id)).toEqual([claim.id]);
    expect(matches(library, BRIDGE)).toEqual([]);
    expect(await library.db.claims.get(claim.id)).toBeUndefined();
    await store.restore(library, removed);
    expect(matches(library, BRIDGE)).toEqual([claim.id]);
    await expect(store.deleteClaim(library, 'nope')).rejects.toThrow(/no longer in your references/);
  });

  it('deletes a whole source and restores it; disables a source without deleting it', async () => {
    const library = await seeded();
    const summary = await store.addArticle(library, { meta, blocks: [{ id: 'p', text: BRIDGE }] });
    const before = await dump(library);
    const removed = await store.deleteSource(library, summary.id);
    expect(removed.sources.map((s) => s.id)).toEqual([summary.id]);
    expect(await library.db.claims.where('sourceId').equals(summary.id).count()).toBe(0);
    expect(matches(library, BRIDGE)).toEqual([]);
    await store.restore(library, removed);
    expect(await dump(library)).toEqual(before);
    expect(matches(library, BRIDGE).length).toBe(1);

    await store.setSourceEnabled(library, summary.id, false);
    expect(matches(library, BRIDGE)).toEqual([]);
    expect((await library.db.sources.get(summary.id))?.enabled).toBe(false);
    expect(store.listSources(library).find((s) => s.id === summary.id)?.claimCount).toBe(1);
    await store.setSourceEnabled(library, summary.id, true);
    expect(matches(library, BRIDGE).length).toBe(1);
  });

  it('lists and searches claims, paged, without features', async () => {
    const library = await seeded();
    const all = store.listClaims(library, { limit: 5 });
    expect(all.claims).toHaveLength(5);
    expect(all.total).toBe(await library.db.claims.count());
    expect(all.claims.every((c) => c.features === undefined)).toBe(true);
    const next = store.listClaims(library, { limit: 5, offset: 5 });
    expect(next.claims[0].id).not.toBe(all.claims[0].id);
    const found = store.listClaims(library, { query: 'ASYLUM' });
    expect(found.total).toBeGreaterThan(0);
    expect(found.claims.every((c) => /asylum/i.test(c.text))).toBe(true);
    const source = store.listSources(library)[0];
    expect(store.listClaims(library, { sourceId: source.id, limit: 500 }).total).toBe(source.claimCount);
  });
});

describe('feedback and settings', () => {
  it('drops matches marked "not a match" for that page sentence only', async () => {
    const library = await seeded();
    await store.addClaims(library, { texts: [BRIDGE] });
    const found = annotateBlocks(library.index, [{ id: 'b', text: BRIDGE }]);
    expect(found).toHaveLength(1);
    await store.markNotAMatch(library.db, {
      pageUrl: 'https://n.example/a#top',
      sentence: ` ${BRIDGE}`,
      claimIds: [found[0].matches[0].claimId],
    });
    expect(await store.withoutRejected(library.db, 'https://n.example/a', found)).toEqual([]);
    expect(await store.withoutRejected(library.db, 'https://n.example/other', found)).toEqual(found);
  });

  it('gets defaults, stores changes and normalises sites and sensitivity', async () => {
    const library = await emptyLibrary();
    expect(await store.getSettings(library.db)).toEqual(store.DEFAULT_SETTINGS);
    const next = await store.setSettings(library.db, {
      sensitivity: 3,
      pausedSites: ['https://www.News.example/x', 'b.example', 'b.example'],
    });
    expect(next).toEqual({ enabled: true, sensitivity: 1, pausedSites: ['b.example', 'news.example'] });
    expect(await store.getSettings(library.db)).toEqual(next);
    expect(store.isPausedSite(next, 'https://live.news.example/story')).toBe(true);
    expect(store.isPausedSite(next, 'https://othernews.example/story')).toBe(false);
  });
});

describe('start-up snapshot', () => {
  it('is used when current and ignored once the store changed', async () => {
    const library = await seeded();
    await store.addClaims(library, { texts: [BRIDGE] });
    expect(await store.writeSnapshot(library.db, library.index, await store.currentRevision(library.db))).toBe(true);
    const again = await store.loadLibrary(library.db);
    expect(again.report.fromSnapshot).toBe(true);
    expect(again.library.index.allClaims()).toEqual(library.index.allClaims());
    expect(again.library.index.allSources()).toEqual(library.index.allSources());

    await store.deleteSource(library, store.MY_CLAIMS_ID);
    const stale = await store.loadLibrary(library.db);
    expect(stale.report.fromSnapshot).toBe(false);
    expect(stale.library.index.size).toBe(library.index.size);
    // Loading from the tables wrote a fresh snapshot.
    expect((await store.loadLibrary(library.db)).report.fromSnapshot).toBe(true);
  });

  it('is rebuilt from the tables when the engine cannot read it', async () => {
    const library = await seeded();
    await store.addClaims(library, { texts: [BRIDGE] });
    const revision = await store.currentRevision(library.db);
    await store.writeSnapshot(library.db, library.index, revision);
    const record = (await readStoredSnapshot(library.db))!;
    const byId = (claims: { id: string }[]) => [...claims].sort((a, b) => a.id.localeCompare(b.id));
    const expected = byId(library.index.allClaims());
    const damaged = [
      { ...record.snapshot, format: record.snapshot.format + 1 },
      { ...record.snapshot, featuresVersion: -1 },
      { ...record.snapshot, postings: { ...record.snapshot.postings, lengths: new Float64Array(1) } },
    ];
    for (const snapshot of damaged) {
      await storeSnapshot(library.db, { ...record, snapshot });
      const loaded = await store.loadLibrary(library.db);
      expect(loaded.report.fromSnapshot).toBe(false);
      expect(byId(loaded.library.index.allClaims())).toEqual(expected);
      expect(matches(loaded.library, BRIDGE)).toEqual(matches(library, BRIDGE));
      // ... and a readable snapshot was written in its place.
      expect((await store.loadLibrary(library.db)).report.fromSnapshot).toBe(true);
    }
  });

  it('keeps fact-check verdicts when restored', async () => {
    const library = await emptyLibrary();
    const review = {
      '@type': 'ClaimReview',
      url: 'https://factcheck.example/water',
      claimReviewed: 'The city water supply was poisoned by the new treatment plant in March.',
      reviewRating: { alternateName: 'False' },
    };
    await store.importReferences(library, 'fc.json', JSON.stringify(review));
    await store.writeSnapshot(library.db, library.index, await store.currentRevision(library.db));
    const restored = await store.loadLibrary(library.db);
    expect(restored.report.fromSnapshot).toBe(true);
    expect([...restored.library.reviews.values()]).toEqual([...library.reviews.values()]);
    expect(restored.library.reviews.size).toBe(1);
  });
});
