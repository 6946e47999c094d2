import categoriesJson from '../data/categories.json';
import practicesEn from '../data/practices.en.json';
import practicesFr from '../data/practices.fr.json';
import reportingJson from '../data/reporting.json';
import { CategorySchema, parseList, PracticeSchema, ReportingSchema, type Category, type Lang, type Practice, type Reporting } from './schema';

export type Bundle = {
  /** Changes whenever any bundled record changes, so an update re-seeds IndexedDB. */
  version: string;
  practices: Record<Lang, Practice[]>;
  categories: Category[];
  reporting: Reporting[];
};

/** FNV-1a, 32 bit: a content fingerprint, not a security hash. */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

export function buildBundle(raw: { en: unknown; fr: unknown; categories: unknown; reporting: unknown }): Bundle {
  return {
    version: fingerprint(JSON.stringify(raw)),
    practices: {
      en: parseList(PracticeSchema, raw.en, 'data/practices.en.json'),
      fr: parseList(PracticeSchema, raw.fr, 'data/practices.fr.json'),
    },
    categories: parseList(CategorySchema, raw.categories, 'data/categories.json'),
    reporting: parseList(ReportingSchema, raw.reporting, 'data/reporting.json'),
  };
}

let bundle: Bundle | undefined;

/** The dataset shipped in the package, validated once per context. */
export function bundledData(): Bundle {
  bundle ??= buildBundle({ en: practicesEn, fr: practicesFr, categories: categoriesJson, reporting: reportingJson });
  return bundle;
}
