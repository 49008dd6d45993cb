/**
 * In-memory catalog search for one tenant. Every query term must match some field (AND); per
 * token a term takes its best match: exact, then prefix or Finnish stem (with consonant gradation),
 * then the form without diacritics, then a later part of a compound, then a typo (one edit from
 * five characters, two from eight); a synonym table adds other words for a term (OR), counted a
 * little below the word typed. Facets AND with each other, values within a facet OR, and facet
 * counts leave out their own facet's selection. Validity periods, the next dated occurrence and
 * the weekdays of dated occurrences are judged on the query's day, so an index never goes stale
 * overnight; `serializeSearchIndex` writes it as a binary snapshot that loads without a rebuild.
 */
export type { FacetName, SearchDocument, SearchField, SearchFilters, SearchIndex, SearchQuery, SearchResult } from './types';
export { createSearchIndex, maxSearchPageSize, type SearchIndexOptions } from './search-index';
export { deserializeSearchIndex, searchSnapshotFormatVersion, serializeSearchIndex } from './search-snapshot';
export { SearchSnapshotInvalidError } from './snapshot-buffer';
export { SearchDayInvalidError } from './calendar-days';
export { createSynonymTable, SynonymEntryEmptyError, type SynonymTable } from './synonyms';
