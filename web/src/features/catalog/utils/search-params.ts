import type { SearchInput } from '../../../lib/catalog-search';
import type { LanguageCode, TargetGroupCode, ThemeCode, Vocabularies } from '../../../lib/vocabularies';
import { isWeekday } from '../../../lib/listing-format';

/** The values a search may filter by; anything else in an address is ignored. */
export interface SearchCodes {
  municipalities: readonly string[];
  themes: readonly ThemeCode[];
  targetGroups: readonly TargetGroupCode[];
  languages: readonly LanguageCode[];
}

/** A county's search codes: its municipalities and every term of the vocabularies. */
export const searchCodesOf = (municipalities: readonly string[], vocabularies: Vocabularies): SearchCodes => ({
  municipalities,
  themes: vocabularies.themes.map((term) => term.code),
  targetGroups: vocabularies.targetGroups.map((term) => term.code),
  languages: vocabularies.languages.map((term) => term.code),
});

/** Each list filter and its name in the address (`?theme=exercise&theme=culture`). */
export const listParams = { municipalities: 'municipality', themes: 'theme', targetGroups: 'group', languages: 'language' } as const;
export type ListFilter = keyof typeof listParams;

/** Whether reading a search from `params` needs the county's codes: only the list filters are checked against them. */
export const namesListFilters = (params: URLSearchParams): boolean => Object.values(listParams).some((name) => params.has(name));

/** The codes to read an address that names no list filter with. */
export const noSearchCodes: SearchCodes = { municipalities: [], themes: [], targetGroups: [], languages: [] };

/** Each yes/no filter and its name in the address (`?free=1`). */
export const flagParams = { free: 'free', accessible: 'accessible', accompanimentWelcome: 'companion' } as const;
export type FlagFilter = keyof typeof flagParams;

const weekdayParam = 'weekday';
const queryParam = 'q';
const orderParam = 'order';

const known =
  <Code extends string>(codes: readonly Code[]) =>
  (value: string): value is Code =>
    (codes as readonly string[]).includes(value);

const unique = <T>(values: T[]): T[] => [...new Set(values)];

/** Reads a search from the address; unknown codes, repeated values and malformed numbers drop out. */
export const searchFromParams = (params: URLSearchParams, codes: SearchCodes): SearchInput => {
  const q = params.get(queryParam)?.trim().slice(0, 200);
  const search: SearchInput = {
    ...(q ? { q } : {}),
    municipalities: unique(params.getAll(listParams.municipalities).filter(known(codes.municipalities))),
    themes: unique(params.getAll(listParams.themes).filter(known(codes.themes))),
    targetGroups: unique(params.getAll(listParams.targetGroups).filter(known(codes.targetGroups))),
    languages: unique(params.getAll(listParams.languages).filter(known(codes.languages))),
    weekdays: unique(params.getAll(weekdayParam).map(Number).filter(isWeekday)).sort((a, b) => a - b),
    order: params.get(orderParam) === 'upcoming' ? 'upcoming' : 'relevance',
  };
  for (const [filter, name] of Object.entries(flagParams) as Array<[FlagFilter, string]>) {
    if (params.get(name) === '1') search[filter] = true;
  }
  return search;
};

/** Writes a search into an address, leaving out what is not set, so shared links stay short. */
export const paramsFromSearch = (search: SearchInput): URLSearchParams => {
  const params = new URLSearchParams();
  if (search.q?.trim()) params.set(queryParam, search.q.trim());
  for (const [filter, name] of Object.entries(listParams) as Array<[ListFilter, string]>) {
    for (const value of search[filter] ?? []) params.append(name, value);
  }
  for (const weekday of search.weekdays ?? []) params.append(weekdayParam, String(weekday));
  for (const [filter, name] of Object.entries(flagParams) as Array<[FlagFilter, string]>) {
    if (search[filter]) params.set(name, '1');
  }
  if (search.order === 'upcoming') params.set(orderParam, 'upcoming');
  return params;
};

/** How many filters are on (the query and the order not counted), for the "Filter" button. */
export const activeFilterCount = (search: SearchInput): number =>
  Object.keys(listParams).reduce((count, filter) => count + (search[filter as ListFilter]?.length ?? 0), 0) +
  (search.weekdays?.length ?? 0) +
  Object.keys(flagParams).filter((filter) => search[filter as FlagFilter]).length;
