import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Bundle } from './dataset';
import type { Category, Lang, Practice, Reporting } from './schema';

export const DB_NAME = 'ballot-guard';
const DB_VERSION = 1;

type StoredPractice = Practice & { lang: Lang };

export interface Db extends DBSchema {
  practices: { key: [Lang, string]; value: StoredPractice; indexes: { 'by-lang': Lang; 'by-category': string } };
  categories: { key: string; value: Category };
  reporting: { key: string; value: Reporting };
  meta: { key: string; value: string | number };
}

export type Database = IDBPDatabase<Db>;

export type OpenOptions = {
  /** Another context wants a newer version: we close, and the caller tells the person to reopen. */
  onStale?: () => void;
};

/**
 * Opens the database, upgrading step by step from any older version. Each `if (oldVersion < n)`
 * step is frozen once shipped: add a new step rather than edit one.
 */
export async function openDatabase({ onStale }: OpenOptions = {}): Promise<Database> {
  const db: Database = await openDB<Db>(DB_NAME, DB_VERSION, {
    upgrade(upgrading, oldVersion) {
      if (oldVersion < 1) {
        const practices = upgrading.createObjectStore('practices', { keyPath: ['lang', 'id'] });
        practices.createIndex('by-lang', 'lang');
        practices.createIndex('by-category', 'categories', { multiEntry: true });
        upgrading.createObjectStore('categories', { keyPath: 'id' });
        upgrading.createObjectStore('reporting', { keyPath: 'id' });
        upgrading.createObjectStore('meta');
      }
    },
    blocking() {
      db.close();
      onStale?.();
    },
  });
  return db;
}

/**
 * Memoises one connection and turns every way of not getting one (error, blocked upgrade,
 * timeout) into `null`, so callers fall back to the bundled data instead of failing.
 */
export function lazyDatabase(open: () => Promise<Database>, timeoutMs = 5000): () => Promise<Database | null> {
  let pending: Promise<Database | null> | undefined;
  return () => {
    pending ??= new Promise<Database | null>((resolve) => {
      const timer = setTimeout(() => {
        console.warn('IndexedDB did not open in time; using the bundled data');
        resolve(null);
      }, timeoutMs);
      open().then(
        (db) => {
          clearTimeout(timer);
          db.addEventListener('close', () => (pending = undefined));
          resolve(db);
        },
        (error: unknown) => {
          clearTimeout(timer);
          console.warn('IndexedDB is unavailable; using the bundled data', error);
          pending = undefined;
          resolve(null);
        },
      );
    });
    return pending;
  };
}

/**
 * Makes the bundled stores match the bundle in ONE transaction: a worker killed half-way leaves
 * the old set or the new one, never a mix. The version is written last. User data lives in other
 * stores and is never touched here.
 */
export async function ensureSeeded(db: Database, bundle: Bundle): Promise<'current' | 'seeded'> {
  const tx = db.transaction(['practices', 'categories', 'reporting', 'meta'], 'readwrite');
  const meta = tx.objectStore('meta');
  if ((await meta.get('datasetVersion')) === bundle.version) {
    await tx.done;
    return 'current';
  }
  const practices = tx.objectStore('practices');
  const categories = tx.objectStore('categories');
  const reporting = tx.objectStore('reporting');
  const writes: Promise<unknown>[] = [];
  try {
    writes.push(practices.clear(), categories.clear(), reporting.clear());
    for (const lang of ['en', 'fr'] as const) for (const p of bundle.practices[lang]) writes.push(practices.put({ ...p, lang }));
    for (const c of bundle.categories) writes.push(categories.put(c));
    for (const r of bundle.reporting) writes.push(reporting.put(r));
    writes.push(meta.put(Date.now(), 'seededAt'), meta.put(bundle.version, 'datasetVersion'));
    await Promise.all([...writes, tx.done]);
  } catch (error) {
    // A put that throws synchronously does not abort the transaction by itself: the clears
    // already queued would commit and leave the stores half-empty.
    try {
      tx.abort();
    } catch {
      // Already finished or aborted: nothing was committed past the failure.
    }
    await Promise.allSettled([...writes, tx.done]);
    throw error;
  }
  return 'seeded';
}

export async function readPractices(db: Database, lang: Lang): Promise<Practice[]> {
  const rows = await db.getAllFromIndex('practices', 'by-lang', lang);
  return rows.map(({ lang: _lang, ...practice }) => practice);
}

export async function readDatasetVersion(db: Database): Promise<string | undefined> {
  const version = await db.get('meta', 'datasetVersion');
  return typeof version === 'string' ? version : undefined;
}
