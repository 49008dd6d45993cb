import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useListingFormat } from '../../../lib/use-listing-format';
import { type RouterInputs, type RouterOutputs, useTRPC } from '../../../lib/trpc';

export type PathwayListItem = RouterOutputs['pathways']['list']['items'][number];
export type PathwayView = RouterOutputs['pathways']['byId'];
export type PathwayStage = PathwayView['stages'][number];
export type StageItem = PathwayStage['items'][number];
export type LocalActivity = PathwayStage['localActivities'][number];
export type StageFeedbackInput = RouterInputs['pathways']['giveFeedback'];
export type LocalAdditions = RouterOutputs['pathways']['localAdditions'];
export type LocalAddition = LocalAdditions['needsRehoming'][number];
export type CountyFeedback = RouterOutputs['pathways']['feedback'];
export type FeedbackCounts = CountyFeedback['totals'];

export const usePathwayVocabulary = () => useQuery(useTRPC().pathways.vocabulary.queryOptions(undefined, { staleTime: Infinity }));

/** The county's published pathways, every target group. */
export const usePathways = () => useQuery(useTRPC().pathways.list.queryOptions(undefined, { staleTime: 60_000 }));

/** The newest published version of a pathway with this county's own activities. */
export const usePathway = (pathwayId: string) => useQuery(useTRPC().pathways.byId.queryOptions({ pathwayId }, { retry: false }));

/** Counts a stage view; the API never fails on its limit, so a lost count needs no message. */
export const useRecordView = () => useMutation(useTRPC().pathways.recordView.mutationOptions());

export const useGiveFeedback = () => useMutation(useTRPC().pathways.giveFeedback.mutationOptions());

export const useLocalAdditions = (pathwayId: string) => useQuery(useTRPC().pathways.localAdditions.queryOptions({ pathwayId }));

export const useCountyFeedback = (pathwayId: string) => useQuery(useTRPC().pathways.feedback.queryOptions({ pathwayId }));

export const usePathwayNews = () => useQuery(useTRPC().pathways.notifications.queryOptions({}));

/** After a change to the county's additions, both the editor and the resident page reload them. */
const useInvalidatePathways = () => {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trpc.pathways.pathKey() });
};

export const useAddLocalActivity = () => useMutation(useTRPC().pathways.addLocalActivity.mutationOptions({ onSuccess: useInvalidatePathways() }));
export const useMoveLocalActivity = () => useMutation(useTRPC().pathways.moveLocalActivity.mutationOptions({ onSuccess: useInvalidatePathways() }));
export const useRemoveLocalActivity = () => useMutation(useTRPC().pathways.removeLocalActivity.mutationOptions({ onSuccess: useInvalidatePathways() }));

/** A pathway's title in the UI language for a coordinator page's heading; its id until it has loaded. */
export const usePathwayTitle = (pathwayId: string): string => {
  const format = useListingFormat();
  const pathway = usePathway(pathwayId);
  return pathway.data ? format.text(pathway.data.title).text : pathwayId;
};
