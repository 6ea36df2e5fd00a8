/**
 * The background's packs with a fake host: subscribe, refresh (200, 304, down), turn off, remove, the alarm's
 * due packs, and the messages only the extension's pages may send.
 */
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../background/handlers';
import { ReferenceService } from '../../background/service';
import { annotateBlocks } from '../../lib/engine';
import { buildPackDocument, type PackDownload, PackError } from '../../lib/packs';
import { openStore } from '../../lib/store';
import { uniqueName } from '../helpers/store';
import { ARTICLES, PACK_META } from '../packs/fixtures';

const SELF = { id: 'claimlens-id', origin: 'chrome-extension://claimlens-id/' };
const popup = { id: SELF.id, url: `${SELF.origin}popup.html` };
const contentScript = { id: SELF.id, url: 'https://news.example/a', tab: { id: 12 }, frameId: 0 };
const URL_ = 'https://packs.example/river.json';
const WEIR = 'The Marlow weir reopened to boats on 1 October.';

/** A pack whose first claim says `text`, as its host serves it. */
function served(text: string, etag: string): PackDownload {
  const articles = structuredClone(ARTICLES);
  articles[0].claims[0].text = text;
  const content = JSON.stringify(buildPackDocument(articles, { ...PACK_META, version: etag }));
  return { status: 'downloaded', content, validators: { etag } };
}

/** A `storage.session` in memory: it outlives the background objects, as the browser's does a sleeping worker. */
function sessionArea() {
  const items = new Map<string, unknown>();
  return {
    get: async (key: string) => (items.has(key) ? { [key]: structuredClone(items.get(key)) } : {}),
    set: async (values: Record<string, unknown>) => {
      for (const [key, value] of Object.entries(values)) items.set(key, structuredClone(value));
    },
    remove: async (key: string) => {
      items.delete(key);
    },
  };
}

/** A background with a fake pack host (answers from `host.next`, or fails when it is an Error) and clock. */
function background(waits?: ReturnType<typeof sessionArea>, dbName = uniqueName('packs-bg')) {
  const host: { next: PackDownload | Error; asked: { url: string; etag?: string }[]; access: boolean } = {
    next: served(WEIR, '"v1"'),
    asked: [],
    access: true,
  };
  let now = new Date('2026-12-01T08:00:00Z');
  const service = new ReferenceService({
    openDb: () => openStore(dbName),
    snapshotDelay: 10_000,
    now: () => now,
    packs: {
      download: async (url, validators) => {
        host.asked.push({ url, etag: validators.etag });
        if (host.next instanceof Error) throw host.next;
        return host.next;
      },
      hasAccess: async () => host.access,
      waits,
    },
  });
  const handlers = createHandlers(service, SELF);
  const matches = async (text: string) =>
    annotateBlocks((await service.ready()).index, [{ id: 'b', text }]).flatMap((a) => a.matches.map((m) => m.claimId));
  const later = (hours: number) => {
    now = new Date(now.getTime() + hours * 3_600_000);
  };
  return { service, handlers, host, matches, later };
}

describe('background packs', () => {
  it('subscribes from the popup: the pack is listed with what it holds and its claims match', async () => {
    const { handlers, matches } = background();
    const pack = await handlers.subscribePack({ url: URL_ }, popup);
    expect(pack).toMatchObject({ title: PACK_META.title, publisher: PACK_META.publisher, claimCount: 2 });
    expect(pack.lastSuccess).toBe('2026-12-01T08:00:00.000Z');
    expect(await handlers.listPacks(undefined, popup)).toEqual([pack]);
    expect(await matches(WEIR)).toEqual([`${pack.id}/marlow-weir#0`]);
    await expect(handlers.subscribePack({ url: URL_ }, popup)).rejects.toThrow(/already subscribed/);
  });

  it('a first download that fails keeps nothing and says why in one line', async () => {
    const { handlers, host } = background();
    host.next = new PackError("The pack's host answered 404 Not Found.");
    await expect(handlers.subscribePack({ url: URL_ }, popup)).rejects.toThrow(
      /^The pack's host answered 404 Not Found\.$/,
    );
    expect(await handlers.listPacks(undefined, popup)).toEqual([]);
    await expect(handlers.subscribePack({ url: 'http://packs.example/river.json' }, popup)).rejects.toThrow(
      /must start with https/,
    );
  });

  it('refreshes: a new version replaces the claim, a 304 changes nothing, a host down keeps the last good one', async () => {
    const { handlers, host, matches, later } = background();
    const { id } = await handlers.subscribePack({ url: URL_ }, popup);
    const text = 'The Marlow weir reopened to boats on 9 November.';
    host.next = served(text, '"v2"');
    later(1);
    expect(await handlers.refreshPack({ id }, popup)).toMatchObject({ version: '"v2"', etag: '"v2"' });
    expect(await matches(text)).toEqual([`${id}/marlow-weir#0`]);

    host.next = { status: 'not-modified' };
    later(1);
    const unchanged = await handlers.refreshPack({ id }, popup);
    expect(host.asked.at(-1)).toEqual({ url: URL_, etag: '"v2"' });
    expect(unchanged).toMatchObject({ etag: '"v2"', lastSuccess: '2026-12-01T10:00:00.000Z' });

    host.next = new PackError('The pack could not be downloaded (connection refused).');
    later(1);
    const down = await handlers.refreshPack({ id }, popup);
    expect(down).toMatchObject({
      lastError: 'The pack could not be downloaded (connection refused).',
      lastSuccess: '2026-12-01T10:00:00.000Z',
      lastChecked: '2026-12-01T11:00:00.000Z',
    });
    expect(await matches(text)).toEqual([`${id}/marlow-weir#0`]);
    expect(await handlers.listPacks(undefined, popup)).toEqual([down]);
  });

  it('a withdrawn host permission is a clear error, and nothing is downloaded', async () => {
    const { handlers, host } = background();
    const { id } = await handlers.subscribePack({ url: URL_ }, popup);
    host.access = false;
    const asked = host.asked.length;
    const after = await handlers.refreshPack({ id }, popup);
    expect(after.lastError).toMatch(
      /^ClaimLens no longer has the browser's permission to download from packs\.example:/,
    );
    expect(host.asked).toHaveLength(asked);
  });

  it('the alarm refreshes the packs that are due and no other', async () => {
    const { service, handlers, host, later } = background();
    const on = await handlers.subscribePack({ url: URL_ }, popup);
    const off = await handlers.subscribePack({ url: 'https://other.example/river.json' }, popup);
    await handlers.setPackEnabled({ id: off.id, enabled: false }, popup);
    const asked = host.asked.length;
    later(1);
    await service.packs.refreshDue();
    expect(host.asked).toHaveLength(asked);
    later(24);
    await service.packs.refreshDue();
    expect(host.asked.slice(asked).map((request) => request.url)).toEqual([on.url]);
  });

  it('turning a pack off hides its claims; removing it removes them and the subscription', async () => {
    const { handlers, matches } = background();
    const mine = await handlers.addClaims({ texts: ['The Keswold ferry carries 40 cars on every crossing.'] }, popup);
    const { id } = await handlers.subscribePack({ url: URL_ }, popup);
    expect(await handlers.setPackEnabled({ id, enabled: false }, popup)).toMatchObject({ enabled: false });
    expect(await matches(WEIR)).toEqual([]);
    await handlers.setPackEnabled({ id, enabled: true }, popup);
    await handlers.removePack({ id }, popup);
    expect(await handlers.listPacks(undefined, popup)).toEqual([]);
    expect(await matches(WEIR)).toEqual([]);
    expect((await handlers.listSources(undefined, popup)).map((source) => source.id)).toEqual([mine[0].sourceId]);
    await expect(handlers.refreshPack({ id }, popup)).rejects.toThrow(/no longer in your subscriptions/);
  });

  it('a grant given after the popup closed still subscribes, once; other origins and old waits do nothing', async () => {
    const waits = sessionArea();
    const dbName = uniqueName('packs-grant');
    const clicked = background(waits, dbName);
    await clicked.handlers.awaitPackGrant({ url: URL_ }, popup);
    // The popup closed with the prompt; the worker slept and woke for the grant.
    const { service, handlers, host, matches, later } = background(waits, dbName);
    await service.packs.granted(['https://other.example/*']);
    expect(host.asked).toEqual([]);
    await service.packs.granted(['https://packs.example/*']);
    const [pack] = await handlers.listPacks(undefined, popup);
    expect(pack).toMatchObject({ url: URL_, claimCount: 2 });
    expect(await matches(WEIR)).toEqual([`${pack.id}/marlow-weir#0`]);
    // A popup that outlived the prompt gets the same pack, not "already subscribed"; a second grant asks no more.
    expect(await handlers.subscribePack({ url: URL_ }, popup)).toEqual(pack);
    await service.packs.granted(['https://packs.example/*']);
    expect(host.asked).toHaveLength(1);

    await handlers.awaitPackGrant({ url: 'https://packs.example/late.json' }, popup);
    later(1);
    await service.packs.granted(['https://packs.example/*']);
    expect(host.asked).toHaveLength(1);
    await expect(handlers.awaitPackGrant({ url: 'ftp://packs.example/x' }, popup)).rejects.toThrow(/https/);
  });

  it('a pack subscribed on the grant, then removed, is subscribed anew; a popup that subscribed first is not undone', async () => {
    const { service, handlers, host } = background(sessionArea());
    await handlers.awaitPackGrant({ url: URL_ }, popup);
    await service.packs.granted(['https://packs.example/*']);
    const [first] = await handlers.listPacks(undefined, popup);
    await handlers.removePack({ id: first.id }, popup);
    const again = await handlers.subscribePack({ url: URL_ }, popup);
    expect(host.asked).toHaveLength(2);
    expect(await handlers.listPacks(undefined, popup)).toEqual([again]);

    // The popup's own subscribe finished before the browser told the background of the grant.
    await handlers.removePack({ id: again.id }, popup);
    await handlers.awaitPackGrant({ url: URL_ }, popup);
    const mine = await handlers.subscribePack({ url: URL_ }, popup);
    await service.packs.granted(['https://packs.example/*']);
    expect(await handlers.listPacks(undefined, popup)).toEqual([mine]);
    await handlers.removePack({ id: mine.id }, popup);
    expect(await handlers.subscribePack({ url: URL_ }, popup)).toMatchObject({ url: URL_, claimCount: 2 });
  });

  it('a refused prompt is not waited for: a later grant of the same site does not subscribe it', async () => {
    const { service, handlers, host } = background(sessionArea());
    await handlers.awaitPackGrant({ url: URL_ }, popup);
    await handlers.awaitPackGrant({ url: URL_, refused: true }, popup);
    await service.packs.granted(['https://packs.example/*']);
    expect(host.asked).toEqual([]);
    expect(await handlers.listPacks(undefined, popup)).toEqual([]);
  });

  it('only the extension pages may send pack messages', async () => {
    const { handlers } = background();
    await expect(handlers.subscribePack({ url: URL_ }, contentScript)).rejects.toThrow(
      'ClaimLens does not accept "subscribePack" from a web page.',
    );
    await expect(handlers.awaitPackGrant({ url: URL_ }, contentScript)).rejects.toThrow(
      'ClaimLens does not accept "awaitPackGrant" from a web page.',
    );
    await expect(handlers.listPacks(undefined, { url: 'https://evil.example/' })).rejects.toThrow(
      'ClaimLens only answers its own pages and content scripts.',
    );
    await expect(handlers.setPackEnabled({ id: 'p', enabled: 'yes' }, popup)).rejects.toThrow(/enabled/);
  });
});
