import { helsinkiDayOf } from '@linkki/domain';
import { demoCatalogs } from '@linkki/local';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, createApiHarness, dataOf, errorCodeOf } from '../helpers/api-harness';
import { activityContent, newRequestId, registerFixtureOrganisations } from '../helpers/catalog-fixtures';

let api: ApiHarness;
beforeAll(async () => {
  api = await createApiHarness();
});

interface Card {
  id: string;
  municipality: string;
  free: boolean;
  targetGroups: string[];
  title: { fi: string };
  organisation: { name: { fi: string } };
}
interface SearchResult {
  items: Card[];
  total: number;
  facets: Record<string, Record<string, number>>;
  nextCursor: string | null;
}

const search = async (input: Record<string, unknown>, tenant = 'lappi') => dataOf<SearchResult>(await api.call('catalog.search', input, { tenant }));

const lappi = demoCatalogs.find((catalog) => catalog.tenant === 'lappi');

describe('catalog search on the demo data', () => {
  it('finds something free for lonely elderly people in Sodankylä on weekdays', async () => {
    const result = await search({ q: 'yksinäisyys', municipalities: ['Sodankylä'], targetGroups: ['elderly'], free: true, weekdays: [1, 2, 3, 4, 5] });
    expect(result.total).toBeGreaterThan(0);
    for (const card of result.items) expect(card).toMatchObject({ municipality: 'Sodankylä', free: true, targetGroups: expect.arrayContaining(['elderly']) });
  });

  it('copes with inflection, prefixes and typos', async () => {
    const base = (await search({ q: 'liikunta' })).total;
    expect(base).toBeGreaterThan(0);
    expect((await search({ q: 'liikuntaa' })).total).toBeGreaterThan(0);
    expect((await search({ q: 'liikumta' })).total).toBeGreaterThan(0);
  });

  it('shows only published listings of its own tenant', async () => {
    const result = await search({ limit: 50 });
    const today = helsinkiDayOf(new Date());
    const visible = (content: { validFrom?: string | undefined; validUntil?: string | undefined }) =>
      (!content.validFrom || content.validFrom <= today) && (!content.validUntil || content.validUntil >= today);
    const published = lappi?.activities.filter((activity) => (activity.status ?? 'published') === 'published' && visible(activity.content)) ?? [];
    expect(result.total).toBe(published.length);
    expect(result.items.every((card) => card.id.startsWith('la-'))).toBe(true);
    const hidden = lappi?.activities.filter((activity) => activity.status === 'pending' || activity.status === 'draft').map((activity) => activity.id) ?? [];
    expect(hidden.length).toBeGreaterThan(0);
    for (const id of hidden) expect(errorCodeOf(await api.call('catalog.byId', { id }, { tenant: 'lappi' }))).toBe('NOT_FOUND');
    const kuopio = await search({ municipalities: ['Kuopio'] });
    expect(kuopio.total).toBe(0);
  });

  it('counts facets disjunctively', async () => {
    const sodankyla = await search({ municipalities: ['Sodankylä'] });
    expect(sodankyla.facets.municipalities?.Rovaniemi).toBeGreaterThan(0);
    expect(sodankyla.facets.municipalities?.Sodankylä).toBe(sodankyla.total);
  });

  it('pages with an opaque cursor that only fits its own query', async () => {
    const first = await search({ limit: 5 });
    expect(first.nextCursor).not.toBeNull();
    const second = await search({ limit: 5, cursor: first.nextCursor });
    expect(second.items.map((card) => card.id)).not.toEqual(first.items.map((card) => card.id));
    expect(errorCodeOf(await api.call('catalog.search', { q: 'kuoro', cursor: first.nextCursor }, { tenant: 'lappi' }))).toBe('BAD_REQUEST');
    expect(errorCodeOf(await api.call('catalog.search', { cursor: 'forged' }, { tenant: 'lappi' }))).toBe('BAD_REQUEST');
  });

  it('refuses unknown filter values and a missing tenant, naming the field', async () => {
    const response = await api.call('catalog.search', { themes: ['gambling'] }, { tenant: 'lappi' });
    expect(errorCodeOf(response)).toBe('BAD_REQUEST');
    expect(JSON.stringify(response.body)).toContain('themes');
    expect(errorCodeOf(await api.call('catalog.search', {}))).toBe('BAD_REQUEST');
  });

  it('hides a listing whose validity has ended', async () => {
    await registerFixtureOrganisations(api.tables);
    const coordinator = await api.tokenFor('coordinator', 'lappi');
    const expired = dataOf<{ id: string }>(
      await api.call(
        'catalog.createActivity',
        { requestId: newRequestId(), content: activityContent({ title: { fi: 'Vanhentunut kurssi' }, validFrom: '2020-01-01', validUntil: '2020-12-31' }), submit: true },
        { token: coordinator },
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect((await search({ q: 'vanhentunut' })).items.map((card) => card.id)).not.toContain(expired.id);
  });
});
