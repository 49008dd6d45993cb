import { demoPersonas } from '@linkki/local';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiGatewayEvent, type ApiHarness, createApiHarness, dataOf, errorCodeOf, type ProcedurePath } from '../helpers/api-harness';

let api: ApiHarness;
/** A path no router has, on purpose: the cast is the one way past the typed paths. */
const unknownPath = 'nothing.here' as ProcedurePath;
beforeAll(async () => {
  api = await createApiHarness();
});

interface TenantRow {
  slug: string;
  status: string;
  municipalities: string[];
  name: { fi: string; sv: string; en: string };
}

describe('the API Lambda handler', () => {
  it('lists every wellbeing services county with the three demo tenants active', async () => {
    const response = await api.call('tenants.list');
    expect(response.status).toBe(200);
    const tenants = dataOf<TenantRow[]>(response);
    expect(tenants).toHaveLength(22);
    expect(tenants.filter((tenant) => tenant.status === 'active').map((tenant) => tenant.slug)).toEqual(['keski-pohjanmaa', 'lappi', 'pohjois-savo']);
    expect(tenants.find((tenant) => tenant.slug === 'lappi')?.municipalities).toContain('Sodankylä');
    expect(tenants.find((tenant) => tenant.slug === 'pohjois-savo')?.name.sv).toBe('Norra Savolax välfärdsområde');
  });

  it('answers GET queries too, for clients that prefer them', async () => {
    const response = await api.call('tenants.list', undefined, { method: 'GET' });
    expect(response.status).toBe(200);
  });

  it('tells a demo nurse who they are', async () => {
    const token = await api.tokenFor('professional', 'pohjois-savo', 'demo-nurse');
    const response = await api.call('me', undefined, { token, tenant: 'pohjois-savo' });
    expect(response.status).toBe(200);
    const persona = demoPersonas.find((candidate) => candidate.tenant === 'pohjois-savo' && candidate.user === 'demo-nurse');
    expect(dataOf(response)).toEqual({
      user: { id: 'demo-nurse', displayName: persona?.displayName, title: persona?.title, organisation: persona?.organisation },
      roles: ['professional'],
      tenant: { slug: 'pohjois-savo', name: expect.objectContaining({ fi: 'Pohjois-Savon hyvinvointialue' }) },
    });
  });

  it('describes a platform-wide user without a tenant', async () => {
    const token = await api.tokenFor('nationalPublisher', null, 'demo-publisher');
    const me = dataOf<{ tenant: unknown; user: { organisation: string } }>(await api.call('me', undefined, { token }));
    expect(me.tenant).toBeNull();
    expect(me.user.organisation).toBe('Diabetesliitto');
  });

  it('refuses a signed-in query by GET, so personal data stays out of URLs and logs', async () => {
    const token = await api.tokenFor('professional', 'pohjois-savo', 'demo-nurse');
    const response = await api.call('me', undefined, { token, method: 'GET' });
    expect(errorCodeOf(response)).toBe('METHOD_NOT_SUPPORTED');
    expect(JSON.stringify(response.body)).not.toContain('Anni');
  });

  it('serves /health once the table is reachable', async () => {
    const response = await api.invoke(apiGatewayEvent('/health', { method: 'GET' }));
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok', table: 'reachable' });
  });

  it('answers a batch of queries in one request', async () => {
    const token = await api.tokenFor('coordinator', 'lappi');
    const event = apiGatewayEvent('/trpc/tenants.list,me', {
      headers: { authorization: `Bearer ${token}`, 'x-tenant': 'lappi' },
      query: 'batch=1',
      body: JSON.stringify({}),
    });
    const response = await api.invoke(event);
    expect(response.status).toBe(200);
    expect(response.body).toHaveLength(2);
  });

  it('refuses a batch larger than the limit', async () => {
    const paths = Array.from({ length: 11 }, () => 'tenants.list').join(',');
    const response = await api.invoke(apiGatewayEvent(`/trpc/${paths}`, { query: 'batch=1', body: '{}' }));
    expect(response.status).toBe(400);
  });
});

describe('errors', () => {
  it('names an unknown tenant NOT_FOUND, and an inactive one too', async () => {
    const token = await api.tokenFor('professional', 'ei-ole');
    expect(errorCodeOf(await api.call('me', undefined, { token }))).toBe('NOT_FOUND');
    const inactive = await api.tokenFor('professional', 'kainuu');
    expect(errorCodeOf(await api.call('me', undefined, { token: inactive }))).toBe('NOT_FOUND');
  });

  it('refuses a malformed x-tenant header as bad input naming the header', async () => {
    const response = await api.call('tenants.list', undefined, { tenant: 'Not A Slug' });
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain('x-tenant');
  });

  it('refuses a body that is not JSON with BAD_REQUEST', async () => {
    const response = await api.invoke(apiGatewayEvent('/trpc/tenants.list', { body: '{not json' }));
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain('not valid JSON');
  });

  it('refuses input to a procedure that takes none with BAD_REQUEST', async () => {
    const response = await api.call('tenants.list', { tenant: 'lappi' });
    expect(response.status).toBe(400);
    expect(errorCodeOf(response)).toBe('BAD_REQUEST');
  });

  it('answers an unknown procedure NOT_FOUND', async () => {
    const response = await api.call(unknownPath);
    expect(response.status).toBe(404);
  });

  it('never puts a stack trace or a DynamoDB message in a response', async () => {
    const responses = [
      await api.call(unknownPath),
      await api.call('me'),
      await api.invoke(apiGatewayEvent('/trpc/tenants.list', { body: '{not json' })),
      await api.call('me', undefined, { token: 'a.b.c' }),
    ];
    for (const response of responses) {
      const text = JSON.stringify(response.body);
      expect(text).not.toMatch(/stack|at .*\.ts:\d+|node_modules|DynamoDB|ValidationException/);
    }
  });
});
