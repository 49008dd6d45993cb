import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type RouterOutputs, useTRPC } from '../../../lib/trpc';

export type Draft = RouterOutputs['pathways']['draft'];
export type DraftListItem = RouterOutputs['pathways']['drafts']['items'][number];
export type PathwayDiff = RouterOutputs['pathways']['diff'];
export type VersionSummary = RouterOutputs['pathways']['versions']['items'][number];
export type NationalFeedback = RouterOutputs['pathways']['nationalFeedback'];

export const usePathwayVocabulary = () => useQuery(useTRPC().pathways.vocabulary.queryOptions(undefined, { staleTime: Infinity }));
export const useDrafts = () => useQuery(useTRPC().pathways.drafts.queryOptions());
export const useDraft = (pathwayId: string) => useQuery(useTRPC().pathways.draft.queryOptions({ pathwayId }));
export const useVersions = (pathwayId: string) => useQuery(useTRPC().pathways.versions.queryOptions({ pathwayId }));
export const useDiff = (pathwayId: string, from: number, to: number, enabled: boolean) => useQuery(useTRPC().pathways.diff.queryOptions({ pathwayId, from, to }, { enabled }));
export const useNationalFeedback = (pathwayId: string) => useQuery(useTRPC().pathways.nationalFeedback.queryOptions({ pathwayId }));

/** Drops every cached pathway query, so lists, the draft and the versions show what was just written. */
const useInvalidatePathways = () => {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trpc.pathways.pathKey() });
};

export const useCreateDraft = () => {
  const invalidate = useInvalidatePathways();
  return useMutation(useTRPC().pathways.createDraft.mutationOptions({ onSuccess: invalidate }));
};

export const useSaveDraft = () => {
  const invalidate = useInvalidatePathways();
  return useMutation(useTRPC().pathways.saveDraft.mutationOptions({ onSuccess: invalidate }));
};

export const usePublish = ({ onPublished }: { onPublished?: () => void } = {}) => {
  const invalidate = useInvalidatePathways();
  return useMutation(
    useTRPC().pathways.publish.mutationOptions({
      onSuccess: () => {
        onPublished?.();
        return invalidate();
      },
    }),
  );
};
