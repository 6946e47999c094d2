import type { FlaggedItem } from './flag';
import type { InferOutput } from 'valibot';
import type { LexiconSchema } from './schema';
import { tokenize, type Token } from './text';

/** One piece of evidence that moved a category's score, with where it sits in the flagged text. */
export type Evidence = {
  /** The words as they appear in the flagged text (or the URL cue). */
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
 * - url: category id -> [regex on the URL's host and path, weight, label shown as evidence].
 */
export type Lexicon = InferOutput<typeof LexiconSchema>;

type Entry = { category: string; tokens: string[]; weight: number };

/** A lexicon turned into lookup tables once, so that scoring one item is a single pass over its tokens. */
export type CompiledLexicon = {
  lexicon: Lexicon;
  byFirst: Map<string, Entry[]>;
  url: { category: string; re: RegExp; weight: number; label: string }[];
};

const COUNTER = '*counter*';

export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
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
  const url = Object.entries(lexicon.url).flatMap(([category, cues]) =>
    cues.map(([source, weight, label]) => ({ category, re: new RegExp(source, 'i'), weight, label })),
  );
  return { lexicon, byFirst, url };
}

function matchesAt(tokens: Token[], i: number, entry: Entry): boolean {
  for (let k = 1; k < entry.tokens.length; k++) if (tokens[i + k]?.norm !== entry.tokens[k]) return false;
  return true;
}

/** Host and path of an http(s) URL, lower-cased; empty for anything else. */
function urlKey(raw: string): string {
  try {
    const u = new URL(raw);
    return u.protocol.startsWith('http') ? `${u.hostname}${u.pathname}`.toLowerCase() : '';
  } catch {
    return '';
  }
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/**
 * Scores a flagged item against the lexicon. Each phrase counts once however often it repeats, so
 * a post cannot shout its way into a category; the counter-phrases of reporting and fact-checks
 * lower every category, so an article about a scam is not taken for the scam.
 */
export function matchItem(item: Pick<FlaggedItem, 'kind' | 'text' | 'url' | 'title'>, compiled: CompiledLexicon): CategoryScore[] {
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
  const scan = (text: string, where: 'text' | 'title') => {
    const tokens = tokenize(text);
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      for (const entry of compiled.byFirst.get(token.norm) ?? []) {
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
  };
  scan(item.text, 'text');
  // A page's title often names what the page is; a selection's tab title says little about the selection.
  if (item.kind === 'page' && item.title && !item.text.includes(item.title)) scan(item.title, 'title');
  const key = urlKey(item.url);
  if (key) {
    for (const cue of compiled.url) {
      const m = cue.re.exec(key);
      if (m) note(cue.category, { text: cue.label, in: 'url', start: m.index, end: m.index + m[0].length, weight: cue.weight });
    }
  }
  const { bias, threshold } = compiled.lexicon;
  const scores: CategoryScore[] = [];
  for (const [id, sum] of sums) {
    const score = sigmoid(sum + counter + bias);
    if (score < threshold) continue;
    const ev = (evidence.get(id) ?? []).filter((e) => e.weight > 0).sort((a, b) => b.weight - a.weight);
    scores.push({ id, score: Math.round(score * 1000) / 1000, evidence: ev });
  }
  return scores.sort((a, b) => b.score - a.score);
}
