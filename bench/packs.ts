/**
 * Packs at scale, as the background runs them (background/packs.ts over fake-indexeddb in Node): subscribe to a
 * pack of synthetic fact-checks, refresh it when 1 claim in 100 changed (a 200) and when nothing changed (a 304),
 * and remove it; for each, the whole time and the longest the event loop was held (a message waits at most that
 * long). The pack's host is a function: no network.
 */
import { ReferenceService } from '../background/service';
import type { PackDownload } from '../lib/packs';
import { openStore } from '../lib/store';
import { CHANGED_EVERY, packFile, packTexts } from './pack-files';
import { withLongestStall } from './stall';
import { collectGarbage, round3 } from './stats';
import { databaseOptions } from './store';

export interface Timed {
  ms: number;
  /** The longest the event loop was held meanwhile. */
  stallMs: number;
  /**
   * During that longest gap, how long the main thread ran and how long it waited for a processor (Linux only; see
   * stall.ts): a gap that is mostly waiting is the machine's, not a step of the code that is too long.
   */
  stallRanMs?: number;
  stallWaitedMs?: number;
}

export interface PackSpeed {
  claims: number;
  fileMB: number;
  subscribe: Timed;
  /** A new version with 1 claim in 100 changed. */
  refreshChanged: Timed;
  changedClaims: number;
  refreshNotModified: Timed;
  remove: Timed;
}

async function timed(work: () => Promise<unknown>): Promise<Timed> {
  collectGarbage();
  const started = performance.now();
  const { longestStallMs, longestStallCpu } = await withLongestStall(work);
  const cpu = longestStallCpu && {
    stallRanMs: round3(longestStallCpu.ranMs),
    stallWaitedMs: round3(longestStallCpu.waitedMs),
  };
  return { ms: round3(performance.now() - started), stallMs: round3(longestStallMs), ...cpu };
}

/** Subscribes to, refreshes and removes a pack of `count` claims in a new store. */
export async function measurePacks(count: number): Promise<PackSpeed> {
  const texts = packTexts(count);
  let served: PackDownload = { status: 'downloaded', content: packFile(texts, '1'), validators: { etag: '"1"' } };
  const fileMB = round3((served as { content: string }).content.length / 1e6);
  const name = `bench-packs-${count}`;
  const service = new ReferenceService({
    openDb: () => openStore(name, databaseOptions(name)),
    snapshotDelay: 3_600_000,
    packs: {
      download: async (_url, validators) =>
        served.status === 'downloaded' && validators.etag === served.validators.etag
          ? { status: 'not-modified' }
          : served,
    },
  });
  await service.ready();
  let id = '';
  const subscribe = await timed(async () => {
    id = (await service.packs.subscribe('https://checks.example/pack.json')).id;
  });
  served = { status: 'downloaded', content: packFile(texts, '2', true), validators: { etag: '"2"' } };
  const refreshChanged = await timed(() => service.packs.refreshNow(id));
  const refreshNotModified = await timed(() => service.packs.refreshNow(id));
  const pack = (await service.packs.list())[0];
  if (pack.lastError || pack.etag !== '"2"') throw new Error(`the refresh failed: ${pack.lastError ?? pack.etag}`);
  const remove = await timed(() => service.packs.remove(id));
  const library = await service.ready();
  if (library.index.size !== 0) throw new Error('the removed pack left claims in the index');
  // Writes the snapshot the last change scheduled (an hour away): no timer keeps the process alive.
  await service.saveSnapshot();
  library.db.close();
  return {
    claims: count,
    fileMB,
    subscribe,
    refreshChanged,
    changedClaims: Math.ceil(count / CHANGED_EVERY),
    refreshNotModified,
    remove,
  };
}
