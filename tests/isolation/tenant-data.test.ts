import { beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, createApiHarness, dataOf } from '../helpers/api-harness';

let api: ApiHarness;
beforeAll(async () => {
  api = await createApiHarness();
});

describe('tenant data isolation', () => {
  it('reads the same user id from each tenant only in that tenant', async () => {
    const names = new Map<string, string>();
    for (const tenant of ['keski-pohjanmaa', 'pohjois-savo', 'lappi']) {
      const token = await api.tokenFor('professional', tenant, 'demo-nurse');
      const me = dataOf<{ user: { displayName: string }; tenant: { slug: string } }>(await api.call('me', undefined, { token, tenant }));
      expect(me.tenant.slug).toBe(tenant);
      names.set(tenant, me.user.displayName);
    }
    expect(new Set(names.values()).size).toBe(3);
  });

  it('gives a user of one tenant no profile from another, even with the same id', async () => {
    const token = await api.tokenFor('professional', 'lappi', 'demo-nurse');
    const me = dataOf<{ user: { displayName: string } }>(await api.call('me', undefined, { token }));
    expect(me.user.displayName).toBe('Eija Lehtola');
  });
});
