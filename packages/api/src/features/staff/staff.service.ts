import { randomUUID } from 'node:crypto';
import { createOrganisationRepository, createStaffRepository, createUserRepository, ItemVersionConflictError, type StoredUserProfile, type TableGateway } from '@linkki/db';
import {
  assertNotLockingOutSelf,
  coordinatorDelta,
  type CountyRole,
  InvitedOrganisationUnknownError,
  type Organisation,
  type MembershipStatus,
  type Role,
  type StaffAuditAction,
  StaffEmailTakenError,
  type StaffInvitation,
  type StaffMember,
  StaffMemberNotFoundError,
  StaffStatusError,
  type Tenant,
} from '@linkki/domain';
import type { AccountDirectory } from '../../auth/account-directory';
import { pendingMemberPrefix } from '../../auth/member-sign-in';
import { invitationEmailOf } from './staff-invitation-email';

/** Who is changing the county's people, and where. */
export interface StaffActor {
  gateway: TableGateway;
  tenant: Tenant;
  userId: string;
  displayName?: string | undefined;
  accounts: AccountDirectory;
  appUrl: string;
  now: () => Date;
}

const memberOf = ({ userId, displayName, title, email, roles, status, version }: StoredUserProfile): StaffMember => ({
  userId,
  displayName,
  ...(title ? { title } : {}),
  ...(email ? { email } : {}),
  roles,
  status,
  version,
});

/** The audit record of a change to a county's people: who did what to whom, when. */
export const staffAuditOf = (
  actor: Pick<StaffActor, 'userId' | 'displayName'>,
  target: { userId: string; displayName: string },
  action: StaffAuditAction,
  detail: string,
  at: string,
  id: string = randomUUID(),
) => ({
  id,
  at,
  actorId: actor.userId,
  ...(actor.displayName ? { actorName: actor.displayName } : {}),
  targetId: target.userId,
  targetName: target.displayName,
  action,
  detail,
});

const rolesText = (roles: readonly Role[]): string => [...roles].sort().join(', ');

/** A coordinator's management of their county's people: list, invite, change roles, deactivate, reactivate. */
export const createStaffService = (actor: StaffActor) => {
  const tenantId = actor.tenant.slug;
  const staff = createStaffRepository({ gateway: actor.gateway, tenantId });
  const users = createUserRepository({ gateway: actor.gateway, tenantId });
  const organisations = createOrganisationRepository({ gateway: actor.gateway, tenantId });

  const load = async (userId: string): Promise<StoredUserProfile> => {
    const member = await users.membership(userId);
    if (!member) throw new StaffMemberNotFoundError(userId);
    return member;
  };

  /** The person as the caller last saw them: the rules are checked against that version or not at all. */
  const loadAt = async (userId: string, expectedVersion: number): Promise<StoredUserProfile> => {
    const member = await load(userId);
    if (member.version !== expectedVersion) throw new ItemVersionConflictError(expectedVersion);
    return member;
  };

  const auditOf = (target: { userId: string; displayName: string }, action: StaffAuditAction, detail: string, now: string) => staffAuditOf(actor, target, action, detail, now);

  /** The county's organisations the new editor will edit; any other id is refused by name. */
  const editableOrganisations = async (organisationIds: readonly string[]): Promise<Organisation[]> => {
    const found = await Promise.all(organisationIds.map((id) => organisations.byId(id)));
    const missing = organisationIds.filter((_, index) => !found[index]);
    if (missing.length > 0) throw new InvitedOrganisationUnknownError(missing);
    return found.filter((organisation): organisation is Organisation => organisation !== null);
  };

  /** Saves `after` over `before` with its audit record, keeping at least one coordinator and the actor their own access. */
  const change = async (before: StoredUserProfile, after: { roles: Role[]; status: MembershipStatus }, action: StaffAuditAction, detail: string) => {
    assertNotLockingOutSelf(actor.userId, before, after);
    const now = actor.now().toISOString();
    await staff.change(before, after, { now, coordinatorDelta: coordinatorDelta(before, after), audit: auditOf(before, action, detail, now) });
    return memberOf(await load(before.userId));
  };

  return {
    async list({ cursor, search }: { cursor?: string | undefined; search?: string | undefined }) {
      const page = await staff.page({ cursor, search });
      return { items: page.items.map(memberOf), nextCursor: page.nextCursor };
    },

    async byId(userId: string) {
      const member = await load(userId);
      const ids = await organisations.idsEditedBy(userId);
      const edited = await Promise.all(ids.map((id) => organisations.byId(id)));
      return {
        member: memberOf(member),
        organisations: edited.flatMap((organisation) => (organisation ? [{ id: organisation.id, name: organisation.name }] : [])),
      };
    },

    /** A retry of the same request answers with the person it created; another invitation of the address is refused. */
    async invite({ requestId, invitation }: { requestId: string; invitation: StaffInvitation }) {
      const existing = await staff.byEmail(invitation.email);
      if (existing?.requestId === requestId) return memberOf(await load(existing.userId));
      if (existing) throw new StaffEmailTakenError(invitation.email);
      // Everything is checked before the account exists: a refused invitation leaves no account behind.
      const editedOrganisations = await editableOrganisations(invitation.organisationIds);
      const account = await actor.accounts.ensureAccount({ tenantId, email: invitation.email, displayName: invitation.displayName });
      if (await users.membership(account.userId)) throw new StaffEmailTakenError(invitation.email);
      const now = actor.now().toISOString();
      const member = {
        userId: account.userId,
        displayName: invitation.displayName,
        ...(invitation.title ? { title: invitation.title } : {}),
        email: invitation.email,
        roles: [...invitation.roles],
        status: 'invited' as const,
      };
      await staff.invite(member, requestId, {
        now,
        coordinatorDelta: coordinatorDelta(null, member),
        audit: auditOf(member, 'invited', rolesText(member.roles), now),
        notification: invitationEmailOf({
          id: `invitation-${requestId}`,
          email: invitation.email,
          displayName: invitation.displayName,
          roles: invitation.roles,
          invitedBy: actor.displayName ?? actor.tenant.name.fi,
          tenant: actor.tenant,
          appUrl: actor.appUrl,
          federated: account.federated,
        }),
        also: editedOrganisations.flatMap((organisation) => organisations.editorAdditionOf(organisation, account.userId, now)),
      });
      return memberOf(await load(account.userId));
    },

    async setRoles({ userId, expectedVersion, roles }: { userId: string; expectedVersion: number; roles: CountyRole[] }) {
      const before = await loadAt(userId, expectedVersion);
      return change(before, { roles, status: before.status }, 'rolesChanged', `${rolesText(before.roles)} → ${rolesText(roles)}`);
    },

    async deactivate({ userId, expectedVersion }: { userId: string; expectedVersion: number }) {
      const before = await loadAt(userId, expectedVersion);
      if (before.status === 'deactivated') throw new StaffStatusError('This person is already deactivated.');
      return change(before, { roles: before.roles, status: 'deactivated' }, 'deactivated', rolesText(before.roles));
    },

    /** Back to active; their next sign-in works again at once. */
    async reactivate({ userId, expectedVersion }: { userId: string; expectedVersion: number }) {
      const before = await loadAt(userId, expectedVersion);
      if (before.status !== 'deactivated') throw new StaffStatusError('Only a deactivated person can be reactivated.');
      // Someone who never signed in at their county's identity service goes back to waiting for it.
      const status = before.userId.startsWith(pendingMemberPrefix) ? 'invited' : 'active';
      return change(before, { roles: before.roles, status }, 'reactivated', rolesText(before.roles));
    },

    async resendInvitation({ userId }: { userId: string }) {
      const member = await load(userId);
      if (member.status !== 'invited' || !member.email) throw new StaffStatusError('Only a person who has not signed in yet can be invited again.');
      const request = { tenantId, email: member.email, displayName: member.displayName };
      await actor.accounts.resendInvitation({ ...request, userId });
      const now = actor.now().toISOString();
      const countyRoles = member.roles.filter((role): role is CountyRole => role !== 'nationalPublisher' && role !== 'platformAdmin');
      await staff.record({
        now,
        audit: auditOf(member, 'invitationResent', member.email, now),
        notification: invitationEmailOf({
          id: `invitation-${randomUUID()}`,
          email: member.email,
          displayName: member.displayName,
          roles: countyRoles,
          invitedBy: actor.displayName ?? actor.tenant.name.fi,
          tenant: actor.tenant,
          appUrl: actor.appUrl,
          federated: userId.startsWith(pendingMemberPrefix),
        }),
      });
      return memberOf(member);
    },

    auditTrail: (cursor?: string) => staff.auditTrail(cursor),
  };
};
