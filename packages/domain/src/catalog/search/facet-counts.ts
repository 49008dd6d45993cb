import { weekdayBit } from './calendar-days';
import type { CalendarDay } from './document-calendar';
import type { FacetStore } from './facet-store';
import { type ActiveFacet, type FacetVocabulary, facetNames, weekdayFacet } from './facets';
import type { FacetName } from './types';

export interface FilteredCandidates {
  readonly matches: number[];
  readonly facets: Record<FacetName, Record<string, number>>;
}

const countsByFacet = (counts: Int32Array, vocabulary: FacetVocabulary): Record<FacetName, Record<string, number>> => {
  const records = Object.fromEntries(facetNames.map((name) => [name, {}])) as Record<FacetName, Record<string, number>>;
  counts.forEach((count, slot) => {
    if (count === 0) return;
    const name = facetNames[vocabulary.facetOfSlot[slot] as number] as FacetName;
    records[name][vocabulary.valueOfSlot[slot] as string] = count;
  });
  return records;
};

/**
 * The facet values of the documents as of one day: the stored ones, plus the weekdays of dated
 * occurrences still ahead that the weekly slots do not already give, worked out once per day
 * (`DocumentCalendar.on`), so that each document costs one typed-array read more than its stored values.
 */
export class FacetsOnDay {
  /** The slot of each weekday 1…7, -1 for one no document has. */
  private readonly weekdaySlots: Int32Array;

  private readonly addedWeekdays: Uint8Array;

  constructor(
    private readonly store: FacetStore,
    calendar: CalendarDay,
    vocabulary: FacetVocabulary,
  ) {
    this.weekdaySlots = vocabulary.weekdaySlots();
    this.addedWeekdays = calendar.addedWeekdays;
  }

  passes(doc: number, active: ActiveFacet): boolean {
    if (this.store.passes(doc, active)) return true;
    if (active.facet !== weekdayFacet) return false;
    const added = this.addedWeekdays[doc] as number;
    for (let weekday = 1; added !== 0 && weekday <= 7; weekday++) {
      if (added & weekdayBit(weekday) && active.accepted[this.weekdaySlots[weekday] as number] === 1) return true;
    }
    return false;
  }

  /** Adds the document's values to `counts`: all of them, or only those of one facet. */
  tally(doc: number, counts: Int32Array, facet = -1): void {
    this.store.tally(doc, counts, facet);
    if (facet >= 0 && facet !== weekdayFacet) return;
    const added = this.addedWeekdays[doc] as number;
    for (let weekday = 1; added !== 0 && weekday <= 7; weekday++) {
      if (!(added & weekdayBit(weekday))) continue;
      const slot = this.weekdaySlots[weekday] as number;
      counts[slot] = (counts[slot] as number) + 1;
    }
  }
}

/**
 * Applies the active facets and counts facet values disjunctively in one pass: a document that
 * passes every facet counts everywhere; one that fails exactly one facet counts only in that
 * facet, as it would match if the user added its value there; failing two, it counts nowhere.
 */
export const filterAndCount = (candidates: readonly number[], values: FacetsOnDay, active: readonly ActiveFacet[], vocabulary: FacetVocabulary): FilteredCandidates => {
  const counts = new Int32Array(vocabulary.size);
  const matches: number[] = [];
  for (let position = 0; position < candidates.length; position++) {
    const doc = candidates[position] as number;
    let failed = -1;
    let failures = 0;
    for (let index = 0; index < active.length && failures < 2; index++) {
      const facet = active[index] as ActiveFacet;
      if (values.passes(doc, facet)) continue;
      failed = facet.facet;
      failures++;
    }
    if (failures === 0) {
      matches.push(doc);
      values.tally(doc, counts);
    } else if (failures === 1) values.tally(doc, counts, failed);
  }
  return { matches, facets: countsByFacet(counts, vocabulary) };
};
