import { useLocation } from 'react-router';

/** What a result link carries to the listing page: the search it was found with. */
export interface FromSearchState {
  fromSearch: string;
}

const isFromSearch = (state: unknown): state is FromSearchState => typeof state === 'object' && state !== null && typeof (state as Record<string, unknown>).fromSearch === 'string';

/** The search page, with the filters the resident came from when they came from a search. */
export const useBackToSearchPath = (tenant: string): string => {
  const state: unknown = useLocation().state;
  return `/${tenant}/activities${isFromSearch(state) ? state.fromSearch : ''}`;
};
