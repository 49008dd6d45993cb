import { useTranslation } from 'react-i18next';
import { useLanguage, useLocalized } from '../../../i18n';
import { useNetworkVocabulary } from '../api/network';

/** Names of tags and regions in the UI language, kinds and stages from the messages, dates in the local format. */
export const useNetworkLabels = () => {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const localized = useLocalized();
  const vocabulary = useNetworkVocabulary();
  const tags = new Map(vocabulary.data?.tags.map((tag) => [tag.id, localized(tag.label)]));
  const regions = new Map(vocabulary.data?.regions.map((region) => [region.id, localized(region.name)]));
  const dateFormat = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : `${language}-FI`, { dateStyle: 'medium', timeStyle: 'short' });
  return {
    vocabulary,
    tag: (id: string) => tags.get(id) ?? id,
    region: (id: string) => regions.get(id) ?? id,
    kind: (kind: string) => t(`network.kinds.${kind}` as 'network.kinds.update'),
    stage: (stage: string) => t(`network.stages.${stage}` as 'network.stages.piloted'),
    date: (iso: string) => dateFormat.format(new Date(iso)),
  };
};
export type NetworkLabels = ReturnType<typeof useNetworkLabels>;
