export const LANGS = ['en', 'fr'] as const;
export type Lang = (typeof LANGS)[number];

/** The interface language for a browser locale: French for any fr-*, English otherwise. */
export function uiLang(locale: string | undefined): Lang {
  return locale?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
