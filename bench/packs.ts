/**
 * Packs at scale, as the background runs them (background/packs.ts over fake-indexeddb in Node): subscribe to a
 * pack of synthetic fact-checks, refresh it when 1 claim in 100 changed (a 200) and when nothing changed (a 304),
 * and remove it; for each, the whole time and the longest the event loop was held (a message waits at most that
 * long). The pack's host is a function: no network.
 */
import { ReferenceService } from '../background/service';
import { buildPackDocument, type PackDownload } from '../lib/packs';
import type { ReferenceArticle } from '../lib/reference/seeds';
import { seedReferences } from '../lib/reference/seeds';
import { openStore } from '../lib/store';
import { projectRoot } from './paths';
import { withLongestStall } from './stall';
import { collectGarbage, round3 } from './stats';
import { databaseOptions } from './store';
import { synthesiseClaims, wordnetVocabulary } from './synthetic-claims';

const CLAIM_SEED = 23;
/** One claim in this many changes between the two versions. */
const CHANGED_EVERY = 100;

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

/** The pack's file: one source per fact-check, as a DataFeed of ClaimReviews has it; `changed` claims reworded. */
function packFile(texts: readonly string[], version: string, changed = false): string {
  const articles: ReferenceArticle[] = texts.map((text, n) => ({
    source: {
      id: `fc-${n}`,
      title: `Fact-check ${n}`,
      publisher: 'Bench Checks',
      url: `https://checks.example/${n}`,
      publishedAt: '2026-11-01',
      addedAt: '2026-11-01T00:00:00.000Z',
      origin: 'import',
      enabled: true,
    },
    claims: [
      {
        id: `fc-${n}#0`,
        sourceId: `fc-${n}`,
        text:
          changed && n % CHANGED_EVERY === 0 ? `Officials said that ${text[0].toLowerCase()}${text.slice(1)}` : text,
        start: 0,
        end: 0,
      },
    ],
  }));
  const meta = { title: 'Bench pack', publisher: 'Bench Checks', version, updatedAt: '2026-11-01T00:00:00.000Z' };
  return asDownloaded(JSON.stringify(buildPackDocument(articles, meta)));
}

/**
 * The file's text as a download gives it: decoded parts joined into one flat string (lib/packs/download.ts,
 * cappedText). JSON.stringify gives a text of this size as a tree of pieces instead, which V8 copies into one string
 * at its first read: 0.2-0.4 s of the event loop at the start of a timed subscribe or refresh that no download costs.
 */
function asDownloaded(text: string): string {
  const parts: string[] = [];
  for (let at = 0; at < text.length; at += 65_536) parts.push(text.slice(at, at + 65_536));
  return parts.join('');
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
  const donors = seedReferences().flatMap((article) => article.claims.map((claim) => claim.text));
  const texts = synthesiseClaims(donors, count, CLAIM_SEED, { words: wordnetVocabulary(projectRoot), share: 0.4 });
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
