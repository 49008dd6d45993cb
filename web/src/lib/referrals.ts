import { useMutation, useQuery } from '@tanstack/react-query';
import { itemsOf, useCursorQuery } from './cursor-query';
import { type RouterInputs, type RouterOutputs, useTRPC, useTRPCClient } from './trpc';

export type ReferralListItem = RouterOutputs['referrals']['list']['items'][number];
export type ReferralDetail = RouterOutputs['referrals']['byId'];
export type ReferralState = ReferralListItem['state'];
export type ReferralVocabulary = RouterOutputs['referrals']['vocabulary'];
export type ReferralConfig = RouterOutputs['referrals']['config']['config'];
export type CreateReferralInput = RouterInputs['referrals']['create'];
export type ClientSummary = RouterOutputs['referrals']['clientSummary'];

/** The first page of the referrals the signed-in user may see: sent by me, my caseload, or the whole county for coordinators. */
export const useReferrals = () => {
  const trpc = useTRPC();
  return useQuery(trpc.referrals.list.queryOptions({}));
};

/** The same list page by page, optionally only one state (coordinators filter by it). */
export const useReferralPages = (state?: ReferralState) => {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const input = state ? { state } : {};
  const query = useCursorQuery({
    queryKey: trpc.referrals.list.infiniteQueryKey(input),
    fetchPage: (cursor, signal) => client.referrals.list.query({ ...input, ...(cursor ? { cursor } : {}) }, { signal }),
    keepPrevious: true,
  });
  return { query, items: itemsOf(query) };
};

/** One referral with its history; every read is audited by the server. */
export const useReferral = (id: string) => {
  const trpc = useTRPC();
  return useQuery(trpc.referrals.byId.queryOptions({ id }));
};

/** The code lists the referral forms offer (needs, languages, reasons…), fetched once per visit. */
export const useReferralVocabulary = () => {
  const trpc = useTRPC();
  return useQuery(trpc.referrals.vocabulary.queryOptions(undefined, { staleTime: Infinity, gcTime: Infinity }));
};

/** The county's referral types and the units that send them. */
export const useReferralConfig = () => {
  const trpc = useTRPC();
  return useQuery(trpc.referrals.config.queryOptions(undefined, { staleTime: 5 * 60_000 }));
};

export const useCreateReferral = () => {
  const trpc = useTRPC();
  return useMutation(trpc.referrals.create.mutationOptions());
};

/** The client's printable sheet; reading it is audited as a print. */
export const useClientSummary = (id: string) => {
  const trpc = useTRPC();
  return useQuery(trpc.referrals.clientSummary.queryOptions({ id }));
};
