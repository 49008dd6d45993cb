import type { FacetName, SearchFilters, SearchQuery } from './types';

/** The order facets are stored in; a facet's position is its number below. */
export const facetNames: readonly FacetName[] = ['municipalities', 'themes', 'targetGroups', 'languages', 'weekdays', 'free', 'accessible', 'accompanimentWelcome'];

const isWeekday = (day: number): boolean => Number.isInteger(day) && day >= 1 && day <= 7;
const flag = (value: boolean | undefined): string[] => (value === true ? ['true'] : []);

/** A document's facet values as the strings the result reports them by, in `facetNames` order. */
const documentValues = (filters: SearchFilters): readonly (readonly string[])[] => [
  [filters.municipality],
  filters.themes,
  filters.targetGroups,
  filters.languages,
  filters.weekdays.filter(isWeekday).map(String),
  flag(filters.free),
  flag(filters.accessible),
  flag(filters.accompanimentWelcome),
];

/** The values a query selects, in `facetNames` order; a false boolean selects nothing. */
const selectedValues = (query: SearchQuery): readonly (readonly string[])[] => [
  query.municipalities ?? [],
  query.themes ?? [],
  query.targetGroups ?? [],
  query.languages ?? [],
  (query.weekdays ?? []).map(String),
  flag(query.free),
  flag(query.accessible),
  flag(query.accompanimentWelcome),
];

/**
 * A document's facet values as slots: every (facet, value) pair of the index has one small
 * integer, so that testing a selection and counting values are plain array indexing.
 */
export interface EncodedFilters {
  readonly slots: readonly number[];
  /** The slots of facet f are `slots[bounds[f]]` up to `slots[bounds[f + 1]]`; one more entry than there are facets. */
  readonly bounds: readonly number[];
}

export class FacetVocabulary {
  private readonly slotsByValue = new Map<string, number>();
  readonly facetOfSlot: number[] = [];
  readonly valueOfSlot: string[] = [];

  get size(): number {
    return this.valueOfSlot.length;
  }

  find(facet: number, value: string): number | undefined {
    return this.slotsByValue.get(`${facet}:${value}`);
  }

  encode(filters: SearchFilters): EncodedFilters {
    const slots: number[] = [];
    const bounds = [0];
    for (const [facet, values] of documentValues(filters).entries()) {
      for (const value of new Set(values)) slots.push(this.slot(facet, value));
      bounds.push(slots.length);
    }
    return { slots, bounds };
  }

  private slot(facet: number, value: string): number {
    const key = `${facet}:${value}`;
    let slot = this.slotsByValue.get(key);
    if (slot === undefined) {
      slot = this.valueOfSlot.push(value) - 1;
      this.facetOfSlot.push(facet);
      this.slotsByValue.set(key, slot);
    }
    return slot;
  }
}

/** One facet the query restricts, with the slots it accepts. */
export interface ActiveFacet {
  readonly facet: number;
  readonly accepted: Uint8Array;
}

/** Values nobody has indexed have no slot and simply never match, which is what selecting them should give. */
export const activeFacets = (vocabulary: FacetVocabulary, query: SearchQuery): ActiveFacet[] => {
  const active: ActiveFacet[] = [];
  selectedValues(query).forEach((values, facet) => {
    if (values.length === 0) return;
    const accepted = new Uint8Array(vocabulary.size);
    for (const value of values) {
      const slot = vocabulary.find(facet, value);
      if (slot !== undefined) accepted[slot] = 1;
    }
    active.push({ facet, accepted });
  });
  return active;
};
