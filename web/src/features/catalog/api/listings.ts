import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCursorQuery } from '../../../lib/cursor-query';
import { type RouterInputs, type RouterOutputs, useTRPC, useTRPCClient } from '../../../lib/trpc';

export type Listing = RouterOutputs['catalog']['listActivities']['items'][number];
export type EditableActivity = RouterOutputs['catalog']['activity'];
export type ActivityContent = RouterInputs['catalog']['createActivity']['content'];
export type ListingStatus = Listing['status'];
export type ListingAction = RouterInputs['catalog']['transitionActivity']['action'];

/** An organisation's listings in every status, page by page. */
export const useOrganisationListings = (organisationId: string) => {
  const trpc = useTRPC();
  const client = useTRPCClient();
  return useCursorQuery({
    queryKey: trpc.catalog.listActivities.infiniteQueryKey({ organisationId }),
    fetchPage: (cursor, signal) => client.catalog.listActivities.query({ organisationId, ...(cursor ? { cursor } : {}) }, { signal }),
  });
};

/** One listing as its editors see it, with a proposed change if one waits for moderation. */
export const useEditableActivity = (id: string) => {
  const trpc = useTRPC();
  return useQuery(trpc.catalog.activity.queryOptions({ id }));
};

/** Reads an organisation's listings again, as after someone else changed one of them. */
export const useReloadListings = () => {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries(trpc.catalog.listActivities.pathFilter());
};

/**
 * Mutation options for a change to listings: afterwards every catalog view may be out of date
 * (the lists, the queue, search), so all of them are read again.
 */
export const useRefreshCatalog = () => {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return { onSuccess: () => queryClient.invalidateQueries(trpc.catalog.pathFilter()) };
};

export const useCreateActivity = () => useMutation(useTRPC().catalog.createActivity.mutationOptions(useRefreshCatalog()));
export const useUpdateActivity = () => useMutation(useTRPC().catalog.updateActivity.mutationOptions(useRefreshCatalog()));
export const useTransitionActivity = () => useMutation(useTRPC().catalog.transitionActivity.mutationOptions(useRefreshCatalog()));
export const useVerifyActivity = () => useMutation(useTRPC().catalog.verifyActivity.mutationOptions(useRefreshCatalog()));
