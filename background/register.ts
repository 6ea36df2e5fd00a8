/**
 * Wires the background: the reference service, its message handlers, seeding on install and tab
 * bookkeeping. The only module of background/ that touches the extension APIs (`browser`).
 */
import { browser } from 'wxt/browser';
import { originPermission, PACK_ALARM } from '../lib/packs';
import { openStore } from '../lib/store';
import { onMessage, sendMessage } from '../messaging/protocol';
import type { BackgroundMessage } from '../messaging/validate';
import { createHandlers, type Handlers } from './handlers';
import type { MessageSender } from './sender';
import { ReferenceService } from './service';
import { forgetTabsThatLeave, type SessionArea, TabSummaries } from './tab-summaries';
import { setTabCount, setupTabUi } from './tab-ui';
import { loadPackagedTagger } from './tagger';

/**
 * Tells every open tab (or each that `only` picks) to annotate again; tabs without the content script are skipped.
 */
async function refreshTabs(only?: (tabId: number) => Promise<boolean>): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map(async ({ id }) => {
      if (id === undefined || (only && !(await only(id)))) return;
      await sendMessage('refresh', undefined, id).catch(() => undefined);
    }),
  );
}

/** Starts the background: call once from the background entrypoint's main(). */
export function registerBackground(): ReferenceService {
  // nb. storage.session is missing before Firefox 115 (and in Manifest V2 Chrome): summaries stay in memory there.
  const tabSummaries = new TabSummaries(browser.storage?.session as SessionArea | undefined);
  const service = new ReferenceService({
    openDb: () => openStore(),
    loadTagger: loadPackagedTagger,
    refreshTabs,
    tabSummaries,
    packs: {
      hasAccess: (url) => browser.permissions.contains({ origins: [originPermission(url)] }),
      waits: browser.storage?.session as SessionArea | undefined,
    },
  });
  const handlers = createHandlers(service, { id: browser.runtime.id, origin: browser.runtime.getURL('/') });
  // Context menus and the toolbar count: registered synchronously so a woken worker gets the events.
  setupTabUi({
    checkText: (text) => service.checkText(text),
    addClaims: (texts) => service.addClaims({ texts }),
  });
  for (const type of Object.keys(handlers) as BackgroundMessage[]) {
    const handler = handlers[type] as Handlers[BackgroundMessage];
    onMessage(type, async (message) => {
      const answer = await handler(message.data, message.sender as MessageSender);
      const tabId = message.sender?.tab?.id;
      if ((type === 'annotatePage' || type === 'reportBadges') && tabId !== undefined) {
        // The toolbar count follows once the answer is on its way: the badges the page reported, else the
        // annotations with a verdict (until it reports).
        void service
          .pageSummary(tabId)
          .then(({ annotations, badged }) =>
            setTabCount(tabId, badged?.length ?? annotations.filter((a) => a.status !== 'related').length),
          )
          .catch(() => undefined);
      }
      return answer as never;
    });
  }
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void service.installSeeds();
  });
  forgetTabsThatLeave(browser.tabs, (tabId) => service.forgetTab(tabId));
  // Packs: an hourly wake-up refreshes those due (daily, or an hour after a failure). Listened for synchronously
  // (a woken worker gets the event); created only when missing, so a restart does not push it back.
  // A pack's origin granted in the browser's prompt: the background finishes the subscription the popup asked for,
  // since the popup may have closed while the prompt had the focus. Listened for synchronously, like the alarm.
  browser.permissions.onAdded.addListener(({ origins }) => {
    if (origins?.length) void service.packs.granted(origins).catch(() => undefined);
  });
  browser.alarms.onAlarm.addListener(({ name }) => {
    if (name === PACK_ALARM.name) void service.packs.refreshDue().catch(() => undefined);
  });
  void browser.alarms.get(PACK_ALARM.name).then((alarm) => {
    if (!alarm) browser.alarms.create(PACK_ALARM.name, { periodInMinutes: PACK_ALARM.periodInMinutes });
  });
  // Load the index now, so the first page does not wait for it.
  void service.ready().then(() => service.installSeeds());
  return service;
}
