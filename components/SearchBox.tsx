import { useMemo, useState } from 'preact/hooks';
import type { Translate } from '../lib/i18n';
import type { Practice } from '../lib/schema';
import { createSearch } from '../lib/search';
import TipCard from './TipCard';

export type SearchBoxProps = {
  /** All practices in the interface language. */
  practices: Practice[];
  names: Record<string, string>;
  t: Translate;
};

const MAX_RESULTS = 20;

/** Search over every practice, with the result count announced politely as the person types. */
export default function SearchBox({ practices, names, t }: SearchBoxProps) {
  const search = useMemo(() => createSearch(practices), [practices]);
  const [query, setQuery] = useState('');
  const results = useMemo(() => search(query), [search, query]);
  const count = results.length;
  const announce = !query.trim() ? '' : count === 0 ? t('searchNone') : count === 1 ? t('searchOne') : t('searchResults', String(count));
  return (
    <section class="search" aria-labelledby="bg-search-label">
      <label id="bg-search-label" for="bg-search">
        {t('searchLabel')}
      </label>
      <input id="bg-search" type="search" value={query} autoComplete="off" spellcheck={false} onInput={(e) => setQuery(e.currentTarget.value)} />
      <p class="search-status" aria-live="polite">
        {announce}
      </p>
      <div class="results">
        {results.slice(0, MAX_RESULTS).map((practice) => (
          <TipCard key={practice.id} tip={{ practice, matched: practice.categories }} names={names} t={t} explain={false} />
        ))}
      </div>
    </section>
  );
}
