/**
 * Tab summaries survive a restart of the background (Manifest V3 stops idle service workers) through
 * storage.session, and end when the tab closes or loads another page.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ReferenceService } from '../../background/service';
import { forgetTabsThatLeave, type SessionArea, TabSummaries } from '../../background/tab-summaries';
import { openStore } from '../../lib/store';
import type { PageSummary } from '../../messaging/protocol';
import { annotation } from '../content/fixtures';
import { uniqueName } from '../helpers/store';

const SEED_SENTENCE =
  "South Korea's spy agency has confirmed two North Korean soldiers captured by Ukrainian forces have not expressed interest in seeking asylum.";
const URL = 'https://news.example/story';
const NOT_CHECKED: PageSummary = { state: 'not-checked', url: '', annotations: [] };
const session = () => fakeBrowser.storage.session as unknown as SessionArea;
const summary = (url: string, texts: string[]): PageSummary => ({
  state: 'active',
  url,
  annotations: texts.map((text) => annotation(text)),
});

/** A background as it starts: a new service over the same database and the session area (none: null). */
const start = (dbName: string, area: SessionArea | null = session()) =>
  new ReferenceService({
    openDb: () => openStore(dbName),
    snapshotDelay: 60_000,
    tabSummaries: new TabSummaries(area ?? undefined),
  });

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('tab summaries', () => {
  it('are still answered by a restarted background', async () => {
    const name = uniqueName('restart');
    const first = start(name);
    await first.installSeeds();
    const { annotations } = await first.annotatePage({ url: URL, blocks: [{ id: 'b', text: SEED_SENTENCE }] }, 7);
    expect(annotations.length).toBeGreaterThan(0);
    // The answer does not wait for the summary's write; a read of the summary does.
    expect((await first.pageSummary(7)).annotations).toEqual(annotations);

    const restarted = start(name);
    expect(await restarted.pageSummary(7)).toEqual({ state: 'active', url: URL, annotations });
    expect(await restarted.pageSummary(8)).toEqual(NOT_CHECKED);
    // What a restarted background appends goes after what the page showed before the restart.
    await restarted.annotatePage({ url: URL, blocks: [{ id: 'c', text: SEED_SENTENCE }], append: true }, 7);
    expect((await restarted.pageSummary(7)).annotations).toHaveLength(2 * annotations.length);
    expect((await start(name).pageSummary(7)).annotations).toHaveLength(2 * annotations.length);
  });

  it('stay in memory where the browser has no session storage', async () => {
    const name = uniqueName('memory');
    const first = start(name, null);
    await first.annotatePage({ url: URL, blocks: [{ id: 'b', text: 'A quiet day.' }] }, 3);
    expect((await first.pageSummary(3)).state).toBe('active');
    expect(await start(name, null).pageSummary(3)).toEqual(NOT_CHECKED);
    expect(await fakeBrowser.storage.session.get()).toEqual({});
  });

  it('end when the tab closes or starts loading another page', async () => {
    const summaries = new TabSummaries(session());
    forgetTabsThatLeave(fakeBrowser.tabs, (tabId) => summaries.forget(tabId));
    const closing = await fakeBrowser.tabs.create({ url: URL });
    const moving = await fakeBrowser.tabs.create({ url: URL });
    for (const tab of [closing, moving]) await summaries.update(tab.id!, () => summary(URL, ['Ten ships sank.']));

    // nb. fakeBrowser.tabs.remove looks the window up by the tab's id: trigger the event itself.
    await fakeBrowser.tabs.onRemoved.trigger(closing.id!, { windowId: 0, isWindowClosing: false });
    await fakeBrowser.tabs.onUpdated.trigger(moving.id!, { status: 'complete' }, moving);
    await vi.waitFor(async () => expect(await summaries.get(closing.id!)).toBeUndefined());
    expect(await summaries.get(moving.id!)).toEqual(summary(URL, ['Ten ships sank.']));
    await fakeBrowser.tabs.onUpdated.trigger(moving.id!, { status: 'loading' }, moving);
    await vi.waitFor(async () => expect(await summaries.get(moving.id!)).toBeUndefined());
    // Gone from the session area too: a restarted background does not show them either.
    expect(await fakeBrowser.storage.session.get()).toEqual({});
    expect(await new TabSummaries(session()).get(moving.id!)).toBeUndefined();
  });

  it('keep both of two quick updates of one tab', async () => {
    const summaries = new TabSummaries(session());
    const append = (text: string) => (before: PageSummary | undefined) =>
      summary(URL, [...(before?.annotations.map((a) => a.text) ?? []), text]);
    await Promise.all([summaries.update(5, append('One.')), summaries.update(5, append('Two.'))]);
    expect((await new TabSummaries(session()).get(5))?.annotations.map((a) => a.text)).toEqual(['One.', 'Two.']);
  });

  it('are kept in memory, and no older one is left behind, when the session area refuses a write', async () => {
    const area = session();
    const summaries = new TabSummaries(area);
    await summaries.update(4, () => summary(URL, ['Old.']));
    vi.spyOn(area, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await summaries.update(4, () => summary(`${URL}/next`, ['New.']));
    expect((await summaries.get(4))?.url).toBe(`${URL}/next`);
    expect(await new TabSummaries(area).get(4)).toBeUndefined();
  });

  it('ignore what is not a summary in the session area', async () => {
    await fakeBrowser.storage.session.set({ 'tab-summary:6': { state: 3 } });
    expect(await new TabSummaries(session()).get(6)).toBeUndefined();
  });
});
