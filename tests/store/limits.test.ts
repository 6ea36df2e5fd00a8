import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createHandlers } from '../../background/handlers';
import { ReferenceService } from '../../background/service';
import { LIMITS } from '../../lib/limits';
import * as store from '../../lib/store';
import type { ReferenceClaim } from '../../lib/types';
import { exportOf, textOf } from '../helpers/limits';
import { emptyLibrary, uniqueName } from '../helpers/store';

const NOW = new Date('2025-03-01T00:00:00Z');
const SELF = { id: 'claimlens-id', origin: 'chrome-extension://claimlens-id/' };
const popup = { id: SELF.id, url: `${SELF.origin}popup.html` };
const sentence = 'The port of Brest handled 9,000 ships in 2024. ';

/** A source with every text field at its limit, and two claims (one with an id and a text at theirs). */
const atLimit = {
  id: 's'.repeat(LIMITS.sourceId),
  title: `Title ${'t'.repeat(LIMITS.title - 6)}`,
  publisher: 'p'.repeat(LIMITS.publisher),
  url: `https://example.org/${'u'.repeat(LIMITS.url - 20)}`,
  // Dates are read as dates (lib/text/dates.ts), which no date of LIMITS.date characters is.
  publishedAt: '2025-01-01',
  addedAt: '2025-02-01T00:00:00.000Z',
  origin: 'import',
  enabled: true,
  claims: [
    { id: 'c'.repeat(LIMITS.claimId), text: textOf(LIMITS.claimText), start: 0, end: 0 },
    { id: 'short', text: 'Officials said 12 boats sank near Lyon.', start: 20_000, end: 20_039 },
  ],
};

function service() {
  const svc = new ReferenceService({
    openDb: () => store.openStore(uniqueName('limits')),
    snapshotDelay: 60_000,
    now: () => NOW,
  });
  return { svc, h: createHandlers(svc, SELF) };
}

/** The whole store as an export file: what "unchanged" is compared by. */
async function exported(h: ReturnType<typeof service>['h']): Promise<string> {
  return (await h.exportReferences({}, popup)).content;
}

const saved: Partial<Record<keyof typeof LIMITS, number>> = {};
/** Lowers a limit for one test (restored after it), so "full" needs no quarter-million claims. */
function lowerLimit(name: keyof typeof LIMITS, value: number) {
  saved[name] ??= LIMITS[name];
  (LIMITS as Record<string, number>)[name] = value;
}

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  for (const [name, value] of Object.entries(saved)) (LIMITS as Record<string, number>)[name] = value as number;
  for (const name of Object.keys(saved)) delete saved[name as keyof typeof LIMITS];
});

describe('records at the limits', () => {
  it('import, list, delete and come back by Undo exactly as they were', async () => {
    const { svc, h } = service();
    await svc.installSeeds();
    const result = await h.importReferences({ fileName: 'at-limit.json', content: exportOf([atLimit]) }, popup);
    expect(result).toEqual({ sourcesAdded: 1, claimsAdded: 2, unchanged: 0 });
    const before = await exported(h);
    expect(JSON.parse(before).sources.find((s: { id: string }) => s.id === atLimit.id)).toMatchObject({
      title: atLimit.title,
      url: atLimit.url,
      publishedAt: atLimit.publishedAt,
    });
    const listed = await h.listClaims({ sourceId: atLimit.id }, popup);
    expect(listed.claims.map((claim) => claim.text.length).sort((a, b) => a - b)).toEqual([39, LIMITS.claimText]);

    const removedClaim = await h.deleteClaim({ id: atLimit.claims[0].id }, popup);
    await h.restore(removedClaim, popup);
    expect(await exported(h)).toBe(before);

    const removed = await h.deleteSource({ id: atLimit.id }, popup);
    expect(await exported(h)).not.toContain(atLimit.title);
    await h.restore(removed, popup);
    expect(await exported(h)).toBe(before);

    const edited = await h.editClaim({ id: 'short', text: textOf(LIMITS.claimText) }, popup);
    expect(edited.text).toHaveLength(LIMITS.claimText);
  });
});

describe('records over the limits', () => {
  it('a file with one over-long field is refused whole, naming it, and the store is unchanged', async () => {
    const { svc, h } = service();
    await svc.installSeeds();
    const before = await exported(h);
    const good = { id: 'fine', title: 'Fine', claims: [{ id: 'f1', text: 'Officials said 3 boats sank.' }] };
    const files = [
      ['a.json', exportOf([good, { ...atLimit, title: `${atLimit.title}!` }])],
      ['a.json', exportOf([good, { ...atLimit, claims: [{ id: 'x', text: textOf(1_000_000) }] }])],
      ['a.jsonl', `{"id":"ok","text":"One says 3."}\n${JSON.stringify({ id: 'i'.repeat(5_000), text: 'Two.' })}`],
    ];
    const messages = ['source 2 ("Title tttt', 'source 2 ("Title tttt', 'line 2 (id "iiii'];
    const limits = [
      'title is too long (2,001 characters; the limit is 2,000)',
      'claim 1: text is too long (1,000,000 characters; the limit is 10,000)',
      'id is too long (5,000 characters; the limit is 500)',
    ];
    for (const [n, [fileName, content]] of files.entries()) {
      const error = await h.importReferences({ fileName, content }, popup).catch((e: Error) => e.message);
      expect(error).toContain(messages[n]);
      expect(error).toContain(limits[n]);
      expect(await exported(h)).toBe(before);
    }
  });

  it('a file that would overfill the store or a source is refused whole; the store is unchanged', async () => {
    const { svc, h } = service();
    await svc.installSeeds();
    const before = await exported(h);
    const seedClaims = JSON.parse(before).sources.flatMap((s: { claims: unknown[] }) => s.claims).length;
    lowerLimit('storeClaims', seedClaims + 2);
    const lines = ['a', 'b', 'c'].map((id) => JSON.stringify({ id, text: `Report ${id} says 3 boats sank.` }));
    await expect(h.importReferences({ fileName: 'a.jsonl', content: lines.join('\n') }, popup)).rejects.toThrow(
      `Importing the file was refused: your references would hold ${seedClaims + 3} claims, and ClaimLens holds at most ${seedClaims + 2}.`,
    );
    expect(await exported(h)).toBe(before);
    // Within the limit it imports; then adding a claim is refused the same way.
    await h.importReferences({ fileName: 'a.jsonl', content: lines.slice(0, 2).join('\n') }, popup);
    await expect(h.addClaims({ texts: ['The mayor opened 2 bridges.'] }, popup)).rejects.toThrow(
      /^Adding the claims was refused: your references would hold/,
    );

    const { h: other } = service();
    const source = { id: 'big', title: 'Big', claims: [{ id: 'b0', text: 'Officials said 3 boats sank.' }] };
    await other.importReferences({ fileName: 'a.json', content: exportOf([source]) }, popup);
    const full = await exported(other);
    lowerLimit('claimsPerSource', 2);
    const more = [1, 2].map((n) => ({ id: `b${n}`, text: `Officials said ${n} boats sank.` }));
    await expect(
      other.importReferences({ fileName: 'b.json', content: exportOf([{ ...source, claims: more }]) }, popup),
    ).rejects.toThrow(
      'Importing the file was refused: source "Big" would hold 3 claims, and a source holds at most 2.',
    );
    expect(await exported(other)).toBe(full);
  });

  it('add, edit and restore are refused over the limits, in the same words, at the message and in the store', async () => {
    const { svc, h } = service();
    await svc.installSeeds();
    const long = textOf(LIMITS.claimText + 1);
    await expect(h.addClaims({ texts: [long] }, popup)).rejects.toThrow(
      'texts.0 is too long (10,001 characters; the limit is 10,000)',
    );
    const [added] = await h.addClaims({ texts: ['The mayor opened 2 bridges in Lyon.'] }, popup);
    await expect(h.editClaim({ id: added.id, text: long }, popup)).rejects.toThrow(
      'text is too long (10,001 characters; the limit is 10,000)',
    );
    await expect(
      h.addArticle(
        { meta: { title: 'x'.repeat(3_000), publisher: '', url: '', publishedAt: '' }, text: sentence },
        popup,
      ),
    ).rejects.toThrow('meta.title is too long (3,000 characters; the limit is 2,000)');
    const removed = await h.deleteClaim({ id: added.id }, popup);
    const tampered = { ...removed, claims: [{ ...removed.claims[0], text: long }] };
    await expect(h.restore(tampered, popup)).rejects.toThrow('claims.0.text is too long (10,001 characters');

    // The store checks too, whoever calls it.
    const library = await emptyLibrary();
    await expect(store.addClaims(library, { texts: [long] }, NOW)).rejects.toThrow(
      /^Adding the claims was refused: claim "The port .*": text is too long \(10,001 characters; the limit is 10,000\)\.$/,
    );
    const claim: ReferenceClaim = { id: 'x#0', sourceId: 'x', text: 'A claim.', start: 0, end: 0 };
    const source = {
      id: 'x',
      title: 't'.repeat(2_001),
      publisher: '',
      url: '',
      publishedAt: '',
      addedAt: '',
      origin: 'user' as const,
      enabled: true,
    };
    await expect(store.restore(library, { sources: [source], claims: [claim] })).rejects.toThrow(
      'Restoring was refused: source "ttt',
    );
    expect(await library.db.sources.count()).toBe(0);
  });

  it('an article sentence longer than a claim may be is left out of the preview and of what is saved', async () => {
    const { h } = service();
    const run = `The council said ${'very '.repeat(2_500)}many people came.`;
    const text = `${run}\n\nThe council said 400 people came to the meeting in Lyon.`;
    const preview = await h.previewArticle({ text }, popup);
    expect(preview.claims).toEqual(['The council said 400 people came to the meeting in Lyon.']);
    const meta = { title: 'Meeting', publisher: '', url: '', publishedAt: '' };
    expect(await h.addArticle({ meta, text }, popup)).toMatchObject({ claimCount: 1 });
  });
});
