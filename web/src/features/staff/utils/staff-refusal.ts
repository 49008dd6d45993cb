import { apiErrorCode, apiErrorReason } from '../../../lib/trpc';

/**
 * Why the API refused a change to a person, where the user can act on it: their own membership
 * (FORBIDDEN), the county's last coordinator (CONFLICT), or a change made meanwhile (any other
 * CONFLICT: a stale version, or a status that already changed), which a reload resolves.
 */
export type StaffRefusal = 'ownMembership' | 'lastCoordinator' | 'stale';

export const staffRefusalOf = (error: unknown): StaffRefusal | null => {
  const code = apiErrorCode(error);
  if (code === 'FORBIDDEN') return 'ownMembership';
  if (code !== 'CONFLICT') return null;
  return apiErrorReason(error) === 'LastCoordinatorError' ? 'lastCoordinator' : 'stale';
};
