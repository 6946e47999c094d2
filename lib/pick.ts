import type { CategoryScore } from './match';
import type { Practice } from './schema';

export type Tip = {
  practice: Practice;
  /** The ranked (detected, likely or picked) categories this tip answers; empty for a general tip. */
  matched: string[];
};

const TIPS_SHOWN = 3;

/**
 * Chooses tips across the detected categories in turn, strongest first, so that two fitting
 * tactics each get a tip rather than the strongest getting all three, then fills with general
 * practices. Within a category, practices whose main category it is come first, then those that
 * also answer more of the other detected tactics, then dataset order.
 */
export function pickTips(ranked: CategoryScore[], practices: Practice[], count = TIPS_SHOWN): Tip[] {
  const chosen: Tip[] = [];
  const used = new Set<string>();
  const detected = ranked.map((r) => r.id);
  const queues = detected.map((category) =>
    practices
      .filter((p) => p.categories.includes(category))
      .map((p, order) => ({ p, order, main: p.categories.indexOf(category), covers: p.categories.filter((c) => detected.includes(c)).length }))
      .sort((a, b) => a.main - b.main || b.covers - a.covers || a.order - b.order)
      .map(({ p }) => p),
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
