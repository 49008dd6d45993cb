import { describe, expect, it } from 'vitest';
import { createSearchIndex } from './search-index';
import { fixtureDocuments, query, toSearchDocument } from './test-fixtures';
import type { FacetName, SearchFilters, SearchQuery } from './types';

const index = createSearchIndex(fixtureDocuments);
const facetNames: FacetName[] = ['municipalities', 'themes', 'targetGroups', 'languages', 'weekdays', 'free', 'accessible', 'accompanimentWelcome'];

/** The facet semantics written out the slow, obvious way. */
const passes = (filters: SearchFilters, selections: SearchQuery, name: FacetName): boolean => {
  const anyOf = <T>(selected: readonly T[] | undefined, values: readonly T[]) => !selected?.length || selected.some((value) => values.includes(value));
  const checks: Record<FacetName, () => boolean> = {
    municipalities: () => anyOf(selections.municipalities, [filters.municipality]),
    themes: () => anyOf(selections.themes, filters.themes),
    targetGroups: () => anyOf(selections.targetGroups, filters.targetGroups),
    languages: () => anyOf(selections.languages, filters.languages),
    weekdays: () => anyOf(selections.weekdays, filters.weekdays),
    free: () => selections.free !== true || filters.free,
    accessible: () => selections.accessible !== true || filters.accessible,
    accompanimentWelcome: () => selections.accompanimentWelcome !== true || filters.accompanimentWelcome,
  };
  return checks[name]();
};

const valuesOf = (filters: SearchFilters, name: FacetName): string[] => {
  const flag = (value: boolean) => (value ? ['true'] : []);
  const values: Record<FacetName, string[]> = {
    municipalities: [filters.municipality],
    themes: [...filters.themes],
    targetGroups: [...filters.targetGroups],
    languages: [...filters.languages],
    weekdays: filters.weekdays.map(String),
    free: flag(filters.free),
    accessible: flag(filters.accessible),
    accompanimentWelcome: flag(filters.accompanimentWelcome),
  };
  return values[name];
};

const expected = (selections: SearchQuery) => {
  const textMatches = new Set(index.search(query({ q: selections.q })).ids);
  const candidates = fixtureDocuments.filter((document) => textMatches.has(document.id));
  const matching = (except?: FacetName) => candidates.filter((document) => facetNames.every((name) => name === except || passes(document.filters, selections, name)));
  const facets = Object.fromEntries(
    facetNames.map((name) => {
      const counts: Record<string, number> = {};
      for (const value of matching(name).flatMap((document) => valuesOf(document.filters, name))) counts[value] = (counts[value] ?? 0) + 1;
      return [name, counts];
    }),
  );
  return {
    ids: matching()
      .map((document) => document.id)
      .sort(),
    facets,
  };
};

const check = (selections: Partial<SearchQuery>) => {
  const result = index.search(query(selections));
  const reference = expected(query(selections));
  expect([...result.ids].sort(), JSON.stringify(selections)).toEqual(reference.ids);
  expect(result.total).toBe(reference.ids.length);
  expect(result.facets, JSON.stringify(selections)).toEqual(reference.facets);
  return result;
};

describe('catalog search filters', () => {
  it('ORs the values within a facet and ANDs the facets', () => {
    const kuopioOrKokkola = check({ municipalities: ['Kuopio', 'Kokkola'] });
    expect(kuopioOrKokkola.total).toBe(fixtureDocuments.filter((d) => ['Kuopio', 'Kokkola'].includes(d.filters.municipality)).length);
    expect([...check({ municipalities: ['Kuopio'], themes: ['exercise'] }).ids].sort()).toEqual(['kuntosali-kuopio', 'liikuntaneuvonta', 'walking-group']);
    expect(check({ themes: ['diabetes', 'nutrition'], languages: ['sv'] }).ids).toEqual(['diabetes-kavely']);
  });

  it('counts each facet as if its own selection were not there', () => {
    const { facets } = check({ municipalities: ['Kuopio'], themes: ['exercise'] });
    expect(facets.municipalities).toEqual({ Kuopio: 3, Kokkola: 3, Sodankylä: 1, Iisalmi: 2, Siilinjärvi: 3 });
    expect(facets.themes).toMatchObject({ exercise: 3, 'peer-support': 2, culture: 1, nature: 2 });
    expect(facets.free).toEqual({ true: 2 });
  });

  it('counts only documents that match the text', () => {
    const { facets, ids } = check({ q: 'ryhmä', municipalities: ['Kuopio'] });
    expect([...ids].sort()).toEqual(['kuntosali-kuopio', 'nuorten-vertaistuki', 'omaishoitajat', 'walking-group']);
    expect(facets.municipalities).toEqual({ Kuopio: 4, Kokkola: 1, Siilinjärvi: 1 });
    check({ q: 'liikunta', free: true, weekdays: [2] });
  });

  it('filters on the boolean facets only when they are true', () => {
    const free = check({ free: true });
    expect(free.total).toBe(fixtureDocuments.filter((d) => d.filters.free).length);
    expect(check({ free: false }).total).toBe(fixtureDocuments.length);
    expect([...check({ accessible: true, accompanimentWelcome: true }).ids].sort()).toEqual(['aanestys', 'kohtaamispaikka', 'kuntosali-kuopio', 'muistikahvila', 'tuolijumppa']);
  });

  it('filters on weekdays and counts them by ISO number', () => {
    const saturday = check({ weekdays: [6] });
    expect([...saturday.ids].sort()).toEqual(['paihteeton-ilta', 'perheliikunta', 'pyha-luosto', 'tanssiaiset', 'walking-group']);
    expect(Object.keys(saturday.facets.weekdays).sort()).toEqual(['1', '2', '3', '4', '5', '6']);
    check({ weekdays: [6, 7], targetGroups: ['elderly', 'young-people'] });
  });

  it('matches nothing for values nobody has indexed, but still counts the alternatives', () => {
    const result = check({ municipalities: ['Inari'] });
    expect(result.total).toBe(0);
    expect(result.facets.municipalities.Kuopio).toBe(12);
  });

  it('agrees with the reference for many combinations', () => {
    const options: Partial<SearchQuery>[] = [
      { municipalities: ['Kuopio', 'Iisalmi'] },
      { themes: ['exercise', 'nature'] },
      { targetGroups: ['elderly'] },
      { languages: ['sv', 'en'] },
      { weekdays: [2, 3] },
      { free: true },
      { accessible: true },
      { accompanimentWelcome: true },
      { q: 'kuopio' },
      { q: 'ikäihmisille' },
    ];
    for (let mask = 0; mask < 1 << options.length; mask += 7) {
      check(Object.assign({}, ...options.filter((_, bit) => mask & (1 << bit))) as Partial<SearchQuery>);
    }
  });
});

describe('catalog search order and paging', () => {
  it('puts dated events first by date when ordering by upcoming, then the rest by relevance', () => {
    const upcoming = index.search(query({ order: 'upcoming' })).ids;
    expect(upcoming.slice(0, 5)).toEqual(['aanestys', 'tanssiaiset', 'diabetes-luento', 'pyha-luosto', 'koli-retki']);
    expect(upcoming.slice(5)).toEqual(index.search(query()).ids.filter((id) => !upcoming.slice(0, 5).includes(id)));
    expect(index.search(query({ q: 'retki', order: 'upcoming' })).ids).toEqual(['pyha-luosto', 'koli-retki']);
    expect(index.search(query({ q: 'kuopio', order: 'upcoming', free: true })).ids.slice(0, 2)).toEqual(['aanestys', 'diabetes-luento']);
  });

  it('pages through the same ordering', () => {
    const all = index.search(query({ q: 'kuopio' }));
    const pages = [0, 5, 10, 15].map((offset) => index.search(query({ q: 'kuopio', offset, limit: 5 })));
    expect(pages.flatMap((page) => page.ids)).toEqual(all.ids);
    expect(pages.map((page) => page.total)).toEqual([all.total, all.total, all.total, all.total]);
    expect(pages[2]?.ids).toHaveLength(2);
    expect(index.search(query({ offset: 1000 })).ids).toEqual([]);
  });

  it('keeps the page size between 1 and 100', () => {
    const many = createSearchIndex(
      Array.from({ length: 150 }, (_, n) =>
        toSearchDocument({ id: `d${n}`, title: { fi: 'Kerho' }, organisation: 'Yhdistys', description: '', municipality: 'Kuopio', updatedAt: '2025-01-01T00:00:00Z' }),
      ),
    );
    expect(many.search(query({ limit: 1000 })).ids).toHaveLength(100);
    expect(many.search(query({ limit: 0 })).ids).toHaveLength(1);
    expect(many.search(query({ offset: -5, limit: 3 })).ids).toEqual(['d0', 'd1', 'd10']);
    expect(many.search(query({ offset: 140, limit: 50 })).ids).toHaveLength(10);
  });
});
