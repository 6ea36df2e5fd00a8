/**
 * Messages from the popup and the background to the content script of a tab. The every-page script listens
 * for nothing until its page has an article (content/every-page.ts), and a tab opened before ClaimLens was
 * installed, or before it was reloaded, has no content script at all: when a message finds nobody listening,
 * the annotator part is injected into the tab's top frame and the message is sent once more. Injection needs
 * access to the tab, which the reader's click on the toolbar button or a context-menu entry grants
 * (`activeTab`); without it the first failure stands.
 *
 * nb. Extension pages and the background (browser.scripting in Chrome's Manifest V3, tabs.executeScript in
 * Firefox's V2).
 */
import { browser } from 'wxt/browser';
import { type RequestOf as Data, type ResponseOf as Reply, sendMessage, type TabMessage } from './protocol';

/** The annotator part's file (entrypoints/page-annotator.ts), which attaches itself to the page as it runs. */
export const ANNOTATOR_FILE = '/page-annotator.js';

/** The browser's words for "no content script answered". */
const NOBODY_LISTENING =
  /receiving end does not exist|could not establish connection|^no response$|message port closed/i;

/** The part of the extension API injection uses. */
export interface InjectionApi {
  scripting?: {
    executeScript(injection: { target: { tabId: number; frameIds?: number[] }; files: string[] }): Promise<unknown>;
  };
  tabs: {
    executeScript?(tabId: number, details: { file: string; frameId?: number }): Promise<unknown>;
  };
}

/** Runs the annotator part in the top frame of `tabId`. */
export async function injectAnnotator(tabId: number, api: InjectionApi = browser as unknown as InjectionApi) {
  if (api.scripting?.executeScript) {
    await api.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [ANNOTATOR_FILE] });
  } else if (api.tabs.executeScript) {
    await api.tabs.executeScript(tabId, { file: ANNOTATOR_FILE, frameId: 0 });
  } else {
    throw new Error('This browser cannot run ClaimLens on the page.');
  }
}

export interface ToPageDeps {
  send?: <K extends TabMessage>(tabId: number, type: K, data: Data<K>) => Promise<Reply<K>>;
  inject?: (tabId: number) => Promise<void>;
}

const sendToTab = <K extends TabMessage>(tabId: number, type: K, data: Data<K>) =>
  sendMessage(type, data as never, { tabId, frameId: 0 }) as Promise<Reply<K>>;

/**
 * Sends `type` to the top frame of `tabId`; if nobody listens there, injects the annotator part and sends
 * once more. Rejects with the content script's own words, or the browser's first error when the part cannot
 * be injected (a browser page, the add-on store, no access granted).
 */
export async function sendToPage<K extends TabMessage>(
  tabId: number,
  type: K,
  data: Data<K>,
  deps: ToPageDeps = {},
): Promise<Reply<K>> {
  const send = deps.send ?? sendToTab;
  try {
    return await send(tabId, type, data);
  } catch (error) {
    if (!NOBODY_LISTENING.test(error instanceof Error ? error.message : String(error))) throw error;
    try {
      await (deps.inject ?? injectAnnotator)(tabId);
    } catch {
      throw error;
    }
    return send(tabId, type, data);
  }
}
