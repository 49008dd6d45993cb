import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCursorQuery } from '../../../lib/cursor-query';
import { type RouterOutputs, useTRPC, useTRPCClient } from '../../../lib/trpc';

export type ReceivedContactRequest = RouterOutputs['catalog']['contactRequests']['items'][number];

/** An organisation's contact requests, newest first. */
export const useContactRequests = (organisationId: string) => {
  const trpc = useTRPC();
  const client = useTRPCClient();
  return useCursorQuery({
    queryKey: trpc.catalog.contactRequests.infiniteQueryKey({ organisationId }),
    fetchPage: (cursor, signal) => client.catalog.contactRequests.query({ organisationId, ...(cursor ? { cursor } : {}) }, { signal }),
  });
};

export const useMarkContactRequestHandled = () => {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.catalog.markContactRequestHandled.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.catalog.contactRequests.pathFilter()),
    }),
  );
};
