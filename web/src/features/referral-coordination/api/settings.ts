import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type RouterOutputs, useTRPC } from '../../../lib/trpc';

export type StoredReferralConfig = RouterOutputs['referrals']['config'];
export type StoredTenantSettings = RouterOutputs['tenants']['settings'];

export const useReferralConfig = () => {
  const trpc = useTRPC();
  return useQuery(trpc.referrals.config.queryOptions());
};

/** Saves at the version the form was filled from; what was saved is what this browser's forms read next (the new referral form too). */
export const useSaveReferralConfig = () => {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(trpc.referrals.saveConfig.mutationOptions({ onSuccess: (saved) => queryClient.setQueryData(trpc.referrals.config.queryKey(), saved) }));
};

export const useTenantSettings = () => {
  const trpc = useTRPC();
  return useQuery(trpc.tenants.settings.queryOptions());
};

export const useSaveTenantSettings = () => {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(trpc.tenants.updateSettings.mutationOptions({ onSuccess: (saved) => queryClient.setQueryData(trpc.tenants.settings.queryKey(), saved) }));
};
