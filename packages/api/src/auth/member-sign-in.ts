import { maySignIn, type Role, rolesFitTenant } from '@linkki/domain';
import { createStaffRepository, createTenantRepository, createUserRepository, ItemVersionConflictError, type TableAccess } from '@linkki/db';
import { tokenClaims } from './token-claims';

/** Who is signing in, as the identity provider knows them: their county (null: platform-wide) and user id. */
export interface SignInSubject {
  tenantId: string | null;
  userId: string;
  /**
   * The address a county's own identity service vouches for, for a federated person: their first
   * sign-in finds the membership a coordinator's invitation keeps waiting for them by it.
   */
  federatedEmail?: string | undefined;
}

/** The id an invitation keeps a federated person's membership under until they first sign in. */
export const pendingMemberPrefix = 'pending-';

/** The claims Linkki adds to a person's ID token, by their token names. */
export interface MemberTokenClaims {
  [tokenClaims.groups]: Role[];
  [tokenClaims.tenant]?: string;
  [tokenClaims.name]: string;
  email?: string;
}

/** Why a sign-in was refused; the identity provider shows the person a generic refusal. */
export class SignInRefusedError extends Error {
  override readonly name = 'SignInRefusedError';
}

/** A federated person signing in for the first time, matched to their invitation by address; null if there is none. */
const bindFederatedInvitation = async (tables: TableAccess, { tenantId, userId, federatedEmail }: SignInSubject) => {
  if (!tenantId || !federatedEmail) return null;
  const gateway = tables.tenant(tenantId);
  const invited = await createStaffRepository({ gateway, tenantId }).byEmail(federatedEmail.toLowerCase());
  if (!invited?.userId.startsWith(pendingMemberPrefix)) return null;
  const users = createUserRepository({ gateway, tenantId });
  const pending = await users.membership(invited.userId);
  if (!pending || pending.status !== 'invited') return null;
  return createStaffRepository({ gateway, tenantId }).bindPending(pending, userId, new Date().toISOString());
};

/** An onboarded county is active from its first coordinator's first sign-in. */
const activateOnboardedCounty = async (tables: TableAccess, tenantId: string): Promise<void> => {
  const registry = createTenantRepository(tables.platform);
  const county = await registry.versioned(tenantId);
  if (county?.status !== 'onboarding') return;
  try {
    await registry.update(tenantId, county.version, { status: 'active' });
  } catch (error) {
    // Another first sign-in (or the operator) changed it meanwhile; that change stands.
    if (!(error instanceof ItemVersionConflictError)) throw error;
  }
};

/**
 * The one place where a token's county and roles come from: the person's membership in the table.
 * Called when a token is issued, by the Cognito pre-token trigger in AWS and by the development
 * identity provider locally. An invited person's first sign-in makes them active.
 */
export const signInMember = async (tables: TableAccess, subject: SignInSubject): Promise<MemberTokenClaims> => {
  const { tenantId, userId } = subject;
  const users = createUserRepository({ gateway: tenantId ? tables.tenant(tenantId) : tables.platform, tenantId });
  const stored = await users.membership(userId);
  const member = stored ?? (await bindFederatedInvitation(tables, subject));
  // Only a first sign-in changes anything; token refreshes read the membership and no more.
  const firstSignIn = !stored || stored.status === 'invited';
  if (!member) throw new SignInRefusedError(`No membership for ${userId} in ${tenantId ?? 'the platform'}.`);
  if (!maySignIn(member)) throw new SignInRefusedError(`The membership of ${userId} is deactivated.`);
  if (!rolesFitTenant(member.roles, tenantId)) throw new SignInRefusedError(`The roles of ${userId} do not fit ${tenantId ?? 'the platform'}.`);
  if (tenantId && firstSignIn) {
    await createStaffRepository({ gateway: tables.tenant(tenantId), tenantId }).activate(member, new Date().toISOString());
    if (member.roles.includes('coordinator')) await activateOnboardedCounty(tables, tenantId);
  }
  return {
    [tokenClaims.groups]: [...member.roles],
    ...(tenantId ? { [tokenClaims.tenant]: tenantId } : {}),
    [tokenClaims.name]: member.displayName,
    ...(member.email ? { email: member.email } : {}),
  };
};
