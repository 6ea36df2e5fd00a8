import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { analyseSentence } from '../../lib/features/analyse';
import { ClaimLensDb, installSeeds, listSources, loadLibrary } from '../../lib/store';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_V4, SCHEMA_VERSION } from '../../lib/store/schema';
import { uniqueName } from '../helpers/store';

/** A source as every schema version stores it. */
const SOURCE_ONE = {
  id: 's1',
  title: 'One',
  publisher: 'P',
  url: 'https://a.example/1',
  publishedAt: '2025-01-02',
  addedAt: '2025-01-03T00:00:00.000Z',
  origin: 'user',
  enabled: true,
};

describe('schema migration', () => {
  it('opens a database made by schema v1 and loses nothing', async () => {
    const name = uniqueName('v1');
    const old = new Dexie(name);
    old.version(1).stores(SCHEMA_V1);
    await old.open();
    await old.table('sources').bulkAdd([
      { ...SOURCE_ONE, enabled: false },
      {
        id: 's2',
        title: 'Two',
        publisher: '',
        url: '',
        publishedAt: '',
        addedAt: '2025-01-04T00:00:00.000Z',
        origin: 'import',
      },
    ]);
    await old.table('claims').bulkAdd([
      { id: 's1#0', sourceId: 's1', text: 'The army sent 300 soldiers to the border on Monday.', start: 0, end: 51 },
      { id: 's2#0', sourceId: 's2', text: 'The ministry said 12 ships were seized.', start: 5, end: 44, groupId: 'g' },
    ]);
    await old
      .table('feedback')
      .add({ pageUrl: 'https://n.example/a', sentenceHash: 'h', claimId: 's1#0', verdict: 'not-a-match', at: 'x' });
    await old
      .table('settings')
      .put({ key: 'settings', value: { enabled: false, sensitivity: 0.7, pausedSites: ['n.example'] } });
    old.close();

    const db = new ClaimLensDb(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    const sources = await db.sources.orderBy('id').toArray();
    expect(sources.map((s) => [s.id, s.title, s.enabled])).toEqual([
      ['s1', 'One', false],
      ['s2', 'Two', true],
    ]);
    const claims = await db.claims.orderBy('id').toArray();
    expect(claims.map((c) => [c.id, c.text, c.start, c.end, c.groupId])).toEqual([
      ['s1#0', 'The army sent 300 soldiers to the border on Monday.', 0, 51, 's1#0'],
      ['s2#0', 'The ministry said 12 ships were seized.', 5, 44, 'g'],
    ]);
    expect(await db.feedback.count()).toBe(1);
    expect((await db.settings.get('settings'))?.value).toEqual({
      enabled: false,
      sensitivity: 0.7,
      pausedSites: ['n.example'],
    });
    expect(await db.claims.where('groupId').equals('g').count()).toBe(1);

    // The migrated set loads: features are computed for the old claims and saved.
    const { library, report } = await loadLibrary(db);
    expect(report).toMatchObject({ claims: 2, fromSnapshot: false, recomputed: 2 });
    expect(listSources(library).map((s) => s.claimCount)).toEqual([1, 1]);
    expect((await db.claims.get('s1#0'))?.features?.words.length).toBeGreaterThan(3);
  });

  it('opens a database made by schema v2 and loses nothing; the old snapshot gives way to the index snapshot', async () => {
    const name = uniqueName('v2');
    const old = new Dexie(name);
    old.version(1).stores(SCHEMA_V1);
    old.version(2).stores(SCHEMA_V2);
    await old.open();
    const source = SOURCE_ONE;
    const texts = ['The army sent 300 soldiers to the border on Monday.', 'The ministry said 12 ships were seized.'];
    const claims = texts.map((text, n) => ({
      id: `s1#${n}`,
      sourceId: 's1',
      text,
      start: 0,
      end: text.length,
      groupId: 's1#0',
      features: analyseSentence(text).features,
    }));
    await old.table('sources').add(source);
    await old.table('claims').bulkAdd(claims);
    await old.table('meta').bulkPut([
      { key: 'revision', value: 4 },
      { key: 'seededAt', value: '2025-01-01T00:00:00.000Z' },
    ]);
    await old
      .table('feedback')
      .add({ pageUrl: 'https://n.example/a', sentenceHash: 'h', claimId: 's1#0', verdict: 'not-a-match', at: 'x' });
    await old.table('settings').put({ key: 'settings', value: { enabled: true, sensitivity: 0.2, pausedSites: [] } });
    // A v2 start-up snapshot: JSON parts.
    await old.table('snapshot').put({ part: 0, revision: 4, parts: 1, sources: '[]', claims: '[]' });
    old.close();

    const db = new ClaimLensDb(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(db.tables.map((table) => table.name)).not.toContain('snapshot');
    expect(await db.sources.toArray()).toEqual([source]);
    expect(await db.claims.orderBy('id').toArray()).toEqual(claims);
    expect(await db.meta.orderBy('key').toArray()).toEqual([
      { key: 'revision', value: 4 },
      { key: 'seededAt', value: '2025-01-01T00:00:00.000Z' },
    ]);
    expect(await db.feedback.count()).toBe(1);
    expect((await db.settings.get('settings'))?.value.sensitivity).toBe(0.2);

    // The first start reads the tables (stored features are current) and writes the index snapshot,
    // which the next start uses.
    const first = await loadLibrary(db);
    expect(first.report).toMatchObject({ claims: 2, fromSnapshot: false, recomputed: 0 });
    const second = await loadLibrary(db);
    expect(second.report).toMatchObject({ claims: 2, fromSnapshot: true });
    expect(second.library.index.allClaims()).toEqual(first.library.index.allClaims());
    // The old store had its seed set installed (the reader deleted the seed sources): they do not come back.
    expect(await installSeeds(second.library)).toBe(false);
    expect(await db.sources.toArray()).toEqual([source]);
  });
  it('opens a database made by schema v4 and loses nothing; the packs table starts empty', async () => {
    const name = uniqueName('v4');
    const old = new Dexie(name);
    old.version(4).stores(SCHEMA_V4);
    await old.open();
    const text = 'The army sent 300 soldiers to the border on Monday.';
    const claim = { id: 's1#0', sourceId: 's1', text, start: 0, end: text.length, groupId: 's1#0' };
    await old.table('sources').add(SOURCE_ONE);
    await old.table('claims').add(claim);
    await old.table('meta').put({ key: 'revision', value: 7 });
    await old.table('settings').put({ key: 'settings', value: { enabled: true, sensitivity: 0.4, pausedSites: [] } });
    old.close();

    const db = new ClaimLensDb(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.sources.toArray()).toEqual([SOURCE_ONE]);
    expect(await db.claims.toArray()).toEqual([claim]);
    expect(await db.meta.get('revision')).toEqual({ key: 'revision', value: 7 });
    expect((await db.settings.get('settings'))?.value.sensitivity).toBe(0.4);
    expect(await db.packs.count()).toBe(0);
    const { library } = await loadLibrary(db);
    expect(listSources(library).map((s) => [s.id, s.claimCount])).toEqual([['s1', 1]]);
    db.close();
  });
});
