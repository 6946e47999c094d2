import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS } from '../../../lib/schema';
import { fold } from '../../../lib/text';
import { CORPUS_DIR, loadCorpus, type CorpusItem } from '../../../scripts/train';

const validationItems = (file: string) =>
  readFileSync(join(CORPUS_DIR, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as CorpusItem);

const { train } = loadCorpus();
const all = [...train, ...validationItems('validation.jsonl'), ...validationItems('validation-real.jsonl')];
const isReal = (it: CorpusItem) => it.origin !== 'written';

describe('the labelled corpus', () => {
  it('has unique ids across all files', () => {
    const ids = all.map((it) => it.id);
    expect(ids.length).toBe(new Set(ids).size);
  });

  it('has no item twice, so no validation item is also learned from', () => {
    const key = (it: CorpusItem) => fold(it.text).replace(/\W+/g, ' ').trim();
    const seen = new Map<string, string>();
    const twice = all.flatMap((it) => {
      const other = seen.get(key(it));
      seen.set(key(it), it.id);
      return other ? [`${other} = ${it.id}`] : [];
    });
    expect(twice).toEqual([]);
  });

  it('has at least 40 items per category and language', () => {
    const thin = CATEGORY_IDS.flatMap((c) =>
      (['en', 'fr'] as const).flatMap((lang) => {
        const n = all.filter((it) => it.lang === lang && it.expect.includes(c)).length;
        return n < 40 ? [`${c} (${lang}): ${n}`] : [];
      }),
    );
    expect(thin).toEqual([]);
  });

  it('has at least 150 benign items, written and real, in each language', () => {
    for (const lang of ['en', 'fr'] as const) {
      const benign = all.filter((it) => it.lang === lang && it.expect.length === 0);
      expect(benign.length).toBeGreaterThanOrEqual(150);
      expect(benign.filter(isReal).length).toBeGreaterThan(0);
    }
  });

  it('quotes real claims in both languages, each with the page it was read on', () => {
    for (const lang of ['en', 'fr'] as const) {
      const real = all.filter((it) => it.lang === lang && isReal(it) && it.expect.length > 0);
      expect(real.length).toBeGreaterThanOrEqual(100);
      expect(real.every((it) => it.source?.startsWith('http'))).toBe(true);
    }
  });

  it('keeps one item in five out of training, in files of their own', () => {
    const share = (all.length - train.length) / all.length;
    expect(share).toBeGreaterThan(0.15);
    expect(share).toBeLessThan(0.25);
    expect(readdirSync(CORPUS_DIR).filter((f) => f.startsWith('validation'))).toEqual(['validation-real.jsonl', 'validation.jsonl']);
  });
});
