import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './error-alert';
import { Loading } from './loading';

/** What a paged list needs of its query (`useCursorQuery`). */
export interface PagedQuery {
  isPending: boolean;
  isError: boolean;
  isSuccess: boolean;
  error: unknown;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  refetch: () => Promise<unknown>;
  fetchNextPage: () => Promise<unknown>;
}

interface PagedListProps<Item> {
  query: PagedQuery;
  items: readonly Item[];
  keyOf: (item: Item) => string;
  renderItem: (item: Item) => ReactNode;
  className: string;
  /** Shown once the first page has come: how many there are, or what an empty list means. */
  status?: ReactNode;
}

/** "Show more" while the query has more pages; for a list or a table read page by page. */
export const LoadMore = ({ query }: { query: Pick<PagedQuery, 'hasNextPage' | 'isFetchingNextPage' | 'fetchNextPage'> }) => {
  const { t } = useTranslation();
  if (!query.hasNextPage) return null;
  return (
    <p className="load-more">
      <button type="button" className="button button--secondary" onClick={() => void query.fetchNextPage()} disabled={query.isFetchingNextPage}>
        {query.isFetchingNextPage ? t('app.loading') : t('app.loadMore')}
      </button>
    </p>
  );
};

/** A list read page by page: loading, an error with a retry, the items, and "show more" while there are more. */
export const PagedList = <Item,>({ query, items, keyOf, renderItem, className, status }: PagedListProps<Item>) => {
  return (
    <>
      {query.isPending && <Loading />}
      {query.isError && <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && status}
      <ul role="list" className={className}>
        {items.map((item) => (
          <li key={keyOf(item)}>{renderItem(item)}</li>
        ))}
      </ul>
      <LoadMore query={query} />
    </>
  );
};
