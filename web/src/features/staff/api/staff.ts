import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { itemsOf, useCursorQuery } from '../../../lib/cursor-query';
import { type RouterInputs, type RouterOutputs, useTRPC, useTRPCClient } from '../../../lib/trpc';

export type StaffMember = RouterOutputs['staff']['list']['items'][number];
export type StaffStatus = StaffMember['status'];
export type Role = StaffMember['roles'][number];
export type StaffMemberDetails = RouterOutputs['staff']['byId'];
export type EditedOrganisation = StaffMemberDetails['organisations'][number];
export type StaffAuditRecord = RouterOutputs['staff']['auditTrail']['items'][number];
export type StaffInvitation = RouterInputs['staff']['invite']['invitation'];
export type CountyRole = StaffInvitation['roles'][number];

/**
 * The roles a coordinator may grant, in the order the forms list them. The web does not import the
 * API's list (`countyRoles` in @linkki/domain) at run time; a record over the API's type keeps the two in step.
 */
const grantable: Record<CountyRole, true> = { professional: true, linkWorker: true, orgEditor: true, coordinator: true, networkMember: true };
export const countyRoles = Object.keys(grantable) as CountyRole[];

/** At most this many organisations an editor is invited to at once (the API's limit). */
export const maxInvitedOrganisations = 10;

export const isCountyRole = (role: string): role is CountyRole => Object.hasOwn(grantable, role);

/** The county's people by name, page by page; `search` matches the start of a name. */
export const useStaffList = (search: string) => {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const input = search ? { search } : {};
  const query = useCursorQuery({
    queryKey: trpc.staff.list.infiniteQueryKey(input),
    fetchPage: (cursor, signal) => client.staff.list.query({ ...input, ...(cursor ? { cursor } : {}) }, { signal }),
    keepPrevious: true,
  });
  return { query, members: itemsOf(query) };
};

export const useStaffMember = (userId: string) => {
  const trpc = useTRPC();
  return useQuery(trpc.staff.byId.queryOptions({ userId }));
};

/** Who changed the county's people and how, newest first, page by page. */
export const useStaffAuditTrail = () => {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const query = useCursorQuery({
    queryKey: trpc.staff.auditTrail.infiniteQueryKey({}),
    fetchPage: (cursor, signal) => client.staff.auditTrail.query(cursor ? { cursor } : {}, { signal }),
  });
  return { query, records: itemsOf(query) };
};

/**
 * After a change the list, the person and the audit trail are read again. After a refusal nothing
 * is: the user's choices stay on the page until they choose to reload.
 */
const useRefreshStaff = () => {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return { onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.staff.pathKey() }) };
};

export const useInviteStaff = () => useMutation(useTRPC().staff.invite.mutationOptions(useRefreshStaff()));
export const useSetStaffRoles = () => useMutation(useTRPC().staff.setRoles.mutationOptions(useRefreshStaff()));
export const useDeactivateStaff = () => useMutation(useTRPC().staff.deactivate.mutationOptions(useRefreshStaff()));
export const useReactivateStaff = () => useMutation(useTRPC().staff.reactivate.mutationOptions(useRefreshStaff()));
export const useResendInvitation = () => useMutation(useTRPC().staff.resendInvitation.mutationOptions(useRefreshStaff()));
