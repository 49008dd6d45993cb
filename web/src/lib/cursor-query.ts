import { infiniteQueryOptions, keepPreviousData, type QueryKey, useInfiniteQuery } from '@tanstack/react-query';

interface CursorQueryOptions<Page> {
  /** The procedure's infinite query key, so path filters (invalidation, sign-out) reach it. */
  queryKey: QueryKey;
  fetchPage: (cursor: string | undefined, signal: AbortSignal) => Promise<Page>;
  /** While a changed query loads, keep showing the previous one's pages. */
  keepPrevious?: boolean;
  staleTime?: number;
}

/**
 * Pages of a list read with the API's cursors. The procedures' inputs are strict, so each page
 * request carries `cursor` and nothing more (tRPC's infinite-query helper would add `direction`).
 */
export const cursorQueryOptions = <Page extends { nextCursor?: string | null }>({ queryKey, fetchPage, keepPrevious = false, staleTime = 0 }: CursorQueryOptions<Page>) =>
  infiniteQueryOptions({
    queryKey,
    queryFn: ({ pageParam, signal }) => fetchPage(pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPrevious ? keepPreviousData : undefined,
    staleTime,
  });

export const useCursorQuery = <Page extends { nextCursor?: string | null }>(options: CursorQueryOptions<Page>) => useInfiniteQuery(cursorQueryOptions(options));

/** Every item of the pages read so far, in order. */
export const itemsOf = <Item>(query: { data?: { pages: ReadonlyArray<{ items: readonly Item[] }> } | undefined }): Item[] => query.data?.pages.flatMap((page) => page.items) ?? [];
