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
  /** ISO 1 = Monday … 7 = Sunday. */
  weekdays: readonly number[];
}

export interface SearchDocument {
  id: string;
  fields: readonly SearchField[];
  filters: SearchFilters;
  /** Next dated occurrence (ISO date 'YYYY-MM-DD') for one-off events; null for ongoing weekly activities. */
  nextDate: string | null;
  /** ISO timestamp; newer breaks ties. */
  updatedAt: string;
}

/** Facets are ANDed with each other; the values selected within one facet are ORed. */
export interface SearchQuery {
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
