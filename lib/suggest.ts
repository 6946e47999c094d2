import type { Bundle } from './dataset';
import type { FlaggedItem } from './flag';
import { matchItem, type CategoryScore, type Matcher } from './match';
import { pickTips, type Tip } from './pick';
import type { Reporting } from './schema';

/** Everything a view needs to show the tips for one flag, in the flag's language. */
export type Suggestion = {
  item: FlaggedItem;
  /** Detected tactics, strongest first, each with the evidence that fired. */
  categories: CategoryScore[];
  /** Likely but unconfirmed tactics, whose tips fill in after the detected ones. */
  candidates: CategoryScore[];
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
export function suggest(item: FlaggedItem, data: Bundle, matcher: Matcher, picked?: string[], now = Date.now()): Suggestion {
  const { categories, candidates } = matchItem(item, matcher);
  const known = picked?.filter((id, i) => data.categories.some((c) => c.id === id) && picked.indexOf(id) === i);
  const scored = [...categories, ...candidates];
  const ranked: CategoryScore[] = known ? known.map((id) => scored.find((d) => d.id === id) ?? { id, score: 1, evidence: [] }) : scored;
  // Reporting places are offered only for tactics we are confident of, or that the person named.
  const named = new Set((known ?? categories.map((c) => c.id)));
  return {
    item,
    categories,
    candidates,
    ...(known ? { picked: known } : {}),
    tips: pickTips(ranked, data.practices[item.lang]),
    reporting: data.reporting.filter((r) => r.categories.length === 0 || r.categories.some((c) => named.has(c))),
    names: Object.fromEntries(data.categories.map((c) => [c.id, c[item.lang].name])),
    createdAt: now,
  };
}
