import { render } from 'preact';
import { browser } from 'wxt/browser';
import PopupApp, { type PopupAppProps } from '../../components/PopupApp';
import { lazyDatabase, openDatabase, readPractices } from '../../lib/db';
import { uiLang } from '../../lib/lang';
import type { MessageKey } from '../../lib/i18n';
import type { Reply } from '../../lib/messages';
import type { Practice } from '../../lib/schema';
import type { Suggestion } from '../../lib/suggest';
import './style.css';

const t = (key: MessageKey, substitution?: string) => browser.i18n.getMessage(key, substitution);
const lang = uiLang(browser.i18n.getMessage('uiLang'));
document.documentElement.lang = lang;
document.title = t('extShortName');

const root = document.getElementById('app')!;
let props: PopupAppProps = { lastFlag: undefined, practices: undefined, names: {}, shortcut: '', t };
const update = (patch: Partial<PopupAppProps>) => {
  props = { ...props, ...patch };
  render(<PopupApp {...props} />, root);
};
update({});

async function lastFlag(): Promise<Suggestion | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return null;
  const reply = (await browser.runtime.sendMessage({ type: 'tab.last-flag', tabId: tab.id })) as Reply<Suggestion | null>;
  return reply.ok ? reply.value : null;
}

async function practices(): Promise<{ practices: Practice[]; names: Record<string, string>; notice?: 'storage-down' }> {
  const db = await lazyDatabase(() => openDatabase({ onStale: () => update({ notice: 'stale' }) }))();
  if (db) {
    const [list, categories] = await Promise.all([readPractices(db, lang), db.getAll('categories')]);
    if (list.length) return { practices: list, names: Object.fromEntries(categories.map((c) => [c.id, c[lang].name])) };
  }
  // Not seeded yet, or no IndexedDB in this profile: the bundled copy is loaded only in that case.
  const { bundledData } = await import('../../lib/dataset');
  const data = bundledData();
  return {
    practices: data.practices[lang],
    names: Object.fromEntries(data.categories.map((c) => [c.id, c[lang].name])),
    ...(db ? {} : { notice: 'storage-down' as const }),
  };
}

lastFlag().then(
  (flag) => update({ lastFlag: flag }),
  (error: unknown) => {
    console.warn('Could not read the last flag', error);
    update({ lastFlag: null });
  },
);
practices().then(update, (error: unknown) => console.error('Could not load the practices', error));
browser.commands.getAll().then(
  (commands) => update({ shortcut: commands.find((c) => c.name === 'flag-selection')?.shortcut ?? '' }),
  () => undefined,
);
