import type { Language } from '../../../i18n';

/** A date (`2026-03-16`) or a moment as the reader's language writes the day, in Finnish time. */
export const formatDay = (value: string, language: Language): string =>
  new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : language, { dateStyle: 'long', timeZone: 'Europe/Helsinki' }).format(new Date(value.length === 10 ? `${value}T12:00:00Z` : value));
