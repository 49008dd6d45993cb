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
  validFrom?: string;
  validUntil?: string;
  dates?: string[];
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
  validFrom: listing.validFrom ?? null,
  validUntil: listing.validUntil ?? null,
  dates: listing.dates ?? [],
  updatedAt: listing.updatedAt,
});

export const fixtureDocuments: readonly SearchDocument[] = listings.map(toSearchDocument);

/** The day the fixture queries run on unless they say otherwise: before every dated event of the fixtures. */
export const fixtureToday = '2025-03-01';

/** A query with the defaults a caller would send; the tests override what they exercise. */
export const query = (overrides: Partial<SearchQuery> = {}): SearchQuery => ({ today: fixtureToday, order: 'relevance', offset: 0, limit: 100, ...overrides });
