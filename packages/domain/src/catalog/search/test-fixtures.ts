import { listings } from './fixture-listings';
import type { SearchDocument, SearchFilters, SearchQuery } from './types';

export interface Listing {
  id: string;
  title: { fi?: string; sv?: string; en?: string };
  organisation: string;
  description: string;
  municipality: string;
  place?: string;
  filters?: Partial<Omit<SearchFilters, 'municipality'>>;
  nextDate?: string;
  updatedAt: string;
}

/** Shaped like the catalog's listing projection: titles weigh 4, organisation and place 2, description 1. */
export const toSearchDocument = (listing: Listing): SearchDocument => ({
  id: listing.id,
  fields: [
    ...Object.values(listing.title).map((text) => ({ text, weight: 4 })),
    { text: listing.organisation, weight: 2 },
    { text: listing.description, weight: 1 },
    { text: [listing.municipality, listing.place ?? ''].join(' '), weight: 2 },
  ],
  filters: {
    municipality: listing.municipality,
    themes: [],
    targetGroups: [],
    languages: ['fi'],
    free: false,
    accessible: false,
    accompanimentWelcome: false,
    weekdays: [],
    ...listing.filters,
  },
  nextDate: listing.nextDate ?? null,
  updatedAt: listing.updatedAt,
});

export const fixtureDocuments: readonly SearchDocument[] = listings.map(toSearchDocument);

/** A query with the defaults a caller would send; the tests override what they exercise. */
export const query = (overrides: Partial<SearchQuery> = {}): SearchQuery => ({ order: 'relevance', offset: 0, limit: 100, ...overrides });
