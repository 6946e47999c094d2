import { browser } from 'wxt/browser';
import { MENU_IDS, onCommand, onMenuClick, route, seed, suggestFor, type BackgroundApi } from '../lib/background';
import { lazyDatabase, openDatabase } from '../lib/db';
import type { Suggestion } from '../lib/suggest';

const MENU_CONTEXTS = { 'flag-selection': 'selection', 'flag-link': 'link', 'flag-image': 'image', 'flag-page': 'page' } as const;
const MENU_TITLES = { 'flag-selection': 'menuFlagSelection', 'flag-link': 'menuFlagLink', 'flag-image': 'menuFlagImage', 'flag-page': 'menuFlagPage' } as const;

// The tab's last flag lives in session storage: it survives the worker being stopped, and is
// forgotten with the browser session, which is what a "last flag in this tab" should do.
const flagKey = (tabId: number) => `flag:${tabId}`;

export default defineBackground(() => {
  const db = lazyDatabase(() => openDatabase());
  const api: BackgroundApi = {
    runtimeId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    // The language Chrome picked for our strings, which can differ from getUILanguage() (it follows the
    // preferred languages): tips must always match the words around them.
    locale: () => browser.i18n.getMessage('uiLang'),
    inject: async (tabId) => {
      await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
    },
    openPanel: async (tabId, item) => {
      await browser.tabs.sendMessage(tabId, { type: 'panel.open', item }, { frameId: 0 });
    },
    suggest: (item) => suggestFor(item),
    remember: (tabId, suggestion) => browser.storage.session.set({ [flagKey(tabId)]: suggestion }),
    recall: async (tabId) => ((await browser.storage.session.get(flagKey(tabId)))[flagKey(tabId)] as Suggestion | undefined) ?? null,
    markBlocked: async (tabId) => {
      await browser.action.setBadgeText({ tabId, text: '!' });
      await browser.action.setBadgeBackgroundColor({ tabId, color: '#8a1c1c' });
    },
  };

  // Every listener is added synchronously: a listener added after an await misses the event that woke the worker.
  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(() => {
      for (const id of MENU_IDS) {
        browser.contextMenus.create({ id, title: browser.i18n.getMessage(MENU_TITLES[id]), contexts: [MENU_CONTEXTS[id]] });
      }
    });
    void seed(db);
  });
  browser.runtime.onStartup.addListener(() => void seed(db));
  browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClick(info, tab, api));
  browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab, api));
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender, api));
  browser.tabs.onRemoved.addListener((tabId) => void browser.storage.session.remove(flagKey(tabId)));

  // Seeding is idempotent and cheap when current; running it on every wake repairs a seed that a stopped worker left undone.
  void seed(db);

  if (import.meta.env.E2E) {
    Object.assign(globalThis, {
      ballotGuardTest: {
        menuClick: (info: Parameters<typeof onMenuClick>[0], tab: Parameters<typeof onMenuClick>[1]) => onMenuClick(info, tab, api),
        command: (tab: Parameters<typeof onCommand>[1]) => onCommand('flag-selection', tab, api),
        seeded: async () => {
          const handle = await db();
          return handle ? { version: await handle.get('meta', 'datasetVersion'), practices: await handle.count('practices') } : null;
        },
      },
    });
  }
});
