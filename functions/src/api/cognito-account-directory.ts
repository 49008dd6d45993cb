import { createHash } from 'node:crypto';
import { AdminCreateUserCommand, AdminGetUserCommand, type AttributeType, CognitoIdentityProviderClient, UsernameExistsException } from '@aws-sdk/client-cognito-identity-provider';
import type { AccountDirectory, AccountRequest } from '@linkki/api';
import { pendingMemberPrefix, tokenClaims } from '@linkki/api';
import { AccountInAnotherCountyError } from '@linkki/domain';

export interface CognitoAccountDirectoryOptions {
  userPoolId: string;
  region: string;
  /** Counties whose staff sign in with their own identity service: no pool account for them. */
  federatedCounties: readonly string[];
  client?: CognitoIdentityProviderClient;
}

/** A person who has not signed in yet at their county's identity service; their first sign-in binds the membership. */
const pendingFederatedUserId = ({ tenantId, email }: AccountRequest): string => `${pendingMemberPrefix}${tenantId}-${createHash('sha256').update(email).digest('hex').slice(0, 24)}`;

const attributesOf = ({ tenantId, email, displayName }: AccountRequest): AttributeType[] => [
  { Name: 'email', Value: email },
  { Name: 'email_verified', Value: 'true' },
  { Name: 'name', Value: displayName },
  { Name: tokenClaims.tenant, Value: tenantId },
];

/**
 * Invitation accounts in the Cognito user pool. The pool signs in by email, so Cognito chooses the
 * username; that username is the user id the person's tokens carry (`cognito:username`). Cognito
 * emails the temporary password itself.
 */
export const createCognitoAccountDirectory = ({ userPoolId, region, federatedCounties, client = new CognitoIdentityProviderClient({ region }) }: CognitoAccountDirectoryOptions): AccountDirectory => {
  const existingUsername = async (request: AccountRequest): Promise<string> => {
    const user = await client.send(new AdminGetUserCommand({ UserPoolId: userPoolId, Username: request.email }));
    const tenant = user.UserAttributes?.find((attribute) => attribute.Name === tokenClaims.tenant)?.Value;
    // One pool account per address: a person already in another county cannot be invited here by an invitation account.
    if (tenant !== request.tenantId) throw new AccountInAnotherCountyError(request.email);
    if (!user.Username) throw new Error('Cognito returned no username.');
    return user.Username;
  };

  return {
    async ensureAccount(request) {
      if (!request.outsideCounty && federatedCounties.includes(request.tenantId)) return { userId: pendingFederatedUserId(request), federated: true };
      try {
        const created = await client.send(new AdminCreateUserCommand({ UserPoolId: userPoolId, Username: request.email, UserAttributes: attributesOf(request), DesiredDeliveryMediums: ['EMAIL'] }));
        if (!created.User?.Username) throw new Error('Cognito returned no username.');
        return { userId: created.User.Username, federated: false };
      } catch (error) {
        // A retry after an earlier attempt created the account, before its membership was written.
        if (error instanceof UsernameExistsException) return { userId: await existingUsername(request), federated: false };
        throw error;
      }
    },
    async resendInvitation(request) {
      // A federated county's invited staff have no pool account until they first sign in there.
      if (request.userId.startsWith(pendingMemberPrefix)) return;
      await client.send(new AdminCreateUserCommand({ UserPoolId: userPoolId, Username: request.email, MessageAction: 'RESEND', DesiredDeliveryMediums: ['EMAIL'] }));
    },
  };
};
