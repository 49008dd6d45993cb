import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../../i18n';
import type { SearchFacets, SearchInput } from '../../../../lib/catalog-search';
import type { Vocabularies } from '../../../../lib/vocabularies';
import { useListingFormat } from '../../../../lib/use-listing-format';
import { weekdays } from '../../../../lib/listing-format';
import type { FlagFilter, ListFilter } from '../../utils/search-params';
import { FilterGroup, type FilterOption } from './filter-group';

interface SearchFiltersProps {
  search: SearchInput;
  facets: SearchFacets | undefined;
  vocabularies: Vocabularies;
  municipalities: readonly string[];
  onChange: (change: Partial<SearchInput>) => void;
}

const vocabularyFilters = [
  { filter: 'targetGroups', legend: 'catalog.filters.targetGroup' },
  { filter: 'themes', legend: 'catalog.filters.theme' },
] as const;

const flagFilters = [
  { filter: 'free', label: 'catalog.filters.free' },
  { filter: 'accessible', label: 'catalog.filters.accessible' },
  { filter: 'accompanimentWelcome', label: 'catalog.filters.accompanimentWelcome' },
] as const satisfies ReadonlyArray<{ filter: FlagFilter; label: string }>;

const countIn = (facets: SearchFacets | undefined, facet: keyof SearchFacets, value: string): number => facets?.[facet]?.[value] ?? 0;

const toggled = <T,>(values: readonly T[] | undefined, value: T, on: boolean): T[] =>
  on ? [...(values ?? []).filter((candidate) => candidate !== value), value] : (values ?? []).filter((candidate) => candidate !== value);

/**
 * Every filter of the search as checkbox groups with result counts, in the order a resident
 * usually narrows a search: where, for whom, what, when, at what cost, in which language.
 */
export const SearchFilters = ({ search, facets, vocabularies, municipalities, onChange }: SearchFiltersProps) => {
  const { t } = useTranslation();
  const localized = useLocalized();
  const format = useListingFormat();
  const setList = (filter: ListFilter, value: string, on: boolean) => onChange({ [filter]: toggled(search[filter], value, on) });

  const municipalityOptions: FilterOption[] = [...municipalities]
    .sort((a, b) => a.localeCompare(b, 'fi'))
    .map((municipality) => ({
      value: municipality,
      label: municipality,
      lang: 'fi',
      count: countIn(facets, 'municipalities', municipality),
      checked: search.municipalities?.includes(municipality) ?? false,
    }));
  const termOptions = (filter: 'themes' | 'targetGroups' | 'languages'): FilterOption[] =>
    vocabularies[filter].map((term) => ({
      value: term.code,
      label: localized(term.label),
      count: countIn(facets, filter, term.code),
      checked: (search[filter] as string[] | undefined)?.includes(term.code) ?? false,
    }));
  const weekdayOptions: FilterOption[] = weekdays.map((weekday) => ({
    value: String(weekday),
    label: format.weekdayLong(weekday),
    count: countIn(facets, 'weekdays', String(weekday)),
    checked: search.weekdays?.includes(weekday) ?? false,
  }));
  const flagOptions: FilterOption[] = flagFilters.map(({ filter, label }) => ({
    value: filter,
    label: t(label),
    count: countIn(facets, filter, 'true'),
    checked: search[filter] ?? false,
  }));

  return (
    <>
      <FilterGroup legend={t('catalog.filters.municipality')} options={municipalityOptions} onChange={(value, on) => setList('municipalities', value, on)} />
      {vocabularyFilters.map(({ filter, legend }) => (
        <FilterGroup key={filter} legend={t(legend)} options={termOptions(filter)} onChange={(value, on) => setList(filter, value, on)} />
      ))}
      <FilterGroup legend={t('catalog.filters.weekday')} options={weekdayOptions} onChange={(value, on) => onChange({ weekdays: toggled(search.weekdays, Number(value), on).sort((a, b) => a - b) })} />
      <FilterGroup legend={t('catalog.filters.other')} options={flagOptions} onChange={(value, on) => onChange({ [value as FlagFilter]: on || undefined })} />
      <FilterGroup legend={t('catalog.filters.language')} options={termOptions('languages')} onChange={(value, on) => setList('languages', value, on)} />
    </>
  );
};
