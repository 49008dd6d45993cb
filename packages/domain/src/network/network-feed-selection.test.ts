import { describe, expect, it } from 'vitest';
import { feedSelectionOf, matchesFeedSelection } from './network-feed-selection';

const settings = { followedTags: ['diabetes' as const], followedRegions: ['lappi'], weeklyDigest: false };
const post = { tags: ['diabetes', 'liikunta'], region: 'kainuu', kind: 'update' as const };

describe('what a feed selection lists', () => {
  it('reads the follows for the followed feed and the chosen filters otherwise', () => {
    expect(feedSelectionOf({ followed: true, tags: ['hyte'] }, settings)).toEqual({ tags: ['diabetes'], regions: ['lappi'], kind: undefined, followed: true });
    expect(feedSelectionOf({ tags: ['hyte'], kind: 'event' }, settings)).toEqual({ tags: ['hyte'], regions: [], kind: 'event', followed: false });
  });

  it('lists a post with any chosen tag or from any chosen region, of the chosen kind', () => {
    const selection = { tags: ['hyte', 'liikunta'], regions: [], kind: undefined, followed: false };
    expect(matchesFeedSelection(selection, post)).toBe(true);
    expect(matchesFeedSelection({ ...selection, tags: ['hyte'] }, post)).toBe(false);
    expect(matchesFeedSelection({ ...selection, tags: ['hyte'], regions: ['kainuu'] }, post)).toBe(true);
    expect(matchesFeedSelection({ ...selection, kind: 'question' }, post)).toBe(false);
  });

  it('lists every post when nothing narrows it, and none in the followed feed of a member who follows nothing', () => {
    const nothing = { tags: [], regions: [], kind: undefined, followed: false };
    expect(matchesFeedSelection(nothing, post)).toBe(true);
    expect(matchesFeedSelection({ ...nothing, kind: 'event' }, post)).toBe(false);
    expect(matchesFeedSelection({ ...nothing, followed: true }, post)).toBe(false);
  });
});
