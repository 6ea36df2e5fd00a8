/**
 * A background stopped half-way (Chrome stops a service worker whenever it likes, and any event after five
 * minutes) or a store that runs out of room after an import was saved: the store is found as it was before
 * the change or with all of it, same-fact groups included, and groups owed are finished at the next start.
 */
import { describe, expect, it, vi } from 'vitest';
import { ReferenceService } from '../../background/service';
import { searchClaims } from '../../lib/engine/search';
import * as store from '../../lib/store';
import { FACTS } from '../helpers/facts';
import { dump, emptyLibrary, Stopped, stopAt, uniqueName } from '../helpers/store';
import { syntheticSentences } from '../helpers/synthetic';

const NOW = new Date('2025-03-01T00:00:00Z');

const line = (id: string, text: string) => JSON.stringify({ id, text, title: `Fact-check ${id}` });

/** A JSON Lines file of `filler` claims, with one wording of each fact early and the other late. */
function file(filler: number): string {
  const lines = syntheticSentences(filler, 5).map((text, n) => line(`f-${n}`, text));
  FACTS.forEach(([first, second], n) => {
    lines.unshift(line(`fact-${n}-a`, first));
    lines.push(line(`fact-${n}-b`, second));
  });
  return lines.join('\n');
}

/** A store as a reader has it before the import: the seed set, a claim of their own restating a fact. */
async function startingStore(name: string): Promise<store.Library> {
  const library = await emptyLibrary(name);
  await store.installSeeds(library, NOW);
  await store.addClaims(library, { texts: [FACTS[1][1].replace('Last week', 'Last week, officials said,')] }, NOW);
  return library;
}

/** The store as a restarted background finds it: a new connection, loaded (owed regroups finished). */
async function restart(library: store.Library) {
  library.db.close();
  return store.loadLibrary(await store.openStore(library.db.name));
}

describe('an import stopped half-way', () => {
  it('leaves the store as before or complete, groups included, wherever it stops', async () => {
    const content = file(600);
    // The import run to its end, and the number of pauses it makes (each a point where it may be stopped).
    const whole = await startingStore(uniqueName('whole'));
    let pauses = 0;
    whole.pause = async () => {
      pauses += 1;
    };
    await store.importReferences(whole, 'claims.jsonl', content, NOW);
    const complete = await dump(whole);
    expect(complete.claims.find((claim) => claim.id === 'fact-0-b')?.groupId).toBe('fact-0-a');
    expect(pauses).toBeGreaterThan(4);
    const before = await dump(await startingStore(uniqueName('before')));

    const seen = new Set<string>();
    for (let at = 1; at <= pauses; at++) {
      const library = await startingStore(uniqueName(`stop-${at}`));
      library.pause = stopAt(at);
      await expect(store.importReferences(library, 'claims.jsonl', content, NOW)).rejects.toThrow(Stopped);
      const { library: restarted, report } = await restart(library);
      const found = await dump(restarted);
      if (found.claims.length === before.claims.length) {
        expect(found).toEqual(before);
        expect(report.regroup).toBe('none');
        seen.add('before');
      } else {
        expect(found).toEqual(complete);
        // The index the restarted background matches with holds the same groups as the tables.
        const indexed = new Map(restarted.index.allClaims({ features: false }).map((c) => [c.id, c.groupId]));
        expect(indexed).toEqual(new Map(found.claims.map((c) => [c.id, c.groupId])));
        seen.add(report.regroup === 'finished' ? 'regrouped at start' : 'complete');
      }
      // Nothing is owed any more: a second start has nothing to finish and uses its snapshot or the tables.
      expect((await store.loadLibrary(restarted.db)).report.regroup).toBe('none');
      restarted.db.close();
    }
    // Stops fell before the data was written and after it, before the groups were saved.
    expect(seen).toEqual(new Set(['before', 'regrouped at start']));
  }, 120_000);

  it('a restarted background answers at once and finishes the regroup a stopped import owed', async () => {
    const content = file(300);
    const whole = await startingStore(uniqueName('whole'));
    await store.importReferences(whole, 'claims.jsonl', content, NOW);
    const complete = await dump(whole);

    const name = uniqueName('restart');
    const library = await startingStore(name);
    // Stopped once the data is saved: the first pause after the transaction (the index and regroup steps).
    const revision = await store.currentRevision(library.db);
    library.pause = async () => {
      if ((await store.currentRevision(library.db)) > revision) throw new Stopped('stopped after the write');
    };
    await expect(store.importReferences(library, 'claims.jsonl', content, NOW)).rejects.toThrow(Stopped);
    library.db.close();

    const service = new ReferenceService({
      openDb: () => store.openStore(name),
      snapshotDelay: 60_000,
    });
    // Answered from what the tables hold, before the owed regroup runs.
    expect(await service.listSources()).toHaveLength(complete.sources.length);
    expect(service.lastLoad?.regroup).toBe('left');
    // The regroup runs among the writes; a snapshot queued behind it finds it done.
    expect(await service.saveSnapshot()).toBe(true);
    const restarted = await service.ready();
    expect(await dump(restarted)).toEqual(complete);
    restarted.db.close();
  });

  it('a regroup that runs out of room after the import was saved: the import is kept and grouped later', async () => {
    const content = file(300);
    const whole = await startingStore(uniqueName('whole'));
    await store.importReferences(whole, 'claims.jsonl', content, NOW);
    const complete = await dump(whole);

    const library = await startingStore(uniqueName('quota'));
    const spy = vi
      .spyOn(library.db.claims, 'bulkUpdate')
      .mockRejectedValue(new DOMException('Quota exceeded', 'QuotaExceededError'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const result = await store.importReferences(library, 'claims.jsonl', content, NOW);
    spy.mockRestore();
    warn.mockRestore();
    expect(result).toEqual({ sourcesAdded: 306, claimsAdded: 306, unchanged: 0, groupingPending: true });
    // Saved and matched at once, each claim in its own group for now.
    const saved = await dump(library);
    expect(saved.claims.length).toBe(complete.claims.length);
    expect(saved.claims.find((claim) => claim.id === 'fact-0-b')?.groupId).toBe('fact-0-b');
    expect(searchClaims(library.index, FACTS[0][1], 1)[0].claim.id).toBe('fact-0-b');

    // The next change finishes the groups it owes along with its own.
    await store.addClaims(library, { texts: ['The port of Brest handled 9,000 ships in 2024.'] }, NOW);
    const after = await dump(library);
    expect(after.claims.find((claim) => claim.id === 'fact-0-b')?.groupId).toBe('fact-0-a');
    expect(after.claims.filter((claim) => claim.sourceId !== store.MY_CLAIMS_ID)).toEqual(
      complete.claims.filter((claim) => claim.sourceId !== store.MY_CLAIMS_ID),
    );
  });

  it('a regroup that could not be saved is finished by the next start', async () => {
    const library = await startingStore(uniqueName('later'));
    const spy = vi.spyOn(library.db.claims, 'bulkUpdate').mockRejectedValue(new Error('the disk went away'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await store.addArticle(
      library,
      {
        meta: { title: 'Floods', publisher: 'P', url: 'https://p.example/floods', publishedAt: '2025-02-01' },
        blocks: [{ id: 'b', text: `${FACTS[1][0]} ${FACTS[0][0]}` }],
      },
      NOW,
    );
    spy.mockRestore();
    warn.mockRestore();
    const mine = `${store.MY_CLAIMS_ID}#0`;
    const groupOf = async (db: store.ClaimLensDb, id: string) => (await db.claims.get(id))?.groupId;
    expect(await groupOf(library.db, mine)).toBe(mine);
    const { library: restarted, report } = await restart(library);
    expect(report.regroup).toBe('finished');
    const article = restarted.index.allSources().find((source) => source.title === 'Floods')!;
    const restated = restarted.index.claimsOf(article.id, { features: false })[0];
    expect(restated.text).toBe(FACTS[1][0]);
    expect(await groupOf(restarted.db, mine)).toBe([mine, restated.id].sort()[0]);
    expect(restarted.index.claim(mine, { features: false })?.groupId).toBe(await groupOf(restarted.db, mine));
    restarted.db.close();
  });
});
