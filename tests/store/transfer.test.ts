import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import { searchClaims } from '../../lib/engine/search';
import { articleBlocks } from '../../lib/reference/article-blocks';
import { seedReferences } from '../../lib/reference/seeds';
import * as store from '../../lib/store';
import { dump, emptyLibrary } from '../helpers/store';

const NOW = new Date('2025-03-01T00:00:00Z');

async function seeded() {
  const library = await emptyLibrary();
  await store.installSeeds(library, NOW);
  await store.addClaims(
    library,
    { texts: ['<img src=x onerror=alert(1)> The port handled 9,000 ships in 2024.'] },
    NOW,
  );
  return library;
}

function jsonLines(count: number, from = 0) {
  return Array.from({ length: count }, (_, n) =>
    JSON.stringify({ id: `c${from + n}`, text: `Report ${from + n} says ${n + 3} boats sank near Brest.` }),
  ).join('\n');
}

describe('export and import', () => {
  it('round-trips: export then import into an empty store gives the same set', async () => {
    const library = await seeded();
    const file = store.exportReferences(library, undefined, NOW);
    expect(file.fileName).toBe('claimlens-references-2025-03-01.json');
    expect(JSON.parse(file.content)).toMatchObject({ format: 'claimlens-reference', version: 1 });
    const other = await emptyLibrary();
    const result = await store.importReferences(other, file.fileName, file.content, NOW);
    expect(result).toEqual({ sourcesAdded: 3, claimsAdded: await library.db.claims.count(), unchanged: 0 });
    expect(await dump(other)).toEqual({ ...(await dump(library)), feedback: [], settings: [] });
    // HTML in claim text is stored as text.
    expect((await other.db.claims.get(`${store.MY_CLAIMS_ID}#0`))?.text).toMatch(/^<img src=x onerror=alert\(1\)>/);
  });

  it('export then import is exact: same sources, claims and same-fact groups', async () => {
    // Seeds first, then an article: the seed claims were grouped before the article's words changed the
    // weights, so grouping the same claims anew puts one seed claim in another group.
    const library = await emptyLibrary();
    await store.installSeeds(library, NOW);
    const html = readFileSync('tests/fixtures/pages/other/dev2-01-rail.html', 'utf8');
    const blocks = articleBlocks(html, true, (text) => parseHTML(text).document as unknown as Document);
    const meta = { title: 'Rail', publisher: 'Wire', url: 'https://wire.example/rail', publishedAt: '2025-02-03' };
    await store.addArticle(library, { meta, blocks }, NOW);
    const file = store.exportReferences(library, undefined, NOW);

    const empty = await emptyLibrary();
    await store.importReferences(empty, file.fileName, file.content, NOW);
    expect(store.exportReferences(empty, undefined, NOW).content).toBe(file.content);
    expect(await dump(empty)).toEqual({ ...(await dump(library)), feedback: [], settings: [] });

    // Into a new install (the seed set already there): the same again.
    const fresh = await emptyLibrary();
    await store.installSeeds(fresh, NOW);
    await store.importReferences(fresh, file.fileName, file.content, NOW);
    expect(store.exportReferences(fresh, undefined, NOW).content).toBe(file.content);
  });

  it('a file reusing a seed source’s id for another source imports it as a source of its own', async () => {
    const library = await seeded();
    const seed = seedReferences()[0].source;
    const seedClaims = library.index.claimsOf(seed.id, { features: false }).length;
    const file = JSON.stringify({
      format: 'claimlens-reference',
      version: 1,
      sources: [
        {
          id: seed.id,
          title: 'My own notes',
          claims: [
            {
              id: `${seed.id}#0`,
              text: 'The harbour of Brest was closed for 3 days in March.',
              groupId: `${seed.id}#0`,
            },
          ],
        },
      ],
    });
    const result = await store.importReferences(library, 'notes.json', file, NOW);
    expect(result).toEqual({ sourcesAdded: 1, claimsAdded: 1, unchanged: 0, renamed: 1 });
    // The seed source is as it was; the notes are their own source, under their own title.
    expect(library.index.source(seed.id)?.title).toBe(seed.title);
    expect(library.index.claimsOf(seed.id, { features: false })).toHaveLength(seedClaims);
    const notes = store.listSources(library).find((source) => source.title === 'My own notes')!;
    expect(notes).toMatchObject({ origin: 'import', claimCount: 1 });
    expect(notes.id).toMatch(/^import-/);
    const [claim] = library.index.claimsOf(notes.id, { features: false });
    expect(claim).toMatchObject({ id: `${notes.id}#0`, groupId: `${notes.id}#0` });
    // The same file again adds nothing.
    expect(await store.importReferences(library, 'notes.json', file, NOW)).toEqual({
      sourcesAdded: 0,
      claimsAdded: 0,
      unchanged: 2,
      renamed: 1,
    });
    // The seed article itself (same id, title and URL) with a claim added elsewhere: the claim joins it.
    const same = JSON.parse(file);
    Object.assign(same.sources[0], { title: seed.title, url: seed.url });
    same.sources[0].claims[0].id = `${seed.id}#900`;
    const added = await store.importReferences(library, 'seed.json', JSON.stringify(same), NOW);
    expect(added).toEqual({ sourcesAdded: 0, claimsAdded: 1, unchanged: 1 });
    expect(library.index.claim(`${seed.id}#900`, { features: false })?.sourceId).toBe(seed.id);
  });

  it('exports chosen sources only', async () => {
    const library = await seeded();
    const file = store.exportReferences(library, [store.MY_CLAIMS_ID]);
    expect(JSON.parse(file.content).sources.map((s: { id: string }) => s.id)).toEqual([store.MY_CLAIMS_ID]);
    expect(() => store.exportReferences(library, ['nope'])).toThrow('There are no sources to export.');
  });

  it('re-importing the same file duplicates nothing', async () => {
    const library = await seeded();
    const file = store.exportReferences(library);
    const before = await dump(library);
    const result = await store.importReferences(library, file.fileName, file.content);
    expect(result.sourcesAdded + result.claimsAdded).toBe(0);
    expect(result.unchanged).toBe(before.sources.length + before.claims.length);
    expect(await dump(library)).toEqual(before);
    const lines = jsonLines(3);
    expect(await store.importReferences(library, 'a.jsonl', lines)).toMatchObject({ sourcesAdded: 3, claimsAdded: 3 });
    expect(await store.importReferences(library, 'a.jsonl', lines)).toEqual({
      sourcesAdded: 0,
      claimsAdded: 0,
      unchanged: 6,
    });
  });

  it('imported claims are matched at once', async () => {
    const library = await emptyLibrary();
    const towns = ['Brest', 'Lyon', 'Nantes', 'Lille', 'Dijon'];
    const lines = towns.map((town, n) =>
      JSON.stringify({ id: `t${n}`, text: `The mayor of ${town} opened a new hospital.` }),
    );
    await store.importReferences(library, 'a.jsonl', lines.join('\n'));
    const hits = searchClaims(library.index, 'A new hospital was opened by the mayor of Nantes.', 1);
    expect(hits[0].claim.id).toBe('t2');
  });

  it('a malformed file leaves the store exactly as it was', async () => {
    const library = await seeded();
    const before = await dump(library);
    const revision = await store.currentRevision(library.db);
    const bad = `${jsonLines(50)}\n{"id": "x", "text": 5}`;
    await expect(store.importReferences(library, 'a.jsonl', bad)).rejects.toThrow(
      'line 51 (id "x"): text must be a non-empty string',
    );
    await expect(
      store.importReferences(library, 'a.json', '{"format":"claimlens-reference","version":1,"sources":['),
    ).rejects.toThrow(/not valid JSON/);
    expect(await dump(library)).toEqual(before);
    expect(await store.currentRevision(library.db)).toBe(revision);
    expect(library.index.size).toBe(before.claims.length);
  });

  it('an import interrupted midway writes nothing', async () => {
    const library = await seeded();
    const before = await dump(library);
    const size = library.index.size;
    const bulkAdd = library.db.claims.bulkAdd.bind(library.db.claims);
    let calls = 0;
    const spy = vi.spyOn(library.db.claims, 'bulkAdd').mockImplementation(((items: never) => {
      calls += 1;
      if (calls === 2) throw new Error('the disk went away');
      return bulkAdd(items);
    }) as never);
    await expect(store.importReferences(library, 'big.jsonl', jsonLines(12_000))).rejects.toThrow(
      'Importing the file failed, and nothing was changed (the disk went away).',
    );
    spy.mockRestore();
    expect(calls).toBe(2);
    expect(await dump(library)).toEqual(before);
    expect(library.index.size).toBe(size);
  });

  it('a full disk (QuotaExceededError) gives a clear message and no partial state', async () => {
    const library = await seeded();
    const before = await dump(library);
    const bulkAdd = library.db.claims.bulkAdd.bind(library.db.claims);
    let calls = 0;
    const spy = vi.spyOn(library.db.claims, 'bulkAdd').mockImplementation(((items: never) => {
      calls += 1;
      if (calls === 2) return Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError'));
      return bulkAdd(items);
    }) as never);
    const error = await store.importReferences(library, 'big.jsonl', jsonLines(7_000)).catch((e: Error) => e);
    spy.mockRestore();
    expect(error).toBeInstanceOf(store.StoreError);
    expect((error as Error).message).toMatch(
      /^Importing the file failed: the browser has no room left .* Nothing was changed\./,
    );
    expect(await dump(library)).toEqual(before);
    expect(store.isQuotaError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true);
  });
});
