/**
 * Records stored before the limits existed (schema v3 and earlier took any length): after the v4 upgrade they
 * can be listed, deleted and put back by Undo, and exported and imported again, with as little lost as can be.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../background/handlers';
import { ReferenceService } from '../../background/service';
import { claimProblem, LIMITS, sourceProblem } from '../../lib/limits';
import * as store from '../../lib/store';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_V3 } from '../../lib/store/schema';
import { textOf } from '../helpers/limits';
import { uniqueName } from '../helpers/store';

const SELF = { id: 'claimlens-id', origin: 'chrome-extension://claimlens-id/' };
const popup = { id: SELF.id, url: `${SELF.origin}popup.html` };
const NOW = new Date('2025-03-01T00:00:00Z');
const LONG_ID = `import-${'x'.repeat(5_000)}`;
const RESTATED = [
  'Flooding along the Danube forced 12,000 residents of Novi Sad to leave their homes last week.',
  'Last week 12,000 residents of Novi Sad had to leave their homes because of flooding along the Danube.',
];
const claimsPerSource = LIMITS.claimsPerSource;

afterEach(() => {
  (LIMITS as Record<string, number>).claimsPerSource = claimsPerSource;
});

const source = (id: string, fields: object = {}) => ({
  id,
  title: `Source ${id.slice(0, 10)}`,
  publisher: 'P',
  url: '',
  publishedAt: '2025-01-02',
  addedAt: '2025-01-03T00:00:00.000Z',
  origin: 'import',
  enabled: true,
  ...fields,
});
const claim = (id: string, sourceId: string, text: string, groupId = id) => ({
  id,
  sourceId,
  text,
  start: 0,
  end: 0,
  groupId,
});

/** A store as schema v3 left it, holding records far over today's limits. */
async function oldStore(): Promise<string> {
  const name = uniqueName('legacy');
  const old = new Dexie(name);
  old.version(1).stores(SCHEMA_V1);
  old.version(2).stores(SCHEMA_V2);
  old.version(3).stores(SCHEMA_V3);
  await old.open();
  await old
    .table('sources')
    .bulkAdd([
      source(LONG_ID, { title: `Huge ${'t'.repeat(200_000)}`, publishedAt: 'the fifth of May', addedAt: '2025-01-03' }),
      source('b'),
      source('c'),
    ]);
  await old.table('claims').bulkAdd([
    claim(`${LONG_ID}#0`, LONG_ID, textOf(1_000_000)),
    // Grouped with b#0 under the long id (the smallest of the two).
    claim(`${LONG_ID}#1`, LONG_ID, RESTATED[0]),
    claim('b#0', 'b', RESTATED[1], `${LONG_ID}#1`),
    ...[0, 1, 2, 3].map((n) => claim(`c#${n}`, 'c', `The port of Brest handled ${n + 7},000 ships in 2024.`)),
  ]);
  await old.table('feedback').add({
    pageUrl: 'https://n.example/a',
    sentenceHash: 'h',
    claimId: `${LONG_ID}#1`,
    verdict: 'not-a-match',
    at: '2025-01-04T00:00:00.000Z',
  });
  await old.table('meta').put({ key: 'revision', value: 7 });
  old.close();
  return name;
}

describe('records stored before the limits', () => {
  it('are fitted to them on upgrade, then list, delete, come back by Undo and export exactly', async () => {
    (LIMITS as Record<string, number>).claimsPerSource = 3;
    const name = await oldStore();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const db = await store.openStore(name);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('fitted records stored before its limits'));
    warn.mockRestore();

    // Everything stored now fits the limits.
    const sources = await db.sources.toArray();
    const claims = await db.claims.toArray();
    for (const row of sources) expect(sourceProblem(row), row.id).toBeUndefined();
    for (const row of claims) expect(claimProblem(row), row.id).toBeUndefined();
    const huge = sources.find((row) => row.title.startsWith('Huge'))!;
    expect(huge.id).toMatch(/^legacy-/);
    expect(huge.title).toHaveLength(LIMITS.title);
    expect(huge.title.endsWith('…')).toBe(true);
    expect(huge).toMatchObject({ publishedAt: '', addedAt: '2025-01-03T00:00:00.000Z' });
    // The claims keep their number under the new source id; only the text over the limit is cut.
    const long = await db.claims.get(`${huge.id}#0`);
    expect(long?.text).toHaveLength(LIMITS.claimText);
    expect(long?.text).toBe(`${textOf(1_000_000).slice(0, LIMITS.claimText - 1)}…`);
    // The group and the "not a match" answer follow the re-keyed claim; the group takes its smallest id.
    expect((await db.claims.get('b#0'))?.groupId).toBe('b#0');
    expect((await db.claims.get(`${huge.id}#1`))?.groupId).toBe('b#0');
    expect((await db.feedback.toArray()).map((answer) => answer.claimId)).toEqual([`${huge.id}#1`]);
    // The source over the claims a source may hold is split; its claims are unchanged.
    const parts = sources.filter((row) => row.title.startsWith('Source c'));
    expect(parts.map((row) => row.title).sort()).toEqual(['Source c', 'Source c (part 2 of 2)']);
    expect(claims.filter((row) => row.id.startsWith('c#')).map((row) => row.text)).toHaveLength(4);
    db.close();

    // Managed through the messages, as the popup does.
    const service = new ReferenceService({
      openDb: () => store.openStore(name),
      snapshotDelay: 60_000,
      now: () => NOW,
    });
    const h = createHandlers(service, SELF);
    expect(service.lastLoad).toBeUndefined();
    expect(await h.listSources(undefined, popup)).toHaveLength(4);
    // The regroup the upgrade owes (the cut claim) runs among the writes after the load; the snapshot queues behind.
    expect(service.lastLoad?.regroup).toBe('left');
    expect(await service.saveSnapshot()).toBe(true);
    expect(await (await service.ready()).db.meta.get('regroupPending')).toBeUndefined();
    const listed = await h.listClaims({ sourceId: huge.id }, popup);
    expect(listed.claims.map((row) => row.id)).toEqual([`${huge.id}#0`, `${huge.id}#1`]);
    const before = (await h.exportReferences({}, popup)).content;
    const removed = await h.deleteSource({ id: huge.id }, popup);
    await h.restore(removed, popup);
    const removedClaim = await h.deleteClaim({ id: `${huge.id}#0` }, popup);
    await h.restore(removedClaim, popup);
    expect((await h.exportReferences({}, popup)).content).toBe(before);

    // The export imports into an empty store as it is.
    const other = (await store.loadLibrary(await store.openStore(uniqueName('other')))).library;
    await store.importReferences(other, 'backup.json', before, NOW);
    expect(store.exportReferences(other, undefined, NOW).content).toBe(before);
  });
});
