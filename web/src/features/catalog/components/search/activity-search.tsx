import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type SearchInput, useCatalogSearch } from '../../../../lib/catalog-search';
import type { Vocabularies } from '../../../../lib/vocabularies';
import { useSearchState } from '../../hooks/use-search-state';
import { activeFilterCount, searchCodesOf } from '../../utils/search-params';
import { SearchBar } from './search-bar';
import { SearchFilters } from './search-filters';
import { SearchResults } from './search-results';

interface ActivitySearchProps {
  tenant: { slug: string; municipalities: readonly string[] };
  vocabularies: Vocabularies;
}

/** The resident's search: a query, filters with counts (behind a disclosure on small screens) and results. */
export const ActivitySearch = ({ tenant, vocabularies }: ActivitySearchProps) => {
  const { t } = useTranslation();
  const codes = useMemo(() => searchCodesOf(tenant.municipalities, vocabularies), [tenant.municipalities, vocabularies]);
  const { search, setSearch } = useSearchState(codes);
  const results = useCatalogSearch(search);
  const [query, setQuery] = useState(search.q ?? '');
  const [filtersOpen, setFiltersOpen] = useState(false);
  useEffect(() => setQuery(search.q ?? ''), [search.q]);

  // A filter applies what is typed in the search field too, submitted or not.
  const change = (update: Partial<SearchInput>) => setSearch({ ...search, q: query, ...update });
  const filterCount = activeFilterCount(search);
  const clear = () => setSearch({ q: query, order: search.order });

  return (
    <div className="search">
      <SearchBar id="activity-query" query={query} onQueryChange={setQuery} onSubmit={() => change({})} />
      <div className="search__layout">
        <div className="search__filters">
          <button type="button" className="button button--secondary filter-toggle" aria-expanded={filtersOpen} aria-controls="search-filters" onClick={() => setFiltersOpen((open) => !open)}>
            {filterCount > 0 ? t('catalog.filters.toggleWithCount', { count: filterCount }) : t('catalog.filters.toggle')}
          </button>
          <section id="search-filters" className="filter-panel" data-open={filtersOpen} aria-labelledby="filters-heading">
            <h2 id="filters-heading" className="filter-panel__heading">
              {t('catalog.filters.heading')}
            </h2>
            <SearchFilters search={search} facets={results.data?.pages[0]?.facets} vocabularies={vocabularies} municipalities={tenant.municipalities} onChange={change} />
            {filterCount > 0 && (
              <button type="button" className="button button--secondary" onClick={clear}>
                {t('catalog.filters.clear')}
              </button>
            )}
          </section>
        </div>
        <SearchResults tenant={tenant.slug} results={results} order={search.order ?? 'relevance'} onOrderChange={(order) => change({ order })} />
      </div>
    </div>
  );
};
