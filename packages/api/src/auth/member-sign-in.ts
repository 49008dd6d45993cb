import { maySignIn, type Role, rolesFitTenant } from '@linkki/domain';
import { createUserRepository, type TableAccess } from '@linkki/db';
import { tokenClaims } from './token-claims';

/** Who is signing in, as the identity provider knows them: their county (null: platform-wide) and user id. */
export interface SignInSubject {
  tenantId: string | null;
  userId: string;
}

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

/**
 * The one place where a token's county and roles come from: the person's membership in the table.
 * Called when a token is issued, by the Cognito pre-token trigger in AWS and by the development
 * identity provider locally. An invited person's first sign-in makes them active.
 */
export const signInMember = async (tables: TableAccess, { tenantId, userId }: SignInSubject): Promise<MemberTokenClaims> => {
  const users = createUserRepository({ gateway: tenantId ? tables.tenant(tenantId) : tables.platform, tenantId });
  const member = await users.membership(userId);
  if (!member) throw new SignInRefusedError(`No membership for ${userId} in ${tenantId ?? 'the platform'}.`);
  if (!maySignIn(member)) throw new SignInRefusedError(`The membership of ${userId} is deactivated.`);
  if (!rolesFitTenant(member.roles, tenantId)) throw new SignInRefusedError(`The roles of ${userId} do not fit ${tenantId ?? 'the platform'}.`);
  await users.activate(member);
  return {
    [tokenClaims.groups]: [...member.roles],
    ...(tenantId ? { [tokenClaims.tenant]: tenantId } : {}),
    [tokenClaims.name]: member.displayName,
    ...(member.email ? { email: member.email } : {}),
  };
};
