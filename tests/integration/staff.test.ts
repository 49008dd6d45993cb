import { randomUUID } from 'node:crypto';
import { membershipCacheMs, signInMember } from '@linkki/api';
import { createNotificationRepository, createOrganisationRepository } from '@linkki/db';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, createApiHarness, dataOf, errorCodeOf, type ProcedurePath } from '../helpers/api-harness';
import { fixtureOrganisation } from '../helpers/catalog-fixtures';

interface Member {
  userId: string;
  displayName: string;
  email?: string;
  roles: string[];
  status: string;
  version: number;
}

let api: ApiHarness;
let now = Date.now();
let coordinator: string;
const tenant = 'pohjois-savo';

beforeAll(async () => {
  api = await createApiHarness({ catalogs: false, clock: () => now });
  coordinator = await api.issuer.issue({ userId: 'demo-coordinator', tenantId: tenant, roles: ['coordinator'], displayName: 'Tiina Karvonen' });
});

const call = (path: ProcedurePath, input: unknown, token = coordinator) => api.call(path, input, { token });
const invitation = (email: string, roles: string[] = ['professional'], extra: Record<string, unknown> = {}) => ({
  email,
  displayName: `Testi ${email.split('@')[0]}`,
  roles,
  ...extra,
});
const invite = async (email: string, roles?: string[], extra?: Record<string, unknown>) =>
  dataOf<Member>(await call('staff.invite', { requestId: randomUUID(), invitation: invitation(email, roles, extra) }));

const passCacheLifetime = () => {
  now += membershipCacheMs + 1;
};

describe('inviting a colleague', () => {
  it('creates an invited member with an account, an invitation email and an audit record; their first sign-in activates them', async () => {
    const requestId = randomUUID();
    const input = { requestId, invitation: invitation('Uusi.Hoitaja@Savo.example.fi', ['professional', 'networkMember'], { title: 'Sairaanhoitaja' }) };
    const member = dataOf<Member>(await call('staff.invite', input));
    expect(member).toMatchObject({ email: 'uusi.hoitaja@savo.example.fi', roles: ['professional', 'networkMember'], status: 'invited' });
    expect(api.accounts.accounts().filter((account) => account.email === 'uusi.hoitaja@savo.example.fi')).toHaveLength(1);

    const outbox = await createNotificationRepository({ gateway: api.tables.tenant(tenant), tenantId: tenant }).list();
    const email = outbox.items.find((message) => message.to.includes('uusi.hoitaja@savo.example.fi'));
    expect(email?.subject).toBe('Kutsu Linkkiin – Pohjois-Savon hyvinvointialue');
    expect(email?.body).toContain('/pohjois-savo/sign-in');
    expect(email?.body).toContain('Tiina Karvonen');

    const retried = dataOf<Member>(await call('staff.invite', input));
    expect(retried.userId).toBe(member.userId);
    const again = await call('staff.invite', { ...input, requestId: randomUUID() });
    expect(errorCodeOf(again)).toBe('CONFLICT');
    expect(JSON.stringify(again.body)).toContain('email');

    await signInMember(api.tables, { tenantId: tenant, userId: member.userId });
    const token = await api.issuer.issue({ userId: member.userId, tenantId: tenant, roles: ['professional'] });
    expect(dataOf<{ user: { displayName: string } }>(await api.call('me', undefined, { token })).user.displayName).toBe('Testi Uusi.Hoitaja');
    expect(dataOf<{ member: Member }>(await call('staff.byId', { userId: member.userId })).member.status).toBe('active');
  });

  it('makes an invited editor an editor of the chosen organisations in the same transaction', async () => {
    const organisations = createOrganisationRepository({ gateway: api.tables.tenant(tenant), tenantId: tenant });
    await organisations.register({ ...fixtureOrganisation, id: 'o-staff-test', editors: [], municipalities: ['297'] });
    const editor = await invite('editori@yhdistys.example.fi', ['orgEditor'], { organisationIds: ['o-staff-test'] });
    expect(await organisations.idsEditedBy(editor.userId)).toEqual(['o-staff-test']);
    expect((await organisations.byId('o-staff-test'))?.editors).toContain(editor.userId);
    const details = dataOf<{ organisations: { id: string }[] }>(await call('staff.byId', { userId: editor.userId }));
    expect(details.organisations.map((organisation) => organisation.id)).toEqual(['o-staff-test']);
  });

  it.each([
    [{ email: 'not-an-email', displayName: 'X Y', roles: ['professional'] }, 'email'],
    [{ email: 'a@b.fi', displayName: 'X Y', roles: ['boss'] }, 'roles.0'],
    [{ email: 'a@b.fi', displayName: 'X Y', roles: ['platformAdmin'] }, 'roles.0'],
    [{ email: 'a@b.fi', displayName: 'X Y', roles: ['nationalPublisher'] }, 'roles.0'],
    [{ email: 'a@b.fi', displayName: 'X Y', roles: ['orgEditor'] }, 'organisationIds'],
    [{ email: 'a@b.fi', displayName: 'X Y', roles: ['orgEditor'], organisationIds: ['o-of-another-county'] }, 'organisationIds'],
  ])('refuses %j naming %s', async (input, field) => {
    const response = await call('staff.invite', { requestId: randomUUID(), invitation: input });
    expect(errorCodeOf(response)).toBe('BAD_REQUEST');
    expect(JSON.stringify(response.body)).toContain(`${field}:`);
  });
});

describe('changing a colleague', () => {
  it('changes roles version-checked, and refuses a stale version', async () => {
    const member = await invite('roolit@savo.example.fi');
    const changed = dataOf<Member>(await call('staff.setRoles', { userId: member.userId, expectedVersion: member.version, roles: ['linkWorker'] }));
    expect(changed.roles).toEqual(['linkWorker']);
    expect(errorCodeOf(await call('staff.setRoles', { userId: member.userId, expectedVersion: member.version, roles: ['professional'] }))).toBe('CONFLICT');
  });

  it('deactivates a colleague, whose next call is refused within the cache lifetime, and reactivates them', async () => {
    const member = await invite('lahtija@savo.example.fi', ['linkWorker']);
    await signInMember(api.tables, { tenantId: tenant, userId: member.userId });
    const token = await api.issuer.issue({ userId: member.userId, tenantId: tenant, roles: ['linkWorker'] });
    expect((await api.call('me', undefined, { token })).status).toBe(200);
    const current = dataOf<{ member: Member }>(await call('staff.byId', { userId: member.userId })).member;
    const deactivated = dataOf<Member>(await call('staff.deactivate', { userId: member.userId, expectedVersion: current.version }));
    expect(deactivated.status).toBe('deactivated');
    passCacheLifetime();
    expect(errorCodeOf(await api.call('me', undefined, { token }))).toBe('UNAUTHORIZED');
    await expect(signInMember(api.tables, { tenantId: tenant, userId: member.userId })).rejects.toThrow();
    const reactivated = dataOf<Member>(await call('staff.reactivate', { userId: member.userId, expectedVersion: deactivated.version }));
    expect(reactivated.status).toBe('active');
    passCacheLifetime();
    expect((await api.call('me', undefined, { token })).status).toBe(200);
  });

  it('keeps a coordinator from deactivating themselves or dropping their own coordinator role', async () => {
    const self = dataOf<{ member: Member }>(await call('staff.byId', { userId: 'demo-coordinator' })).member;
    expect(errorCodeOf(await call('staff.deactivate', { userId: 'demo-coordinator', expectedVersion: self.version }))).toBe('FORBIDDEN');
    expect(errorCodeOf(await call('staff.setRoles', { userId: 'demo-coordinator', expectedVersion: self.version, roles: ['professional'] }))).toBe('FORBIDDEN');
  });

  it('never leaves the county without a coordinator', async () => {
    // A coordinator the count does not know of (granted outside the staff page) tries to remove the only counted one.
    const outsider = await api.tokenFor('coordinator', tenant, 'uncounted-coordinator');
    const only = dataOf<{ member: Member }>(await call('staff.byId', { userId: 'demo-coordinator' }, outsider)).member;
    const refused = await call('staff.deactivate', { userId: 'demo-coordinator', expectedVersion: only.version }, outsider);
    expect(errorCodeOf(refused)).toBe('CONFLICT');
    expect(JSON.stringify(refused.body)).toContain('at least one coordinator');
  });

  it('lets only one of the last two coordinators deactivate the other, even at once', async () => {
    const lappi = await api.issuer.issue({ userId: 'demo-coordinator', tenantId: 'lappi', roles: ['coordinator'] });
    const second = dataOf<Member>(await call('staff.invite', { requestId: randomUUID(), invitation: invitation('toinen.koordinaattori@lappi.example.fi', ['coordinator']) }, lappi));
    await signInMember(api.tables, { tenantId: 'lappi', userId: second.userId });
    const secondToken = await api.issuer.issue({ userId: second.userId, tenantId: 'lappi', roles: ['coordinator'] });
    const versionOf = async (userId: string) => dataOf<{ member: Member }>(await call('staff.byId', { userId }, lappi)).member.version;
    const [a, b] = await Promise.all([
      call('staff.deactivate', { userId: second.userId, expectedVersion: await versionOf(second.userId) }, lappi),
      call('staff.deactivate', { userId: 'demo-coordinator', expectedVersion: await versionOf('demo-coordinator') }, secondToken),
    ]);
    // The loser finds the count changed under it, or is already deactivated itself.
    const codes = [errorCodeOf(a), errorCodeOf(b)];
    expect(codes.filter((code) => code === undefined)).toHaveLength(1);
    expect(codes.filter((code) => code === 'CONFLICT' || code === 'UNAUTHORIZED')).toHaveLength(1);
    const statuses = await Promise.all(
      ['demo-coordinator', second.userId].map(async (userId) => dataOf<{ member: Member }>(await call('staff.byId', { userId }, errorCodeOf(a) ? secondToken : lappi)).member.status),
    );
    expect(statuses.filter((status) => status !== 'deactivated')).toHaveLength(1);
  });
});

describe('the staff list and its audit trail', () => {
  it('pages the county by name, finds by the start of a name, and shows nobody of another county', async () => {
    const page = dataOf<{ items: Member[]; nextCursor: string | null }>(await call('staff.list', {}));
    const names = page.items.map((member) => member.displayName);
    expect(names).toContain('Anni Räsänen');
    expect(names).not.toContain('Eija Lehtola');
    expect([...names].sort((x, y) => x.localeCompare(y, 'fi'))).toEqual(names);
    const found = dataOf<{ items: Member[] }>(await call('staff.list', { search: 'petri' }));
    expect(found.items.map((member) => member.displayName)).toEqual(['Petri Kinnunen']);
    const savoOnly = await invite('vain.savossa@savo.example.fi');
    const lappiCoordinator = await api.tokenFor('coordinator', 'lappi');
    expect(errorCodeOf(await call('staff.byId', { userId: savoOnly.userId }, lappiCoordinator))).toBe('NOT_FOUND');
    expect(errorCodeOf(await call('staff.deactivate', { userId: savoOnly.userId, expectedVersion: savoOnly.version }, lappiCoordinator))).toBe('NOT_FOUND');
    const lappiList = dataOf<{ items: Member[] }>(await call('staff.list', {}, lappiCoordinator));
    expect(lappiList.items.map((member) => member.displayName)).not.toContain('Anni Räsänen');
  });

  it('records who did what to whom, newest first', async () => {
    const member = await invite('jaljet@savo.example.fi');
    await call('staff.setRoles', { userId: member.userId, expectedVersion: member.version, roles: ['linkWorker'] });
    const trail = dataOf<{ items: { action: string; actorId: string; targetId: string; detail: string }[] }>(await call('staff.auditTrail', {}));
    const mine = trail.items.filter((record) => record.targetId === member.userId);
    expect(mine.map((record) => record.action)).toEqual(['rolesChanged', 'invited']);
    expect(mine[0]).toMatchObject({ actorId: 'demo-coordinator', detail: 'professional → linkWorker' });
  });

  it('resends an invitation only to someone who has not signed in yet', async () => {
    const member = await invite('uudestaan@savo.example.fi');
    expect(dataOf<Member>(await call('staff.resendInvitation', { userId: member.userId })).status).toBe('invited');
    await signInMember(api.tables, { tenantId: tenant, userId: member.userId });
    expect(errorCodeOf(await call('staff.resendInvitation', { userId: member.userId }))).toBe('CONFLICT');
  });
});
