import { beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, createApiHarness, dataOf, errorCodeOf } from '../helpers/api-harness';

let api: ApiHarness;
let coordinator: string;

interface Report {
  accepted: { sourceId: string; id: string; outcome: string }[];
  rejected: { sourceId: string | null; reasons: string[] }[];
}

const organization = { id: 'org-source-1', name: 'Inarin Kyläyhdistys ry', email: 'info@inarinkyla.example', tax_id: '0201256-6' };
const service = (overrides: Record<string, unknown> = {}) => ({
  id: 'svc-1',
  name: 'Kyläkahvila',
  description: 'Kahvia ja juttuseuraa kylätalolla joka torstai.',
  status: 'active',
  organization,
  service_at_locations: [{ location: { name: 'Kylätalo', addresses: [{ address_1: 'Kylätie 3', city: 'Inari', postal_code: '99870' }] } }],
  languages: [{ code: 'fin' }, { code: 'sme' }],
  attributes: [{ taxonomy_term: { code: 'theme:loneliness-community' } }, { taxonomy_term: { code: 'target-group:elderly' } }],
  ...overrides,
});

const importFile = async (services: unknown[]) => api.call('catalog.importHsds', { services }, { token: coordinator });

beforeAll(async () => {
  api = await createApiHarness({ catalogs: false });
  coordinator = await api.tokenFor('coordinator', 'lappi');
});

describe('HSDS import', () => {
  it('imports valid services whole and rejects the rest with reasons', async () => {
    const report = dataOf<Report>(
      await importFile([
        service(),
        service({ id: 'svc-2', attributes: [] }),
        service({ id: 'svc-3', service_at_locations: [{ location: { addresses: [{ city: 'Kuopio' }] } }] }),
        { id: 'svc-4', name: 42 },
        'not an object',
      ]),
    );
    expect(report.accepted).toEqual([expect.objectContaining({ sourceId: 'svc-1', outcome: 'created' })]);
    expect(report.rejected.map((entry) => entry.sourceId)).toEqual(['svc-2', 'svc-3', 'svc-4', null]);
    expect(report.rejected[0]?.reasons.join()).toMatch(/theme/);
    expect(report.rejected[1]?.reasons.join()).toMatch(/municipality/);
    expect(report.rejected[2]?.reasons.join()).toMatch(/name/);
  });

  it('upserts by source id: the same file again changes nothing, a changed record is updated', async () => {
    const again = dataOf<Report>(await importFile([service()]));
    expect(again.accepted[0]?.outcome).toBe('unchanged');
    const changed = dataOf<Report>(await importFile([service({ name: 'Kyläkahvila ja lukupiiri' })]));
    expect(changed.accepted[0]?.outcome).toBe('updated');
    expect(changed.accepted[0]?.id).toBe(again.accepted[0]?.id);
  });

  it('makes imported listings findable, with their organisation, in the importing county only', async () => {
    let found: { items: { id: string; organisation: { name: { fi: string } }; languages: string[] }[] } = { items: [] };
    for (let attempt = 0; attempt < 30 && found.items.length === 0; attempt += 1) {
      found = dataOf(await api.call('catalog.search', { q: 'kyläkahvila' }, { tenant: 'lappi' }));
      if (found.items.length === 0) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(found.items).toHaveLength(1);
    expect(found.items[0]?.organisation.name.fi).toBe('Inarin Kyläyhdistys ry');
    expect(found.items[0]?.languages).toEqual(['fi', 'se']);
    expect(dataOf<{ items: unknown[] }>(await api.call('catalog.search', { q: 'kyläkahvila' }, { tenant: 'pohjois-savo' })).items).toHaveLength(0);
  });

  it('refuses an upload that is not a list of services', async () => {
    expect(errorCodeOf(await api.call('catalog.importHsds', { services: [] }, { token: coordinator }))).toBe('BAD_REQUEST');
    expect(errorCodeOf(await api.call('catalog.importHsds', { contents: [service()] }, { token: coordinator }))).toBe('BAD_REQUEST');
  });
});
