import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { loadRuntimeConfig } from '../../auth/oidc/runtime-config';
import { type RouterOutputs, useTRPC } from '../../../lib/trpc';

export type County = RouterOutputs['counties']['list'][number];

/** Every county with its status and version, by Finnish name (platform operators). */
export const useCounties = () => {
  const trpc = useTRPC();
  return useQuery(trpc.counties.list.queryOptions());
};

/** A change of a county's status shows at once in the operator's list and in the app's own list of counties (the picker, the county pages). */
const useCountiesChanged = () => {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => Promise.all([queryClient.invalidateQueries({ queryKey: trpc.counties.list.queryKey() }), queryClient.invalidateQueries({ queryKey: trpc.tenants.list.queryKey() })]);
};

export const useOnboardCounty = () => {
  const trpc = useTRPC();
  const changed = useCountiesChanged();
  return useMutation(trpc.counties.onboard.mutationOptions({ onSuccess: changed }));
};

export const useSuspendCounty = () => {
  const trpc = useTRPC();
  const changed = useCountiesChanged();
  return useMutation(trpc.counties.suspend.mutationOptions({ onSuccess: changed }));
};

export const useReactivateCounty = () => {
  const trpc = useTRPC();
  const changed = useCountiesChanged();
  return useMutation(trpc.counties.reactivate.mutationOptions({ onSuccess: changed }));
};

/**
 * Which identity service each county's staff sign in with: deployment configuration (slug →
 * identity provider), read from the stage's runtime settings, never chosen in the app.
 */
export const useIdentityProviders = () =>
  useQuery({ queryKey: ['runtime-config', 'countyIdentityProviders'], queryFn: async () => (await loadRuntimeConfig()).auth.countyIdentityProviders, staleTime: Infinity });
