export type { FacetName, SearchDocument, SearchField, SearchFilters, SearchIndex, SearchQuery, SearchResult } from './types';
export { createSearchIndex, maxSearchPageSize } from './search-index';
