import { randomUUID } from 'node:crypto';
import { signInMember } from '@linkki/api';
import { createNotificationRepository, createTenantSettingsRepository, createUserRepository } from '@linkki/db';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, createApiHarness, dataOf, errorCodeOf, type ProcedurePath } from '../helpers/api-harness';

interface County {
  slug: string;
  status: string;
  version: number;
  municipalities: string[];
}

let api: ApiHarness;
let operator: string;
beforeAll(async () => {
  api = await createApiHarness({ catalogs: false });
  operator = await api.tokenFor('platformAdmin', null, 'demo-operator');
});

const call = (path: ProcedurePath, input?: unknown, token = operator) => api.call(path, input, { token, tenant: 'lappi' });
const kainuuMunicipalities = ['Hyrynsalmi', 'Kajaani', 'Kuhmo', 'Paltamo', 'Puolanka', 'Ristijärvi', 'Sotkamo', 'Suomussalmi'];
const onboarding = (slug: string, email: string, municipalities = kainuuMunicipalities) => ({
  slug,
  municipalities,
  extraLanguages: [],
  contactRequestRetentionDays: 60,
  coordinator: { email, displayName: 'Kaisu Kainulainen' },
});
const countyOf = async (slug: string): Promise<County> => {
  const county = dataOf<County[]>(await call('counties.list')).find((candidate) => candidate.slug === slug);
  if (!county) throw new Error(`no county ${slug}`);
  return county;
};

describe('onboarding a county', () => {
  it("invites its first coordinator, sets its retention and municipalities, and makes it active at that coordinator's first sign-in", async () => {
    const requestId = randomUUID();
    const input = { requestId, onboarding: onboarding('kainuu', 'kaisu@kainuu.example.fi') };
    const { coordinator } = dataOf<{ county: County; coordinator: { userId: string; status: string } }>(await call('counties.onboard', input));
    expect(coordinator.status).toBe('invited');
    expect(await countyOf('kainuu')).toMatchObject({ status: 'onboarding', municipalities: kainuuMunicipalities });
    expect((await createTenantSettingsRepository({ gateway: api.tables.tenant('kainuu'), tenantId: 'kainuu' }).get()).contactRequestRetentionDays).toBe(60);
    const outbox = await createNotificationRepository({ gateway: api.tables.tenant('kainuu'), tenantId: 'kainuu' }).list();
    expect(outbox.items.map((message) => message.to[0])).toEqual(['kaisu@kainuu.example.fi']);

    // Residents and staff of an onboarding county are told it is not in use yet.
    expect(errorCodeOf(await api.call('catalog.search', {}, { tenant: 'kainuu' }))).toBe('NOT_FOUND');

    // A retry after the county already moved on answers with a conflict, and creates nobody twice.
    expect(errorCodeOf(await call('counties.onboard', input))).toBe(undefined);
    expect(api.accounts.accounts().filter((account) => account.email === 'kaisu@kainuu.example.fi')).toHaveLength(1);

    await signInMember(api.tables, { tenantId: 'kainuu', userId: coordinator.userId });
    expect((await countyOf('kainuu')).status).toBe('active');
    const token = await api.issuer.issue({ userId: coordinator.userId, tenantId: 'kainuu', roles: ['coordinator'] });
    const staff = dataOf<{ items: { displayName: string }[] }>(await api.call('staff.list', {}, { token }));
    expect(staff.items.map((member) => member.displayName)).toEqual(['Kaisu Kainulainen']);
  });

  it('refuses a county that is already in use and an unknown county', async () => {
    expect(errorCodeOf(await call('counties.onboard', { requestId: randomUUID(), onboarding: onboarding('lappi', 'x@lappi.example.fi', ['Inari']) }))).toBe('CONFLICT');
    expect(errorCodeOf(await call('counties.onboard', { requestId: randomUUID(), onboarding: onboarding('atlantis', 'x@a.example.fi') }))).toBe('NOT_FOUND');
  });

  it.each([
    [{ ...onboarding('kanta-hame', 'x@kh.example.fi'), municipalities: [] }, 'municipalities'],
    [{ ...onboarding('kanta-hame', 'not-an-email') }, 'coordinator.email'],
    [{ ...onboarding('kanta-hame', 'x@kh.example.fi'), contactRequestRetentionDays: 1 }, 'contactRequestRetentionDays'],
    [{ ...onboarding('Kanta Häme', 'x@kh.example.fi') }, 'slug'],
  ])('refuses malformed onboarding %#, naming %s', async (input, field) => {
    const response = await call('counties.onboard', { requestId: randomUUID(), onboarding: input });
    expect(errorCodeOf(response)).toBe('BAD_REQUEST');
    expect(JSON.stringify(response.body)).toContain(`${field}:`);
  });
});

describe('suspending a county', () => {
  it('shows residents a notice and refuses staff until the county is reactivated; a stale version is a conflict', async () => {
    const nurse = await api.tokenFor('professional', 'pohjois-savo', 'demo-nurse');
    const savo = await countyOf('pohjois-savo');
    const suspended = dataOf<County>(await call('counties.suspend', { slug: 'pohjois-savo', expectedVersion: savo.version }));
    expect(suspended.status).toBe('suspended');
    expect(errorCodeOf(await api.call('catalog.search', {}, { tenant: 'pohjois-savo' }))).toBe('NOT_FOUND');
    expect(errorCodeOf(await api.call('me', undefined, { token: nurse }))).toBe('NOT_FOUND');
    expect(errorCodeOf(await call('counties.reactivate', { slug: 'pohjois-savo', expectedVersion: savo.version }))).toBe('CONFLICT');
    expect(dataOf<County>(await call('counties.reactivate', { slug: 'pohjois-savo', expectedVersion: suspended.version })).status).toBe('active');
    expect((await api.call('me', undefined, { token: nurse })).status).toBe(200);
    // Nothing of the county itself was touched.
    expect((await createUserRepository({ gateway: api.tables.tenant('pohjois-savo'), tenantId: 'pohjois-savo' }).byId('demo-nurse'))?.status).toBe('active');
  });
});
