import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n';
import { formatIsoDate, formatMoment, formatTimeRange, isWeekday, type ListingText, pickListingText } from './listing-format';

/** Formatters for schedules, dates and listing texts in the current UI language. */
export const useListingFormat = () => {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return useMemo(
    () => ({
      language,
      text: (text: ListingText) => pickListingText(text, language),
      date: (isoDate: string) => formatIsoDate(isoDate, language),
      moment: (iso: string) => formatMoment(iso, language),
      timeRange: (start?: string, end?: string) => formatTimeRange(start, end, language),
      weekdayShort: (weekday: number) => (isWeekday(weekday) ? t(`catalog.weekdayShort.${weekday}`) : ''),
      weekdayLong: (weekday: number) => (isWeekday(weekday) ? t(`catalog.weekdayLong.${weekday}`) : ''),
      /** `ti 10.00–11.30` */
      weeklySlot: (slot: { weekday: number; start: string; end: string }) =>
        `${isWeekday(slot.weekday) ? t(`catalog.weekdayShort.${slot.weekday}`) : ''} ${formatTimeRange(slot.start, slot.end, language)}`,
    }),
    [t, language],
  );
};

export type ListingFormat = ReturnType<typeof useListingFormat>;
