import { describe, expect, it } from 'vitest';
import { addDays, helsinkiDayOf, helsinkiWeekStartOf, isoWeekdayOf } from './helsinki-day';

/** 00:30 in Helsinki: in winter (UTC+2) and in summer (UTC+3), the UTC day is still the day before. */
const winterHalfPastMidnight = new Date('2026-01-14T22:30:00Z');
const summerHalfPastMidnight = new Date('2026-07-14T21:30:00Z');

describe('the Helsinki calendar day', () => {
  it('has begun at 00:30 local time, in winter and in summer, while the UTC day has not', () => {
    expect(helsinkiDayOf(winterHalfPastMidnight)).toBe('2026-01-15');
    expect(helsinkiDayOf(summerHalfPastMidnight)).toBe('2026-07-15');
  });

  it('is still the same day at 23:30 local time', () => {
    expect(helsinkiDayOf(new Date('2026-01-15T21:30:00Z'))).toBe('2026-01-15');
    expect(helsinkiDayOf(new Date('2026-07-15T20:30:00Z'))).toBe('2026-07-15');
  });

  it('follows the clock change at the end of March and of October', () => {
    expect(helsinkiDayOf(new Date('2026-03-29T00:30:00Z'))).toBe('2026-03-29');
    expect(helsinkiDayOf(new Date('2026-03-29T21:30:00Z'))).toBe('2026-03-30');
    expect(helsinkiDayOf(new Date('2026-10-24T21:30:00Z'))).toBe('2026-10-25');
    expect(helsinkiDayOf(new Date('2026-10-25T21:30:00Z'))).toBe('2026-10-25');
  });

  it('gives ISO weekdays of calendar days, Monday 1 to Sunday 7', () => {
    expect(isoWeekdayOf('2026-01-12')).toBe(1);
    expect(isoWeekdayOf('2026-01-18')).toBe(7);
  });

  it('counts days across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('starts the week on the Helsinki Monday, also at 00:30 on a Monday when UTC is still on Sunday', () => {
    expect(helsinkiWeekStartOf(new Date('2026-01-11T22:30:00Z'))).toBe('2026-01-12');
    expect(helsinkiWeekStartOf(new Date('2026-07-12T21:30:00Z'))).toBe('2026-07-13');
    expect(helsinkiWeekStartOf(new Date('2026-01-18T21:00:00Z'))).toBe('2026-01-12');
  });
});
