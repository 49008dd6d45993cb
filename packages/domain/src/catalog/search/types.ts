/** One searchable text of an activity and how much a match in it counts. */
export interface SearchField {
  text: string;
  weight: number;
}

/** The facet values of one activity. */
export interface SearchFilters {
  municipality: string;
  themes: readonly string[];
  targetGroups: readonly string[];
  languages: readonly string[];
  free: boolean;
  accessible: boolean;
  accompanimentWelcome: boolean;
  /**
   * The weekdays of its weekly slots, ISO 1 = Monday … 7 = Sunday. The weekdays of its dated
   * occurrences are added at query time, from those still ahead on the query's day.
   */
  weekdays: readonly number[];
}

export interface SearchDocument {
  id: string;
  fields: readonly SearchField[];
  filters: SearchFilters;
  /** First day it is shown (ISO date 'YYYY-MM-DD', inclusive); null when it has no start. */
  validFrom: string | null;
  /** Last day it is shown (inclusive); null when it runs until further notice. */
  validUntil: string | null;
  /**
   * Its dated occurrences (ISO dates, any order). The first one on or after the query's day orders
   * 'upcoming' results; without one it is ordered after every dated event, as ongoing activities are.
   */
  dates: readonly string[];
  /** ISO timestamp; newer breaks ties. */
  updatedAt: string;
}

/** Facets are ANDed with each other; the values selected within one facet are ORed. */
export interface SearchQuery {
  /** The calendar day in Helsinki (ISO 'YYYY-MM-DD') that validity periods and dated occurrences are judged on. */
  today: string;
  q?: string;
  municipalities?: readonly string[];
  themes?: readonly string[];
  targetGroups?: readonly string[];
  languages?: readonly string[];
  weekdays?: readonly number[];
  free?: boolean;
  accessible?: boolean;
  accompanimentWelcome?: boolean;
  order: 'relevance' | 'upcoming';
  offset: number;
  /** 1..100; values outside are clamped. */
  limit: number;
}

export type FacetName = 'municipalities' | 'themes' | 'targetGroups' | 'languages' | 'weekdays' | 'free' | 'accessible' | 'accompanimentWelcome';

export interface SearchResult {
  /** The requested page, in order. */
  ids: string[];
  /** Every match, not just the page. */
  total: number;
  /** Value → count of matches with every other facet's selection applied; booleans use the key 'true'; zero counts are left out. */
  facets: Record<FacetName, Record<string, number>>;
}

export interface SearchIndex {
  /** Inserts the document or replaces the one with the same id. */
  upsert(document: SearchDocument): void;
  remove(id: string): void;
  has(id: string): boolean;
  readonly size: number;
  search(query: SearchQuery): SearchResult;
}
