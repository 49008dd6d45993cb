import { randomUUID } from 'node:crypto';
import { signInMember } from '@linkki/api';
import { createNotificationRepository, createOrganisationRepository, createUserRepository } from '@linkki/db';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiGatewayEvent, type ApiHarness, createApiHarness, dataOf, errorCodeOf, type ProcedureResponse, type ProcedurePath } from '../helpers/api-harness';

interface Registration {
  id: string;
  status: string;
  version: number;
  name: { fi: string };
  organisationId?: string;
  rejectionReason?: string;
}

let api: ApiHarness;
let now = Date.parse('2026-12-03T10:00:00Z');
let coordinator: string;
const tenant = 'pohjois-savo';
let addressCount = 0;

const registration = (overrides: Record<string, unknown> = {}) => ({
  name: { fi: 'Siilinjärven Muistiyhdistys ry', sv: 'Siilinjärvi minnesförening rf' },
  businessId: '2345678-0',
  municipality: 'Siilinjärvi',
  contactName: 'Sanna Savolainen',
  contactEmail: 'Sanna.Savolainen@Muisti.example.fi',
  language: 'fi',
  consent: true,
  ...overrides,
});

/** An anonymous submission from a client address, as API Gateway reports it; each test gets its own address. */
const registerFrom = async (address: string, input: unknown): Promise<ProcedureResponse> => {
  const path = '/trpc/associations.register';
  const event = apiGatewayEvent(path, { headers: { 'x-tenant': tenant }, query: 'batch=1', body: JSON.stringify({ 0: input }) });
  const response = await api.invoke({ ...event, requestContext: { ...event.requestContext, http: { ...event.requestContext.http, sourceIp: address } } });
  return { ...response, body: (response.body as unknown[])[0] };
};
const newAddress = () => `10.1.0.${(addressCount += 1)}`;

const outbox = async () => (await createNotificationRepository({ gateway: api.tables.tenant(tenant), tenantId: tenant }).list()).items;
const mailTo = async (email: string, topic: string) => (await outbox()).filter((message) => message.to.includes(email) && message.topic === topic);

/** The id and token from the verification link in the newest verification email to `email`. */
const linkFor = async (email: string) => {
  const [message] = (await mailTo(email, 'associationVerification')).slice(-1);
  const match = /associations\/verify\?registration=([a-z0-9-]+)&token=([A-Za-z0-9_-]+)/.exec(message?.body ?? '');
  if (!match?.[1] || !match[2]) throw new Error(`No verification link to ${email}`);
  return { registrationId: match[1], token: match[2] };
};

const verify = (link: { registrationId: string; token: string }) => api.call('associations.verify', link, { tenant });
const coordinatorCall = (path: ProcedurePath, input: unknown, token = coordinator) => api.call(path, input, { token });

/** Registers, verifies and returns the registration as the coordinator sees it. */
const pendingRegistration = async (overrides: Record<string, unknown>) => {
  const input = registration(overrides);
  expect(dataOf(await registerFrom(newAddress(), { requestId: randomUUID(), registration: input }))).toMatchObject({ duplicate: false });
  const link = await linkFor(String(input.contactEmail).toLowerCase());
  await verify(link);
  return dataOf<{ registration: Registration }>(await coordinatorCall('associations.byId', { id: link.registrationId })).registration;
};

beforeAll(async () => {
  api = await createApiHarness({ now: () => new Date(now) });
  coordinator = await api.tokenFor('coordinator', tenant, 'test-association-coordinator');
});

describe('an association registering itself', () => {
  it('is received once, verified by its one-time link, then approved into an organisation whose contact person is invited as its editor', async () => {
    const requestId = randomUUID();
    const address = newAddress();
    const first = await registerFrom(address, { requestId, registration: registration() });
    expect(dataOf(first)).toEqual({ received: true, duplicate: false, verifyWithinHours: 48 });
    expect(dataOf(await registerFrom(address, { requestId, registration: registration() }))).toMatchObject({ duplicate: true });
    const email = 'sanna.savolainen@muisti.example.fi';
    const verification = await mailTo(email, 'associationVerification');
    expect(verification).toHaveLength(1);
    expect(verification[0]?.subject).toBe('Vahvista yhdistyksen ilmoitus Linkkiin – Pohjois-Savon hyvinvointialue');

    const link = await linkFor(email);
    // Waiting for the email, it is not yet in the coordinators' queue.
    const queued = () => coordinatorCall('associations.queue', {}).then((response) => dataOf<{ items: Registration[] }>(response).items.map((item) => item.id));
    expect(await queued()).not.toContain(link.registrationId);
    expect(errorCodeOf(await verify({ ...link, token: `${link.token.slice(0, -2)}xx` }))).toBe('BAD_REQUEST');
    expect(dataOf(await verify(link))).toEqual({ status: 'pending', alreadyVerified: false });
    expect(dataOf(await verify(link))).toEqual({ status: 'pending', alreadyVerified: true });
    expect(await queued()).toContain(link.registrationId);

    const { registration: pending, matches } = dataOf<{ registration: Registration & { verificationHash?: string }; matches: unknown[] }>(
      await coordinatorCall('associations.byId', { id: link.registrationId }),
    );
    expect(pending).toMatchObject({ status: 'pending', businessId: '2345678-0', contactEmail: email });
    expect(pending.verificationHash).toBeUndefined();
    expect(matches).toEqual([]);

    const approved = dataOf<{ registration: Registration; organisationId: string }>(await coordinatorCall('associations.approve', { id: pending.id, expectedVersion: pending.version }));
    expect(approved.registration).toMatchObject({ status: 'approved', decidedBy: 'test-association-coordinator', organisationId: approved.organisationId });

    const organisation = await createOrganisationRepository({ gateway: api.tables.tenant(tenant), tenantId: tenant }).byId(approved.organisationId);
    expect(organisation).toMatchObject({
      kind: 'association',
      name: { fi: 'Siilinjärven Muistiyhdistys ry', sv: 'Siilinjärvi minnesförening rf' },
      businessId: '2345678-0',
      municipalities: ['Siilinjärvi'],
    });
    const account = api.accounts.accounts().find((candidate) => candidate.email === email);
    expect(organisation?.editors).toEqual([account?.userId]);
    const member = await createUserRepository({ gateway: api.tables.tenant(tenant), tenantId: tenant }).membership(account?.userId ?? '');
    expect(member).toMatchObject({ roles: ['orgEditor'], status: 'invited', email });
    expect((await mailTo(email, 'associationApproved'))[0]?.body).toContain('/pohjois-savo/sign-in');

    await signInMember(api.tables, { tenantId: tenant, userId: account?.userId ?? '' });
    const editor = await api.issuer.issue({ userId: account?.userId ?? '', tenantId: tenant, roles: ['orgEditor'] });
    const mine = dataOf<Array<{ id: string }>>(await api.call('catalog.myOrganisations', undefined, { token: editor }));
    expect(mine.map((candidate) => candidate.id)).toEqual([approved.organisationId]);

    // Decided once: a second approval, stale or not, changes nothing.
    expect(errorCodeOf(await coordinatorCall('associations.approve', { id: pending.id, expectedVersion: pending.version }))).toBe('CONFLICT');
    expect(errorCodeOf(await coordinatorCall('associations.approve', { id: pending.id, expectedVersion: approved.registration.version }))).toBe('CONFLICT');
  });

  it('refuses to approve into a new organisation a business id the county already holds, and leaves the registration pending', async () => {
    const pending = await pendingRegistration({ name: { fi: 'Pohjois-Savon Diabetes ry' }, businessId: '3012845-1', municipality: 'Kuopio', contactEmail: 'toinen.sihteeri@diabetes.example.fi' });
    const refused = await coordinatorCall('associations.approve', { id: pending.id, expectedVersion: pending.version });
    expect(errorCodeOf(refused)).toBe('CONFLICT');
    expect(refused.body).toMatchObject({ error: { data: { reason: 'OrganisationBusinessIdTakenError' } } });
    const after = dataOf<{ registration: Registration }>(await coordinatorCall('associations.byId', { id: pending.id })).registration;
    expect(after).toMatchObject({ status: 'pending', version: pending.version });
  });

  it('shows an existing organisation with the same business id or a like name, and can make the contact person its editor instead', async () => {
    const pending = await pendingRegistration({ name: { fi: 'KUOPION ELÄKELÄISET R.Y.' }, businessId: '1735906-0', municipality: 'Kuopio', contactEmail: 'uusi.sihteeri@elakelaiset.example.fi' });
    const { matches } = dataOf<{ matches: Array<{ organisationId: string; reasons: string[] }> }>(await coordinatorCall('associations.byId', { id: pending.id }));
    expect(matches[0]).toMatchObject({ organisationId: 'ps-elakelaiset', reasons: ['businessId', 'similarName'] });

    const unknown = await coordinatorCall('associations.approve', { id: pending.id, expectedVersion: pending.version, existingOrganisationId: 'la-testiyhdistys' });
    expect(errorCodeOf(unknown)).toBe('BAD_REQUEST');
    expect(JSON.stringify(unknown.body)).toContain('existingOrganisationId');

    const approved = dataOf<{ organisationId: string }>(await coordinatorCall('associations.approve', { id: pending.id, expectedVersion: pending.version, existingOrganisationId: 'ps-elakelaiset' }));
    expect(approved.organisationId).toBe('ps-elakelaiset');
    const organisation = await createOrganisationRepository({ gateway: api.tables.tenant(tenant), tenantId: tenant }).byId('ps-elakelaiset');
    const account = api.accounts.accounts().find((candidate) => candidate.email === 'uusi.sihteeri@elakelaiset.example.fi');
    expect(organisation?.editors).toEqual(['demo-editor', account?.userId]);
  });

  it('tells a rejected applicant why, in their language, and lets the association register again', async () => {
    const pending = await pendingRegistration({
      name: { fi: 'Ruotsinkielinen yhdistys', sv: 'Svenska föreningen rf' },
      businessId: '0201256-6',
      language: 'sv',
      contactEmail: 'ordforande@forening.example.fi',
    });
    const short = await coordinatorCall('associations.reject', { id: pending.id, expectedVersion: pending.version, reason: 'ei' });
    expect(errorCodeOf(short)).toBe('BAD_REQUEST');
    expect(JSON.stringify(short.body)).toContain('reason');

    const rejected = dataOf<{ registration: Registration }>(
      await coordinatorCall('associations.reject', { id: pending.id, expectedVersion: pending.version, reason: 'Yhdistyksen toiminta on kaupallista eikä kuulu hyte-kalenteriin.' }),
    );
    expect(rejected.registration).toMatchObject({ status: 'rejected', rejectionReason: 'Yhdistyksen toiminta on kaupallista eikä kuulu hyte-kalenteriin.' });
    const [message] = await mailTo('ordforande@forening.example.fi', 'associationRejected');
    expect(message?.subject).toBe('Anmälan av Svenska föreningen rf till Linkki godkändes inte');
    expect(message?.body).toContain('kaupallista');
    expect(message?.body).toContain('/pohjois-savo/associations/register');

    const rejectedIds = dataOf<{ items: Registration[] }>(await coordinatorCall('associations.queue', { status: 'rejected' })).items.map((item) => item.id);
    expect(rejectedIds).toContain(pending.id);
    // The business id is free again once decided.
    const again = await registerFrom(newAddress(), { requestId: randomUUID(), registration: registration({ businessId: '0201256-6', contactEmail: 'ordforande@forening.example.fi' }) });
    expect(dataOf(again)).toMatchObject({ duplicate: false });
  });

  it('queues one registration per association: an unverified submission holds nothing, so nobody can block an association by its business id', async () => {
    const input = registration({ businessId: '7654321-2', contactEmail: 'eka@yhdistys.example.fi' });
    expect(dataOf(await registerFrom(newAddress(), { requestId: randomUUID(), registration: input }))).toMatchObject({ duplicate: false });
    expect(dataOf(await registerFrom(newAddress(), { requestId: randomUUID(), registration: { ...input, contactEmail: 'toka@yhdistys.example.fi' } }))).toMatchObject({ duplicate: false });

    const staleLink = await linkFor('eka@yhdistys.example.fi');
    now += 49 * 60 * 60 * 1000;
    expect(errorCodeOf(await verify(staleLink))).toBe('BAD_REQUEST');
    const third = await registerFrom(newAddress(), { requestId: randomUUID(), registration: { ...input, contactEmail: 'kolmas@yhdistys.example.fi' } });
    expect(dataOf(third)).toMatchObject({ duplicate: false });
    expect(dataOf(await verify(await linkFor('kolmas@yhdistys.example.fi')))).toMatchObject({ status: 'pending' });

    // Once one waits for the coordinators, another is refused, at its link or at once.
    const fourth = await registerFrom(newAddress(), { requestId: randomUUID(), registration: { ...input, contactEmail: 'neljas@yhdistys.example.fi' } });
    expect(errorCodeOf(fourth)).toBe('CONFLICT');
    expect(JSON.stringify(fourth.body)).toContain('RegistrationAlreadyOpenError');
    now -= 49 * 60 * 60 * 1000;
    const second = await verify(await linkFor('toka@yhdistys.example.fi'));
    now += 49 * 60 * 60 * 1000;
    expect(errorCodeOf(second)).toBe('CONFLICT');
    expect(JSON.stringify(second.body)).toContain('RegistrationAlreadyOpenError');
  });

  it('limits submissions per address, counting a retry once', async () => {
    const address = newAddress();
    const requestId = randomUUID();
    const submit = (id: string, index: number) =>
      registerFrom(address, { requestId: id, registration: registration({ businessId: ['3456780-6', '4567891-5', '5678902-0', '6789013-2'][index], contactEmail: `raja${index}@example.fi` }) });
    for (let attempt = 0; attempt < 3; attempt += 1) expect(dataOf(await submit(requestId, 0))).toMatchObject({ received: true });
    expect(dataOf(await submit(randomUUID(), 1))).toMatchObject({ duplicate: false });
    expect(dataOf(await submit(randomUUID(), 2))).toMatchObject({ duplicate: false });
    expect(errorCodeOf(await submit(randomUUID(), 3))).toBe('TOO_MANY_REQUESTS');
  });

  it.each([
    [{ businessId: '1234567-8' }, 'registration.businessId'],
    [{ municipality: 'Rovaniemi' }, 'registration.municipality'],
    [{ contactEmail: 'ei-osoite' }, 'registration.contactEmail'],
    [{ consent: false }, 'registration.consent'],
    [{ name: { fi: '' } }, 'registration.name.fi'],
  ])('refuses %o as a BAD_REQUEST naming %s', async (overrides, field) => {
    const response = await registerFrom(newAddress(), { requestId: randomUUID(), registration: registration(overrides) });
    expect(errorCodeOf(response)).toBe('BAD_REQUEST');
    expect(JSON.stringify(response.body)).toContain(field);
  });

  it('keeps each county to its own registrations', async () => {
    const pending = await pendingRegistration({ businessId: '8901235-7', contactEmail: 'oma@savo.example.fi' });
    const lappi = await api.tokenFor('coordinator', 'lappi', 'test-lappi-coordinator');
    expect(errorCodeOf(await coordinatorCall('associations.byId', { id: pending.id }, lappi))).toBe('NOT_FOUND');
    expect(errorCodeOf(await coordinatorCall('associations.approve', { id: pending.id, expectedVersion: pending.version }, lappi))).toBe('NOT_FOUND');
    const link = await linkFor('oma@savo.example.fi');
    expect(errorCodeOf(await api.call('associations.verify', link, { tenant: 'lappi' }))).toBe('BAD_REQUEST');
    const editor = await api.tokenFor('orgEditor', tenant);
    expect(errorCodeOf(await coordinatorCall('associations.queue', {}, editor))).toBe('FORBIDDEN');
  });
});
