import { isWeekday } from './calendar-days';
import { checkBelow, SearchSnapshotInvalidError, type SnapshotReader, type SnapshotWriter } from './snapshot-buffer';
import type { FacetName, SearchFilters, SearchQuery } from './types';

/** The order facets are stored in; a facet's position is its number below. */
export const facetNames: readonly FacetName[] = ['municipalities', 'themes', 'targetGroups', 'languages', 'weekdays', 'free', 'accessible', 'accompanimentWelcome'];

/** Weekdays are partly stored (weekly slots) and partly worked out per query (dated occurrences still ahead). */
export const weekdayFacet = facetNames.indexOf('weekdays');
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

  /** The slot of each weekday 1…7 (index 0 unused), -1 for a weekday no document has. */
  weekdaySlots(): Int32Array {
    const slots = new Int32Array(8).fill(-1);
    for (let weekday = 1; weekday <= 7; weekday++) slots[weekday] = this.find(weekdayFacet, String(weekday)) ?? -1;
    return slots;
  }

  writeTo(writer: SnapshotWriter): void {
    writer.strings(this.valueOfSlot);
    writer.sizedArray(Uint8Array.from(this.facetOfSlot));
  }

  static readFrom(reader: SnapshotReader): FacetVocabulary {
    const values = reader.strings();
    const facets = reader.sizedArray(Uint8Array);
    if (facets.length !== values.length) throw new SearchSnapshotInvalidError(`${values.length} facet values but ${facets.length} facet numbers`);
    checkBelow(facets, facetNames.length, 'facet number');
    const vocabulary = new FacetVocabulary();
    values.forEach((value, slot) => {
      if (vocabulary.slot(facets[slot] as number, value) !== slot) throw new SearchSnapshotInvalidError(`facet value ${value} listed twice`);
    });
    return vocabulary;
  }

  /** The slot of a value, created on first sight. */
  slot(facet: number, value: string): number {
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
