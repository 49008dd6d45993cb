import { describe, expect, it } from 'vitest';
import { countedGroup, measureChangeOf, median, smallGroupThreshold, suppressSmallGroup } from './referral-report';

describe('small-group rule', () => {
  it('shows no figure about fewer than five people', () => {
    expect(smallGroupThreshold).toBe(5);
    expect(suppressSmallGroup(4, 12.5)).toBeNull();
    expect(suppressSmallGroup(5, 12.5)).toBe(12.5);
    expect(countedGroup(0)).toBe(0);
    expect(countedGroup(3)).toBeNull();
    expect(countedGroup(7)).toBe(7);
  });

  it('suppresses a whole measure change under five pairs, and each small bucket of its distribution', () => {
    const four = Array.from({ length: 4 }, () => ({ start: 10, end: 14 }));
    expect(measureChangeOf(four, 1)).toEqual({ people: null, meanStart: null, meanEnd: null, meanChange: null, distribution: null });
    const six = [...four, { start: 10, end: 14 }, { start: 20, end: 12 }];
    expect(measureChangeOf(six, 1)).toMatchObject({ people: 6, meanStart: 11.67, meanEnd: 13.67, meanChange: 2, distribution: { improved: 5, unchanged: 0, declined: null } });
  });

  it('takes the median of an even count as the mean of the middle two', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});
