import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { itemsOf, useCursorQuery } from '../../../lib/cursor-query';
import { type RouterInputs, type RouterOutputs, useTRPC, useTRPCClient } from '../../../lib/trpc';

export type AssociationRegistration = RouterOutputs['associations']['byId']['registration'];
export type RegistrationMatch = RouterOutputs['associations']['byId']['matches'][number];
export type MatchReason = RegistrationMatch['reasons'][number];
export type RegistrationStatus = AssociationRegistration['status'];
export type RegistrationInput = RouterInputs['associations']['register']['registration'];
export type ApplicantLanguage = RegistrationInput['language'];

/**
 * The statuses in the order the queue offers them, the waiting ones first. The web does not import
 * the API's list at run time; a record over the API's type keeps the two in step.
 */
const queueOrder: Record<RegistrationStatus, number> = { pending: 0, approved: 1, rejected: 2, unverified: 3 };
export const registrationStatuses = (Object.keys(queueOrder) as RegistrationStatus[]).sort((a, b) => queueOrder[a] - queueOrder[b]);

export const isRegistrationStatus = (value: string): value is RegistrationStatus => Object.hasOwn(queueOrder, value);

/** An association's own registration; the request id makes a retried submission count once. */
export const useRegisterAssociation = () => useMutation(useTRPC().associations.register.mutationOptions());

/** The contact person's confirmation that they read the address they gave. */
export const useVerifyRegistration = () => useMutation(useTRPC().associations.verify.mutationOptions());

/** The county's registrations in one status, page by page. */
export const useRegistrationQueue = (status: RegistrationStatus) => {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const query = useCursorQuery({
    queryKey: trpc.associations.queue.infiniteQueryKey({ status }),
    fetchPage: (cursor, signal) => client.associations.queue.query({ status, ...(cursor ? { cursor } : {}) }, { signal }),
  });
  return { query, registrations: itemsOf(query) };
};

/** One registration and the county's organisations that may be the same association. */
export const useRegistration = (id: string) => useQuery(useTRPC().associations.byId.queryOptions({ id }));

/** After a decision the queue and the registration are read again; after a refusal nothing is. */
const useRefreshRegistrations = () => {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return { onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.associations.pathKey() }) };
};

export const useApproveRegistration = () => useMutation(useTRPC().associations.approve.mutationOptions(useRefreshRegistrations()));
export const useRejectRegistration = () => useMutation(useTRPC().associations.reject.mutationOptions(useRefreshRegistrations()));
