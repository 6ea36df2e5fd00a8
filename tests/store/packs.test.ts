/**
 * A pack in the store: its version replaced in one transaction with only the difference indexed, turned off
 * without losing its claims, removed with nothing else touched.
 */
import { describe, expect, it, vi } from 'vitest';
import { annotateBlocks } from '../../lib/engine';
import { newSubscription, scopeArticles } from '../../lib/packs';
import type { ReferenceArticle } from '../../lib/reference/seeds';
import * as store from '../../lib/store';
import { dump, emptyLibrary } from '../helpers/store';
import { ARTICLES } from '../packs/fixtures';

const NOW = new Date('2026-12-01T00:00:00Z');
const WEIR = 'The Marlow weir reopened to boats on 1 October.';
const OWN = 'The Keswold ferry carries 40 cars on every crossing.';

const matches = (library: store.Library, text: string) =>
  annotateBlocks(library.index, [{ id: 'b', text }]).flatMap((a) => a.matches.map((m) => m.claimId));

/** The fixture pack's articles as the refresh stores them, the first claim's text replaced when given. */
function version(packId: string, text = WEIR, enabled = true): ReferenceArticle[] {
  const articles = structuredClone(ARTICLES);
  articles[0].claims[0].text = text;
  return scopeArticles(packId, articles, enabled);
}

/** A store with a claim of the reader's own and a subscribed pack `p1`. */
async function subscribed() {
  const library = await emptyLibrary();
  await store.addClaims(library, { texts: [OWN] }, NOW);
  await store.savePack(library, newSubscription('p1', { url: 'https://packs.example/river.json' }));
  await store.replacePackClaims(library, 'p1', version('p1'), NOW);
  return library;
}

describe('pack store', () => {
  it('stores a pack as sources of origin "pack" that match and are not listed one by one', async () => {
    const library = await subscribed();
    expect(matches(library, WEIR)).toEqual(['p1/marlow-weir#0']);
    const stored = await library.db.sources.get('p1/marlow-weir');
    expect(stored).toMatchObject({ origin: 'pack', enabled: true });
    expect(store.listSources(library).map((source) => source.id)).toEqual([store.MY_CLAIMS_ID]);
    // Found by a search, a pack's claim says which pack source it is from; the reader's own claim does not.
    const found = store.listClaims(library, { query: 'e' }).claims;
    const packSource = (await library.db.sources.get('p1/marlow-weir'))?.title;
    expect(packSource).toBeTruthy();
    expect(found.find((claim) => claim.id === 'p1/marlow-weir#0')?.fromPack).toBe(packSource);
    expect(found.find((claim) => claim.text === OWN)).not.toHaveProperty('fromPack');
    await expect(store.deleteSource(library, 'p1/marlow-weir')).rejects.toThrow(/belongs to a pack/);
    await expect(store.deleteClaim(library, 'p1/marlow-weir#0')).rejects.toThrow(/belongs to a pack/);
    await expect(store.editClaim(library, 'p1/marlow-weir#0', 'Changed.')).rejects.toThrow(/belongs to a pack/);
    await expect(store.addClaims(library, { sourceId: 'p1/marlow-weir', texts: ['More.'] })).rejects.toThrow(
      /belongs to a pack/,
    );
  });

  it('an update replaces a changed claim and indexes only what changed', async () => {
    const library = await subscribed();
    const kept = library.index.claim('p1/marlow-weir#1');
    const added = vi.spyOn(library.index, 'addClaim');
    const text = 'The Marlow weir reopened to boats on 9 November.';
    await store.replacePackClaims(library, 'p1', version('p1', text), NOW);
    expect(added.mock.calls.map(([claim]) => claim.id)).toEqual(['p1/marlow-weir#0']);
    expect(library.index.claim('p1/marlow-weir#1')).toBe(kept);
    expect((await library.db.claims.get('p1/marlow-weir#0'))?.text).toBe(text);
    expect(matches(library, text)).toEqual(['p1/marlow-weir#0']);
    // The same version again writes nothing.
    const before = await store.currentRevision(library.db);
    await store.replacePackClaims(library, 'p1', version('p1', text), NOW);
    expect(await store.currentRevision(library.db)).toBe(before);
  });

  it('an update that drops a source removes it and its claims', async () => {
    const library = await subscribed();
    const [first] = version('p1');
    const other: ReferenceArticle = {
      source: { ...first.source, id: 'p1/bridge', title: 'The Orrin bridge' },
      claims: [
        {
          id: 'p1/bridge#0',
          sourceId: 'p1/bridge',
          text: 'The Orrin bridge took nine days to build.',
          start: 0,
          end: 0,
        },
      ],
    };
    await store.replacePackClaims(library, 'p1', [first, other], NOW);
    expect(library.index.claimsOf('p1/bridge')).toHaveLength(1);
    await store.replacePackClaims(library, 'p1', [other], NOW);
    expect(library.index.source('p1/marlow-weir')).toBeUndefined();
    expect(await library.db.claims.where('sourceId').equals('p1/marlow-weir').count()).toBe(0);
    expect(matches(library, WEIR)).toEqual([]);
  });

  it('an update interrupted half-way keeps the last good version, in the database and the index', async () => {
    const library = await subscribed();
    const before = await dump(library);
    const revision = await store.currentRevision(library.db);
    // The write fails after the old claims were deleted, inside the transaction (a full disk, a stopped worker).
    const put = vi.spyOn(library.db.claims, 'bulkPut').mockRejectedValueOnce(new Error('QuotaExceededError'));
    await expect(
      store.replacePackClaims(library, 'p1', version('p1', 'The Marlow weir stayed shut all autumn.'), NOW),
    ).rejects.toThrow();
    expect(put).toHaveBeenCalled();
    put.mockRestore();
    expect(await dump(library)).toEqual(before);
    expect(await store.currentRevision(library.db)).toBe(revision);
    expect(matches(library, WEIR)).toEqual(['p1/marlow-weir#0']);
    expect(library.index.claim('p1/marlow-weir#0')?.text).toBe(WEIR);
  });

  it('refuses ids not scoped to the pack and leaves the store as it was', async () => {
    const library = await subscribed();
    const before = await dump(library);
    await expect(store.replacePackClaims(library, 'p1', version('p2'), NOW)).rejects.toThrow(/not scoped/);
    expect(await dump(library)).toEqual(before);
  });

  it('turning a pack off hides its claims from matching without deleting them', async () => {
    const library = await subscribed();
    const off = await store.setPackEnabled(library, 'p1', false);
    expect(off.enabled).toBe(false);
    expect(matches(library, WEIR)).toEqual([]);
    expect(await library.db.claims.where('sourceId').equals('p1/marlow-weir').count()).toBe(2);
    expect((await library.db.sources.get('p1/marlow-weir'))?.enabled).toBe(false);
    expect((await store.getPack(library, 'p1')).enabled).toBe(false);
    // The state survives a restart (the tables, then the snapshot).
    const reloaded = await store.loadLibrary(library.db);
    expect(matches(reloaded.library, WEIR)).toEqual([]);
    await store.setPackEnabled(library, 'p1', true);
    expect(matches(library, WEIR)).toEqual(['p1/marlow-weir#0']);
  });

  it('removal leaves other sources as they were', async () => {
    const library = await emptyLibrary();
    await store.addClaims(library, { texts: [OWN] }, NOW);
    const alone = await dump(library);
    await store.savePack(library, newSubscription('p1', { url: 'https://packs.example/river.json' }));
    await store.replacePackClaims(library, 'p1', version('p1'), NOW);
    // A second pack with the same ids in its file stays apart.
    await store.savePack(library, newSubscription('p2', { url: 'https://other.example/river.json' }));
    await store.replacePackClaims(library, 'p2', version('p2'), NOW);
    await store.removePack(library, 'p2');
    await store.removePack(library, 'p1');
    expect(await dump(library)).toEqual(alone);
    expect(await store.listPacks(library)).toEqual([]);
    expect(library.index.allClaims({ features: false }).map((claim) => claim.id)).toEqual([`${store.MY_CLAIMS_ID}#0`]);
    expect(matches(library, OWN)).toEqual([`${store.MY_CLAIMS_ID}#0`]);
    await expect(store.removePack(library, 'p1')).rejects.toThrow(/no longer/);
  });

  it('a reset to the seed set takes the packs with it', async () => {
    const library = await subscribed();
    await store.resetSeeds(library, {}, NOW);
    expect(await store.listPacks(library)).toEqual([]);
    expect(await library.db.sources.where('origin').equals('pack').count()).toBe(0);
    expect(matches(library, WEIR)).toEqual([]);
  });

  it('removing one pack leaves the other pack whole', async () => {
    const library = await subscribed();
    await store.savePack(library, newSubscription('p2', { url: 'https://other.example/river.json' }));
    await store.replacePackClaims(library, 'p2', version('p2'), NOW);
    await store.removePack(library, 'p1');
    expect(matches(library, WEIR)).toEqual(['p2/marlow-weir#0']);
    expect(await library.db.claims.where('sourceId').equals('p2/marlow-weir').count()).toBe(2);
  });
});
