import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLanguage, useLocalized } from '../../../i18n';
import { useTRPC } from '../../../lib/trpc';

/** Names of the county's referral types and units, code labels from the shared referral messages, dates in the local format. */
export const useLinkWorkLabels = () => {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { language } = useLanguage();
  const localized = useLocalized();
  const config = useQuery(trpc.referrals.config.queryOptions(undefined, { staleTime: 300_000 }));
  const types = config.data?.config.types ?? [];
  const dateFormat = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : `${language}-FI`, { dateStyle: 'medium', timeStyle: 'short' });
  return {
    type: (typeId: string) => {
      const type = types.find((candidate) => candidate.id === typeId);
      return type ? localized(type.name) : typeId;
    },
    unit: (typeId: string, unitId: string) => {
      const unit = types.find((candidate) => candidate.id === typeId)?.units.find((candidate) => candidate.id === unitId);
      return unit ? localized(unit.name) : unitId;
    },
    need: (need: string) => t(`referrals.needs.${need}` as 'referrals.needs.other'),
    language: (code: string) => t(`referrals.languages.${code}` as 'referrals.languages.other'),
    state: (state: string) => t(`referrals.states.${state}` as 'referrals.states.draft'),
    date: (iso: string) => dateFormat.format(new Date(iso)),
  };
};
export type LinkWorkLabels = ReturnType<typeof useLinkWorkLabels>;
