import * as v from 'valibot';
import categoryContract from '../data/categories.json';
import { FLAG_KINDS } from './flag';
import { LANGS, type Lang } from './lang';

export type { Lang };

/** The 14 tactic ids; data/categories.json mirrors the contract in shared/eval/categories.json. */
export const CATEGORY_IDS = categoryContract.map((c) => c.id) as [string, ...string[]];

const text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(max, `must be at most ${max} characters`));
const kebab = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case'));
const categoryId = v.picklist(CATEGORY_IDS, 'is not one of the 14 category ids');
const httpsUrl = v.pipe(v.string(), v.url('must be a URL'), v.startsWith('https://', 'must be https'));

const SourceSchema = v.strictObject({
  title: text(200),
  publisher: text(120),
  year: v.pipe(v.number(), v.integer(), v.minValue(2000), v.maxValue(2030)),
  url: httpsUrl,
});

export const PracticeSchema = v.strictObject({
  id: kebab,
  categories: v.pipe(v.array(categoryId), v.maxLength(3, 'at most 3 categories')),
  title: text(80),
  summary: text(200),
  steps: v.pipe(v.array(text(160)), v.minLength(2, 'needs 2 to 5 steps'), v.maxLength(5, 'needs 2 to 5 steps')),
  why: text(300),
  example: text(300),
  sources: v.pipe(v.array(SourceSchema), v.minLength(1, 'needs at least one source')),
});

const localized = <T extends v.GenericSchema>(schema: T) => v.strictObject({ en: schema, fr: schema });

export const CategorySchema = v.strictObject({
  id: categoryId,
  en: v.strictObject({ name: text(60), description: text(200) }),
  fr: v.strictObject({ name: text(60), description: text(200) }),
});

export const ReportingSchema = v.strictObject({
  id: kebab,
  categories: v.array(categoryId),
  ...localized(
    v.strictObject({
      name: text(80),
      when: text(160),
      url: v.nullable(v.pipe(v.string(), v.regex(/^(https:\/\/|mailto:)/, 'must be https or mailto'))),
    }),
  ).entries,
});

export type Practice = v.InferOutput<typeof PracticeSchema>;
export type Category = v.InferOutput<typeof CategorySchema>;
export type Reporting = v.InferOutput<typeof ReportingSchema>;

/**
 * Parses a bundled data file and names the file, the record id and the field of every problem,
 * so that a broken edit of the dataset fails the build with a message a writer can act on.
 */
export function parseList<T extends v.GenericSchema>(schema: T, data: unknown, file: string): v.InferOutput<T>[] {
  if (!Array.isArray(data)) throw new Error(`${file}: expected an array`);
  const problems: string[] = [];
  const out = data.map((record, index) => {
    const result = v.safeParse(schema, record);
    if (result.success) return result.output;
    const id = typeof record?.id === 'string' ? `'${record.id}'` : `#${index}`;
    for (const issue of result.issues) {
      const field = issue.path?.map((p) => String(p.key)).join('.') || '(record)';
      problems.push(`${file}: ${id}: ${field}: ${issue.message}`);
    }
    return undefined;
  });
  if (problems.length) throw new Error(problems.join('\n'));
  return out as v.InferOutput<T>[];
}

const weighted = v.tuple([v.pipe(v.string(), v.minLength(1)), v.number()]);
const cue = v.tuple([v.pipe(v.string(), v.minLength(1)), v.number(), v.pipe(v.string(), v.minLength(1))]);

export const LexiconSchema = v.strictObject({
  bias: v.number(),
  threshold: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  terms: v.record(categoryId, v.array(weighted)),
  counter: v.array(weighted),
  /** Regular expressions on the flagged text (case-insensitive, Unicode): dates, amounts, requests. */
  patterns: v.record(categoryId, v.array(cue)),
  /** The label of a URL cue is a message key (public/_locales), so the panel shows it in the reader's language. */
  url: v.record(categoryId, v.array(v.tuple([v.pipe(v.string(), v.minLength(1)), v.number(), v.pipe(v.string(), v.regex(/^cue[A-Z]\w+$/, 'must be a cue… message key'))]))),
});

const finite = v.pipe(v.number(), v.finite());
// One value per category, then one for the benign output.
const perOutput = v.pipe(v.array(finite), v.length(CATEGORY_IDS.length + 1, 'needs one value per category and one for benign'));
const probability = v.pipe(v.number(), v.minValue(0), v.maxValue(1));

/** data/model.json, written by scripts/train.ts: naive Bayes and logistic regression stacked into one linear model, one output per category and one for benign. */
export const ModelSchema = v.strictObject({
  /** Fingerprint of the training items, lexicon and settings, so a test can tell the model is stale. */
  corpus: v.pipe(v.string(), v.regex(/^[0-9a-f]{8}$/)),
  trainedOn: v.pipe(v.number(), v.integer(), v.minValue(1)),
  categories: v.pipe(v.array(categoryId), v.length(CATEGORY_IDS.length)),
  /** The feature strings, one per line; weights refer to them by line number. */
  features: v.string(),
  bias: perOutput,
  /** Weight of the lexicon's log-odds sum for the output, and of the counter-signals. */
  lexicon: perOutput,
  counter: perOutput,
  /**
   * A tactic is named only when the gate (weights `stack` over the benign output, the two
   * strongest tactics and the counter-signals) reaches `gate`; then the strongest is, and any
   * other from its own threshold in `thresholds` (one per category). Tactics not named but from
   * `floor` still have their tips offered.
   */
  stack: v.pipe(v.array(finite), v.length(5)),
  gate: probability,
  thresholds: v.pipe(v.array(probability), v.length(CATEGORY_IDS.length)),
  floor: probability,
  /** Per output, its packed sparse weights (lib/model-codec.ts). */
  weights: v.pipe(
    v.array(v.strictObject({ scale: v.pipe(v.number(), v.minValue(0)), data: v.pipe(v.string(), v.regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64')) })),
    v.length(CATEGORY_IDS.length + 1),
  ),
});

/**
 * One labelled item of data/corpus/*.jsonl: what the matcher learns from and is judged on. Real
 * items (rumours and facts quoted from fact-checks) name the page they were read on.
 */
export const CorpusItemSchema = v.pipe(
  v.strictObject({
    id: kebab,
    lang: v.picklist(LANGS),
    kind: v.picklist(FLAG_KINDS),
    text: v.pipe(v.string(), v.regex(/\S/, 'is blank'), v.maxLength(1000)),
    url: v.pipe(v.string(), v.url()),
    title: v.optional(v.string()),
    /** The tactics a careful reader would name; empty for benign content. */
    expect: v.pipe(v.array(categoryId), v.maxLength(4), v.check((ids) => new Set(ids).size === ids.length, 'repeats a category')),
    origin: v.picklist(['written', 'factcheck', 'factcheck-benign']),
    source: v.optional(v.pipe(v.string(), v.url())),
  }),
  v.check((item) => item.origin === 'written' || item.source !== undefined, 'a real item must name its source page'),
);

const aboutText = v.strictObject({
  title: text(80),
  intro: text(400),
  compendium: text(800),
  goalsIntro: text(200),
  goals: v.pipe(v.array(text(120)), v.length(3, 'the compendium has three goals')),
  citizens: text(400),
  sources: v.array(text(300)),
  ownWords: text(400),
  privacy: text(200),
});

export const AboutSchema = v.strictObject({
  updated: v.pipe(v.string(), v.isoDate('must be YYYY-MM-DD')),
  compendium: v.strictObject({ url: v.strictObject({ en: httpsUrl, fr: httpsUrl }) }),
  en: aboutText,
  fr: aboutText,
});

export type About = v.InferOutput<typeof AboutSchema>;
export type AboutText = About['en'];
