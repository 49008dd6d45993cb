import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../../components/ui/error-alert';
import { Loading } from '../../../../components/ui/loading';
import { itemsOf } from '../../../../lib/cursor-query';
import type { SearchInput, useCatalogSearch } from '../../../../lib/catalog-search';
import { ResultCard } from './result-card';

interface SearchResultsProps {
  tenant: string;
  results: ReturnType<typeof useCatalogSearch>;
  order: NonNullable<SearchInput['order']>;
  onOrderChange: (order: NonNullable<SearchInput['order']>) => void;
}

const orders = ['relevance', 'upcoming'] as const;

/** After "load more", focus moves to the first new result, so keyboard users continue from there. */
const useFocusFirstNew = (count: number) => {
  const listRef = useRef<HTMLUListElement>(null);
  const [focusAt, setFocusAt] = useState<number | null>(null);
  useEffect(() => {
    if (focusAt === null || count <= focusAt) return;
    listRef.current?.querySelectorAll<HTMLAnchorElement>('.result-card__title a')[focusAt]?.focus();
    setFocusAt(null);
  }, [count, focusAt]);
  return { listRef, focusFrom: setFocusAt };
};

/** The result count (announced politely), the order, the result cards and "load more". */
export const SearchResults = ({ tenant, results, order, onOrderChange }: SearchResultsProps) => {
  const { t } = useTranslation();
  const items = itemsOf(results);
  const total = results.data?.pages[0]?.total;
  const { listRef, focusFrom } = useFocusFirstNew(items.length);
  const loadMore = () => {
    focusFrom(items.length);
    void results.fetchNextPage();
  };
  return (
    <section className="search__results" aria-labelledby="results-heading">
      <div className="results-bar">
        <div>
          <h2 id="results-heading">{t('catalog.search.resultsHeading')}</h2>
          <p className="results-bar__count" role="status" aria-live="polite">
            {total === undefined ? '' : total === 0 ? t('catalog.search.noResults') : t('catalog.search.resultCount', { count: total })}
          </p>
        </div>
        <label className="results-bar__order">
          <span>{t('catalog.search.order')}</span>
          <select className="select" value={order} onChange={(event) => onOrderChange(event.target.value === 'upcoming' ? 'upcoming' : 'relevance')}>
            {orders.map((option) => (
              <option key={option} value={option}>
                {t(`catalog.search.orders.${option}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {results.isPending && <Loading />}
      {results.isError && <ErrorAlert error={results.error} onRetry={() => void results.refetch()} />}
      {total === 0 && <p>{t('catalog.search.noResultsHint')}</p>}
      <ul ref={listRef} role="list" className="result-cards" aria-busy={results.isFetching && !results.isFetchingNextPage}>
        {items.map((activity) => (
          <li key={activity.id}>
            <ResultCard activity={activity} tenant={tenant} />
          </li>
        ))}
      </ul>
      {results.hasNextPage && (
        <p className="load-more">
          <button type="button" className="button button--secondary" onClick={loadMore} disabled={results.isFetchingNextPage}>
            {results.isFetchingNextPage ? t('app.loading') : t('catalog.search.loadMore', { shown: items.length, total: total ?? items.length })}
          </button>
        </p>
      )}
    </section>
  );
};
