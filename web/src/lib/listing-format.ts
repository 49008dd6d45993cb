import type { Language } from '../i18n';

/** A listing text as the organiser wrote it: Finnish always, Swedish and English when given. */
export interface ListingText {
  fi: string;
  sv?: string | undefined;
  en?: string | undefined;
}

/** The text in `language`, or in Finnish when the organiser did not write that version; with its language for `lang`. */
export const pickListingText = (text: ListingText, language: Language): { text: string; lang: Language } => {
  const translated = text[language]?.trim();
  return translated ? { text: translated, lang: language } : { text: text.fi, lang: 'fi' };
};

const locales: Record<Language, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** `2026-03-12` (a calendar date, no time zone) as the language writes dates. */
export const formatIsoDate = (isoDate: string, language: Language): string => {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  return new Intl.DateTimeFormat(locales[language], { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, day)));
};

/** A moment (ISO timestamp) in Finnish time, date and time. */
export const formatMoment = (iso: string, language: Language): string =>
  new Intl.DateTimeFormat(locales[language], { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Helsinki' }).format(new Date(iso));

/** `09:30` as the language writes clock times: 9.30 in Finnish and Swedish, 09:30 in English. */
export const formatClock = (time: string, language: Language): string => {
  if (language === 'en') return time;
  const [hours = '', minutes = ''] = time.split(':');
  return `${Number(hours)}.${minutes}`;
};

export const formatTimeRange = (start: string | undefined, end: string | undefined, language: Language): string =>
  [start, end]
    .filter((time): time is string => Boolean(time))
    .map((time) => formatClock(time, language))
    .join('–');

export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;
export const weekdays: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 7];
export const isWeekday = (value: number): value is Weekday => Number.isInteger(value) && value >= 1 && value <= 7;
