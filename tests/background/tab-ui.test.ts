import { beforeEach, describe, expect, it, type Mock, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MENU_ADD, MENU_CHECK, setTabCount, setupTabUi, type TabUiDeps } from '@/background/tab-ui';
import { annotation } from '../content/fixtures';

type Listener = (...args: never[]) => unknown;

/** fakeBrowser has no context menus: a small in-memory stand-in. */
function fakeMenus() {
  const items = new Map<string, { title: string; contexts: string[] }>();
  const clicked: Listener[] = [];
  return {
    items,
    click: (info: { menuItemId: string; selectionText?: string }, tab?: { id: number }) =>
      Promise.all(clicked.map((listener) => (listener as (i: unknown, t: unknown) => unknown)(info, tab))),
    api: {
      removeAll: vi.fn(async () => items.clear()),
      create: vi.fn((item: { id: string; title: string; contexts: string[] }) => {
        if (items.has(item.id)) throw new Error('duplicate id');
        items.set(item.id, item);
      }),
      onClicked: { addListener: (listener: Listener) => clicked.push(listener) },
    },
  };
}

let menus: ReturnType<typeof fakeMenus>;
type Api = NonNullable<TabUiDeps['api']>;
let notify: Mock<(tabId: number, type: string, data: unknown) => Promise<unknown>>;
let notifyTab: TabUiDeps['notifyTab'];

function api(withAction = true): Api {
  const browser = { ...fakeBrowser, contextMenus: menus.api };
  if (!withAction) return { ...browser, action: undefined, browserAction: fakeBrowser.action } as unknown as Api;
  return browser as unknown as Api;
}

beforeEach(() => {
  fakeBrowser.reset();
  menus = fakeMenus();
  notify = vi.fn(async () => undefined);
  notifyTab = notify as unknown as TabUiDeps['notifyTab'];
});

describe('toolbar count', () => {
  it('shows the number of annotated claims on the tab, and nothing for zero', async () => {
    await setTabCount(3, 4, api());
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('4');
    await setTabCount(3, 0, api());
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('');
  });

  it('uses browserAction where there is no action (Manifest V2)', async () => {
    await setTabCount(5, 2, api(false));
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('2');
  });

  it('clears the count when the tab loads a new page', async () => {
    setupTabUi({ checkText: vi.fn(), addClaims: vi.fn(), notifyTab, api: api() });
    const tab = await fakeBrowser.tabs.create({ url: 'https://example.org/a' });
    await setTabCount(tab.id!, 7, api());
    await fakeBrowser.tabs.onUpdated.trigger(tab.id!, { status: 'loading' }, tab);
    expect(await fakeBrowser.action.getBadgeText({ tabId: tab.id! })).toBe('');
  });
});

describe('context menus', () => {
  it('creates both selection entries on install, without duplicates on a second start', async () => {
    setupTabUi({ checkText: vi.fn(), addClaims: vi.fn(), notifyTab, api: api() });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    await vi.waitFor(() => expect(menus.items.size).toBe(2));
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(() => expect(menus.api.create).toHaveBeenCalledTimes(4));
    expect([...menus.items.values()].map((item) => [item.title, item.contexts])).toEqual([
      ['Check selection with ClaimLens', ['selection']],
      ['Add selection as a reference claim', ['selection']],
    ]);
  });

  it('checks the selection and shows the result in the tab', async () => {
    const found = annotation('Officials said 300 soldiers died.');
    const checkText = vi.fn(async () => found);
    setupTabUi({ checkText, addClaims: vi.fn(), notifyTab, api: api() });
    await menus.click({ menuItemId: MENU_CHECK, selectionText: '  Officials said\n300 soldiers died. ' }, { id: 9 });
    expect(checkText).toHaveBeenCalledWith('Officials said 300 soldiers died.');
    expect(notify).toHaveBeenCalledWith(9, 'showCheckResult', {
      text: 'Officials said 300 soldiers died.',
      annotation: found,
    });
  });

  it('adds the selection as a claim and confirms it; failures are said in plain words', async () => {
    const addClaims = vi.fn(async () => []);
    const ui = setupTabUi({
      checkText: vi.fn(async () => Promise.reject(new Error('x'))),
      addClaims,
      notifyTab,
      api: api(),
    });
    await ui.handleMenuClick({ menuItemId: MENU_ADD, selectionText: 'A new claim.' }, 4);
    expect(addClaims).toHaveBeenCalledWith(['A new claim.']);
    expect(notify).toHaveBeenLastCalledWith(4, 'showNotice', { message: 'Added to your reference claims.' });
    await ui.handleMenuClick({ menuItemId: MENU_CHECK, selectionText: 'Anything.' }, 4);
    expect(notify).toHaveBeenLastCalledWith(4, 'showNotice', { message: 'ClaimLens could not check this text.' });
  });

  it('ignores empty selections and tabs that cannot show the result', async () => {
    const checkText = vi.fn(async () => null);
    notify.mockRejectedValue(new Error('Could not establish connection'));
    const ui = setupTabUi({ checkText, addClaims: vi.fn(), notifyTab, api: api() });
    await ui.handleMenuClick({ menuItemId: MENU_CHECK, selectionText: '   ' }, 1);
    expect(checkText).not.toHaveBeenCalled();
    await expect(ui.handleMenuClick({ menuItemId: MENU_CHECK, selectionText: 'Text.' }, 1)).resolves.toBeUndefined();
    expect(notify).toHaveBeenCalledTimes(1);
  });
});
