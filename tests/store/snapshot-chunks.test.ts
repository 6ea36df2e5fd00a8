import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import * as store from '../../lib/store';
import { SCHEMA_V5 } from '../../lib/store/schema';
import { readSnapshot, readStoredSnapshot, type StoredSnapshot, storeSnapshot } from '../../lib/store/snapshot';
import { CHUNK_BYTES, chunksOf, layoutOf, SnapshotAssembler } from '../../lib/store/snapshot-chunks';
import { snapshotDigest } from '../../lib/store/snapshot-digest';
import { emptyLibrary, FACT_CHECKS, Stopped, stopAt, uniqueName } from '../helpers/store';

const NOW = new Date('2025-03-01T00:00:00Z');

/** Plain data shaped like a large snapshot: long strings and typed arrays over several chunks, small values. */
function largeData() {
  const ints = new Int32Array(3_000_000).map((_, n) => n * 7);
  return {
    format: 5,
    name: 'small',
    strings: { text: `é${'word '.repeat(700_000)}😀`, ends: ints.subarray(10, 20) },
    columns: [ints, new Float64Array(600_000).map((_, n) => n / 3), new Uint8Array(5_000_000).fill(9)],
    nothing: null,
    empty: '',
  };
}

/** Same content and the same kinds of arrays (deep equality walks millions of elements for minutes). */
function expectSame(actual: unknown, expected: ReturnType<typeof largeData>) {
  const back = actual as ReturnType<typeof largeData>;
  expect(snapshotDigest(back)).toBe(snapshotDigest(expected));
  expect(back.columns.map((column) => column.constructor.name)).toEqual(['Int32Array', 'Float64Array', 'Uint8Array']);
  expect(back.strings.ends).toBeInstanceOf(Int32Array);
  expect([back.format, back.name, back.nothing, back.empty]).toEqual([5, 'small', null, '']);
}

/** A store with the seeds, two imported sources and a current snapshot. */
async function stored(name = uniqueName('chunks')) {
  const library = await emptyLibrary(name);
  await store.installSeeds(library, NOW);
  await store.importReferences(library, 'fc.jsonl', FACT_CHECKS, NOW);
  expect(await store.writeSnapshot(library.db, library.index, await store.currentRevision(library.db))).toBe(true);
  const record = (await readStoredSnapshot(library.db)) as StoredSnapshot;
  return { library, record, exported: store.exportReferences(library, undefined, NOW).content };
}

async function chunkKeys(library: store.Library) {
  return library.db.indexSnapshotChunks.toCollection().primaryKeys();
}

describe('the snapshot in chunks', () => {
  it('cuts long values into chunks of CHUNK_BYTES at most and puts them back exactly', () => {
    const data = largeData();
    const { layout, longs } = layoutOf(data);
    expect(JSON.stringify(layout).length).toBeLessThan(2_000);
    const assembler = new SnapshotAssembler(structuredClone(layout));
    let chunks = 0;
    for (const pieces of chunksOf(longs)) {
      const bytes = pieces.reduce(
        (sum, piece) => sum + (typeof piece === 'string' ? piece.length * 2 : piece.byteLength),
        0,
      );
      expect(bytes).toBeLessThanOrEqual(CHUNK_BYTES);
      // What structured clone stores: a view never takes its whole buffer along.
      for (const piece of pieces) if (typeof piece !== 'string') expect(piece.buffer.byteLength).toBe(piece.byteLength);
      expect(assembler.add(structuredClone(pieces))).toBe(true);
      chunks += 1;
    }
    expect(chunks).toBeGreaterThan(5);
    expectSame(assembler.finish(), data);
  });

  it('refuses a piece of the wrong kind, one too many or one missing', () => {
    const { layout, longs } = layoutOf(largeData());
    const chunks = [...chunksOf(longs)];
    const missing = new SnapshotAssembler(structuredClone(layout));
    for (const pieces of chunks.slice(0, -1)) missing.add(pieces);
    expect(missing.finish()).toBeUndefined();
    const extra = new SnapshotAssembler(structuredClone(layout));
    for (const pieces of [...chunks, ['more']]) extra.add(pieces);
    expect(extra.finish()).toBeUndefined();
    const wrong = new SnapshotAssembler(structuredClone(layout));
    expect(wrong.add([new Float32Array(4), ...chunks[0].slice(1)])).toBe(false);
    expect(wrong.finish()).toBeUndefined();
  });

  it('round trip through the store: several chunk records, each a few MB, read back as written', async () => {
    const library = await emptyLibrary();
    const snapshot = largeData() as never;
    const written = { revision: await store.currentRevision(library.db), snapshot, digest: snapshotDigest(snapshot) };
    expect(await storeSnapshot(library.db, written)).toBe(true);
    const chunks = await library.db.indexSnapshotChunks.toArray();
    expect(chunks.length).toBeGreaterThan(5);
    const manifest = (await library.db.indexSnapshot.get('index'))!;
    expect(manifest.chunks).toBe(chunks.length);
    expect(JSON.stringify(manifest).length).toBeLessThan(3_000);
    const read = await readStoredSnapshot(library.db);
    expectSame(read?.snapshot, largeData());
    expect(read?.digest).toBe(written.digest);
  });

  it("a start restores the index from it, and a new write deletes the old generation's chunks", async () => {
    const { library, exported } = await stored();
    const first = await chunkKeys(library);
    expect(first.length).toBeGreaterThan(0);
    const again = await store.loadLibrary(library.db);
    expect(again.report.fromSnapshot).toBe(true);
    expect(store.exportReferences(again.library, undefined, NOW).content).toBe(exported);
    await store.addClaims(library, { texts: ['The council said 400 people came to the meeting.'] }, NOW);
    expect(await store.writeSnapshot(library.db, library.index, await store.currentRevision(library.db))).toBe(true);
    const { generation } = (await library.db.indexSnapshot.get('index'))!;
    const keys = await chunkKeys(library);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.every(([g]) => g === generation)).toBe(true);
    expect(first.every(([g]) => g !== generation)).toBe(true);
  });
});

describe('a snapshot write stopped between chunks', () => {
  for (const at of [1, 2, 3]) {
    it(`(at pause ${at}) leaves the previous snapshot whole and in use`, async () => {
      const { library, record, exported } = await stored();
      const padded = { ...record.snapshot, padding: new Int32Array(3_000_000) } as never;
      await expect(
        storeSnapshot(library.db, { ...record, snapshot: padded, digest: 'x' }, { pause: stopAt(at) }),
      ).rejects.toThrow(Stopped);
      const read = await readSnapshot(library.db);
      expect(read).toBeDefined();
      expect(snapshotDigest(read)).toBe(record.digest);
      const loaded = await store.loadLibrary(library.db);
      expect(loaded.report.fromSnapshot).toBe(true);
      expect(store.exportReferences(loaded.library, undefined, NOW).content).toBe(exported);
      // The next write deletes the stopped one's chunks too.
      expect(await store.writeSnapshot(library.db, library.index, record.revision)).toBe(true);
      const { generation } = (await library.db.indexSnapshot.get('index'))!;
      expect((await chunkKeys(library)).every(([g]) => g === generation)).toBe(true);
    });
  }

  it("drops the stopped write's chunks at once, keeping the previous snapshot's", async () => {
    const { library, record } = await stored();
    const padded = { ...record.snapshot, padding: new Int32Array(3_000_000) } as never;
    await expect(
      storeSnapshot(library.db, { ...record, snapshot: padded, digest: 'x' }, { pause: stopAt(2) }),
    ).rejects.toThrow(Stopped);
    const { generation } = (await library.db.indexSnapshot.get('index'))!;
    const keys = await chunkKeys(library);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.every(([g]) => g === generation)).toBe(true);
  });

  it('that fails (a full disk) leaves the library loading from the tables', async () => {
    const { library, exported } = await stored();
    await library.db.indexSnapshot.clear();
    await library.db.indexSnapshotChunks.clear();
    library.db.indexSnapshotChunks.put = () => Promise.reject(new Error('QuotaExceededError')) as never;
    const loaded = await store.loadLibrary(library.db);
    expect(loaded.report.fromSnapshot).toBe(false);
    expect(store.exportReferences(loaded.library, undefined, NOW).content).toBe(exported);
    expect(await library.db.indexSnapshot.get('index')).toBeUndefined();
  });

  it('leaves no snapshot when there was none: the start reads the tables', async () => {
    const { library, record, exported } = await stored();
    await library.db.indexSnapshot.clear();
    await library.db.indexSnapshotChunks.clear();
    const padded = { ...record.snapshot, padding: new Int32Array(3_000_000) } as never;
    await expect(storeSnapshot(library.db, { ...record, snapshot: padded }, { pause: stopAt(1) })).rejects.toThrow(
      Stopped,
    );
    expect(await library.db.indexSnapshot.get('index')).toBeUndefined();
    const loaded = await store.loadLibrary(library.db);
    expect(loaded.report.fromSnapshot).toBe(false);
    expect(store.exportReferences(loaded.library, undefined, NOW).content).toBe(exported);
  });
});

describe('a damaged snapshot in chunks is ignored and the index rebuilt from the tables', () => {
  async function expectRebuilt(library: store.Library, exported: string) {
    expect(await readSnapshot(library.db)).toBeUndefined();
    const loaded = await store.loadLibrary(library.db);
    expect(loaded.report.fromSnapshot).toBe(false);
    expect(store.exportReferences(loaded.library, undefined, NOW).content).toBe(exported);
    // The rebuilt snapshot is written back: the next start uses it.
    expect((await store.loadLibrary(library.db)).report.fromSnapshot).toBe(true);
  }

  it('when a chunk is missing', async () => {
    const { library, exported } = await stored();
    const keys = await chunkKeys(library);
    await library.db.indexSnapshotChunks.delete(keys[keys.length - 1]);
    await expectRebuilt(library, exported);
  });

  it('when a chunk holds other content of the same shape (the checksum fails)', async () => {
    const { library, exported } = await stored();
    const [key] = await chunkKeys(library);
    const chunk = (await library.db.indexSnapshotChunks.get(key))!;
    const pieces = chunk.pieces.map((piece) =>
      typeof piece === 'string' ? piece.replace(/[a-z]/, 'q') : (piece as Int32Array).map((v) => v ^ 1),
    );
    await library.db.indexSnapshotChunks.put({ ...chunk, pieces });
    await expectRebuilt(library, exported);
  });

  it('when a chunk holds pieces of the wrong kind', async () => {
    const { library, exported } = await stored();
    const [key] = await chunkKeys(library);
    const chunk = (await library.db.indexSnapshotChunks.get(key))!;
    await library.db.indexSnapshotChunks.put({ ...chunk, pieces: chunk.pieces.map(() => 42) });
    await expectRebuilt(library, exported);
  });

  it('when the manifest names more chunks than there are', async () => {
    const { library, exported } = await stored();
    const manifest = (await library.db.indexSnapshot.get('index'))!;
    await library.db.indexSnapshot.put({ ...manifest, chunks: manifest.chunks + 1 });
    await expectRebuilt(library, exported);
  });
});

describe('a snapshot stored whole (schema v5)', () => {
  it('is deleted by the upgrade and not used: the index is rebuilt from the tables, then stored in chunks', async () => {
    const { library, record, exported } = await stored();
    const rows = {
      sources: await library.db.sources.toArray(),
      claims: await library.db.claims.toArray(),
      meta: await library.db.meta.toArray(),
      settings: await library.db.settings.toArray(),
    };
    library.db.close();
    const name = uniqueName('v5');
    const old = new Dexie(name);
    old.version(5).stores(SCHEMA_V5);
    await old.open();
    for (const [table, records] of Object.entries(rows)) await old.table(table).bulkPut(records);
    // The v5 record: the whole snapshot, current and with its checksum (v5 code starts from it).
    await old.table('indexSnapshot').put({ key: 'index', ...record });
    old.close();

    const db = await store.openStore(name);
    expect(await db.indexSnapshot.count()).toBe(0);
    const loaded = await store.loadLibrary(db);
    expect(loaded.report.fromSnapshot).toBe(false);
    expect(store.exportReferences(loaded.library, undefined, NOW).content).toBe(exported);
    expect((await db.indexSnapshot.get('index'))?.chunks).toBeGreaterThan(0);
    expect((await store.loadLibrary(db)).report.fromSnapshot).toBe(true);
  });

  it('found in the new database (not through the upgrade) is ignored', async () => {
    const { library, record } = await stored();
    await library.db.indexSnapshot.put({ key: 'index', ...record } as never);
    expect(await readSnapshot(library.db)).toBeUndefined();
    expect((await store.loadLibrary(library.db)).report.fromSnapshot).toBe(false);
  });
});
