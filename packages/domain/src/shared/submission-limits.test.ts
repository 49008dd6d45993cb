import { describe, expect, it } from 'vitest';
import { allowanceOf, CountyBusyError, isSubmissionRefused, RateLimitExceededError, submissionWindowsOf } from './submission-limits';

describe('the allowance of an address', () => {
  it('is the hourly limit alone unless the breaker is tripped and the address is new to the county', () => {
    expect(allowanceOf({ tripped: false, known: false })).toBe('hourly');
    expect(allowanceOf({ tripped: true, known: true })).toBe('hourly');
    expect(allowanceOf({ tripped: true, known: false })).toBe('spaced');
  });
});

describe('the windows of a submission', () => {
  it('names the hour and the spacing slot, with the seconds left in each', () => {
    expect(submissionWindowsOf(new Date('2026-12-03T10:12:30Z'), 10)).toEqual({ hour: '2026-12-03T10', slot: '2026-12-03T10:10', secondsLeftInHour: 47 * 60 + 30, secondsLeftInSlot: 7 * 60 + 30 });
    expect(submissionWindowsOf(new Date('2026-12-03T10:59:59Z'), 10)).toMatchObject({ slot: '2026-12-03T10:50', secondsLeftInHour: 1, secondsLeftInSlot: 1 });
  });
});

describe('the two refusals', () => {
  it('tell whose count is full and how long to wait', () => {
    const address = new RateLimitExceededError(25 * 60);
    const county = new CountyBusyError(30);
    expect([address.name, address.kind, address.retryAfterSeconds]).toEqual(['RateLimitExceededError', 'tooManyRequests', 1500]);
    expect(address.message).toMatch(/from this address; try again in 25 minutes/);
    expect([county.name, county.kind, county.retryAfterSeconds]).toEqual(['CountyBusyError', 'tooManyRequests', 30]);
    expect(county.message).toMatch(/county is receiving unusually many requests right now; try again in 1 minutes/);
    expect([address, county, new Error('other')].map(isSubmissionRefused)).toEqual([true, true, false]);
  });
});
