import { beforeAll, describe, expect, it } from 'vitest';
import { apiGatewayEvent, type ApiHarness, createApiHarness, dataOf } from '../helpers/api-harness';
import { activityContent, newRequestId, registerFixtureOrganisations } from '../helpers/catalog-fixtures';
import { createHsdsValidators } from '../helpers/hsds-schemas';

let api: ApiHarness;
const validators = createHsdsValidators();

interface HsdsPage {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: Record<string, unknown>[];
}

const get = async (path: string, query = '') => api.invoke(apiGatewayEvent(path, { method: 'GET', query }));

beforeAll(async () => {
  api = await createApiHarness({ catalogs: false });
  await registerFixtureOrganisations(api.tables);
  const coordinator = await api.tokenFor('coordinator', 'lappi');
  for (const title of ['Kuntosaliryhmä', 'Muistikahvila', 'Kirjapiiri']) {
    const listing = await api.call('catalog.createActivity', { requestId: newRequestId(), content: activityContent({ title: { fi: title } }), submit: true }, { token: coordinator });
    expect(listing.status).toBe(200);
  }
  await api.call('catalog.createActivity', { requestId: newRequestId(), content: activityContent({ title: { fi: 'Luonnos' } }), submit: false }, { token: coordinator });
  expect(dataOf<unknown>(await api.call('catalog.search', {}, { tenant: 'lappi' }))).toBeTruthy();
});

describe('HSDS 3.0 export', () => {
  it('lists published services valid against the HSDS service_list schema, paged as the HSDS API does', async () => {
    const first = await get('/api/hsds/lappi/services', 'per_page=2');
    expect(first.status).toBe(200);
    const page = first.body as HsdsPage;
    expect(page).toMatchObject({ total_items: 3, total_pages: 2, page_number: 1, size: 2, first_page: true, last_page: false, empty: false });
    const second = (await get('/api/hsds/lappi/services', 'per_page=2&page=2')).body as HsdsPage;
    expect(second).toMatchObject({ page_number: 2, size: 1, last_page: true });
    for (const service of [...page.contents, ...second.contents]) {
      expect(validators.service(service), JSON.stringify(validators.service.errors)).toBe(true);
    }
    expect([...page.contents, ...second.contents].map((service) => service.name).sort()).toEqual(['Kirjapiiri', 'Kuntosaliryhmä', 'Muistikahvila']);
  });

  it('lists organizations valid against the HSDS organization_list schema', async () => {
    const page = (await get('/api/hsds/lappi/organizations')).body as HsdsPage;
    expect(page.total_items).toBeGreaterThanOrEqual(2);
    for (const organisation of page.contents) {
      expect(validators.organization(organisation), JSON.stringify(validators.organization.errors)).toBe(true);
    }
  });

  it('keeps ids stable between exports and never shows another tenant’s listings', async () => {
    const a = (await get('/api/hsds/lappi/services')).body as HsdsPage;
    const b = (await get('/api/hsds/lappi/services')).body as HsdsPage;
    expect(a.contents.map((service) => service.id)).toEqual(b.contents.map((service) => service.id));
    expect(((await get('/api/hsds/pohjois-savo/services')).body as HsdsPage).total_items).toBe(0);
  });

  it('answers unknown tenants and collections 404 and bad paging 400', async () => {
    expect((await get('/api/hsds/ei-ole/services')).status).toBe(404);
    expect((await get('/api/hsds/kainuu/services')).status).toBe(404);
    expect((await get('/api/hsds/lappi/referrals')).status).toBe(404);
    expect((await get('/api/hsds/lappi/services', 'per_page=0')).status).toBe(400);
    expect((await get('/api/hsds/lappi/services', 'page=abc')).status).toBe(400);
  });
});
