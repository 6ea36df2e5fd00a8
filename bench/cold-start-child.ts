/**
 * `node --expose-gc --import tsx bench/cold-start-child.ts RECORDS RUNS`: times cold starts from the
 * snapshot in a fresh process, as a restarted service worker has a fresh heap. RECORDS is a v8-serialised
 * file of the store's start-up records (meta, settings, the index snapshot's manifest and chunks: all a start from the snapshot reads);
 * they are put into a new fake-indexeddb database first (not timed). Prints the starts as JSON on stdout.
 */
import { readFileSync } from 'node:fs';
import { deserialize } from 'node:v8';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { ReferenceService } from '../background/service';
import { uninstallTagger } from '../lib/nlp/parts-of-speech';
import { installTaggerFromDisk } from '../lib/nlp/tagger-data-node';
import { openStore } from '../lib/store';
import { collectGarbage } from './stats';

export interface StartUpRecords {
  meta: unknown[];
  settings: unknown[];
  indexSnapshot: unknown[];
  indexSnapshotChunks: unknown[];
}

async function main(path: string, runs: number): Promise<void> {
  const records = deserialize(readFileSync(path)) as StartUpRecords;
  const options = { indexedDB: new IDBFactory(), IDBKeyRange };
  const name = 'cold-start';
  const db = await openStore(name, options);
  await db.transaction('rw', [db.meta, db.settings, db.indexSnapshot, db.indexSnapshotChunks], async () => {
    await db.meta.bulkPut(records.meta as never[]);
    await db.settings.bulkPut(records.settings as never[]);
    await db.indexSnapshot.bulkPut(records.indexSnapshot as never[]);
    await db.indexSnapshotChunks.bulkPut(records.indexSnapshotChunks as never[]);
  });
  db.close();
  const starts: { ms: number; readMs: number; indexMs: number; fromSnapshot: boolean }[] = [];
  for (let n = 0; n < runs; n += 1) {
    collectGarbage();
    // A restarted background loads its tagger too (from the packaged file; here from node_modules).
    uninstallTagger();
    const service = new ReferenceService({
      openDb: () => openStore(name, options),
      loadTagger: async () => installTaggerFromDisk(),
      snapshotDelay: 3_600_000,
    });
    const library = await service.ready();
    const load = service.lastLoad!;
    library.db.close();
    starts.push({ ms: load.milliseconds, readMs: load.readMs, indexMs: load.indexMs, fromSnapshot: load.fromSnapshot });
  }
  process.stdout.write(`${JSON.stringify(starts)}\n`);
}

main(process.argv[2], Number(process.argv[3] ?? 1)).catch((error) => {
  console.error(error);
  process.exit(1);
});
