import { useTranslation } from 'react-i18next';
import { CheckboxField, CheckboxList, SelectField } from '../../../components/ui/form-fields';
import type { FeedFilter, NetworkVocabulary } from '../api/network';
import type { NetworkLabels } from '../hooks/use-network-labels';

interface FeedFiltersProps {
  filter: FeedFilter;
  vocabulary: NetworkVocabulary;
  labels: NetworkLabels;
  onChange: (filter: FeedFilter) => void;
}

const toggled = <T extends string>(values: readonly T[] | undefined, value: T, on: boolean): T[] => (on ? [...(values ?? []), value] : (values ?? []).filter((candidate) => candidate !== value));

/** Tags, region, kind and "only what I follow"; the followed choice replaces the tag and region choices. */
export const FeedFilters = ({ filter, vocabulary, labels, onChange }: FeedFiltersProps) => {
  const { t } = useTranslation();
  type Tag = NonNullable<FeedFilter['tags']>[number];
  return (
    <section className="search-filters" aria-label={t('network.feed.filters')}>
      <CheckboxField id="network-followed" label={t('network.feed.followedOnly')} checked={filter.followed ?? false} onChange={(event) => onChange({ ...filter, followed: event.target.checked })} />
      <fieldset className="filter-group" disabled={filter.followed}>
        <legend>{t('network.post.tags')}</legend>
        <CheckboxList
          className="filter-group__options"
          options={vocabulary.tags.map((tag) => ({ value: tag.id as Tag, label: labels.tag(tag.id), checked: filter.tags?.includes(tag.id as Tag) ?? false }))}
          onChange={(value, checked) => onChange({ ...filter, tags: toggled(filter.tags, value, checked) })}
        />
      </fieldset>
      <SelectField
        id="network-region"
        label={t('network.feed.region')}
        value={filter.regions?.[0] ?? ''}
        disabled={filter.followed}
        onChange={(event) => onChange({ ...filter, regions: event.target.value ? [event.target.value] : [] })}
      >
        <option value="">{t('network.feed.allRegions')}</option>
        {vocabulary.regions.map((region) => (
          <option key={region.id} value={region.id}>
            {labels.region(region.id)}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="network-kind"
        label={t('network.feed.kind')}
        value={filter.kind ?? ''}
        onChange={(event) => onChange({ ...filter, kind: (event.target.value || undefined) as FeedFilter['kind'] })}
      >
        <option value="">{t('network.feed.allKinds')}</option>
        {vocabulary.kinds.map((kind) => (
          <option key={kind} value={kind}>
            {labels.kind(kind)}
          </option>
        ))}
      </SelectField>
    </section>
  );
};
