import { describe, expect, it } from 'vitest';
import { type ListingStatus, ListingTransitionError, listingStatuses, type ModerationAction, moderationActions, nextListingStatus } from './listing-status';

const allowed: Record<string, ListingStatus> = {
  'draft submit': 'pending',
  'rejected submit': 'pending',
  'pending approve': 'published',
  'pending reject': 'rejected',
  'draft archive': 'archived',
  'pending archive': 'archived',
  'published archive': 'archived',
  'rejected archive': 'archived',
  'archived restore': 'draft',
};

describe('listing moderation workflow', () => {
  const cases = listingStatuses.flatMap((status) => moderationActions.map((action) => [status, action] as [ListingStatus, ModerationAction]));

  it.each(cases)('%s + %s', (status, action) => {
    const expected = allowed[`${status} ${action}`];
    if (expected) expect(nextListingStatus(status, action)).toBe(expected);
    else expect(() => nextListingStatus(status, action)).toThrow(ListingTransitionError);
  });
});
