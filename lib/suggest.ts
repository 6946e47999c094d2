import type { Bundle } from './dataset';
import type { FlaggedItem } from './flag';
import { matchItem, type CategoryScore, type CompiledLexicon } from './match';
import { pickTips, type Tip } from './pick';
import type { Reporting } from './schema';

/** Everything a view needs to show the tips for one flag, in the flag's language. */
export type Suggestion = {
  item: FlaggedItem;
  /** Detected tactics, strongest first, each with the evidence that fired. */
  categories: CategoryScore[];
  /** The tactics the person picked in "What seems off?", when they did. */
  picked?: string[];
  tips: Tip[];
  /** Where to report, for the detected (or picked) tactics. */
  reporting: Reporting[];
  /** Display names of all categories in the flag's language. */
  names: Record<string, string>;
  createdAt: number;
  /** The page could not host the panel (a browser or store page), so only the popup shows these tips. */
  blocked?: boolean;
};

/**
 * Scores the item and picks tips. When the person says which tactics they see, their choice
 * ranks first (in their order) and the detected ones follow, so the tips follow them at once.
 */
export function suggest(item: FlaggedItem, data: Bundle, lexicon: CompiledLexicon, picked?: string[], now = Date.now()): Suggestion {
  const detected = matchItem(item, lexicon);
  const known = picked?.filter((id, i) => data.categories.some((c) => c.id === id) && picked.indexOf(id) === i);
  const ranked: CategoryScore[] = known
    ? known.map((id) => detected.find((d) => d.id === id) ?? { id, score: 1, evidence: [] })
    : detected;
  const active = new Set(ranked.map((r) => r.id));
  return {
    item,
    categories: detected,
    ...(known ? { picked: known } : {}),
    tips: pickTips(ranked, data.practices[item.lang]),
    reporting: data.reporting.filter((r) => r.categories.length === 0 || r.categories.some((c) => active.has(c))),
    names: Object.fromEntries(data.categories.map((c) => [c.id, c[item.lang].name])),
    createdAt: now,
  };
}
