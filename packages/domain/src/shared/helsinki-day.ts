/**
 * The calendar of the counties: every day a person sees or a rule turns on (valid from, next
 * date, weekday, the week of a digest) is a day in Finland, which starts two hours (three in
 * summer) before the UTC day does. Deriving it from an instant goes through here, never through
 * `toISOString()`, which would give yesterday between midnight and 02:00/03:00 Helsinki time.
 */
export const helsinkiTimeZone = 'Europe/Helsinki';

const dayParts = new Intl.DateTimeFormat('en-US', { timeZone: helsinkiTimeZone, year: 'numeric', month: '2-digit', day: '2-digit' });

const dayMs = 24 * 60 * 60 * 1000;

/** The Helsinki calendar day at `instant`, as `YYYY-MM-DD`. */
export const helsinkiDayOf = (instant: Date): string => {
  const parts = Object.fromEntries(dayParts.formatToParts(instant).map(({ type, value }) => [type, value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
};

/** The ISO weekday (1 Monday … 7 Sunday) of a calendar day `YYYY-MM-DD`, wherever the code runs. */
export const isoWeekdayOf = (day: string): number => {
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
  return weekday === 0 ? 7 : weekday;
};

/** The calendar day `days` after (or, negative, before) `day`. */
export const addDays = (day: string, days: number): string => new Date(Date.parse(`${day}T12:00:00Z`) + days * dayMs).toISOString().slice(0, 10);

/** The Monday that starts the Helsinki week of `instant`, as `YYYY-MM-DD`. */
export const helsinkiWeekStartOf = (instant: Date): string => {
  const day = helsinkiDayOf(instant);
  return addDays(day, 1 - isoWeekdayOf(day));
};
