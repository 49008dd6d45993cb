import { describe, expect, it } from 'vitest';
import { weekStartOf } from './network-digest';

describe("the digest's week", () => {
  it('starts on the Helsinki Monday, also at 00:30 on Monday when it is still Sunday in UTC', () => {
    // Monday 11 January 2027 00:30 in Helsinki (UTC+2), and Monday 12 July 2027 00:30 (UTC+3).
    expect(weekStartOf(new Date('2027-01-10T22:30:00Z')).toISOString()).toBe('2027-01-11T00:00:00.000Z');
    expect(weekStartOf(new Date('2027-07-11T21:30:00Z')).toISOString()).toBe('2027-07-12T00:00:00.000Z');
  });

  it('is the same for the scheduled run on Monday morning as for the rest of the week', () => {
    expect(weekStartOf(new Date('2027-01-11T05:00:00Z')).toISOString()).toBe('2027-01-11T00:00:00.000Z');
    expect(weekStartOf(new Date('2027-01-17T21:59:00Z')).toISOString()).toBe('2027-01-11T00:00:00.000Z');
  });
});
