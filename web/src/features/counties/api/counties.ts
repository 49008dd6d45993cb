import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { loadRuntimeConfig } from '../../../lib/auth/oidc/runtime-config';
import { type RouterOutputs, useTRPC } from '../../../lib/trpc';
import { awaitsOffboardingJob } from '../utils/offboarding';

export type County = RouterOutputs['counties']['list'][number];

/** How often the list is read again while the offboarding job has work on a county (it runs every quarter of an hour in AWS). */
const offboardingPollMs = 15_000;

/**
 * Every county with its status and version, by Finnish name (platform operators). While a
 * county's export is being made or its deletion carried out, the list is read again now and then,
 * so the download and the deletion report show up without a reload.
 */
export const useCounties = () => {
  const trpc = useTRPC();
  return useQuery(trpc.counties.list.queryOptions(undefined, { refetchInterval: (query) => (query.state.data?.some(awaitsOffboardingJob) ? offboardingPollMs : false) }));
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

export const useOffboardCounty = () => {
  const trpc = useTRPC();
  const changed = useCountiesChanged();
  return useMutation(trpc.counties.offboard.mutationOptions({ onSuccess: changed }));
};

export const useCancelOffboarding = () => {
  const trpc = useTRPC();
  const changed = useCountiesChanged();
  return useMutation(trpc.counties.cancelOffboarding.mutationOptions({ onSuccess: changed }));
};

export const useConfirmCountyDeletion = () => {
  const trpc = useTRPC();
  const changed = useCountiesChanged();
  return useMutation(trpc.counties.confirmDeletion.mutationOptions({ onSuccess: changed }));
};

/**
 * A short-lived link to a leaving county's export archive; refused (CONFLICT) until the job has
 * made it. Each link is recorded, so the list (which names who downloaded) is read again.
 */
export const useCountyExportLink = () => {
  const trpc = useTRPC();
  const changed = useCountiesChanged();
  return useMutation(trpc.counties.exportLink.mutationOptions({ onSuccess: changed }));
};

/**
 * Which identity service each county's staff sign in with: deployment configuration (slug →
 * identity provider), read from the stage's runtime settings, never chosen in the app.
 */
export const useIdentityProviders = () =>
  useQuery({ queryKey: ['runtime-config', 'countyIdentityProviders'], queryFn: async () => (await loadRuntimeConfig()).auth.countyIdentityProviders, staleTime: Infinity });
