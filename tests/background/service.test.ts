import { describe, expect, it, vi } from 'vitest';
import { ReferenceService } from '../../background/service';
import { FEATURES_VERSION, UNTAGGED_FEATURES_VERSION } from '../../lib/features/analyse';
import { uninstallTagger } from '../../lib/nlp/parts-of-speech';
import { installTaggerFromDisk } from '../../lib/nlp/tagger-data-node';
import { type ClaimLensDb, openStore } from '../../lib/store';
import { uniqueName } from '../helpers/store';

const SEED_SENTENCE =
  "South Korea's spy agency has confirmed two North Korean soldiers captured by Ukrainian forces have not expressed interest in seeking asylum.";
const URL = 'https://news.example/story';

function service(
  openDb: () => Promise<ClaimLensDb> = () => openStore(uniqueName('svc')),
  refreshTabs = vi.fn(async (_only?: (tabId: number) => Promise<boolean>) => {}),
) {
  return { svc: new ReferenceService({ openDb, refreshTabs, snapshotDelay: 10_000 }), refreshTabs };
}

async function seededService() {
  const made = service();
  await made.svc.installSeeds();
  return made;
}

describe('ReferenceService', () => {
  it('makes requests that arrive during a rebuild wait for it', async () => {
    const name = uniqueName('rebuild');
    const first = service(() => openStore(name)).svc;
    await first.installSeeds();
    await first.saveSnapshot();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const restarted = service(async () => {
      await gate;
      return openStore(name);
    }).svc;
    let answered = false;
    const pending = restarted.annotatePage({ url: URL, blocks: [{ id: 'b', text: SEED_SENTENCE }] }).then((r) => {
      answered = true;
      return r;
    });
    const sources = restarted.listSources();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(answered).toBe(false);
    release();
    const result = await pending;
    expect(result.state).toBe('active');
    expect(result.annotations.length).toBeGreaterThan(0);
    expect((await sources).length).toBe(2);
    expect(restarted.lastLoad).toMatchObject({ fromSnapshot: true });
  });

  it("dates the page's figures by the date the content script read, and refuses one that is not a date", async () => {
    const { svc } = await seededService();
    const text =
      'South Korean intelligence officials said about 100 North Korean soldiers have died while fighting for Russia.';
    const check = (publishedAt?: string) =>
      svc.annotatePage({
        url: URL,
        blocks: [{ id: 'b', text }],
        ...(publishedAt === undefined ? {} : { publishedAt }),
      });
    const dated = await check('2024-12-19');
    expect(dated.annotations[0]).toMatchObject({ status: 'updated' });
    expect(dated.annotations[0].matches[0].time).toMatchObject({ page: '2024-12-19', newer: 'reference' });
    expect((await check()).annotations[0].status).toBe('conflicting');
    expect((await check('last Thursday')).annotations[0].status).toBe('conflicting');
  });

  it("reads the page's headline for the story it reports: a body that leaves the port to it still gets its verdict", async () => {
    const { svc } = service();
    const wire = [
      'Dockers at the port of Velmora walked off the job on Monday in an open-ended strike over shift patterns.',
      'The Labour Directorate said the strike at Velmora was lawful.',
      'About 2,400 members of the Velmora dockers union joined the stoppage, the union said.',
      'The operator said it had filed a complaint with the Labour Directorate on Monday afternoon.',
    ].join(' ');
    await svc.addArticle({
      meta: { title: 'Velmora strike', publisher: 'Wire', url: '', publishedAt: '' },
      text: wire,
    });
    const body = [
      'Crane operators at the port of Tarnby held a 24-hour stoppage on Wednesday.',
      'The operator at Tarnby said it had filed a complaint with the Labour Directorate on Wednesday morning.',
    ];
    const check = (title?: string) =>
      svc.annotatePage({
        url: URL,
        blocks: body.map((text, n) => ({ id: `b${n}`, text })),
        ...(title === undefined ? {} : { title }),
      });
    expect((await check()).annotations).toEqual([]);
    expect((await check('Velmora strike spreads to Tarnby as Velmora dockers stay out')).annotations).not.toEqual([]);
  });

  it('retries a failed start on the next request', async () => {
    let attempts = 0;
    const { svc } = service(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('IndexedDB is not available');
      return openStore(uniqueName('retry'));
    });
    await expect(svc.listSources()).rejects.toThrow('IndexedDB is not available');
    expect(await svc.listSources()).toEqual([]);
  });

  it('annotates under the settings: paused, paused site, no article, sensitivity', async () => {
    const { svc, refreshTabs } = await seededService();
    const blocks = [{ id: 'b', text: SEED_SENTENCE }];
    const active = await svc.annotatePage({ url: URL, blocks }, 7);
    expect(active.state).toBe('active');
    expect(active.annotations[0].status).toBe('corroborated');

    await svc.setSettings({ pausedSites: ['news.example'] });
    expect(refreshTabs).toHaveBeenCalled();
    expect(await svc.annotatePage({ url: URL, blocks }, 7)).toEqual({ state: 'paused-site', annotations: [] });
    expect((await svc.annotatePage({ url: 'https://other.example/x', blocks })).state).toBe('active');
    await svc.setSettings({ enabled: false, pausedSites: [] });
    expect(await svc.annotatePage({ url: URL, blocks })).toEqual({ state: 'paused', annotations: [] });
    await svc.setSettings({ enabled: true });
    expect((await svc.annotatePage({ url: URL, blocks: [{ id: 'b', text: '   ' }] })).state).toBe('no-article');

    const loose = 'North Korean soldiers were captured in Ukraine according to officials in Kyiv.';
    await svc.setSettings({ sensitivity: 1 });
    const many = (await svc.annotatePage({ url: URL, blocks: [{ id: 'b', text: loose }] })).annotations.length;
    await svc.setSettings({ sensitivity: 0 });
    const few = (await svc.annotatePage({ url: URL, blocks: [{ id: 'b', text: loose }] })).annotations.length;
    expect(many).toBeGreaterThanOrEqual(few);
    expect(many).toBeGreaterThan(0);
  });

  it('keeps what each tab saw for the popup, and drops matches marked "not a match"', async () => {
    const { svc } = await seededService();
    const blocks = [{ id: 'b', text: SEED_SENTENCE }];
    expect(await svc.pageSummary(3)).toEqual({ state: 'not-checked', url: '', annotations: [] });
    const { annotations } = await svc.annotatePage({ url: URL, blocks }, 3);
    expect(await svc.pageSummary(3)).toEqual({ state: 'active', url: URL, annotations });
    expect((await svc.pageSummary(4)).state).toBe('not-checked');

    await svc.markNotAMatch({
      pageUrl: URL,
      sentence: annotations[0].text,
      claimIds: annotations[0].matches.map((m) => m.claimId),
    });
    expect((await svc.annotatePage({ url: URL, blocks }, 3)).annotations).toEqual([]);
    expect((await svc.pageSummary(3)).annotations).toEqual([]);
    const again = await svc.annotatePage({ url: URL, blocks: [{ id: 'c', text: 'Nothing to see.' }] }, 3);
    expect(again.annotations).toEqual([]);
    await svc.markNotAMatch({ pageUrl: 'https://elsewhere.example/', sentence: 'x', claimIds: ['y'] });
    const first = await svc.annotatePage({ url: `${URL}?p=2`, blocks }, 3);
    await svc.annotatePage({ url: `${URL}?p=2`, blocks: [{ id: 'd', text: SEED_SENTENCE }], append: true }, 3);
    expect((await svc.pageSummary(3)).annotations).toHaveLength(2 * first.annotations.length);
    await svc.annotatePage({ url: `${URL}?p=2`, blocks }, 3);
    expect((await svc.pageSummary(3)).annotations).toHaveLength(first.annotations.length);
    await svc.forgetTab(3);
    expect((await svc.pageSummary(3)).state).toBe('not-checked');
  });

  it('keeps one list for a hash-routed page: a new #fragment is the same page, as the content script scans it', async () => {
    const { svc } = await seededService();
    const blocks = [{ id: 'b', text: SEED_SENTENCE }];
    const first = await svc.annotatePage({ url: `${URL}#/story/1`, blocks }, 7);
    const count = first.annotations.length;
    expect(count).toBeGreaterThan(0);
    // The route changes: the content script sends only the new blocks, to follow the earlier ones.
    await svc.annotatePage({ url: `${URL}#/story/2`, blocks: [{ id: 'd', text: SEED_SENTENCE }], append: true }, 7);
    const summary = await svc.pageSummary(7);
    expect(summary.url).toBe(`${URL}#/story/2`);
    expect(summary.annotations).toHaveLength(2 * count);
    // The popup's index n is the content script's badge n: the badge report under the new route is kept.
    expect(await svc.reportBadges({ url: `${URL}#/story/2`, annotations: 2 * count, badged: [count] }, 7)).toBe(1);
    expect((await svc.pageSummary(7)).badged).toEqual([count]);
    // "Not a match" on one route holds on the page's other routes.
    await svc.markNotAMatch({
      pageUrl: `${URL}#/story/2`,
      sentence: first.annotations[0].text,
      claimIds: first.annotations[0].matches.map((m) => m.claimId),
    });
    expect((await svc.annotatePage({ url: `${URL}#/story/1`, blocks }, 7)).annotations).toEqual([]);
  });

  it('refreshes only the tabs showing the page after "Not a match", and every tab after other changes', async () => {
    const { svc, refreshTabs } = await seededService();
    const blocks = [{ id: 'b', text: SEED_SENTENCE }];
    const { annotations } = await svc.annotatePage({ url: `${URL}#part-1`, blocks }, 1);
    await svc.annotatePage({ url: 'https://other.example/story', blocks }, 2);
    refreshTabs.mockClear();
    await svc.markNotAMatch({
      pageUrl: `${URL}#part-2`,
      sentence: annotations[0].text,
      claimIds: annotations[0].matches.map((m) => m.claimId),
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(refreshTabs).toHaveBeenCalledTimes(1);
    const only = refreshTabs.mock.calls[0][0] as ((tabId: number) => Promise<boolean>) | undefined;
    expect(only).toBeTypeOf('function');
    expect(await only?.(1)).toBe(true);
    expect(await only?.(2)).toBe(false);
    expect(await only?.(3)).toBe(false);
    refreshTabs.mockClear();
    await svc.setSettings({ sensitivity: 0.6 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(refreshTabs.mock.calls[0][0]).toBeUndefined();
  });

  it("keeps which of a tab's annotations carry a badge, as its content script reports, and drops late reports", async () => {
    const { svc } = await seededService();
    const blocks = [{ id: 'b', text: SEED_SENTENCE }];
    const { annotations } = await svc.annotatePage({ url: URL, blocks }, 5);
    const count = annotations.length;
    expect(count).toBeGreaterThan(0);
    expect((await svc.pageSummary(5)).badged).toBeUndefined();
    expect(await svc.reportBadges({ url: URL, annotations: count, badged: [0, 0, count + 3] }, 5)).toBe(1);
    expect((await svc.pageSummary(5)).badged).toEqual([0]);
    // About another page, or an older list: dropped.
    expect(await svc.reportBadges({ url: `${URL}?other`, annotations: count, badged: [] }, 5)).toBeNull();
    expect(await svc.reportBadges({ url: URL, annotations: count + 1, badged: [0] }, 5)).toBeNull();
    expect((await svc.pageSummary(5)).badged).toEqual([0]);
    // No badge at all holds whatever the list (the page was paused): kept.
    expect(await svc.reportBadges({ url: URL, annotations: 0, badged: [] }, 5)).toBe(0);
    expect((await svc.pageSummary(5)).badged).toEqual([]);
    // A new list for the tab starts with no report; a tab nothing was recorded for stays so.
    await svc.annotatePage({ url: URL, blocks }, 5);
    expect((await svc.pageSummary(5)).badged).toBeUndefined();
    expect(await svc.reportBadges({ url: URL, annotations: 0, badged: [] }, 6)).toBeNull();
    expect((await svc.pageSummary(6)).state).toBe('not-checked');
  });

  it('turns matches against claims fact-checked as false into conflicts', async () => {
    const { svc } = service();
    const review = {
      '@type': 'ClaimReview',
      url: 'https://factcheck.example/vaccine',
      claimReviewed: 'The city water supply was poisoned by the new treatment plant in March.',
      reviewRating: { alternateName: 'False' },
      author: { name: 'Fact Desk' },
    };
    await svc.importReferences({ fileName: 'fc.json', content: JSON.stringify(review) });
    const page = [{ id: 'b', text: 'The city water supply was poisoned by the new treatment plant in March.' }];
    const { annotations } = await svc.annotatePage({ url: URL, blocks: page });
    expect(annotations[0].status).toBe('conflicting');
    expect(annotations[0].matches[0].stance).toBe('contradicts');
    expect((await svc.checkText(page[0].text))?.status).toBe('conflicting');
  });

  it('refuses an article sent as HTML (the page it was pasted into reads HTML), storing nothing', async () => {
    const { svc } = await seededService();
    const before = await svc.listSources();
    const html = '<article><p>The bakery sold 4,000 loaves in Ghent on Saturday.</p></article>';
    await expect(svc.previewArticle({ text: html, html: true })).rejects.toThrow(/read by the page it was pasted into/);
    const meta = { title: 'Bread', publisher: '', url: '', publishedAt: '' };
    await expect(svc.addArticle({ meta, text: html, html: true })).rejects.toThrow(/send the article as text/);
    expect(await svc.listSources()).toEqual(before);
  });

  it('previews, adds, edits and deletes through the service, refreshing tabs after each change', async () => {
    const { svc, refreshTabs } = await seededService();
    refreshTabs.mockClear();
    const text = 'The bakery sold 4,000 loaves in Ghent on Saturday.';
    expect(await svc.previewArticle({ text })).toEqual({
      claims: ['The bakery sold 4,000 loaves in Ghent on Saturday.'],
    });
    const source = await svc.addArticle({ meta: { title: 'Bread', publisher: '', url: '', publishedAt: '' }, text });
    expect(source.claimCount).toBe(1);
    expect(await svc.checkText('The bakery sold 4,000 loaves in Ghent on Saturday.')).not.toBeNull();
    const { claims } = await svc.listClaims({ sourceId: source.id });
    await svc.editClaim({ id: claims[0].id, text: 'The bakery closed for a week.' });
    const removed = await svc.deleteSource({ id: source.id });
    await svc.restore(removed);
    await svc.setSourceEnabled({ id: source.id, enabled: false });
    expect(await svc.checkText('The bakery sold 4,000 loaves in Ghent on Saturday.')).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(refreshTabs).toHaveBeenCalledTimes(5);
    const exported = await svc.exportReferences({ sourceIds: [source.id] });
    expect(JSON.parse(exported.content).sources[0].enabled).toBe(false);
    await svc.resetSeeds({});
    expect((await svc.listSources()).every((s) => s.origin === 'seed')).toBe(true);
  });
});

describe('ReferenceService and the part-of-speech tagger', () => {
  const taggedVersions = async (svc: ReferenceService) =>
    new Set((await svc.ready()).index.allClaims().map((claim) => claim.features?.version));

  it('analyses nothing before the tagger is installed', async () => {
    uninstallTagger();
    try {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => {
        release = resolve;
      });
      const svc = new ReferenceService({
        openDb: () => openStore(uniqueName('tagger')),
        loadTagger: async () => {
          await gate;
          installTaggerFromDisk();
        },
        snapshotDelay: 10_000,
      });
      let answered = false;
      const pending = svc.installSeeds().then(() => {
        answered = true;
      });
      await new Promise((resolve) => setTimeout(resolve, 30));
      expect(answered).toBe(false);
      release();
      await pending;
      const result = await svc.annotatePage({ url: URL, blocks: [{ id: 'b', text: SEED_SENTENCE }] });
      expect(result.annotations.length).toBeGreaterThan(0);
      expect(await taggedVersions(svc)).toEqual(new Set([FEATURES_VERSION]));
    } finally {
      installTaggerFromDisk();
    }
  });

  it('falls back to the lexicon when the tagger cannot be loaded, and says so', async () => {
    uninstallTagger();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const svc = new ReferenceService({
        openDb: () => openStore(uniqueName('no-tagger')),
        loadTagger: async () => {
          throw new Error('nlp/english-pos.json answered 404');
        },
        snapshotDelay: 10_000,
      });
      await svc.installSeeds();
      const result = await svc.annotatePage({ url: URL, blocks: [{ id: 'b', text: SEED_SENTENCE }] });
      expect(result.annotations.length).toBeGreaterThan(0);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('404'));
      // Analysed without the tagger: analysed again once a later start has it.
      expect(await taggedVersions(svc)).toEqual(new Set([UNTAGGED_FEATURES_VERSION]));
    } finally {
      warn.mockRestore();
      installTaggerFromDisk();
    }
  });
});
