/**
 * A pack stored, updated and removed in steps: the background gives way between them (library.pause), and a
 * worker stopped at any of those points leaves the pack's last good version or its new one, whole, with the groups
 * the tables hold in the index too; never a mix of the two.
 */
import { describe, expect, it } from 'vitest';
import { newSubscription, scopeArticles } from '../../lib/packs';
import type { ReferenceArticle } from '../../lib/reference/seeds';
import * as store from '../../lib/store';
import { FACTS } from '../helpers/facts';
import { dump, emptyLibrary, Stopped, stopAt, uniqueName } from '../helpers/store';
import { syntheticSentences } from '../helpers/synthetic';

const NOW = new Date('2026-12-01T00:00:00Z');
const OWN = 'The Keswold ferry carries 40 cars on every crossing.';

/** One fact-check per source, as a DataFeed has them; `texts[n]` is the claim of source n. */
function pack(texts: readonly (readonly [number, string])[]): ReferenceArticle[] {
  const articles = texts.map(([n, text]) => ({
    source: {
      id: `fc-${n}`,
      title: `Fact-check ${n}`,
      publisher: 'River checks',
      url: `https://checks.example/${n}`,
      publishedAt: '2026-11-01',
      addedAt: '2026-11-01T00:00:00.000Z',
      origin: 'import' as const,
      enabled: true,
    },
    claims: [{ id: `fc-${n}#0`, sourceId: `fc-${n}`, text, start: 0, end: 0 }],
  }));
  return scopeArticles('p1', articles);
}

const SENTENCES = syntheticSentences(170, 9);
/** The first version: 150 claims, two of them restating a fact another states. */
const FIRST = pack([
  ...SENTENCES.slice(0, 150).map((text, n) => [n, text] as const),
  [150, FACTS[0][0]],
  [151, FACTS[0][1]],
  [152, FACTS[1][0]],
]);
/** The second: one claim in three reworded, the last ten sources gone, ten new ones, a restatement reworded. */
const SECOND = pack([
  ...SENTENCES.slice(0, 140).map((text, n) => [n, n % 3 === 0 ? `Officials said that ${text}` : text] as const),
  ...SENTENCES.slice(150, 160).map((text, n) => [200 + n, text] as const),
  [150, FACTS[0][0]],
  [151, `${FACTS[0][1].slice(0, -1)}, officials said.`],
  [152, FACTS[1][0]],
  [153, FACTS[1][1]],
]);

/** A store with claims of the reader's own (one restating a fact of the pack) and the pack `p1` at its first version. */
async function subscribed(name = uniqueName('pack')): Promise<store.Library> {
  const library = await emptyLibrary(name);
  await store.addClaims(library, { texts: [OWN, FACTS[1][1]] }, NOW);
  await store.savePack(library, newSubscription('p1', { url: 'https://checks.example/pack.json' }));
  await store.replacePackClaims(library, 'p1', FIRST, NOW);
  return library;
}

/** The store as a restarted background finds it (owed regroups finished), checked against its index. */
async function restarted(library: store.Library) {
  library.db.close();
  const { library: loaded } = await store.loadLibrary(await store.openStore(library.db.name));
  const found = await dump(loaded);
  const indexed = new Map(loaded.index.allClaims({ features: false }).map((claim) => [claim.id, claim.groupId]));
  expect(indexed).toEqual(new Map(found.claims.map((claim) => [claim.id, claim.groupId])));
  loaded.db.close();
  return found;
}

/** Runs `change` on a store at the first version, counting its pauses; the store as it leaves it. */
async function counted(change: (library: store.Library) => Promise<unknown>) {
  const library = await subscribed();
  let pauses = 0;
  library.pause = async () => {
    pauses += 1;
  };
  await change(library);
  return { pauses, after: await dump(library) };
}

describe('a pack changed in steps', () => {
  it('an update gives way between steps, and stopped at any of them leaves one version whole', async () => {
    const before = await dump(await subscribed());
    const { pauses, after } = await counted((library) => store.replacePackClaims(library, 'p1', SECOND, NOW));
    expect(pauses).toBeGreaterThan(5);
    expect(after.claims.find((claim) => claim.id === 'p1/fc-153#0')?.groupId).toBe('p1/fc-152#0');
    expect(after.claims.find((claim) => claim.id === `${store.MY_CLAIMS_ID}#1`)?.groupId).toBe('p1/fc-152#0');
    const seen = new Set<string>();
    for (let at = 1; at <= pauses; at++) {
      const library = await subscribed();
      library.pause = stopAt(at, false);
      await expect(store.replacePackClaims(library, 'p1', SECOND, NOW)).rejects.toThrow(Stopped);
      const found = await restarted(library);
      if (found.claims.some((claim) => claim.id === 'p1/fc-200#0')) {
        expect(found).toEqual(after);
        seen.add('new');
      } else {
        expect(found).toEqual(before);
        seen.add('last good');
      }
    }
    expect(seen).toEqual(new Set(['last good', 'new']));
  }, 120_000);

  it('a removal gives way between steps, and stopped at any of them leaves the pack whole or gone', async () => {
    const before = await dump(await subscribed());
    const restating = `${store.MY_CLAIMS_ID}#1`;
    expect(before.claims.find((claim) => claim.id === restating)?.groupId).toBe('p1/fc-152#0');
    const { pauses, after } = await counted((library) => store.removePack(library, 'p1'));
    expect(pauses).toBeGreaterThan(0);
    // The reader's claim is left in a group of its own.
    expect(after.claims.map((claim) => [claim.id, claim.groupId])).toEqual([
      [`${store.MY_CLAIMS_ID}#0`, `${store.MY_CLAIMS_ID}#0`],
      [restating, restating],
    ]);
    for (let at = 1; at <= pauses; at++) {
      const library = await subscribed();
      library.pause = stopAt(at, false);
      await expect(store.removePack(library, 'p1')).rejects.toThrow(Stopped);
      expect([before, after]).toContainEqual(await restarted(library));
    }
  }, 60_000);
});
