import { useState } from 'react';
import { type County, useReactivateCounty, useSuspendCounty } from '../api/counties';

export type StatusChange = 'suspend' | 'reactivate';

/** Suspends or reactivates a county at the version the list showed; a stale version is refused by the API. */
export const useStatusChange = () => {
  const suspend = useSuspendCounty();
  const reactivate = useReactivateCounty();
  const [error, setError] = useState<unknown>(null);
  const mutations = { suspend, reactivate };
  const change = async (county: County, action: StatusChange): Promise<boolean> => {
    setError(null);
    try {
      await mutations[action].mutateAsync({ slug: county.slug, expectedVersion: county.version });
      return true;
    } catch (failure) {
      setError(failure);
      return false;
    }
  };
  return { change, error, busy: suspend.isPending || reactivate.isPending, clearError: () => setError(null) };
};
