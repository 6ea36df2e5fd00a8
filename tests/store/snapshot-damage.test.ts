import { describe, expect, it } from 'vitest';
import { ReferenceService } from '../../background/service';
import * as store from '../../lib/store';
import { readStoredSnapshot, SNAPSHOT_STORAGE, type StoredSnapshot, storeSnapshot } from '../../lib/store/snapshot';
import { emptyLibrary, FACT_CHECKS, uniqueName } from '../helpers/store';

const NOW = new Date('2025-03-01T00:00:00Z');

/** A store with the seeds, two imported sources and a current snapshot; its export is what must survive. */
async function stored(name = uniqueName('damage')) {
  const library = await emptyLibrary(name);
  await store.installSeeds(library, NOW);
  await store.importReferences(library, 'fc.jsonl', FACT_CHECKS, NOW);
  const revision = await store.currentRevision(library.db);
  expect(await store.writeSnapshot(library.db, library.index, revision)).toBe(true);
  const record = (await readStoredSnapshot(library.db)) as StoredSnapshot;
  return { library, record, exported: store.exportReferences(library, undefined, NOW).content };
}

/** Loads the store again, as a restarted background does. */
async function restart(library: store.Library) {
  return store.loadLibrary(library.db);
}

describe('a damaged start-up snapshot', () => {
  it('whose record holds null is rebuilt from the tables; every message works', async () => {
    const name = uniqueName('damage');
    const { library, record, exported } = await stored(name);
    await storeSnapshot(library.db, { ...record, snapshot: null as never });
    const { library: loaded, report } = await restart(library);
    expect(report.fromSnapshot).toBe(false);
    expect(store.exportReferences(loaded, undefined, NOW).content).toBe(exported);
    // The rebuilt snapshot is written back: the next start uses it.
    expect((await restart(library)).report.fromSnapshot).toBe(true);

    await storeSnapshot(library.db, { ...record, snapshot: null as never });
    library.db.close();
    const service = new ReferenceService({
      openDb: () => store.openStore(name),
      now: () => NOW,
      snapshotDelay: 60_000,
    });
    expect((await service.exportReferences({})).content).toBe(exported);
    expect(await service.listSources()).toHaveLength(4);
    await service.resetSeeds({});
    expect(await service.listSources()).toHaveLength(2);
  });

  it('whose claim texts were cut short is rebuilt: the export keeps every claim text', async () => {
    const { library, record, exported } = await stored();
    const texts = record.snapshot.claims.texts;
    const snapshot = {
      ...record.snapshot,
      claims: { ...record.snapshot.claims, texts: { ...texts, text: texts.text.slice(0, texts.text.length / 2) } },
    };
    await storeSnapshot(library.db, { ...record, snapshot });
    const { library: loaded, report } = await restart(library);
    expect(report.fromSnapshot).toBe(false);
    expect(store.exportReferences(loaded, undefined, NOW).content).toBe(exported);
  });

  it('whose source ids are out of range is rebuilt: every source is listed, adding works, the export is whole', async () => {
    const { library, record, exported } = await stored();
    const ids = new Int32Array(record.snapshot.sources.ids.length).fill(1_000_000);
    await storeSnapshot(library.db, {
      ...record,
      snapshot: { ...record.snapshot, sources: { ...record.snapshot.sources, ids } },
    });
    const { library: loaded, report } = await restart(library);
    expect(report.fromSnapshot).toBe(false);
    expect(store.listSources(loaded).map((source) => source.id)).toHaveLength(4);
    expect(store.exportReferences(loaded, undefined, NOW).content).toBe(exported);
    await store.addClaims(loaded, { texts: ['The council said 400 people came to the meeting.'] }, NOW);
    expect(store.listSources(loaded)).toHaveLength(5);
  });

  it('written before snapshots carried a checksum is rebuilt once, then used', async () => {
    const { library, record, exported } = await stored();
    await storeSnapshot(library.db, { ...record, digest: undefined as never });
    const first = await restart(library);
    expect(first.report.fromSnapshot).toBe(false);
    expect(store.exportReferences(first.library, undefined, NOW).content).toBe(exported);
    expect((await restart(library)).report.fromSnapshot).toBe(true);
  });

  it('stored in an earlier way (another SNAPSHOT_STORAGE) is rebuilt once, then used; its chunks are deleted', async () => {
    const { library, exported } = await stored();
    const manifest = (await library.db.indexSnapshot.get('index'))!;
    await library.db.indexSnapshot.put({ ...manifest, storage: SNAPSHOT_STORAGE - 1 });
    const first = await restart(library);
    expect(first.report.fromSnapshot).toBe(false);
    expect(store.exportReferences(first.library, undefined, NOW).content).toBe(exported);
    const chunks = await library.db.indexSnapshotChunks.toCollection().primaryKeys();
    expect(chunks.filter(([generation]) => generation === manifest.generation)).toEqual([]);
    expect((await restart(library)).report.fromSnapshot).toBe(true);
  });
});

describe('a damaged row in the tables', () => {
  it('(a claim without text) is skipped and reported; the rest loads, exports and takes changes', async () => {
    const { library, exported } = await stored();
    await library.db.claims.update('fc1', { text: undefined });
    await library.db.indexSnapshot.clear(); // the tables are read, as after any change
    const { library: loaded, report } = await restart(library);
    expect(report.fromSnapshot).toBe(false);
    expect(report.skipped).toEqual([{ table: 'claims', id: 'fc1', problem: 'has no text' }]);
    const file = JSON.parse(store.exportReferences(loaded, undefined, NOW).content);
    const before = JSON.parse(exported);
    const fc1 = before.sources.find((source: { id: string }) => source.id === 'fc1');
    expect(file.sources).toEqual(before.sources.map((s: { id: string }) => (s === fc1 ? { ...fc1, claims: [] } : s)));
    await store.addClaims(loaded, { texts: ['The council said 400 people came to the meeting.'] }, NOW);
    expect(loaded.index.size).toBe(report.claims + 1);
  });

  it('(a source of the wrong shape) is skipped and reported with its claims left out', async () => {
    const { library } = await stored();
    await library.db.sources.update('fc2', { enabled: 'yes' as never });
    await library.db.indexSnapshot.clear();
    const { library: loaded, report } = await restart(library);
    expect(report.skipped).toEqual([{ table: 'sources', id: 'fc2', problem: 'has a enabled of the wrong kind' }]);
    expect(store.listSources(loaded).map((source) => source.id)).not.toContain('fc2');
  });
});
