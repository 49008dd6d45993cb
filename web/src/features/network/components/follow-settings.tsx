import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { CheckboxField, CheckboxList } from '../../../components/ui/form-fields';
import { Notice } from '../../../components/ui/notice';
import { type NetworkSettings, type NetworkVocabulary, type PostContent, useNetworkMutations } from '../api/network';
import type { NetworkLabels } from '../hooks/use-network-labels';

type Tag = PostContent['tags'][number];
const toggled = <T,>(values: readonly T[], value: T, on: boolean): T[] => (on ? [...values, value] : values.filter((candidate) => candidate !== value));

/** The tags and regions a member follows, and whether the weekly digest of them comes by email. */
export const FollowSettings = ({ settings, vocabulary, labels }: { settings: NetworkSettings; vocabulary: NetworkVocabulary; labels: NetworkLabels }) => {
  const { t } = useTranslation();
  const { saveSettings } = useNetworkMutations();
  const [tags, setTags] = useState<Tag[]>(settings.followedTags);
  const [regions, setRegions] = useState<string[]>(settings.followedRegions);
  const [weeklyDigest, setWeeklyDigest] = useState(settings.weeklyDigest);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    saveSettings.mutate({ followedTags: tags, followedRegions: regions, weeklyDigest, expectedVersion: settings.version });
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      {saveSettings.isError && <ErrorAlert error={saveSettings.error} />}
      {saveSettings.isSuccess && <Notice kind="info">{t('network.settings.saved')}</Notice>}
      <fieldset className="filter-group">
        <legend>{t('network.settings.tags')}</legend>
        <CheckboxList
          className="filter-group__options"
          options={vocabulary.tags.map((tag) => ({ value: tag.id as Tag, label: labels.tag(tag.id), checked: tags.includes(tag.id as Tag) }))}
          onChange={(value, on) => setTags(toggled(tags, value, on))}
        />
      </fieldset>
      <fieldset className="filter-group">
        <legend>{t('network.settings.regions')}</legend>
        <CheckboxList
          className="filter-group__options"
          options={vocabulary.regions.map((region) => ({ value: region.id, label: labels.region(region.id), checked: regions.includes(region.id) }))}
          onChange={(value, on) => setRegions(toggled(regions, value, on))}
        />
      </fieldset>
      <CheckboxField
        id="weekly-digest"
        label={t('network.settings.digest')}
        hint={settings.email ? t('network.settings.digestTo', { email: settings.email }) : t('network.settings.digestNoEmail')}
        checked={weeklyDigest}
        onChange={(event) => setWeeklyDigest(event.target.checked)}
      />
      <button type="submit" className="button" disabled={saveSettings.isPending}>
        {t('network.settings.save')}
      </button>
    </form>
  );
};
