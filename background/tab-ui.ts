/**
 * The background's part of the page UI: the toolbar count of annotated claims per tab, and the two
 * context-menu entries for a selection ("Check selection with ClaimLens", "Add selection as a reference
 * claim"), whose results the tab shows in its popover. The engine and the store are injected, so this file
 * only wires browser APIs and stays testable with WXT's fakeBrowser.
 *
 * nb. Background only (browser.action in MV3, browser.browserAction in MV2; contextMenus or menus).
 */
import { browser } from 'wxt/browser';
import type { PageAnnotation } from '../lib/types';
import type { RequestOf, TabMessage } from '../messaging/protocol';
import { sendToPage } from '../messaging/to-page';

export const MENU_CHECK = 'claimlens-check-selection';
export const MENU_ADD = 'claimlens-add-selection';

/** Colour of the toolbar count. */
const COUNT_COLOUR = '#0969da';

/** The tab messages this module sends. */
type NoticeMessage = Extract<TabMessage, 'showCheckResult' | 'showNotice'>;

export interface TabUiDeps {
  /** The engine's check of one text (protocol `checkText`). */
  checkText(text: string): Promise<PageAnnotation | null>;
  /** Adds claim texts to the user's own source (protocol `addClaims`). */
  addClaims(texts: string[]): Promise<unknown>;
  /** Sends a message to a tab's content script (injected if need be); sendToPage by default. */
  notifyTab?<K extends NoticeMessage>(tabId: number, type: K, data: RequestOf<K>): Promise<unknown>;
  /** The extension API; `browser` from wxt/browser by default. */
  api?: typeof browser;
}

/** The toolbar button's API: `action` (MV3) or `browserAction` (MV2). */
function toolbar(api: typeof browser) {
  return api.action ?? (api as unknown as { browserAction: typeof api.action }).browserAction;
}

/** The context-menu API: `contextMenus` (Chrome, Firefox) or `menus` (Firefox). */
function menus(api: typeof browser) {
  return api.contextMenus ?? (api as unknown as { menus: typeof api.contextMenus }).menus;
}

/**
 * Shows `count` (annotated claims) on the toolbar button for `tabId`; no text for 0. Never throws (the
 * tab may have closed meanwhile).
 */
export async function setTabCount(tabId: number, count: number, api: typeof browser = browser): Promise<void> {
  try {
    await toolbar(api).setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
  } catch {
    // The tab is gone; nothing to show.
  }
}

/** (Re)creates the two selection entries. */
async function createMenus(api: typeof browser): Promise<void> {
  const entries = menus(api);
  await entries.removeAll();
  entries.create({ id: MENU_CHECK, title: 'Check selection with ClaimLens', contexts: ['selection'] });
  entries.create({ id: MENU_ADD, title: 'Add selection as a reference claim', contexts: ['selection'] });
}

/**
 * Registers the toolbar count's colour, the context menus (created on install and on browser start), the
 * menus' click handler and the reset of a tab's count when it loads a new page. Call once, synchronously,
 * when the background starts (listeners must exist before events are replayed to a woken service worker).
 * Returns `handleMenuClick` for tests and callers that route clicks themselves.
 */
export function setupTabUi(deps: TabUiDeps) {
  const api = deps.api ?? browser;
  const notify = deps.notifyTab ?? ((tabId, type, data) => sendToPage(tabId, type, data));
  /** Shows a result in the tab; a tab ClaimLens cannot reach (a browser page) cannot show it. */
  const show = <K extends NoticeMessage>(tabId: number | undefined, type: K, data: RequestOf<K>) =>
    tabId === undefined ? Promise.resolve() : notify(tabId, type, data).catch(() => undefined);

  const handleMenuClick = async (info: { menuItemId: string | number; selectionText?: string }, tabId?: number) => {
    const text = info.selectionText?.replace(/\s+/g, ' ').trim();
    if (!text) return;
    if (info.menuItemId === MENU_CHECK) {
      try {
        await show(tabId, 'showCheckResult', { text, annotation: await deps.checkText(text) });
      } catch {
        await show(tabId, 'showNotice', { message: 'ClaimLens could not check this text.' });
      }
    } else if (info.menuItemId === MENU_ADD) {
      try {
        await deps.addClaims([text]);
        await show(tabId, 'showNotice', { message: 'Added to your reference claims.' });
      } catch (error) {
        const reason = error instanceof Error && error.message ? ` ${error.message}` : '';
        await show(tabId, 'showNotice', { message: `ClaimLens could not add this text.${reason}` });
      }
    }
  };

  void Promise.resolve(toolbar(api).setBadgeBackgroundColor({ color: COUNT_COLOUR })).catch(() => undefined);
  const recreate = () => void createMenus(api).catch(() => undefined);
  api.runtime.onInstalled.addListener(recreate);
  api.runtime.onStartup.addListener(recreate);
  menus(api).onClicked.addListener((info, tab) => void handleMenuClick(info, tab?.id));
  api.tabs.onUpdated.addListener((tabId, change) => {
    // nb. Chrome keeps a tab's badge text across navigations (Firefox resets it): clear it when a new
    // page starts loading; annotatePage's answer for the new page sets it again.
    if (change.status === 'loading') void setTabCount(tabId, 0, api);
  });
  return { handleMenuClick };
}
