import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCursorQuery } from '../../../lib/cursor-query';
import { type RouterInputs, type RouterOutputs, useTRPC, useTRPCClient } from '../../../lib/trpc';

export type StatementRead = RouterOutputs['legal']['accessibilityStatement'];
export type NoticeRead = RouterOutputs['legal']['privacyNotice'];
export type PrivacyRegister = RouterInputs['legal']['privacyNotice']['register'];
export type AccessibilityStatement = StatementRead['statement'];
export type PrivacyNotice = NoticeRead['notice'];
export type CountyContact = NonNullable<StatementRead['contact']>;
export type ReceivedFeedback = RouterOutputs['legal']['feedbackQueue']['items'][number];

/** The registers in the order the footer and the editor list them. */
export const privacyRegisters: readonly PrivacyRegister[] = ['referrals', 'contact-requests', 'staff-accounts', 'developer-network'];

export const isPrivacyRegister = (value: string | undefined): value is PrivacyRegister => privacyRegisters.some((register) => register === value);

export const useAccessibilityStatement = () => {
  const trpc = useTRPC();
  return useQuery(trpc.legal.accessibilityStatement.queryOptions());
};

export const usePrivacyNotice = (register: PrivacyRegister) => {
  const trpc = useTRPC();
  return useQuery(trpc.legal.privacyNotice.queryOptions({ register }));
};

/** What a save returns becomes what the public pages read, so the coordinator sees their text at once. */
export const useSaveContact = () => {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(trpc.legal.updateContact.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.legal.pathKey() }) }));
};

export const useSaveAccessibilityStatement = () => {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(trpc.legal.updateAccessibilityStatement.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.legal.accessibilityStatement.queryKey() }) }));
};

export const useSavePrivacyNotice = () => {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(trpc.legal.updatePrivacyNotice.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.legal.privacyNotice.pathKey() }) }));
};

export const useSendAccessibilityFeedback = () => {
  const trpc = useTRPC();
  return useMutation(trpc.legal.sendFeedback.mutationOptions());
};

/** The county's accessibility feedback, newest first, page by page. */
export const useFeedbackQueue = () => {
  const trpc = useTRPC();
  const client = useTRPCClient();
  return useCursorQuery({
    queryKey: trpc.legal.feedbackQueue.infiniteQueryKey({}),
    fetchPage: (cursor, signal) => client.legal.feedbackQueue.query(cursor ? { cursor } : {}, { signal }),
  });
};

export const useMarkFeedbackAnswered = () => {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(trpc.legal.markFeedbackAnswered.mutationOptions({ onSuccess: () => queryClient.invalidateQueries(trpc.legal.feedbackQueue.pathFilter()) }));
};
