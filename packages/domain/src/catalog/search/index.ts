/**
 * In-memory catalog search for one tenant. Every query term must match some field (AND); per
 * token a term takes its best match: exact, then prefix or Finnish stem (with consonant gradation),
 * then the form without diacritics, then a later part of a compound, then a typo (one edit from
 * five characters, two from eight). Facets AND with each other, values within a facet OR, and facet
 * counts leave out their own facet's selection.
 */
export type { FacetName, SearchDocument, SearchField, SearchFilters, SearchIndex, SearchQuery, SearchResult } from './types';
export { createSearchIndex, maxSearchPageSize } from './search-index';
