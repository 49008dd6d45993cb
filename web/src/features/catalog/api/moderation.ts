import { useCursorQuery } from '../../../lib/cursor-query';
import { type RouterOutputs, useTRPC, useTRPCClient } from '../../../lib/trpc';

export type ModerationItem = RouterOutputs['catalog']['moderationQueue']['items'][number];

/** The county's new listings and proposed changes waiting for a coordinator. */
export const useModerationQueue = () => {
  const trpc = useTRPC();
  const client = useTRPCClient();
  return useCursorQuery({
    queryKey: trpc.catalog.moderationQueue.infiniteQueryKey({}),
    fetchPage: (cursor, signal) => client.catalog.moderationQueue.query(cursor ? { cursor } : {}, { signal }),
  });
};
