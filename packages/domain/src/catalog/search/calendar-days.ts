import { DomainError } from '../../shared/errors';

/** A calendar day the search was given is not an ISO date. */
export class SearchDayInvalidError extends DomainError {
  override readonly name = 'SearchDayInvalidError';
  readonly kind = 'invalid';
  constructor(
    readonly field: string,
    readonly value: string,
  ) {
    super(`${field}: expected a calendar day YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
}

const dayMs = 24 * 60 * 60 * 1000;
const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** Before and after every day a listing can name, for the open ends of a validity period. */
export const beforeAllDays = -(2 ** 31);
export const afterAllDays = 2 ** 31 - 1;

/**
 * Days since 1970-01-01. The per-match loops compare days as small integers in typed arrays;
 * a string that is not a real calendar day (2025-02-30 included) is refused rather than rolled over.
 */
export const dayNumberOf = (day: string, field: string): number => {
  const time = isoDay.test(day) ? Date.parse(`${day}T00:00:00Z`) : Number.NaN;
  if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== day) throw new SearchDayInvalidError(field, day);
  return time / dayMs;
};

/** ISO weekday, 1 Monday … 7 Sunday; day 0 was a Thursday. */
export const weekdayOfDayNumber = (day: number): number => ((((day + 3) % 7) + 7) % 7) + 1;

/** Weekdays as bits 1…7 of a small integer, so that a set of them is one typed-array slot. */
export const weekdayBit = (weekday: number): number => 1 << weekday;

export const isWeekday = (day: number): boolean => Number.isInteger(day) && day >= 1 && day <= 7;
