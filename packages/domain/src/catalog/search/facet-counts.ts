import type { FacetStore } from './facet-store';
import { type ActiveFacet, type FacetVocabulary, facetNames } from './facets';
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
 * Applies the active facets and counts facet values disjunctively in one pass: a document that
 * passes every facet counts everywhere; one that fails exactly one facet counts only in that
 * facet, as it would match if the user added its value there; failing two, it counts nowhere.
 */
export const filterAndCount = (candidates: readonly number[], store: FacetStore, active: readonly ActiveFacet[], vocabulary: FacetVocabulary): FilteredCandidates => {
  const counts = new Int32Array(vocabulary.size);
  const matches: number[] = [];
  for (let position = 0; position < candidates.length; position++) {
    const doc = candidates[position] as number;
    let failed = -1;
    let failures = 0;
    for (let index = 0; index < active.length && failures < 2; index++) {
      const facet = active[index] as ActiveFacet;
      if (store.passes(doc, facet)) continue;
      failed = facet.facet;
      failures++;
    }
    if (failures === 0) {
      matches.push(doc);
      store.tally(doc, counts);
    } else if (failures === 1) store.tally(doc, counts, failed);
  }
  return { matches, facets: countsByFacet(counts, vocabulary) };
};
