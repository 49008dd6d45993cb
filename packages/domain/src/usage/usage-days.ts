const dayMs = 24 * 60 * 60 * 1000;

const shift = (day: string, days: number): string => new Date(Date.parse(`${day}T00:00:00.000Z`) + days * dayMs).toISOString().slice(0, 10);

/** The UTC day `at` falls on, `YYYY-MM-DD`. */
export const usageDayOf = (at: Date): string => at.toISOString().slice(0, 10);

/** The last day that has ended at `now`: the day a run at `now` counts. */
export const lastEndedUsageDay = (now: Date): string => shift(usageDayOf(now), -1);

/** The day after `day`. */
export const nextUsageDay = (day: string): string => shift(day, 1);

/** The first day of the `days`-day period that ends with `lastDay`. */
export const usagePeriodStart = (lastDay: string, days: number): string => shift(lastDay, 1 - days);
