import { useMemo } from 'react';
import { useLanguage } from '../../../i18n';

const locales = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' } as const;

/** Dates and times of a referral in the UI language, in Finland's time zone. */
export const useReferralFormat = () => {
  const { language } = useLanguage();
  return useMemo(() => {
    const date = new Intl.DateTimeFormat(locales[language], { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'Europe/Helsinki' });
    const dateTime = new Intl.DateTimeFormat(locales[language], { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Helsinki' });
    return { date: (iso: string) => date.format(new Date(iso)), dateTime: (iso: string) => dateTime.format(new Date(iso)) };
  }, [language]);
};
