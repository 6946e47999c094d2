import type { FlaggedItem } from './flag';
import type { InferOutput } from 'valibot';
import type { LexiconSchema, ModelSchema } from './schema';
import { unpackWeights } from './model-codec';
import { tokenize, type Token } from './text';

/** One piece of evidence that moved a category's score, with where it sits in the flagged text. */
export type Evidence = {
  /** The words as they appear in the flagged text; for a URL cue, the message key of its label. */
  text: string;
  /** Where it was found; offsets are into that field (`item.text`, `item.title`) or the URL's host and path. */
  in: 'text' | 'title' | 'url';
  start: number;
  end: number;
  weight: number;
};

export type CategoryScore = {
  id: string;
  /** A probability-like score in [0, 1]; categories under the threshold are not returned. */
  score: number;
  evidence: Evidence[];
};

/**
 * The lexicon as stored in data/lexicon.json; weights are log-odds contributions.
 * - bias: added to every category's sum before the logistic (how much evidence a category needs);
 * - terms: category id -> [phrase, weight], phrases matched on normalised tokens, in any language;
 * - counter: phrases of reporting, fact-checks and official notices, which pull every category down;
 * - patterns: category id -> [regex on the text, weight, label shown as evidence];
 * - url: category id -> [regex on the URL's host and path, weight, message key of the label shown as evidence].
 */
export type Lexicon = InferOutput<typeof LexiconSchema>;
export type Model = InferOutput<typeof ModelSchema>;

type Entry = { category: string; tokens: string[]; weight: number };
type Cue = { category: string; re: RegExp; weight: number; label: string };

/** The lexicon and (optionally) the model turned into lookup tables once, so scoring an item is one pass over its tokens. */
export type Matcher = {
  lexicon: Lexicon;
  byFirst: Map<string, Entry[]>;
  patterns: Cue[];
  url: Cue[];
  model?: {
    model: Model;
    /** Feature -> its row in `weights`. */
    rows: Map<string, number>;
    /** One row per feature, one column per output: dense, so that compiling is two plain loops. */
    weights: Float32Array;
  };
};

const COUNTER = '*counter*';

export function compileMatcher(lexicon: Lexicon, model?: Model): Matcher {
  const byFirst = new Map<string, Entry[]>();
  const add = (category: string, phrase: string, weight: number) => {
    const tokens = tokenize(phrase).map((t) => t.norm);
    const first = tokens[0];
    if (!first) return;
    const list = byFirst.get(first) ?? [];
    list.push({ category, tokens, weight });
    byFirst.set(first, list);
  };
  for (const [category, terms] of Object.entries(lexicon.terms)) for (const [phrase, weight] of terms) add(category, phrase, weight);
  for (const [phrase, weight] of lexicon.counter) add(COUNTER, phrase, weight);
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  const cues = (table: Lexicon['url']) =>
    Object.entries(table).flatMap(([category, list]) => list.map(([source, weight, label]) => ({ category, re: new RegExp(source, 'iu'), weight, label })));
  const matcher: Matcher = { lexicon, byFirst, patterns: cues(lexicon.patterns), url: cues(lexicon.url) };
  if (model) {
    const features = model.features.split('\n');
    const outputs = model.weights.length;
    const weights = new Float32Array(features.length * outputs);
    model.weights.forEach((packed, c) => {
      for (const [index, weight] of unpackWeights(packed)) weights[index * outputs + c] = weight;
    });
    matcher.model = { model, rows: new Map(features.map((f, i) => [f, i])), weights };
  }
  return matcher;
}

function matchesAt(tokens: Token[], i: number, entry: Entry): boolean {
  for (let k = 1; k < entry.tokens.length; k++) if (tokens[i + k]?.norm !== entry.tokens[k]) return false;
  return true;
}

/** The flagged address when it is http(s); parsed once for the lexicon's cues and the model's context. */
function httpUrl(raw: string): URL | null {
  try {
    const u = new URL(raw);
    return u.protocol.startsWith('http') ? u : null;
  } catch {
    return null;
  }
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

type Item = Pick<FlaggedItem, 'kind' | 'text' | 'url' | 'title'>;
type Field = { text: string; in: 'text' | 'title'; tokens: Token[] };

/** The fields the matcher reads: a page's title often names what the page is; a selection's tab title says little about it. */
function fields(item: Item): Field[] {
  const out: Field[] = [{ text: item.text, in: 'text', tokens: tokenize(item.text) }];
  if (item.kind === 'page' && item.title && !item.text.includes(item.title)) out.push({ text: item.title, in: 'title', tokens: tokenize(item.title) });
  return out;
}

/** What the lexicon found: per-category log-odds sums with their evidence, and the counter-signal sum. */
export type Signals = { sums: Map<string, number>; evidence: Map<string, Evidence[]>; counter: number };

/**
 * Runs the lexicon over an item. Each phrase or cue counts once however often it repeats, so a post
 * cannot shout its way into a category.
 */
function signals(parts: Field[], url: URL | null, matcher: Pick<Matcher, 'byFirst' | 'patterns' | 'url'>): Signals {
  const sums = new Map<string, number>();
  const evidence = new Map<string, Evidence[]>();
  const seen = new Set<string>();
  let counter = 0;
  const note = (category: string, found: Evidence) => {
    sums.set(category, (sums.get(category) ?? 0) + found.weight);
    const list = evidence.get(category) ?? [];
    list.push(found);
    evidence.set(category, list);
  };
  for (const { text, in: where, tokens } of parts) {
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      for (const entry of matcher.byFirst.get(token.norm) ?? []) {
        if (!matchesAt(tokens, i, entry)) continue;
        const key = `${entry.category}|${entry.tokens.join(' ')}`;
        if (seen.has(key)) continue;
        seen.add(key);
        if (entry.category === COUNTER) {
          counter += entry.weight;
          continue;
        }
        const last = tokens[i + entry.tokens.length - 1]!;
        note(entry.category, { text: text.slice(token.start, last.end), in: where, start: token.start, end: last.end, weight: entry.weight });
      }
    }
    for (const cue of matcher.patterns) {
      const key = `${cue.category}|${cue.label}`;
      if (seen.has(key)) continue;
      const m = cue.re.exec(text);
      if (!m) continue;
      seen.add(key);
      note(cue.category, { text: m[0], in: where, start: m.index, end: m.index + m[0].length, weight: cue.weight });
    }
  }
  // Host and path, lower-cased: where look-alike domains and login paths show.
  const key = url ? `${url.hostname}${url.pathname}`.toLowerCase() : '';
  if (key) {
    for (const cue of matcher.url) {
      const m = cue.re.exec(key);
      if (m) note(cue.category, { text: cue.label, in: 'url', start: m.index, end: m.index + m[0].length, weight: cue.weight });
    }
  }
  return { sums, evidence, counter };
}

/** A model feature (a normalised word, word pair or context) where it first occurs. */
type Feature = { in: 'text' | 'title'; start: number; end: number };

// Numbers differ from post to post; that a number sits there (a date, a count, an amount) does not.
const numberless = (norm: string) => (/^\d+$/.test(norm) ? '0' : norm);

/** Words and word pairs, each where it first occurs. */
function features(parts: Field[]): Map<string, Feature> {
  const out = new Map<string, Feature>();
  for (const { in: where, tokens } of parts) {
    let prev: Token | undefined;
    for (const token of tokens) {
      const norm = numberless(token.norm);
      const at = { in: where, start: token.start, end: token.end };
      if (!out.has(norm)) out.set(norm, at);
      if (prev) {
        const pair = `${numberless(prev.norm)} ${norm}`;
        if (!out.has(pair)) out.set(pair, { in: where, start: prev.start, end: token.end });
      }
      prev = token;
    }
  }
  return out;
}

/** The model's last output: the item is ordinary content that uses no tactic. */
export const BENIGN = '*benign*';

/** The lexicon's log-odds for one output; for the benign output, the strongest category's, which argues against it. */
export const lexiconSum = (signals: Signals, output: string) => (output === BENIGN ? Math.max(0, ...signals.sums.values()) : (signals.sums.get(output) ?? 0));

/** What the model reads from an item; scripts/train.ts learns from exactly this. */
export type Observation = { features: Map<string, Feature>; signals: Signals; parts: Field[] };

/**
 * What kind of thing was flagged and the words of its address: a link's look-alike host or a
 * /login path says as much as its text. They explain poorly, so they are never shown as evidence.
 */
function context(kind: Item['kind'], url: URL | null, out: Map<string, Feature>) {
  const none: Feature = { in: 'text', start: 0, end: 0 };
  out.set(`@kind:${kind}`, none);
  // No address (a page flagged from a browser page): the text alone speaks.
  if (!url) return;
  for (const word of url.hostname.split(/[.-]+/)) if (word && word !== 'www') out.set(`@host:${word}`, none);
  for (const word of url.pathname.toLowerCase().split(/[^a-z0-9]+/)) if (word.length > 2) out.set(`@path:${word}`, none);
}

export function observe(item: Item, matcher: Pick<Matcher, 'byFirst' | 'patterns' | 'url'>): Observation {
  const parts = fields(item);
  const url = httpUrl(item.url);
  const found = features(parts);
  context(item.kind, url, found);
  return { features: found, signals: signals(parts, url, matcher), parts };
}

const EVIDENCE_SHOWN = 5;
const EVIDENCE_MIN = 0.5;
const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** Per-category probabilities with the evidence behind each, and the probability that the item is benign. */
function scoreModel(obs: Observation, { model, rows, weights }: NonNullable<Matcher['model']>): { scores: CategoryScore[]; benign: number } {
  const logit = model.bias.slice();
  const outputs = logit.length;
  const fired: Evidence[][] = model.bias.map(() => []);
  for (const [key, at] of obs.features) {
    const row = rows.get(key);
    if (row === undefined) continue;
    for (let c = 0; c < outputs; c++) {
      const contribution = weights[row * outputs + c]!;
      if (contribution === 0) continue;
      logit[c]! += contribution;
      // Context features move the score but make poor explanations; words and word pairs are shown.
      if (contribution > 0 && !key.startsWith('@')) {
        const field = obs.parts.find((p) => p.in === at.in)!;
        fired[c]!.push({ text: field.text.slice(at.start, at.end), in: at.in, start: at.start, end: at.end, weight: round3(contribution) });
      }
    }
  }
  const probability = (c: number, output: string) => sigmoid(logit[c]! + model.lexicon[c]! * lexiconSum(obs.signals, output) + model.counter[c]! * obs.signals.counter);
  const scores = model.categories.map((id, c) => {
    const lexical = (obs.signals.evidence.get(id) ?? []).filter((e) => e.weight > 0).map((e) => ({ ...e, weight: round3(e.weight * model.lexicon[c]!) }));
    const evidence = [...lexical, ...fired[c]!]
      .sort((a, b) => b.weight - a.weight)
      // A word pair and its own words say the same thing twice; keep the strongest.
      .filter((e, i, all) => !all.slice(0, i).some((o) => o.in === e.in && o.start < e.end && e.start < o.end))
      // Weak features make poor explanations; the two strongest are kept so none is left bare.
      .filter((e, i) => i < 2 || e.weight >= EVIDENCE_MIN)
      .slice(0, EVIDENCE_SHOWN);
    return { id, score: round3(probability(c, id)), evidence };
  });
  return { scores, benign: probability(model.categories.length, BENIGN) };
}

/** The lexicon alone, for when no model is loaded: its sums through a logistic. */
function scoreSignals(obs: Observation, lexicon: Lexicon): CategoryScore[] {
  return [...obs.signals.sums].map(([id, sum]) => ({
    id,
    score: round3(sigmoid(sum + obs.signals.counter + lexicon.bias)),
    evidence: (obs.signals.evidence.get(id) ?? []).filter((e) => e.weight > 0).sort((a, b) => b.weight - a.weight).slice(0, EVIDENCE_SHOWN),
  }));
}

const logit = (p: number) => Math.log(Math.max(1e-6, p) / Math.max(1e-6, 1 - p));

/** What the gate reads: the benign output, the two strongest tactics, whether a counter-signal fired, and a constant. */
export const gateInputs = (benign: number, top: number, second: number, counter: number) => [logit(benign), logit(top), logit(second), counter < 0 ? 1 : 0, 1];

/** The probability that an item uses some tactic, from the model's outputs (weights learned by scripts/train.ts). */
export const gateProbability = (stack: number[], benign: number, top: number, second: number, counter: number) =>
  sigmoid(gateInputs(benign, top, second, counter).reduce((sum, x, i) => sum + x * stack[i]!, 0));

/**
 * Counter-signals this strong (a fact-check's verdict, an official denial) mean the item is about
 * a tactic, not an instance of it: no tactic is named, whatever the model says.
 */
export const COUNTER_VETO = -1.5;

export type Match = {
  /** Tactics the item shows with enough confidence to name them, strongest first (none for benign text). */
  categories: CategoryScore[];
  /** The next most likely tactics, not confident enough to name: their tips still beat generic ones. */
  candidates: CategoryScore[];
};

/** At most this many tactics are named or suggested for one item. */
export const MAX_TACTICS = 3;

/** The cuts scripts/train.ts chooses: the gate's weights and bar, each category's naming threshold, the floor for likely tactics. */
export type Cuts = Pick<Model, 'stack' | 'gate' | 'thresholds' | 'floor'>;

/**
 * Which tactics to name and which to offer as likely, by index into `scores` (one per category, in
 * model order). Content that looks benign names no tactic; otherwise the strongest is named, and
 * others only when strong too: each category has its own bar, as some are named alongside others
 * far more often. scripts/train.ts chooses the cuts with this very function.
 */
export function chooseTactics(scores: readonly number[], benign: number, counter: number, { stack, gate, thresholds, floor }: Cuts): { named: number[]; likely: number[] } {
  const order = scores.map((_, c) => c).sort((a, b) => scores[b]! - scores[a]!);
  const sure = counter > COUNTER_VETO && gateProbability(stack, benign, scores[order[0]!] ?? 0, scores[order[1]!] ?? 0, counter) >= gate;
  const named = sure ? order.filter((c, i) => i === 0 || scores[c]! >= thresholds[c]!).slice(0, MAX_TACTICS) : [];
  const likely = order.filter((c) => !named.includes(c) && scores[c]! >= floor).slice(0, MAX_TACTICS - named.length);
  return { named, likely };
}

/**
 * Scores a flagged item: with a model, per category the sum of its feature log-odds and the
 * lexicon's (weighted as learned); without one, the lexicon alone. Counter-signals of reporting and
 * fact-checks lower every category, so an article about a scam is not taken for the scam.
 */
export function matchItem(item: Item, matcher: Matcher): Match {
  const obs = observe(item, matcher);
  if (!matcher.model) {
    const all = scoreSignals(obs, matcher.lexicon).sort((a, b) => b.score - a.score);
    return { categories: all.filter((c) => c.score >= matcher.lexicon.threshold).slice(0, MAX_TACTICS), candidates: [] };
  }
  const { scores, benign } = scoreModel(obs, matcher.model);
  const { named, likely } = chooseTactics(
    scores.map((c) => c.score),
    benign,
    obs.signals.counter,
    matcher.model.model,
  );
  return { categories: named.map((c) => scores[c]!), candidates: likely.map((c) => scores[c]!) };
}
