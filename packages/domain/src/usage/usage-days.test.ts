import { describe, expect, it } from 'vitest';
import { lastEndedUsageDay, nextUsageDay, usageDayOf, usagePeriodStart } from './usage-days';

describe('usage days', () => {
  it('are UTC days, so a run just after midnight UTC counts the day that has just ended', () => {
    expect(usageDayOf(new Date('2026-03-01T23:59:59.999Z'))).toBe('2026-03-01');
    expect(lastEndedUsageDay(new Date('2026-03-01T02:30:00.000Z'))).toBe('2026-02-28');
    expect(lastEndedUsageDay(new Date('2028-03-01T00:00:00.000Z'))).toBe('2028-02-29');
  });

  it('step over month and year ends, and a period of n days starts n - 1 days before its last', () => {
    expect(nextUsageDay('2026-12-31')).toBe('2027-01-01');
    expect(usagePeriodStart('2026-03-02', 30)).toBe('2026-02-01');
    expect(usagePeriodStart('2026-03-02', 1)).toBe('2026-03-02');
  });
});
