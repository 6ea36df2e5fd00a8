import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createHandlers } from '../../background/handlers';
import { ReferenceService } from '../../background/service';
import { LIMITS } from '../../lib/limits';
import { PACK_ALARM } from '../../lib/packs';
import { openStore } from '../../lib/store';
import { requestSchemas } from '../../messaging/validate';
import { uniqueName } from '../helpers/store';

const SELF = { id: 'claimlens-id', origin: 'chrome-extension://claimlens-id/' };
const popup = { id: SELF.id, url: `${SELF.origin}popup.html` };
const contentScript = {
  id: SELF.id,
  url: 'https://news.example/a',
  tab: { id: 12, url: 'https://news.example/a' },
  frameId: 0,
};

function handlers() {
  const service = new ReferenceService({
    openDb: () => openStore(uniqueName('handlers')),
    snapshotDelay: 10_000,
  });
  return { service, handlers: createHandlers(service, SELF) };
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('message handlers', () => {
  it('answer the extension pages for every message', async () => {
    const { handlers: h } = handlers();
    expect(await h.listSources(undefined, popup)).toEqual([]);
    expect(await h.getSettings(undefined, popup)).toEqual({ enabled: true, sensitivity: 0.5, pausedSites: [] });
    const claims = await h.addClaims({ texts: ['The museum received 12 paintings from Rome.'] }, popup);
    expect(claims).toHaveLength(1);
    expect(await h.listClaims({ query: 'museum' }, popup)).toMatchObject({ total: 1 });
    expect((await h.pageSummary({ tabId: 1 }, popup)).state).toBe('not-checked');
  });

  it('refuse senders that are not this extension', async () => {
    const { handlers: h } = handlers();
    for (const sender of [
      undefined,
      {},
      { id: 'other-extension', url: 'chrome-extension://other-extension/x.html' },
      { url: 'https://evil.example/' },
    ]) {
      await expect(h.listSources(undefined, sender)).rejects.toThrow(
        'ClaimLens only answers its own pages and content scripts.',
      );
      await expect(h.annotatePage({ url: 'https://e', blocks: [] }, sender)).rejects.toThrow(/only answers its own/);
    }
  });

  it('let content scripts only annotate, check text and give feedback', async () => {
    const { service, handlers: h } = handlers();
    const result = await h.annotatePage(
      { url: 'https://news.example/a', blocks: [{ id: 'b', text: 'A quiet day.' }] },
      contentScript,
    );
    expect(result.state).toBe('active');
    expect(await service.pageSummary(12)).toMatchObject({ state: 'active', url: 'https://news.example/a' });
    await h.markNotAMatch({ pageUrl: 'https://news.example/a', sentence: 'S 1.', claimIds: ['x'] }, contentScript);
    await h.markNotAMatch(
      { pageUrl: 'https://news.example/a#part-2', sentence: 'S 2.', claimIds: ['x'] },
      contentScript,
    );
    await expect(
      h.markNotAMatch({ pageUrl: 'https://other.example/b', sentence: 'S 1.', claimIds: ['x'] }, contentScript),
    ).rejects.toThrow('only takes "Not a match" for the site it was given on');
    const many = Array.from({ length: 1_001 }, (_, n) => `claim-${n}`);
    await expect(
      h.markNotAMatch({ pageUrl: 'https://news.example/a', sentence: 'S 1.', claimIds: many }, contentScript),
    ).rejects.toThrow(/claimIds has too many claim ids/);
    await h.reportBadges({ url: 'https://news.example/a', annotations: 0, badged: [] }, contentScript);
    expect((await service.pageSummary(12)).badged).toEqual([]);
    await expect(h.reportBadges({ url: 'u', annotations: 0, badged: [-1] }, contentScript)).rejects.toThrow(/badged/);
    for (const type of [
      'listSources',
      'listClaims',
      'exportReferences',
      'importReferences',
      'deleteSource',
      'resetSeeds',
      'setSettings',
      'restore',
    ] as const) {
      await expect(h[type]({}, contentScript)).rejects.toThrow(`ClaimLens does not accept "${type}" from a web page.`);
    }
  });

  it('validate every payload and name the bad field', async () => {
    const { handlers: h } = handlers();
    await expect(h.editClaim({ id: 'a' }, popup)).rejects.toThrow(
      'ClaimLens could not understand the "editClaim" request: text is missing.',
    );
    await expect(h.setSettings({ sensitivity: 2 }, popup)).rejects.toThrow('sensitivity must be 0 to 1');
    await expect(h.annotatePage({ url: 'u', blocks: [{ id: 'b', text: 5 }] }, contentScript)).rejects.toThrow(
      'blocks.0.text must be a string',
    );
    await expect(h.pageSummary({ tabId: 'x' }, popup)).rejects.toThrow('tabId must be a number');
    await expect(h.markNotAMatch({ pageUrl: 'u', sentence: 's', claimIds: [] }, contentScript)).rejects.toThrow(
      'claimIds must not be empty',
    );
    await expect(h.importReferences({ fileName: 'a.json', content: 'nope' }, popup)).rejects.toThrow(/not valid JSON/);
  });

  it('say what a request should be without quoting what came (it may be long or hold bidi controls)', async () => {
    const { handlers: h } = handlers();
    const hostile = `\u202e${'x'.repeat(100_000)}\ud800`;
    await expect(h.listClaims(hostile, popup)).rejects.toThrow(
      new Error('ClaimLens could not understand the "listClaims" request: must be an object.'),
    );
    await expect(h.restore({ sources: [], claims: hostile }, popup)).rejects.toThrow(
      new Error('ClaimLens could not understand the "restore" request: claims must be a list.'),
    );
    await expect(h.reportBadges({ url: 'u', annotations: -1, badged: [] }, contentScript)).rejects.toThrow(
      new Error('ClaimLens could not understand the "reportBadges" request: annotations must not be negative.'),
    );
    await expect(h.listClaims({ limit: 0 }, popup)).rejects.toThrow('limit must be at least 1');
  });

  it('refuse more paused sites than the limits table allows, and take as many as it does', async () => {
    const { handlers: h } = handlers();
    const sites = (count: number) => Array.from({ length: count }, (_, n) => `site${n}.example`);
    await expect(h.setSettings({ pausedSites: sites(LIMITS.pausedSites + 1) }, popup)).rejects.toThrow(
      'pausedSites has too many sites (10,001; the limit is 10,000)',
    );
    expect((await h.getSettings(undefined, popup)).pausedSites).toEqual([]);
    expect((await h.setSettings({ pausedSites: sites(LIMITS.pausedSites) }, popup)).pausedSites).toHaveLength(
      LIMITS.pausedSites,
    );
  });

  it('cover every message of the protocol the background answers', () => {
    expect(Object.keys(handlers().handlers).sort()).toEqual(Object.keys(requestSchemas).sort());
  });
});

describe('registerBackground', () => {
  // One registration per test module: the messaging library takes one listener per message.
  it('seeds the store when installed (or first started); creates the hourly pack alarm, which refreshes the due packs; a granted origin finishes a waiting subscription', async () => {
    const { registerBackground } = await import('../../background/register');
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([]);
    // fakeBrowser has no context-menu events: the tab UI's own tests cover them.
    vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation(() => undefined);
    // Nor permission events: the listener is kept to be called as the browser would.
    let onAdded: ((permissions: { origins?: string[] }) => void) | undefined;
    vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation((listener) => {
      onAdded = listener;
    });
    const service = registerBackground();
    const granted = vi.spyOn(service.packs, 'granted').mockResolvedValue();
    onAdded?.({ permissions: [] } as never);
    expect(granted).not.toHaveBeenCalled();
    onAdded?.({ origins: ['https://packs.example/*'] });
    expect(granted).toHaveBeenCalledWith(['https://packs.example/*']);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await vi.waitFor(async () => expect((await service.listSources()).map((s) => s.origin)).toEqual(['seed', 'seed']));
    await vi.waitFor(async () =>
      expect(await fakeBrowser.alarms.get(PACK_ALARM.name)).toMatchObject({ periodInMinutes: 60 }),
    );
    const due = vi.spyOn(service.packs, 'refreshDue').mockResolvedValue();
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'another', scheduledTime: 0 });
    expect(due).not.toHaveBeenCalled();
    await fakeBrowser.alarms.onAlarm.trigger({ name: PACK_ALARM.name, scheduledTime: 0 });
    expect(due).toHaveBeenCalledOnce();
  });
});

describe('"Not a match" from a local file', () => {
  it('is taken for that file only: local files have no common site', async () => {
    const { handlers: h } = handlers();
    const fromFile = {
      ...contentScript,
      url: 'file:///home/reader/a.html',
      tab: { id: 14, url: 'file:///home/reader/a.html' },
    };
    await h.markNotAMatch({ pageUrl: 'file:///home/reader/a.html#top', sentence: 'S 1.', claimIds: ['x'] }, fromFile);
    await expect(
      h.markNotAMatch({ pageUrl: 'file:///home/reader/b.html', sentence: 'S 1.', claimIds: ['x'] }, fromFile),
    ).rejects.toThrow('only takes "Not a match" for the site it was given on');
  });
});
