import { apiErrorCode, apiErrorReason } from '../../../lib/trpc';

/**
 * Why the API refused a decision, where the coordinator can act on it: the registration changed
 * or was decided meanwhile (`stale`: reload), or the contact person's access to the county has
 * ended (`contactDeactivated`: reactivate them on the staff page first).
 */
export type DecisionRefusal = 'stale' | 'contactDeactivated';

export const decisionRefusalOf = (error: unknown): DecisionRefusal | null => {
  if (apiErrorCode(error) !== 'CONFLICT') return null;
  return apiErrorReason(error) === 'StaffStatusError' ? 'contactDeactivated' : 'stale';
};
