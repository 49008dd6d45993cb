import { AdminCreateUserCommand, AdminGetUserCommand, type CognitoIdentityProviderClient, UsernameExistsException } from '@aws-sdk/client-cognito-identity-provider';
import { describe, expect, it } from 'vitest';
import { createCognitoAccountDirectory } from './cognito-account-directory';

/** Cognito's answers, by command: what the directory sends is recorded, nothing leaves the process. */
const cognito = (answer: (command: unknown) => unknown) => {
  const sent: unknown[] = [];
  const client = {
    send: async (command: unknown) => {
      sent.push(command);
      return answer(command);
    },
  } as unknown as CognitoIdentityProviderClient;
  return { client, sent };
};

const request = { tenantId: 'lappi', email: 'uusi@lappi.example.fi', displayName: 'Uusi Hoitaja' };
const exists = () => new UsernameExistsException({ message: 'exists', $metadata: {} });

describe('Cognito invitation accounts', () => {
  it('create the account with the county attribute and use the username Cognito chose as the user id', async () => {
    const { client, sent } = cognito(() => ({ User: { Username: '7f3e-uuid' } }));
    const directory = createCognitoAccountDirectory({ userPoolId: 'eu-north-1_x', region: 'eu-north-1', federatedCounties: [], client });
    expect(await directory.ensureAccount(request)).toEqual({ userId: '7f3e-uuid', federated: false });
    const create = sent[0] as AdminCreateUserCommand;
    expect(create).toBeInstanceOf(AdminCreateUserCommand);
    expect(create.input.UserAttributes).toContainEqual({ Name: 'custom:tenant', Value: 'lappi' });
    expect(create.input.Username).toBe('uusi@lappi.example.fi');
  });

  it('find the account an earlier attempt created, and refuse one of another county', async () => {
    const answer = (tenant: string) => (command: unknown) => {
      if (command instanceof AdminCreateUserCommand) throw exists();
      if (command instanceof AdminGetUserCommand) return { Username: '7f3e-uuid', UserAttributes: [{ Name: 'custom:tenant', Value: tenant }] };
      return {};
    };
    const same = createCognitoAccountDirectory({ userPoolId: 'p_x', region: 'eu-north-1', federatedCounties: [], client: cognito(answer('lappi')).client });
    expect(await same.ensureAccount(request)).toEqual({ userId: '7f3e-uuid', federated: false });
    const other = createCognitoAccountDirectory({ userPoolId: 'p_x', region: 'eu-north-1', federatedCounties: [], client: cognito(answer('kainuu')).client });
    await expect(other.ensureAccount(request)).rejects.toThrow('another county');
  });

  it('create no account for a county that signs in with its own identity service', async () => {
    const { client, sent } = cognito(() => ({}));
    const directory = createCognitoAccountDirectory({ userPoolId: 'p_x', region: 'eu-north-1', federatedCounties: ['lappi'], client });
    const account = await directory.ensureAccount(request);
    expect(account.federated).toBe(true);
    expect(account.userId).toMatch(/^pending-lappi-/);
    await directory.resendInvitation({ ...request, userId: account.userId });
    expect(sent).toEqual([]);
  });

  it("give an association's volunteer an invitation account even where the county's staff sign in with their own identity service", async () => {
    const { client, sent } = cognito(() => ({ User: { Username: '9a1c-uuid' } }));
    const directory = createCognitoAccountDirectory({ userPoolId: 'p_x', region: 'eu-north-1', federatedCounties: ['lappi'], client });
    expect(await directory.ensureAccount({ ...request, outsideCounty: true })).toEqual({ userId: '9a1c-uuid', federated: false });
    await directory.resendInvitation({ ...request, userId: '9a1c-uuid' });
    expect(sent.map((command) => (command as AdminCreateUserCommand).input.MessageAction)).toEqual([undefined, 'RESEND']);
  });
});
