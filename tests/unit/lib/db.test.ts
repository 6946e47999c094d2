import { deleteDB, openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bundledData, type Bundle } from '../../../lib/dataset';
import { DB_NAME, ensureSeeded, lazyDatabase, openDatabase, readDatasetVersion, readPractices } from '../../../lib/db';

afterEach(async () => {
  await deleteDB(DB_NAME);
});

const bundle = bundledData();
const withVersion = (version: string, patch: Partial<Bundle> = {}): Bundle => ({ ...bundle, ...patch, version });

describe('openDatabase', () => {
  it('creates the stores and indexes from nothing', async () => {
    const db = await openDatabase();
    expect([...db.objectStoreNames].sort()).toEqual(['categories', 'meta', 'practices', 'reporting']);
    expect([...db.transaction('practices').store.indexNames].sort()).toEqual(['by-category', 'by-lang']);
    db.close();
  });

  it('closes and reports stale when another context upgrades', async () => {
    const onStale = vi.fn();
    const db = await openDatabase({ onStale });
    const newer = await openDB(DB_NAME, db.version + 1);
    expect(onStale).toHaveBeenCalledOnce();
    newer.close();
  });
});

describe('ensureSeeded', () => {
  it('seeds both languages and records the version', async () => {
    const db = await openDatabase();
    expect(await ensureSeeded(db, bundle)).toBe('seeded');
    expect(await readPractices(db, 'en')).toHaveLength(bundle.practices.en.length);
    expect(await readPractices(db, 'fr')).toHaveLength(bundle.practices.fr.length);
    expect(await db.count('categories')).toBe(14);
    expect(await readDatasetVersion(db)).toBe(bundle.version);
    db.close();
  });

  it('is idempotent: a second run writes nothing and keeps the counts', async () => {
    const db = await openDatabase();
    await ensureSeeded(db, bundle);
    const seededAt = await db.get('meta', 'seededAt');
    expect(await ensureSeeded(db, bundle)).toBe('current');
    expect(await db.count('practices')).toBe(bundle.practices.en.length + bundle.practices.fr.length);
    expect(await db.get('meta', 'seededAt')).toBe(seededAt);
    db.close();
  });

  it('replaces the set when the version changes, dropping stale practices', async () => {
    const db = await openDatabase();
    await ensureSeeded(db, bundle);
    const smaller = withVersion('next', { practices: { en: bundle.practices.en.slice(0, 2), fr: bundle.practices.fr.slice(0, 2) } });
    expect(await ensureSeeded(db, smaller)).toBe('seeded');
    expect(await db.count('practices')).toBe(4);
    expect(await readDatasetVersion(db)).toBe('next');
    db.close();
  });

  it('leaves the old set whole when seeding fails half-way, and a rerun completes', async () => {
    const db = await openDatabase();
    await ensureSeeded(db, bundle);
    const broken = bundle.practices.en.slice();
    // A record without its key fails inside the transaction, after the clears and some puts.
    broken.splice(5, 0, { ...broken[0]!, id: undefined as unknown as string });
    await expect(ensureSeeded(db, withVersion('broken', { practices: { en: broken, fr: bundle.practices.fr } }))).rejects.toThrow();
    expect(await readDatasetVersion(db)).toBe(bundle.version);
    expect(await db.count('practices')).toBe(bundle.practices.en.length + bundle.practices.fr.length);
    expect(await ensureSeeded(db, withVersion('fixed'))).toBe('seeded');
    expect(await readDatasetVersion(db)).toBe('fixed');
    db.close();
  });

  it('documents the rule: awaiting a timer inside a transaction lets it commit', async () => {
    const db = await openDatabase();
    const store = db.transaction('meta', 'readwrite').store;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(() => store.put('x', 'y')).toThrow(expect.objectContaining({ name: 'TransactionInactiveError' }));
    db.close();
  });
});

describe('lazyDatabase', () => {
  it('opens once and shares the connection', async () => {
    const open = vi.fn(() => openDatabase());
    const get = lazyDatabase(open);
    const [a, b] = await Promise.all([get(), get()]);
    expect(a).toBe(b);
    expect(open).toHaveBeenCalledOnce();
    a?.close();
  });

  it('resolves null when IndexedDB fails, and tries again next time', async () => {
    const open = vi.fn().mockRejectedValueOnce(new DOMException('no', 'InvalidStateError')).mockImplementation(() => openDatabase());
    const get = lazyDatabase(open);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await get()).toBeNull();
    const db = await get();
    expect(db).not.toBeNull();
    db?.close();
  });

  it('resolves null when opening hangs', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const get = lazyDatabase(() => new Promise(() => undefined), 20);
    expect(await get()).toBeNull();
  });
});
