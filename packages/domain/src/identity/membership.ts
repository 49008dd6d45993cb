import * as z from 'zod';
import type { Identity } from './identity.schema';
import { isPlatformWideRole, type Role } from './role.schema';

/**
 * Where a person's membership stands. `invited`: created by a coordinator or operator, not yet
 * signed in; `active`: may sign in and use the API; `deactivated`: refused everywhere.
 */
export const membershipStatuses = ['invited', 'active', 'deactivated'] as const;
export const membershipStatusSchema = z.enum(membershipStatuses);
export type MembershipStatus = z.infer<typeof membershipStatusSchema>;

/** The part of a membership that decides what a person may do. */
export interface MembershipGrant {
  tenantId: string | null;
  roles: readonly Role[];
  status: MembershipStatus;
}

/** Invited people may sign in (their first sign-in activates them); deactivated people may not. */
export const maySignIn = (membership: Pick<MembershipGrant, 'status'>): boolean => membership.status !== 'deactivated';

/** County roles need a county, platform-wide roles need none; anything else is not a valid grant. */
export const rolesFitTenant = (roles: readonly Role[], tenantId: string | null): boolean => roles.length > 0 && roles.every((role) => isPlatformWideRole(role) === (tenantId === null));

/**
 * What a verified token may still do now: the roles it carries that the membership still grants.
 * Null when the person is deactivated, was never a member, or holds none of the token's roles any
 * longer: their token is no longer honoured, however long it is still valid.
 */
export const currentIdentity = (identity: Identity, membership: MembershipGrant | null): Identity | null => {
  if (!membership || membership.status !== 'active' || membership.tenantId !== identity.tenantId) return null;
  const roles = identity.roles.filter((role) => membership.roles.includes(role));
  return roles.length > 0 ? { ...identity, roles } : null;
};
