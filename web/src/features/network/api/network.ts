import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCursorQuery } from '../../../lib/cursor-query';
import { type RouterInputs, type RouterOutputs, useTRPC, useTRPCClient } from '../../../lib/trpc';

export type NetworkPost = RouterOutputs['network']['post'];
export type NetworkVocabulary = RouterOutputs['network']['vocabulary'];
export type FeedFilter = Omit<RouterInputs['network']['feed'], 'cursor'>;
export type PostContent = RouterInputs['network']['create']['content'];
export type NetworkSettings = RouterOutputs['network']['settings'];

export const useNetworkVocabulary = () => {
  const trpc = useTRPC();
  return useQuery(trpc.network.vocabulary.queryOptions(undefined, { staleTime: Infinity }));
};

export const useFeed = (filter: FeedFilter) => {
  const trpc = useTRPC();
  const client = useTRPCClient();
  return useCursorQuery({
    queryKey: trpc.network.feed.infiniteQueryKey(filter),
    fetchPage: (cursor, signal) => client.network.feed.query({ ...filter, ...(cursor ? { cursor } : {}) }, { signal }),
    keepPrevious: true,
  });
};

export const usePost = (postId: string) => {
  const trpc = useTRPC();
  return useQuery(trpc.network.post.queryOptions({ postId }));
};

export const useComments = (postId: string) => {
  const trpc = useTRPC();
  const client = useTRPCClient();
  return useCursorQuery({
    queryKey: trpc.network.comments.infiniteQueryKey({ postId }),
    fetchPage: (cursor, signal) => client.network.comments.query({ postId, ...(cursor ? { cursor } : {}) }, { signal }),
  });
};

export const useHistory = (postId: string, enabled: boolean) => {
  const trpc = useTRPC();
  return useQuery(trpc.network.history.queryOptions({ postId }, { enabled }));
};

export const useModerationQueue = () => {
  const trpc = useTRPC();
  const client = useTRPCClient();
  return useCursorQuery({
    queryKey: trpc.network.moderationQueue.infiniteQueryKey({}),
    fetchPage: (cursor, signal) => client.network.moderationQueue.query(cursor ? { cursor } : {}, { signal }),
  });
};

export const useToolkit = () => {
  const trpc = useTRPC();
  const client = useTRPCClient();
  return useCursorQuery({
    queryKey: trpc.network.toolkit.infiniteQueryKey({}),
    fetchPage: (cursor, signal) => client.network.toolkit.query(cursor ? { cursor } : {}, { signal }),
  });
};

export const useNetworkSettings = () => {
  const trpc = useTRPC();
  return useQuery(trpc.network.settings.queryOptions());
};

/** Every network mutation refreshes all network queries: posts, counts and queues change together. */
const useNetworkMutation = <Input, Output>(call: (input: Input) => Promise<Output>) => {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: call, onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.network.pathKey() }) });
};

export const useNetworkMutations = () => {
  const client = useTRPCClient();
  const { network } = client;
  return {
    create: useNetworkMutation((input: RouterInputs['network']['create']) => network.create.mutate(input)),
    update: useNetworkMutation((input: RouterInputs['network']['update']) => network.update.mutate(input)),
    comment: useNetworkMutation((input: RouterInputs['network']['comment']) => network.comment.mutate(input)),
    markUseful: useNetworkMutation((input: RouterInputs['network']['markUseful']) => network.markUseful.mutate(input)),
    report: useNetworkMutation((input: RouterInputs['network']['report']) => network.report.mutate(input)),
    hide: useNetworkMutation((input: RouterInputs['network']['hide']) => network.hide.mutate(input)),
    unhide: useNetworkMutation((input: RouterInputs['network']['unhide']) => network.unhide.mutate(input)),
    saveSettings: useNetworkMutation((input: RouterInputs['network']['saveSettings']) => network.saveSettings.mutate(input)),
    markRead: useNetworkMutation(() => network.markRead.mutate()),
  };
};
