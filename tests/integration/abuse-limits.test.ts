import { createHash, randomUUID } from 'node:crypto';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { createNotificationRepository, createUserRepository, type Notification } from '@linkki/db';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiGatewayEvent, type ApiHarness, createApiHarness, dataOf, errorCodeOf, type ProcedureResponse } from '../helpers/api-harness';
import { activityContent, registerFixtureOrganisations } from '../helpers/catalog-fixtures';
import { summary, testPathway } from '../helpers/pathway-fixtures';

/** Mid-hour, so a run never straddles the turn of a window. */
const now = new Date('2026-12-03T10:12:00Z');
const tenant = 'lappi';
const feedbackTenant = 'pohjois-savo';
const floodAddresses = 61;

let api: ApiHarness;
let activityId: string;
let pathwayId: string;

interface ErrorBody {
  error: { message: string; data: { code: string; reason?: string; retryAfterSeconds?: number } };
}

/** One call from a client address, as API Gateway reports it. */
const callFrom = async (address: string, path: string, county: string, input: unknown): Promise<ProcedureResponse> => {
  const event = apiGatewayEvent(`/trpc/${path}`, { headers: { 'x-tenant': county }, query: 'batch=1', body: JSON.stringify({ 0: input }) });
  const response = await api.invoke({ ...event, requestContext: { ...event.requestContext, http: { ...event.requestContext.http, sourceIp: address } } });
  return { ...response, body: (response.body as unknown[])[0] };
};

const contactRequest = (requestId: string = randomUUID()) => ({ requestId, activityId, name: 'Aili Asukas', phone: '040 765 4321', message: 'Mahtuuko mukaan?', consent: true });
const sendContact = (address: string, requestId?: string) => callFrom(address, 'catalog.sendContactRequest', tenant, contactRequest(requestId));
const giveFeedback = (address: string, requestId = randomUUID()) => callFrom(address, 'pathways.giveFeedback', feedbackTenant, { requestId, pathwayId, stageId: 'arki', helpful: true });

const refusal = (response: ProcedureResponse) => (response.body as ErrorBody).error;

/** Many distinct submissions from each of `count` addresses, `perAddress` each, some addresses at a time. */
const flood = async (send: (address: string) => Promise<ProcedureResponse>, prefix: string, count: number, perAddress: number) => {
  const statuses: number[] = [];
  for (let start = 0; start < count; start += 4) {
    const batch = Array.from({ length: Math.min(4, count - start) }, (_, index) => `${prefix}.${start + index + 1}`);
    const results = await Promise.all(
      batch.map(async (address) => {
        const mine: number[] = [];
        for (let sent = 0; sent < perAddress; sent += 1) mine.push((await send(address)).status);
        return mine;
      }),
    );
    statuses.push(...results.flat());
  }
  return statuses;
};

const outboxOf = async (county: string): Promise<Notification[]> => (await createNotificationRepository({ gateway: api.tables.tenant(county), tenantId: county }).list()).items;

/** Coordinators with an address the alert goes to, and people it must not go to. */
const registerCountyPeople = async (county: string) => {
  const users = createUserRepository({ gateway: api.tables.tenant(county), tenantId: county });
  await users.register({ userId: `${county}-coordinator-mail`, displayName: 'Koordinaattori', email: `koordinaattori@${county}.example`, roles: ['coordinator'] });
  await users.register({ userId: `${county}-former`, displayName: 'Entinen', email: `entinen@${county}.example`, roles: ['coordinator'], status: 'deactivated' });
  await users.register({ userId: `${county}-editor-mail`, displayName: 'Ylläpitäjä', email: `yllapitaja@${county}.example`, roles: ['orgEditor'] });
};

/** How the address was hashed before: salted only with the public county slug. */
const slugOnlyHashes = (county: string, address: string) => [
  createHash('sha256').update(`${county}:${address}`).digest('base64url').slice(0, 22),
  createHash('sha256').update(`${county}:${address}`).digest('hex').slice(0, 22),
];

const rateLimitKeysOf = async (county: string): Promise<string[]> => {
  const { Items = [] } = await api.client.send(
    new ScanCommand({ TableName: api.tableName, FilterExpression: 'begins_with(pk, :prefix)', ExpressionAttributeValues: { ':prefix': `T#${county}#RATE` } }),
  );
  return Items.map((item) => `${String(item.pk)} ${String(item.sk)}`);
};

beforeAll(async () => {
  api = await createApiHarness({
    now: () => now,
    addressHashKey: 'integration-test-address-key-0123456789',
    // County-wide thresholds low enough for 61 addresses to cross them within a test's time.
    submissionLimits: {
      contactRequest: { perAddressPerHour: 5, countyTripPerHour: 60, newAddressSpacingMinutes: 10 },
      pathwayFeedback: { perAddressPerHour: 3, countyTripPerHour: 60, newAddressSpacingMinutes: 10 },
    },
  });
  await registerFixtureOrganisations(api.tables);
  await Promise.all([registerCountyPeople(tenant), registerCountyPeople(feedbackTenant)]);
  const coordinator = await api.tokenFor('coordinator', tenant);
  activityId = dataOf<{ id: string }>(await api.call('catalog.createActivity', { requestId: randomUUID(), content: activityContent(), submit: true }, { token: coordinator })).id;
  const publisher = await api.tokenFor('nationalPublisher', null, 'abuse-publisher');
  const draft = dataOf<{ id: string; version: number }>(await api.call('pathways.createDraft', { requestId: randomUUID(), content: testPathway(['alku', 'arki']) }, { token: publisher }));
  pathwayId = draft.id;
  await api.call('pathways.publish', { pathwayId, requestId: randomUUID(), expectedVersion: draft.version, changeSummary: summary('Eka') }, { token: publisher });
}, 60_000);

describe('contact requests under a flood', () => {
  it('counts a retried request id once: retries consume nothing of the address’s limit', async () => {
    const address = '10.20.0.1';
    const requestId = randomUUID();
    expect(dataOf(await sendContact(address, requestId))).toMatchObject({ duplicate: false });
    for (let retry = 0; retry < 6; retry += 1) expect(dataOf(await sendContact(address, requestId))).toMatchObject({ received: true, duplicate: true });
    for (let fresh = 0; fresh < 4; fresh += 1) expect((await sendContact(address)).status).toBe(200);
    const over = await sendContact(address);
    expect(errorCodeOf(over)).toBe('TOO_MANY_REQUESTS');
    expect(refusal(over).data.reason).toBe('RateLimitExceededError');
    // Even past the limit, the accepted request's retry is answered as before.
    expect(dataOf(await sendContact(address, requestId))).toMatchObject({ duplicate: true });
  });

  it(`lets ${floodAddresses} addresses trip the county's breaker without locking out a known resident or stopping a new address`, async () => {
    const resident = '10.30.0.1';
    expect((await sendContact(resident)).status).toBe(200);

    // Every flooding address gets its first request through: the breaker slows new addresses, it does not stop them.
    const statuses = await flood((address) => sendContact(address), '10.40.0', floodAddresses, 1);
    expect(statuses).toEqual(Array.from({ length: floodAddresses }, () => 200));

    expect((await sendContact(resident)).status).toBe(200);
    expect((await sendContact(resident)).status).toBe(200);

    const newcomer = '10.50.0.1';
    expect((await sendContact(newcomer)).status).toBe(200);
    const slowed = await sendContact(newcomer);
    expect(errorCodeOf(slowed)).toBe('TOO_MANY_REQUESTS');
    expect(refusal(slowed).data.reason).toBe('CountyBusyError');
    expect(refusal(slowed).message).toMatch(/unusually many/);
    const retryAfter = refusal(slowed).data.retryAfterSeconds ?? 0;
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(10 * 60);
    expect(slowed.raw.headers?.['retry-after']).toBe(String(retryAfter));
    // A second newcomer is slowed in the same way, not walled off.
    expect((await sendContact('10.50.0.2')).status).toBe(200);
  }, 240_000);

  it('alerts the county’s active coordinators once per trip, with no personal data', async () => {
    await sendContact('10.50.0.3');
    const alerts = (await outboxOf(tenant)).filter((message) => message.topic === 'countyBusy');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]?.to).toEqual([`koordinaattori@${tenant}.example`]);
    const text = `${alerts[0]?.subject}\n${alerts[0]?.body}`;
    expect(text).toMatch(/yhteydenottopyyntö/);
    expect(text).toMatch(/kontaktförfrågning/);
    expect(text).toMatch(/contact request/);
    expect(text).not.toMatch(/10\.\d+\.\d+\.\d+|Aili|040 765/);
  });

  it('keeps addresses only as a keyed hash, never the slug-only one', async () => {
    const keys = (await rateLimitKeysOf(tenant)).join('\n');
    expect(keys).not.toBe('');
    for (const address of ['10.20.0.1', '10.30.0.1', '10.50.0.1']) {
      expect(keys).not.toContain(address);
      for (const hash of slugOnlyHashes(tenant, address)) expect(keys).not.toContain(hash);
    }
  });
});

describe('pathway feedback under a flood', () => {
  it('counts a retried feedback once against the address’s limit', async () => {
    const address = '10.60.0.1';
    const requestId = randomUUID();
    for (let attempt = 0; attempt < 5; attempt += 1) expect((await giveFeedback(address, requestId)).status).toBe(200);
    expect((await giveFeedback(address)).status).toBe(200);
    expect((await giveFeedback(address)).status).toBe(200);
    const over = await giveFeedback(address);
    expect(refusal(over).data.reason).toBe('RateLimitExceededError');
  });

  it(`lets ${floodAddresses} addresses trip the breaker without locking out a known resident or stopping a new address, and alerts once`, async () => {
    const resident = '10.70.0.1';
    expect((await giveFeedback(resident)).status).toBe(200);
    await flood((address) => giveFeedback(address), '10.80.0', floodAddresses, 1);
    expect((await giveFeedback(resident)).status).toBe(200);
    const newcomer = '10.90.0.1';
    expect((await giveFeedback(newcomer)).status).toBe(200);
    const slowed = await giveFeedback(newcomer);
    expect(refusal(slowed).data.reason).toBe('CountyBusyError');
    expect(refusal(slowed).data.retryAfterSeconds).toBeLessThanOrEqual(10 * 60);
    await giveFeedback('10.90.0.2');
    const alerts = (await outboxOf(feedbackTenant)).filter((message) => message.topic === 'countyBusy');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]?.to).toEqual([`koordinaattori@${feedbackTenant}.example`]);
    const keys = (await rateLimitKeysOf(feedbackTenant)).join('\n');
    for (const hash of slugOnlyHashes(feedbackTenant, resident)) expect(keys).not.toContain(hash);
  }, 240_000);
});
