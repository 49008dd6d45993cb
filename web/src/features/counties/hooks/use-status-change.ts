import { useState } from 'react';
import { type County, useCancelOffboarding, useConfirmCountyDeletion, useOffboardCounty, useReactivateCounty, useSuspendCounty } from '../api/counties';

/** The changes the operator confirms by typing the county's identifier: a slip of the mouse cannot start either. */
export type TypedStatusChange = 'offboard' | 'confirmDeletion';
export type StatusChange = 'suspend' | 'reactivate' | 'cancelOffboarding' | TypedStatusChange;

export const isTypedStatusChange = (action: StatusChange): action is TypedStatusChange => action === 'offboard' || action === 'confirmDeletion';

/** Changes a county's status at the version the list showed; a stale version is refused by the API. */
export const useStatusChange = () => {
  const plain = { suspend: useSuspendCounty(), reactivate: useReactivateCounty(), cancelOffboarding: useCancelOffboarding() };
  const typed = { offboard: useOffboardCounty(), confirmDeletion: useConfirmCountyDeletion() };
  const [error, setError] = useState<unknown>(null);
  /** `confirmation` is what the operator typed, for the changes that ask for it. */
  const change = async (county: County, action: StatusChange, confirmation = ''): Promise<boolean> => {
    setError(null);
    const versioned = { slug: county.slug, expectedVersion: county.version };
    try {
      await (isTypedStatusChange(action) ? typed[action].mutateAsync({ ...versioned, confirmation }) : plain[action].mutateAsync(versioned));
      return true;
    } catch (failure) {
      setError(failure);
      return false;
    }
  };
  const busy = [...Object.values(plain), ...Object.values(typed)].some((mutation) => mutation.isPending);
  return { change, error, busy, clearError: () => setError(null) };
};
