import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type RouterInputs, type RouterOutputs, useTRPC, useTRPCClient } from '../../../lib/trpc';

export type QueueItem = RouterOutputs['referrals']['queue']['items'][number];
export type MyProfile = RouterOutputs['linkWorkers']['myProfile'];
export type LinkWorkerProfile = NonNullable<MyProfile>['profile'];
export type TrainingRecord = RouterOutputs['linkWorkers']['myTraining']['record'];
export type TransitionInput = RouterInputs['referrals']['transition'];
export type ContactInput = RouterInputs['referrals']['recordContact'];
export type MeasureInput = RouterInputs['referrals']['recordMeasure'];
export type SurveyInput = RouterInputs['linkWorkers']['submitSurvey'];

/** Requested referrals waiting in my municipalities, oldest first; no names until one is taken. */
export const useReferralQueue = () => {
  const trpc = useTRPC();
  return useQuery(trpc.referrals.queue.queryOptions());
};

export const useMyLinkWorkerProfile = () => {
  const trpc = useTRPC();
  return useQuery(trpc.linkWorkers.myProfile.queryOptions());
};

export const useMyTraining = () => {
  const trpc = useTRPC();
  return useQuery(trpc.linkWorkers.myTraining.queryOptions());
};

/**
 * A change to referrals or to my link worker data: afterwards every referral and link worker
 * query is refetched, since the queue, my caseload, my capacity and the referral page move together.
 */
const useLinkWorkMutation = <Input, Output>(call: (input: Input) => Promise<Output>) => {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSettled: () => Promise.all([queryClient.invalidateQueries({ queryKey: trpc.referrals.pathKey() }), queryClient.invalidateQueries({ queryKey: trpc.linkWorkers.pathKey() })]),
  });
};

export const useLinkWorkMutations = () => {
  const { referrals, linkWorkers } = useTRPCClient();
  return {
    take: useLinkWorkMutation((input: RouterInputs['referrals']['take']) => referrals.take.mutate(input)),
    transition: useLinkWorkMutation((input: TransitionInput) => referrals.transition.mutate(input)),
    recordContact: useLinkWorkMutation((input: ContactInput) => referrals.recordContact.mutate(input)),
    recordMeasure: useLinkWorkMutation((input: MeasureInput) => referrals.recordMeasure.mutate(input)),
    saveProfile: useLinkWorkMutation((input: RouterInputs['linkWorkers']['saveProfile']) => linkWorkers.saveProfile.mutate(input)),
    saveTraining: useLinkWorkMutation((input: RouterInputs['linkWorkers']['saveTraining']) => linkWorkers.saveTraining.mutate(input)),
    submitSurvey: useLinkWorkMutation((input: SurveyInput) => linkWorkers.submitSurvey.mutate(input)),
  };
};
