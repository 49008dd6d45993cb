import { randomUUID } from 'node:crypto';
import { membershipCacheMs, pendingMemberPrefix, signInMember, SignInRefusedError } from '@linkki/api';
import { createStaffRepository, createUserRepository, userItemSchema, userKeyOf } from '@linkki/db';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, createApiHarness, dataOf, errorCodeOf } from '../helpers/api-harness';

let api: ApiHarness;
let now = Date.now();
beforeAll(async () => {
  api = await createApiHarness({ catalogs: false, clock: () => now });
});

const lappiUsers = () => createUserRepository({ gateway: api.tables.tenant('lappi'), tenantId: 'lappi' });

const changeMembership = async (userId: string, changes: Record<string, unknown>) => {
  const member = await lappiUsers().membership(userId);
  if (!member) throw new Error(`no membership for ${userId}`);
  await api.tables.tenant('lappi').updateVersioned(userKeyOf('lappi', userId), member.version, changes, userItemSchema);
};

/** Moves the API's clock past the membership cache, as a minute of real time would. */
const passCacheLifetime = () => {
  now += membershipCacheMs + 1;
};

describe('the membership behind a token', () => {
  it('stops a deactivated person on their next call once the cache has turned, though their token is valid', async () => {
    const token = await api.tokenFor('linkWorker', 'lappi', 'lw-leaving');
    expect((await api.call('me', undefined, { token })).status).toBe(200);
    await changeMembership('lw-leaving', { status: 'deactivated' });
    passCacheLifetime();
    const refused = await api.call('me', undefined, { token });
    expect(errorCodeOf(refused)).toBe('UNAUTHORIZED');
    expect(JSON.stringify(refused.body)).toContain('Your access has ended or changed');
    await changeMembership('lw-leaving', { status: 'active' });
    passCacheLifetime();
    expect((await api.call('me', undefined, { token })).status).toBe(200);
  });

  it('takes a removed role away and keeps the ones still granted', async () => {
    const token = await api.issuer.issue({ userId: 'two-hats', tenantId: 'lappi', roles: ['coordinator', 'networkMember'] });
    await api.tokenFor('coordinator', 'lappi', 'two-hats');
    await api.tokenFor('networkMember', 'lappi', 'two-hats');
    expect((await api.call('tenants.settings', undefined, { token })).status).not.toBe(403);
    await changeMembership('two-hats', { roles: ['networkMember'] });
    passCacheLifetime();
    expect(errorCodeOf(await api.call('tenants.settings', undefined, { token }))).toBe('FORBIDDEN');
    expect(dataOf<{ roles: string[] }>(await api.call('me', undefined, { token })).roles).toEqual(['networkMember']);
  });

  it('refuses a token whose person has no membership at all, or one in another county', async () => {
    const stranger = await api.issuer.issue({ userId: 'never-invited', tenantId: 'lappi', roles: ['coordinator'] });
    expect(errorCodeOf(await api.call('me', undefined, { token: stranger }))).toBe('UNAUTHORIZED');
    await api.tokenFor('coordinator', 'pohjois-savo', 'savo-only');
    const elsewhere = await api.issuer.issue({ userId: 'savo-only', tenantId: 'lappi', roles: ['coordinator'] });
    expect(errorCodeOf(await api.call('me', undefined, { token: elsewhere }))).toBe('UNAUTHORIZED');
  });

  it('refuses a token that carries a county role but no county', async () => {
    const token = await api.issuer.issue({ userId: 'demo-coordinator', tenantId: null, roles: ['coordinator'] });
    expect(errorCodeOf(await api.call('me', undefined, { token }))).toBe('UNAUTHORIZED');
  });
});

describe('signing in', () => {
  it("puts the membership's county, roles and name into the token claims", async () => {
    expect(await signInMember(api.tables, { tenantId: 'lappi', userId: 'demo-nurse' })).toEqual({
      'cognito:groups': ['professional'],
      'custom:tenant': 'lappi',
      name: 'Eija Lehtola',
    });
    expect(await signInMember(api.tables, { tenantId: null, userId: 'demo-publisher' })).toMatchObject({ 'cognito:groups': ['nationalPublisher'], name: 'Kaisa Laine' });
  });

  it('activates an invited person at their first sign-in', async () => {
    await lappiUsers().register({ userId: 'invited-nurse', displayName: 'Uusi Hoitaja', roles: ['professional'], status: 'invited', email: 'uusi@lappi.example.fi' });
    const claims = await signInMember(api.tables, { tenantId: 'lappi', userId: 'invited-nurse' });
    expect(claims).toMatchObject({ 'cognito:groups': ['professional'], email: 'uusi@lappi.example.fi' });
    expect((await lappiUsers().membership('invited-nurse'))?.status).toBe('active');
  });

  it('refuses deactivated people and people who are not members', async () => {
    await lappiUsers().register({ userId: 'gone', displayName: 'Poissa', roles: ['professional'], status: 'deactivated' });
    await expect(signInMember(api.tables, { tenantId: 'lappi', userId: 'gone' })).rejects.toBeInstanceOf(SignInRefusedError);
    await expect(signInMember(api.tables, { tenantId: 'lappi', userId: 'nobody' })).rejects.toBeInstanceOf(SignInRefusedError);
    await expect(signInMember(api.tables, { tenantId: 'pohjois-savo', userId: 'gone' })).rejects.toBeInstanceOf(SignInRefusedError);
  });
});

describe("a federated county's first sign-in", () => {
  it("finds the invitation by the address the county vouches for and moves it to the person's own id", async () => {
    const staff = createStaffRepository({ gateway: api.tables.tenant('lappi'), tenantId: 'lappi' });
    const now = new Date().toISOString();
    const pending = { userId: `${pendingMemberPrefix}lappi-abc`, displayName: 'Federoitu Hoitaja', email: 'federoitu@lappi.example.fi', roles: ['professional' as const], status: 'invited' as const };
    await staff.invite(pending, randomUUID(), {
      now,
      coordinatorDelta: 0,
      audit: { id: randomUUID(), at: now, actorId: 'demo-coordinator', targetId: pending.userId, targetName: pending.displayName, action: 'invited', detail: 'professional' },
    });

    const claims = await signInMember(api.tables, { tenantId: 'lappi', userId: 'county-lappi_entra-123', federatedEmail: 'Federoitu@Lappi.example.fi' });
    expect(claims).toMatchObject({ 'cognito:groups': ['professional'], name: 'Federoitu Hoitaja' });
    expect(await lappiUsers().membership(pending.userId)).toBeNull();
    expect((await lappiUsers().membership('county-lappi_entra-123'))?.status).toBe('active');
    expect((await staff.byEmail('federoitu@lappi.example.fi'))?.userId).toBe('county-lappi_entra-123');
    // The next sign-in finds the membership by the person's own id.
    expect(await signInMember(api.tables, { tenantId: 'lappi', userId: 'county-lappi_entra-123' })).toMatchObject({ name: 'Federoitu Hoitaja' });
  });

  it('refuses a federated person nobody invited, and never binds an address without a county', async () => {
    await expect(signInMember(api.tables, { tenantId: 'lappi', userId: 'county-lappi_stranger', federatedEmail: 'stranger@lappi.example.fi' })).rejects.toBeInstanceOf(SignInRefusedError);
    await expect(signInMember(api.tables, { tenantId: null, userId: 'x', federatedEmail: 'federoitu@lappi.example.fi' })).rejects.toBeInstanceOf(SignInRefusedError);
  });
});
