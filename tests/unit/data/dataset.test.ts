import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import categories from '../../../data/categories.json';
import publishers from '../../../data/publishers.json';
import { buildBundle, bundledData } from '../../../lib/dataset';
import { CATEGORY_IDS } from '../../../lib/schema';

const data = bundledData();
const { en, fr } = data.practices;
const read = (file: string) => readFileSync(new URL(`../../../data/${file}`, import.meta.url), 'utf8');

describe('bundled dataset', () => {
  it('parses with the schema at its canonical formatting (2-space JSON, final newline)', () => {
    for (const file of ['practices.en.json', 'practices.fr.json', 'categories.json', 'reporting.json', 'publishers.json']) {
      const text = read(file);
      expect(JSON.stringify(JSON.parse(text), null, 2) + '\n', file).toBe(text);
    }
  });

  it('names file, id and field when a record is wrong', () => {
    const broken = structuredClone(en);
    broken[1]!.summary = 'x'.repeat(201);
    expect(() => buildBundle({ en: broken, fr, categories, reporting: data.reporting })).toThrow(
      `data/practices.en.json: '${broken[1]!.id}': summary: must be at most 200 characters`,
    );
  });

  it('uses the 14 category ids of the contract (shared/eval/categories.json), in its order', () => {
    const contract = ['voting-process', 'fraud-claims', 'impersonation', 'manipulated-media', 'false-context', 'fabricated-content', 'emotional-manipulation',
      'inauthentic-behavior', 'hack-and-leak', 'polarization', 'hidden-sponsorship', 'scam-phishing', 'misleading-headline', 'conspiracy'];
    expect(CATEGORY_IDS).toEqual(contract);
  });

  it('has unique kebab-case ids', () => {
    const ids = en.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('has the same ids, categories, step counts and sources in English and French', () => {
    expect(fr.map((p) => p.id)).toEqual(en.map((p) => p.id));
    fr.forEach((p, i) => {
      const twin = en[i]!;
      expect(p.categories, p.id).toEqual(twin.categories);
      expect(p.steps.length, p.id).toBe(twin.steps.length);
      expect(p.sources.map((s) => s.url), p.id).toEqual(twin.sources.map((s) => s.url));
    });
  });

  it('has at least 84 practices, 5 per category in each language, and general ones', () => {
    for (const list of [en, fr]) {
      expect(list.length).toBeGreaterThanOrEqual(84);
      for (const id of CATEGORY_IDS) expect(list.filter((p) => p.categories.includes(id)).length, id).toBeGreaterThanOrEqual(5);
      expect(list.filter((p) => p.categories.length === 0).length).toBeGreaterThanOrEqual(5);
    }
  });

  it('keeps texts within the panel limits and never duplicates a summary', () => {
    for (const list of [en, fr]) {
      for (const p of list) {
        expect(p.summary.length, p.id).toBeLessThanOrEqual(200);
        for (const step of p.steps) expect(step.length, p.id).toBeLessThanOrEqual(160);
      }
      const summaries = list.map((p) => p.summary.toLowerCase());
      expect(new Set(summaries).size).toBe(summaries.length);
    }
  });

  it('cites only https sources whose host belongs to their publisher in SOURCES.md', () => {
    const hosts = new Map(publishers.map((p) => [p.publisher, p.hosts]));
    for (const p of en) {
      for (const source of p.sources) {
        const url = new URL(source.url);
        expect(url.protocol, p.id).toBe('https:');
        expect(hosts.get(source.publisher) ?? [], `${p.id}: ${source.publisher} at ${url.hostname}`).toContain(url.hostname);
      }
    }
  });

  it('writes French as French: no English title left untranslated, French punctuation spacing', () => {
    for (const [i, p] of fr.entries()) {
      expect(p.title, p.id).not.toBe(en[i]!.title);
      expect(p.summary, p.id).not.toBe(en[i]!.summary);
      // A colon, semicolon, question or exclamation mark takes a (non-breaking) space before it in French.
      for (const text of [p.title, p.summary, ...p.steps]) expect(text, p.id).not.toMatch(/[\p{L}\d»)][:;?!](\s|$)/u);
    }
  });

  it('has where-to-report entries for Canada and the platform, in both languages', () => {
    const ids = data.reporting.map((r) => r.id);
    expect(ids.length).toBeGreaterThanOrEqual(4);
    expect(data.reporting.some((r) => r.categories.length === 0 && r.en.url === null)).toBe(true);
    for (const r of data.reporting) expect(r.fr.name, r.id).toBeTruthy();
  });

  it('changes its version when any record changes', () => {
    const changed = structuredClone(en);
    changed[0]!.title = `${changed[0]!.title}!`;
    const raw = { en, fr, categories, reporting: data.reporting };
    expect(buildBundle(raw).version).toBe(data.version);
    expect(buildBundle({ ...raw, en: changed }).version).not.toBe(data.version);
  });
});
