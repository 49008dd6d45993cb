import { describe, expect, it } from 'vitest';
import { feedFilterOf, searchParamsOf } from './use-feed-filter';

describe('feed filter in the address', () => {
  it('round-trips every filter and leaves out what is not chosen', () => {
    const filter = { tags: ['osallisuus' as const, 'hyte' as const], regions: ['lappi'], kind: 'practice' as const, followed: true };
    expect(searchParamsOf(filter).toString()).toBe('tags=osallisuus%2Chyte&region=lappi&kind=practice&followed=1');
    expect(feedFilterOf(searchParamsOf(filter))).toEqual(filter);
    expect(feedFilterOf(new URLSearchParams(''))).toEqual({});
  });
});
