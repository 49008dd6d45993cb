import { useInfiniteQuery } from '@tanstack/react-query';
import { cursorQueryOptions } from './cursor-query';
import { type ApiClient, type ApiQueries, type RouterInputs, type RouterOutputs, useTRPC, useTRPCClient } from './trpc';

/** A search as the page asks it: everything but the page cursor. */
export type SearchInput = Omit<RouterInputs['catalog']['search'], 'cursor'>;
export type SearchPage = RouterOutputs['catalog']['search'];
export type ActivityCard = SearchPage['items'][number];
export type SearchFacets = SearchPage['facets'];

/** Results shown per page; "load more" fetches the next page with the cursor. */
export const searchPageSize = 20;

/** The catalog search, page by page; while a changed search loads, the previous results stay. */
export const catalogSearchQuery = (trpc: ApiQueries, client: ApiClient, input: SearchInput) => {
  const search = { ...input, limit: searchPageSize };
  return cursorQueryOptions({
    queryKey: trpc.catalog.search.infiniteQueryKey(search),
    fetchPage: (cursor, signal) => client.catalog.search.query({ ...search, ...(cursor ? { cursor } : {}) }, { signal }),
    keepPrevious: true,
    staleTime: 30_000,
  });
};

export const useCatalogSearch = (input: SearchInput) => useInfiniteQuery(catalogSearchQuery(useTRPC(), useTRPCClient(), input));
