import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { staffRefusalOf } from './staff-refusal';

const apiError = (code: string, message: string, reason?: string) => TRPCClientError.from({ error: { message, code: -32000, data: { code, httpStatus: 409, ...(reason ? { reason } : {}) } } });

describe('a refused change to a person', () => {
  it.each([
    ['FORBIDDEN', 'any words', 'ownMembership', 'OwnMembershipError'],
    ['CONFLICT', 'any words', 'lastCoordinator', 'LastCoordinatorError'],
    ['CONFLICT', 'any words', 'stale', 'ItemVersionConflictError'],
  ])('%s "%s" → %s (by the reason %s)', (code, message, refusal, reason) => {
    expect(staffRefusalOf(apiError(code, message, reason))).toBe(refusal);
  });

  it.each([
    ['FORBIDDEN', 'You cannot deactivate yourself or take away your own coordinator role; ask another coordinator.', 'ownMembership'],
    ['CONFLICT', 'The item was changed by someone else (expected version 3); reload and try again.', 'stale'],
    ['CONFLICT', 'This person is already deactivated.', 'stale'],
    ['INTERNAL_SERVER_ERROR', 'Something went wrong on our side.', null],
  ])('%s "%s" → %s', (code, message, refusal) => {
    expect(staffRefusalOf(apiError(code, message))).toBe(refusal);
  });

  it('is no refusal when the request never got an answer', () => {
    expect(staffRefusalOf(new TypeError('Failed to fetch'))).toBeNull();
  });
});
