import type { CategoryScore } from './match';
import type { Practice } from './schema';

export type Tip = {
  practice: Practice;
  /** The detected categories this tip answers; empty for a general tip. */
  matched: string[];
};

export const TIPS_SHOWN = 3;

/**
 * Chooses tips across the detected categories in turn, so that two fitting tactics each get a tip
 * rather than the strongest getting all three, then fills with general practices. Within a
 * category, practices whose main category it is come first, in dataset order.
 */
export function pickTips(ranked: CategoryScore[], practices: Practice[], count = TIPS_SHOWN): Tip[] {
  const chosen: Tip[] = [];
  const used = new Set<string>();
  const detected = ranked.map((r) => r.id);
  const queues = detected.map((category) =>
    practices
      .filter((p) => p.categories.includes(category))
      .sort((a, b) => a.categories.indexOf(category) - b.categories.indexOf(category)),
  );
  const take = (practice: Practice) => {
    used.add(practice.id);
    chosen.push({ practice, matched: practice.categories.filter((c) => detected.includes(c)) });
  };
  while (chosen.length < count && queues.some((q) => q.length)) {
    for (const queue of queues) {
      if (chosen.length >= count) break;
      while (queue.length) {
        const next = queue.shift()!;
        if (used.has(next.id)) continue;
        take(next);
        break;
      }
    }
  }
  for (const practice of practices) {
    if (chosen.length >= count) break;
    if (practice.categories.length === 0 && !used.has(practice.id)) take(practice);
  }
  return chosen;
}
