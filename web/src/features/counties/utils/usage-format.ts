import type { Language } from '../../../i18n';

const locales: Record<Language, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** A whole number with the language's digit grouping. */
export const formatCount = (value: number, language: Language): string => new Intl.NumberFormat(locales[language]).format(value);

const byteUnits = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** An estimated size in the largest decimal unit below it: `150 kB`, `1,2 Mt`. */
export const formatBytes = (bytes: number, language: Language): string => {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < byteUnits.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(locales[language], { style: 'unit', unit: byteUnits[unit], unitDisplay: 'short', maximumFractionDigits: value < 10 && unit > 0 ? 1 : 0 }).format(value);
};

/** A usage day, `2026-03-12`, a UTC calendar date, as the language writes dates. */
export const formatUsageDay = (day: string, language: Language): string =>
  new Intl.DateTimeFormat(locales[language], { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00.000Z`));

/** When the figures were taken, in Finnish time. */
export const formatMeasuredAt = (iso: string, language: Language): string =>
  new Intl.DateTimeFormat(locales[language], { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Helsinki' }).format(new Date(iso));
