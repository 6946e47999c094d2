import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import background from '../../../entrypoints/background';

type Listener = (...args: unknown[]) => unknown;

// fakeBrowser has no contextMenus, scripting, commands or i18n: record what the worker asks of them.
const menus: { id: string; contexts: string[] }[] = [];
let menuClicked: Listener | undefined;
let command: Listener | undefined;

function stubMissingApis() {
  menus.length = 0;
  Object.assign(fakeBrowser, {
    contextMenus: {
      create: vi.fn((m: { id: string; contexts: string[] }) => void menus.push(m)),
      removeAll: vi.fn(async () => void (menus.length = 0)),
      onClicked: { addListener: vi.fn((l: Listener) => (menuClicked = l)) },
    },
    commands: { onCommand: { addListener: vi.fn((l: Listener) => (command = l)) } },
    scripting: { executeScript: vi.fn(async () => []) },
    i18n: { getMessage: (key: string) => key, getUILanguage: () => 'en-CA' },
  });
}

describe('background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    stubMissingApis();
    menuClicked = undefined;
    command = undefined;
  });

  it('registers every listener synchronously, before any await', () => {
    const onMessage = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
    const onInstalled = vi.spyOn(fakeBrowser.runtime.onInstalled, 'addListener');
    const result = background.main();
    expect(result).toBeUndefined();
    expect(onInstalled).toHaveBeenCalledOnce();
    expect(onMessage).toHaveBeenCalledOnce();
    expect(menuClicked).toBeTypeOf('function');
    expect(command).toBeTypeOf('function');
  });

  it('creates the four flag menus on install, and does not duplicate them on a browser update', async () => {
    background.main();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await vi.waitFor(() => expect(menus).toHaveLength(4));
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'chrome_update', temporary: false } as never);
    await vi.waitFor(() => expect(menus).toHaveLength(4));
    expect(menus.map((m) => m.contexts[0]).sort()).toEqual(['image', 'link', 'page', 'selection']);
  });
});
