import { createNotificationRepository } from '@linkki/db';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiGatewayEvent, type ApiHarness, createApiHarness, dataOf, errorCodeOf } from '../helpers/api-harness';
import { activityContent, fixtureOrganisation, newRequestId, otherOrganisation, registerFixtureOrganisations } from '../helpers/catalog-fixtures';

let api: ApiHarness;
let activityId: string;
let editor: string;

interface QueueItem {
  id: string;
  name: string;
  status: string;
  version: number;
  expiresAt: number;
}

const contactRequest = (overrides: Record<string, unknown> = {}) => ({
  requestId: newRequestId(),
  activityId,
  name: 'Aili Asukas',
  phone: '040 765 4321',
  message: 'Voinko tulla mukaan ensi tiistaina?',
  consent: true,
  ...overrides,
});

/** A resident's call from a given address, as API Gateway reports it. */
const sendFrom = (address: string, input: unknown) =>
  api
    .invoke({
      ...apiGatewayEvent('/trpc/catalog.sendContactRequest', { headers: { 'x-tenant': 'lappi' }, query: 'batch=1', body: JSON.stringify({ 0: input }) }),
      requestContext: { ...apiGatewayEvent('/x', {}).requestContext, http: { method: 'POST', path: '/trpc/catalog.sendContactRequest', protocol: 'HTTP/1.1', sourceIp: address, userAgent: 'vitest' } },
    })
    .then((response) => ({ ...response, body: (response.body as unknown[])[0] }));

const queue = async () => dataOf<{ items: QueueItem[] }>(await api.call('catalog.contactRequests', { organisationId: fixtureOrganisation.id }, { token: editor }));

beforeAll(async () => {
  api = await createApiHarness();
  await registerFixtureOrganisations(api.tables);
  const coordinator = await api.tokenFor('coordinator', 'lappi');
  editor = await api.tokenFor('orgEditor', 'lappi', 'demo-editor');
  activityId = dataOf<{ id: string }>(await api.call('catalog.createActivity', { requestId: newRequestId(), content: activityContent(), submit: true }, { token: coordinator })).id;
});

describe('contact requests', () => {
  it('reaches the organiser’s queue with an outbox message that carries no personal data, and expires after the retention period', async () => {
    const sent = await sendFrom('10.0.0.1', contactRequest());
    expect(dataOf(sent)).toMatchObject({ received: true, duplicate: false, retentionDays: 90 });
    const [request] = (await queue()).items;
    expect(request).toMatchObject({ name: 'Aili Asukas', status: 'new' });
    const days = ((request?.expiresAt ?? 0) - Date.now() / 1000) / 86400;
    expect(days).toBeGreaterThan(89.9);
    expect(days).toBeLessThan(90.1);
    const outbox = await createNotificationRepository({ gateway: api.tables.tenant('lappi'), tenantId: 'lappi' }).list();
    expect(outbox.items[0]).toMatchObject({ to: ['liikunta@testiyhdistys.example'], topic: 'contactRequest' });
    expect(JSON.stringify(outbox.items[0])).not.toMatch(/Aili|040 765/);
  });

  it('answers a retried request once', async () => {
    const input = contactRequest({ name: 'Toistaja' });
    await sendFrom('10.0.0.2', input);
    const retry = dataOf<{ duplicate: boolean }>(await sendFrom('10.0.0.2', input));
    expect(retry.duplicate).toBe(true);
    expect((await queue()).items.filter((item) => item.name === 'Toistaja')).toHaveLength(1);
  });

  it('refuses without consent or without a way to reach the resident, naming the field', async () => {
    const noConsent = await sendFrom('10.0.0.3', contactRequest({ consent: false }));
    expect(errorCodeOf(noConsent)).toBe('BAD_REQUEST');
    expect(JSON.stringify(noConsent.body)).toContain('consent');
    const unreachable = await sendFrom('10.0.0.3', contactRequest({ phone: undefined }));
    expect(JSON.stringify(unreachable.body)).toContain('phone');
    expect(errorCodeOf(await sendFrom('10.0.0.3', contactRequest({ activityId: 'ei-ole' })))).toBe('NOT_FOUND');
  });

  it('limits how many one address may send in an hour, with a clear error, without limiting others', async () => {
    for (let index = 0; index < 5; index += 1) expect((await sendFrom('10.0.0.9', contactRequest())).status).toBe(200);
    const limited = await sendFrom('10.0.0.9', contactRequest());
    expect(errorCodeOf(limited)).toBe('TOO_MANY_REQUESTS');
    expect(JSON.stringify(limited.body)).toMatch(/try again/);
    expect((await sendFrom('10.0.0.10', contactRequest())).status).toBe(200);
  });

  it('is marked handled once, with a version check, by the organisation’s editor only', async () => {
    const [request] = (await queue()).items;
    if (!request) throw new Error('queue is empty');
    const handled = dataOf<QueueItem>(
      await api.call('catalog.markContactRequestHandled', { organisationId: fixtureOrganisation.id, id: request.id, expectedVersion: request.version }, { token: editor }),
    );
    expect(handled.status).toBe('handled');
    const again = await api.call('catalog.markContactRequestHandled', { organisationId: fixtureOrganisation.id, id: request.id, expectedVersion: request.version }, { token: editor });
    expect(errorCodeOf(again)).toBe('CONFLICT');
    const foreign = await api.call('catalog.contactRequests', { organisationId: otherOrganisation.id }, { token: editor });
    expect(errorCodeOf(foreign)).toBe('FORBIDDEN');
  });
});

describe('the county’s retention period', () => {
  it('is set by a coordinator, version-checked, and applied to new contact requests', async () => {
    const coordinator = await api.tokenFor('coordinator', 'lappi');
    const current = dataOf<{ contactRequestRetentionDays: number; version: number }>(await api.call('tenants.settings', undefined, { token: coordinator }));
    expect(current).toEqual({ contactRequestRetentionDays: 90, version: 0 });
    const saved = dataOf<{ version: number }>(await api.call('tenants.updateSettings', { settings: { contactRequestRetentionDays: 30 }, expectedVersion: 0 }, { token: coordinator }));
    expect(saved.version).toBe(1);
    expect(errorCodeOf(await api.call('tenants.updateSettings', { settings: { contactRequestRetentionDays: 45 }, expectedVersion: 0 }, { token: coordinator }))).toBe('CONFLICT');
    expect(errorCodeOf(await api.call('tenants.updateSettings', { settings: { contactRequestRetentionDays: 3 }, expectedVersion: 1 }, { token: coordinator }))).toBe('BAD_REQUEST');
    const sent = dataOf<{ retentionDays: number }>(await sendFrom('10.0.0.20', contactRequest()));
    expect(sent.retentionDays).toBe(30);
  });
});
