import MiniSearch from 'minisearch';
import type { Practice } from './schema';
import { fold } from './text';

export type PracticeSearch = (query: string) => Practice[];

/**
 * A full-text index over one language's practices: titles weigh most, then summaries, then
 * steps; accents and case are ignored, and prefixes and small typos still match.
 */
export function createSearch(practices: Practice[]): PracticeSearch {
  const index = new MiniSearch<Practice & { text: string }>({
    fields: ['title', 'summary', 'text'],
    storeFields: [],
    processTerm: (term) => fold(term) || null,
    searchOptions: { prefix: true, fuzzy: 0.2, boost: { title: 3, summary: 2 }, combineWith: 'AND' },
  });
  index.addAll(practices.map((p) => ({ ...p, text: [...p.steps, p.why].join(' ') })));
  const byId = new Map(practices.map((p) => [p.id, p]));
  return (query) => {
    if (!query.trim()) return [];
    return index.search(query).flatMap((hit) => byId.get(hit.id as string) ?? []);
  };
}
