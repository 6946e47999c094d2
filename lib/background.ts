import { bundledData } from './dataset';
import { ensureSeeded, type Database } from './db';
import { itemFromMenu, type FlaggedItem, type MenuInfo, type TabInfo } from './flag';
import { uiLang } from './lang';
import { flagInTab, type FlagDeps } from './flag-flow';
import lexiconJson from '../data/lexicon.json';
import modelJson from '../data/model.json';
import { compileMatcher, type Matcher } from './match';
import { LexiconSchema, ModelSchema } from './schema';
import { parse } from 'valibot';
import { ALLOWED, parseToBackground, senderRole, type Reply, type Sender } from './messages';
import { suggest, type Suggestion } from './suggest';

export const MENU_IDS = ['flag-selection', 'flag-link', 'flag-image', 'flag-page'] as const;

let matcher: Matcher | undefined;
/** The bundled lexicon and model, validated and compiled once per worker. */
export const compiled = () => (matcher ??= compileMatcher(parse(LexiconSchema, lexiconJson), parse(ModelSchema, modelJson)));

/**
 * Scores an item with the bundled data: the worker ships it to seed IndexedDB, so reading it back
 * would only add latency. `using` lets the scripts compare another matcher on the same path.
 */
export function suggestFor(item: FlaggedItem, picked?: string[], using: Matcher = compiled()): Suggestion {
  return suggest(item, bundledData(), using, picked);
}

/** Seeds the database from the bundle; a failure leaves the bundled copy in charge and is logged, never thrown. */
export async function seed(db: () => Promise<Database | null>): Promise<void> {
  try {
    const handle = await db();
    if (handle) await ensureSeeded(handle, bundledData());
  } catch (error) {
    console.warn('Seeding IndexedDB failed; tips come from the bundled copy', error);
  }
}

export type BackgroundApi = FlagDeps & {
  runtimeId: string;
  extensionOrigin: string;
  locale: () => string;
  recall: (tabId: number) => Promise<Suggestion | null>;
};

/** Builds the item for a context-menu click and flags it in that tab. */
export function onMenuClick(info: MenuInfo, tab: (TabInfo & { id?: number }) | undefined, api: BackgroundApi) {
  if (tab?.id === undefined || tab.id < 0) return Promise.resolve('blocked' as const);
  return flagInTab(tab.id, itemFromMenu(info, tab, uiLang(api.locale())), api);
}

/** The keyboard command: the content script reads the selection, or takes the page when there is none. */
export function onCommand(command: string, tab: (TabInfo & { id?: number }) | undefined, api: BackgroundApi) {
  if (command !== 'flag-selection' || tab?.id === undefined || tab.id < 0) return Promise.resolve('blocked' as const);
  const item = { ...itemFromMenu({ menuItemId: command }, tab, uiLang(api.locale())), kind: 'selection' as const, text: '' };
  return flagInTab(tab.id, item, api);
}

/** Answers one message: validated, sender checked, and never throwing back into the caller. */
export async function route(message: unknown, sender: Sender & { tab?: { id?: number } }, api: BackgroundApi): Promise<Reply<unknown>> {
  const parsed = parseToBackground(message);
  if (!parsed) return { ok: false, error: 'unknown' };
  const role = senderRole(sender, api.runtimeId, api.extensionOrigin);
  if (role !== ALLOWED[parsed.type]) return { ok: false, error: 'forbidden' };
  try {
    switch (parsed.type) {
      case 'tips.for-item': {
        const suggestion = suggestFor(parsed.item, parsed.picked);
        const tabId = sender.tab?.id;
        if (tabId !== undefined) await api.remember(tabId, suggestion);
        return { ok: true, value: suggestion };
      }
      case 'tab.last-flag':
        return { ok: true, value: await api.recall(parsed.tabId) };
    }
  } catch (error) {
    console.error('Message failed', parsed.type, error);
    return { ok: false, error: 'failed' };
  }
}
