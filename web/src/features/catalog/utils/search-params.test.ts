import { describe, expect, it } from 'vitest';
import { activeFilterCount, namesListFilters, noSearchCodes, paramsFromSearch, type SearchCodes, searchFromParams } from './search-params';

const codes: SearchCodes = {
  municipalities: ['Sodankylä', 'Rovaniemi'],
  themes: ['exercise', 'culture'],
  targetGroups: ['elderly'],
  languages: ['fi', 'sv'],
};

describe('search in the address', () => {
  it('reads every filter and writes it back the same', () => {
    const query = 'q=tuolijumppa&municipality=Sodankyl%C3%A4&theme=exercise&theme=culture&group=elderly&language=fi&weekday=2&weekday=4&free=1&accessible=1&companion=1&order=upcoming';
    const search = searchFromParams(new URLSearchParams(query), codes);
    expect(search).toEqual({
      q: 'tuolijumppa',
      municipalities: ['Sodankylä'],
      themes: ['exercise', 'culture'],
      targetGroups: ['elderly'],
      languages: ['fi'],
      weekdays: [2, 4],
      free: true,
      accessible: true,
      accompanimentWelcome: true,
      order: 'upcoming',
    });
    expect(paramsFromSearch(search).toString()).toBe(query);
    expect(activeFilterCount(search)).toBe(10);
  });

  it('drops unknown codes, repeats, bad weekdays and other values of the flags', () => {
    const search = searchFromParams(new URLSearchParams('municipality=Helsinki&theme=exercise&theme=exercise&theme=x&weekday=0&weekday=8&weekday=2.5&weekday=7&free=yes&order=random'), codes);
    expect(search).toEqual({ municipalities: [], themes: ['exercise'], targetGroups: [], languages: [], weekdays: [7], order: 'relevance' });
    expect(paramsFromSearch(search).toString()).toBe('theme=exercise&weekday=7');
  });

  it('leaves an empty search out of the address', () => {
    const search = searchFromParams(new URLSearchParams('q=%20%20'), codes);
    expect(paramsFromSearch(search).toString()).toBe('');
    expect(activeFilterCount(search)).toBe(0);
  });

  it('reads an address without list filters the same without the county’s codes', () => {
    const withoutLists = new URLSearchParams('q=kävely&weekday=3&free=1&order=upcoming');
    expect(namesListFilters(withoutLists)).toBe(false);
    expect(searchFromParams(withoutLists, noSearchCodes)).toEqual(searchFromParams(withoutLists, codes));
    for (const list of ['municipality=Rovaniemi', 'theme=culture', 'group=elderly', 'language=sv']) {
      const withList = new URLSearchParams(`q=kävely&${list}`);
      expect(namesListFilters(withList)).toBe(true);
      expect(searchFromParams(withList, noSearchCodes)).not.toEqual(searchFromParams(withList, codes));
    }
  });
});
