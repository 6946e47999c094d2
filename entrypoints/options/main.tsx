import { render } from 'preact';
import { browser } from 'wxt/browser';
import { parse } from 'valibot';
import about from '../../data/about.json';
import AboutView from '../../components/AboutView';
import { lazyDatabase, openDatabase, readDatasetVersion } from '../../lib/db';
import type { MessageKey } from '../../lib/i18n';
import { uiLang } from '../../lib/lang';
import { AboutSchema } from '../../lib/schema';
import './style.css';

const t = (key: MessageKey, substitution?: string) => browser.i18n.getMessage(key, substitution);
const lang = uiLang(browser.i18n.getMessage('uiLang'));
document.documentElement.lang = lang;
document.title = t('optionsTitle');
const content = parse(AboutSchema, about);

async function dataset(): Promise<{ version: string; count: number }> {
  const db = await lazyDatabase(() => openDatabase())();
  const version = db && (await readDatasetVersion(db));
  if (db && version) return { version, count: await db.countFromIndex('practices', 'by-lang', lang) };
  const { bundledData } = await import('../../lib/dataset');
  const data = bundledData();
  return { version: data.version, count: data.practices[lang].length };
}

void dataset().then(({ version, count }) =>
  render(
    <main>
      <h1>{t('optionsTitle')}</h1>
      <AboutView text={content[lang]} compendiumUrl={content.compendium.url[lang]} version={version} updated={content.updated} practiceCount={count} t={t} />
    </main>,
    document.getElementById('app')!,
  ),
);
