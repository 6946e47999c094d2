import { cleanText } from './text';
import type { Lang } from './lang';

export const FLAG_KINDS = ['selection', 'link', 'image', 'page'] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];

/** What the person flagged, already cleaned: every field here may have come from a hostile page. */
export type FlaggedItem = {
  kind: FlagKind;
  text: string;
  url: string;
  title: string;
  lang: Lang;
};

/** The subset of contextMenus.OnClickData we read; tests build it by hand. */
export type MenuInfo = {
  menuItemId: string | number;
  selectionText?: string;
  linkUrl?: string;
  linkText?: string;
  srcUrl?: string;
  pageUrl?: string;
  frameUrl?: string;
};

export type TabInfo = { url?: string; title?: string };

const MAX_URL = 2048;

/** Keeps http(s) URLs only, without credentials; an image's data: payload is never kept. */
export function safeUrl(raw: unknown): string {
  if (typeof raw !== 'string' || !raw) return '';
  try {
    const url = new URL(raw.slice(0, MAX_URL));
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return '';
    url.username = '';
    url.password = '';
    return url.href;
  } catch {
    return '';
  }
}

/** Picks the kind from what the menu click carries: a selection beats a link, a link beats an image. */
export function itemFromMenu(info: MenuInfo, tab: TabInfo | undefined, lang: Lang): FlaggedItem {
  const title = cleanText(tab?.title, 300);
  const pageUrl = safeUrl(info.pageUrl ?? tab?.url);
  const selection = cleanText(info.selectionText);
  if (selection) return { kind: 'selection', text: selection, url: safeUrl(info.frameUrl) || pageUrl, title, lang };
  if (info.linkUrl) return { kind: 'link', text: cleanText(info.linkText, 1000), url: safeUrl(info.linkUrl), title, lang };
  if (info.srcUrl) return { kind: 'image', text: '', url: safeUrl(info.srcUrl), title, lang };
  return { kind: 'page', text: title, url: pageUrl, title, lang };
}

/** The text the matcher reads: for a page or image that is what the content script could collect. */
export function withPageText(item: FlaggedItem, collected: { text?: unknown; alt?: unknown }): FlaggedItem {
  if (item.kind === 'image') return { ...item, text: cleanText(collected.alt, 1000) };
  if (item.kind === 'page' || (item.kind === 'selection' && !item.text)) {
    const text = cleanText(collected.text);
    return text ? { ...item, text } : item;
  }
  return item;
}
