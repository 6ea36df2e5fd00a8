import { describe, expect, it } from 'vitest';
import {
  buildPackDocument,
  generatePackKey,
  newSubscription,
  type PackDownload,
  type PackSubscription,
  type RefreshDeps,
  refreshSubscription,
  signPackDocument,
} from '../../lib/packs';
import type { ReferenceArticle } from '../../lib/reference/seeds';
import { ARTICLES, PACK_META } from './fixtures';

const URL_ = 'https://packs.example/river.json';
const META = { ...PACK_META, version: '1' };
const packText = (version: string, text = 'The Marlow weir reopened to boats on 1 October.') => {
  const articles = structuredClone(ARTICLES);
  articles[0].claims[0].text = text;
  return buildPackDocument(articles, { ...META, version });
};

/** A fake host, store and clock: the host answers from a queue; the store keeps each pack's claims. */
function world(answers: (PackDownload | Error)[]) {
  const store = new Map<string, ReferenceArticle[]>([['user-source', []]]);
  const asked: Record<string, string | undefined>[] = [];
  let minute = 0;
  let failStore = false;
  const deps: RefreshDeps = {
    async download(_url, validators) {
      asked.push({ ...validators });
      const answer = answers.shift();
      if (!answer) throw new Error('no more answers');
      if (answer instanceof Error) throw answer;
      return answer;
    },
    async replaceClaims(packId, articles) {
      if (failStore) throw new Error('QuotaExceededError');
      store.set(packId, articles);
    },
    now: () => new Date(Date.UTC(2026, 11, 1, 0, minute++)),
  };
  return { deps, store, asked, breakStore: () => (failStore = true) };
}
const ok = (content: unknown, etag = '"e1"'): PackDownload => ({
  status: 'downloaded',
  content: typeof content === 'string' ? content : JSON.stringify(content),
  validators: { etag },
});

describe('refreshSubscription', () => {
  it('subscribes: stores the claims under ids of the pack and keeps metadata, validators and times', async () => {
    const { deps, store } = world([ok(packText('1'))]);
    const { subscription, outcome } = await refreshSubscription(newSubscription('p1', { url: URL_ }), deps);
    expect(outcome).toBe('updated');
    expect(subscription).toMatchObject({
      ...META,
      etag: '"e1"',
      claimCount: 2,
      lastSuccess: '2026-12-01T00:00:00.000Z',
    });
    expect(subscription.lastError).toBeUndefined();
    const stored = store.get('p1') ?? [];
    expect(stored[0].source.id).toBe('p1/marlow-weir');
    expect(stored[0].claims.map((c) => [c.id, c.sourceId])).toEqual([
      ['p1/marlow-weir#0', 'p1/marlow-weir'],
      ['p1/marlow-weir#1', 'p1/marlow-weir'],
    ]);
    expect(stored[0].claims[1].review?.rating).toBe('Accurate');
    expect(store.get('user-source')).toEqual([]);
  });

  it('asks conditionally after a success; a 304 changes nothing but the times', async () => {
    const { deps, store, asked } = world([ok(packText('1')), { status: 'not-modified' }]);
    const first = await refreshSubscription(newSubscription('p1', { url: URL_ }), deps);
    const before = store.get('p1');
    const second = await refreshSubscription(first.subscription, deps);
    expect(asked).toEqual([{}, { etag: '"e1"', lastModified: undefined }]);
    expect(second.outcome).toBe('unchanged');
    expect(second.subscription).toEqual({
      ...first.subscription,
      lastChecked: '2026-12-01T00:01:00.000Z',
      lastSuccess: '2026-12-01T00:01:00.000Z',
    });
    expect(store.get('p1')).toBe(before);
  });

  it('an update replaces the claims; a failed one keeps the last good version, its time and the error', async () => {
    const updated = packText('2', 'The Marlow weir reopened to boats on 3 October.');
    const truncated = JSON.stringify(updated).slice(0, 300);
    const { deps, store, asked, breakStore } = world([
      ok(packText('1')),
      ok(updated, '"e2"'),
      ok(truncated, '"e3"'),
      new Error('host down'),
      ok(packText('3'), '"e4"'),
    ]);
    let sub: PackSubscription = newSubscription('p1', { url: URL_ });
    sub = (await refreshSubscription(sub, deps)).subscription;
    sub = (await refreshSubscription(sub, deps)).subscription;
    expect(store.get('p1')?.[0].claims[0].text).toBe('The Marlow weir reopened to boats on 3 October.');
    const good = sub;

    const cut = await refreshSubscription(sub, deps);
    expect(cut.outcome).toBe('failed');
    expect(cut.subscription.lastError).toMatch(/truncated/);
    expect(cut.subscription).toMatchObject({ version: '2', etag: '"e2"', lastSuccess: good.lastSuccess });
    expect(store.get('p1')?.[0].claims[0].text).toBe('The Marlow weir reopened to boats on 3 October.');

    const down = await refreshSubscription(cut.subscription, deps);
    expect(down.subscription.lastError).toBe('The pack could not be read (host down).');

    breakStore();
    const unstored = await refreshSubscription(down.subscription, deps);
    expect(unstored.outcome).toBe('failed');
    expect(unstored.subscription.lastError).toBe('The pack could not be stored (QuotaExceededError).');
    expect(unstored.subscription).toMatchObject({
      version: '2',
      etag: '"e2"',
      claimCount: 2,
      lastSuccess: good.lastSuccess,
    });
    expect(store.get('p1')?.[0].claims[0].text).toBe('The Marlow weir reopened to boats on 3 October.');
    // Each attempt after the last success asked with that success's validators.
    expect(asked.slice(2)).toEqual([
      { etag: '"e2"', lastModified: undefined },
      { etag: '"e2"', lastModified: undefined },
      { etag: '"e2"', lastModified: undefined },
    ]);
  });

  it('pins the first key and refuses an update by another key or unsigned, keeping the claims', async () => {
    const publisher = await generatePackKey();
    const intruder = await generatePackKey();
    const v1 = await signPackDocument(packText('1'), publisher.privateKey);
    const forged = await signPackDocument(packText('2', 'The Marlow weir never reopened.'), intruder.privateKey);
    const { deps, store } = world([ok(v1), ok(forged), ok(packText('3', 'The Marlow weir never reopened.'))]);
    let sub = (await refreshSubscription(newSubscription('p1', { url: URL_ }), deps)).subscription;
    expect(sub).toMatchObject({ publicKey: publisher.publicKey, keyFrom: 'first-seen' });
    for (const expected of [/signed by another key/, /not signed/]) {
      const refused = await refreshSubscription(sub, deps);
      expect(refused.outcome).toBe('failed');
      expect(refused.subscription.lastError).toMatch(expected);
      expect(refused.subscription.publicKey).toBe(publisher.publicKey);
      sub = refused.subscription;
    }
    expect(store.get('p1')?.[0].claims[0].text).toBe('The Marlow weir reopened to boats on 1 October.');
  });

  it('refuses a first download that the key given with the link does not sign, storing nothing', async () => {
    const publisher = await generatePackKey();
    const { deps, store } = world([ok(packText('1'))]);
    const sub = newSubscription('p1', { url: URL_, publicKey: publisher.publicKey });
    const { subscription, outcome } = await refreshSubscription(sub, deps);
    expect(outcome).toBe('failed');
    expect(subscription.lastError).toMatch(/not signed, but the key given with the subscription/);
    expect(subscription.lastSuccess).toBeUndefined();
    expect(store.has('p1')).toBe(false);
  });

  it('refuses a pack whose scoped ids would pass the id limit', async () => {
    const long = structuredClone(ARTICLES);
    long[0].source.id = 's'.repeat(499);
    const { deps } = world([ok(buildPackDocument(long, META))]);
    const { subscription } = await refreshSubscription(newSubscription('p1', { url: URL_ }), deps);
    expect(subscription.lastError).toMatch(/too long to store \(the limit is 500 characters\)/);
  });
});
