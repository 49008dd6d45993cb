import { describe, expect, it } from 'vitest';
import { activityContentSchema, entityIdSchema, organisationInputSchema, userIdSchema, wellbeingCounties } from '@linkki/domain';
import type { DemoCatalog } from './demo-catalog.types';
import { generateCatalog } from './generate-activities';
import { demoCatalogs } from './index';

const municipalitiesOf = (tenant: string): string[] => [...(wellbeingCounties.find((county) => county.slug === tenant)?.municipalities ?? [])];
const catalogOf = (tenant: string): DemoCatalog => {
  const catalog = demoCatalogs.find((entry) => entry.tenant === tenant);
  if (!catalog) throw new Error(`no demo catalog for ${tenant}`);
  return catalog;
};
const emailDomainOk = (email: string | undefined) => email === undefined || /@([a-z0-9-]+\.)*(example|example\.fi)$/.test(email);

const expectValidCatalog = (catalog: DemoCatalog) => {
  const municipalities = municipalitiesOf(catalog.tenant);
  expect(municipalities.length).toBeGreaterThan(0);
  const organisationIds = new Set<string>();
  for (const organisation of catalog.organisations) {
    const parsed = organisationInputSchema.safeParse(organisation);
    expect(parsed.error?.issues ?? [], organisation.id).toEqual([]);
    expect(entityIdSchema.safeParse(organisation.id).success, organisation.id).toBe(true);
    for (const editor of organisation.editors) expect(userIdSchema.safeParse(editor).success, editor).toBe(true);
    for (const municipality of organisation.municipalities) expect(municipalities, organisation.id).toContain(municipality);
    expect(emailDomainOk(organisation.contact.email), organisation.contact.email).toBe(true);
    expect(organisationIds.has(organisation.id), organisation.id).toBe(false);
    organisationIds.add(organisation.id);
  }
  const activityIds = new Set<string>();
  for (const activity of catalog.activities) {
    const parsed = activityContentSchema.safeParse(activity.content);
    expect(parsed.error?.issues ?? [], activity.id).toEqual([]);
    expect(entityIdSchema.safeParse(activity.id).success, activity.id).toBe(true);
    expect(activityIds.has(activity.id), activity.id).toBe(false);
    activityIds.add(activity.id);
    expect(organisationIds, activity.id).toContain(activity.content.organisationId);
    expect(municipalities, activity.id).toContain(activity.content.municipality);
    const owner = catalog.organisations.find((organisation) => organisation.id === activity.content.organisationId);
    expect(owner?.municipalities, activity.id).toContain(activity.content.municipality);
    expect(emailDomainOk(activity.content.contact.email), activity.content.contact.email).toBe(true);
  }
};

describe('demo catalogs', () => {
  it('cover the three demo counties', () => {
    expect(demoCatalogs.map((catalog) => catalog.tenant).sort()).toEqual(['keski-pohjanmaa', 'lappi', 'pohjois-savo']);
  });

  it.each(demoCatalogs.map((catalog) => [catalog.tenant, catalog] as const))('%s parses with the domain schemas and is consistent', (_tenant, catalog) => {
    expectValidCatalog(catalog);
    expect(catalog.organisations.length).toBeGreaterThanOrEqual(6);
    expect(catalog.organisations.length).toBeLessThanOrEqual(9);
    expect(catalog.activities.length).toBeGreaterThanOrEqual(28);
  });

  it('uses ids that are unique across all tenants', () => {
    const organisationIds = demoCatalogs.flatMap((catalog) => catalog.organisations.map((organisation) => organisation.id));
    const activityIds = demoCatalogs.flatMap((catalog) => catalog.activities.map((activity) => activity.id));
    expect(new Set(organisationIds).size).toBe(organisationIds.length);
    expect(new Set(activityIds).size).toBe(activityIds.length);
    const prefixes: Record<string, string> = { 'keski-pohjanmaa': 'kp-', 'pohjois-savo': 'ps-', lappi: 'la-' };
    for (const catalog of demoCatalogs) {
      const prefix = prefixes[catalog.tenant] ?? '';
      for (const { id } of [...catalog.organisations, ...catalog.activities]) expect(id.startsWith(prefix), id).toBe(true);
    }
  });

  it('has at least 84 activities in total', () => {
    expect(demoCatalogs.reduce((sum, catalog) => sum + catalog.activities.length, 0)).toBeGreaterThanOrEqual(84);
  });

  it.each(demoCatalogs.map((catalog) => [catalog.tenant, catalog] as const))('%s has a mix of statuses and verification ages', (_tenant, catalog) => {
    const withStatus = (status: string) => catalog.activities.filter((activity) => (activity.status ?? 'published') === status);
    expect(withStatus('pending').length).toBeGreaterThanOrEqual(1);
    expect(withStatus('pending').length).toBeLessThanOrEqual(2);
    expect(withStatus('draft')).toHaveLength(1);
    const stale = withStatus('published').filter((activity) => (activity.lastVerifiedDaysAgo ?? 0) > 365);
    expect(stale).toHaveLength(2);
    const free = catalog.activities.filter((activity) => activity.content.cost.free).length / catalog.activities.length;
    expect(free).toBeGreaterThan(0.45);
    expect(free).toBeLessThan(0.8);
  });

  it('lets demo-editor edit exactly the persona organisation in each tenant', () => {
    const expected: Record<string, string> = {
      'keski-pohjanmaa': 'Kokkolan Seudun Muistiyhdistys ry',
      'pohjois-savo': 'Kuopion Eläkeläiset ry',
      lappi: 'Sodankylän seurakunta',
    };
    for (const catalog of demoCatalogs) {
      const edited = catalog.organisations.filter((organisation) => organisation.editors.includes('demo-editor'));
      expect(
        edited.map((organisation) => organisation.name.fi),
        catalog.tenant,
      ).toEqual([expected[catalog.tenant]]);
    }
  });

  it('has at least five Swedish-language activities in Kokkola with Swedish and Finnish texts', () => {
    const swedish = catalogOf('keski-pohjanmaa').activities.filter(
      ({ content, status }) =>
        (status ?? 'published') === 'published' &&
        content.municipality === 'Kokkola' &&
        content.languages.includes('sv') &&
        content.title.sv &&
        content.description.sv &&
        content.title.fi &&
        content.description.fi,
    );
    expect(swedish.length).toBeGreaterThanOrEqual(5);
  });

  it('has Sámi-language activities in Inari or Utsjoki', () => {
    const sami = catalogOf('lappi').activities.filter(({ content }) => ['Inari', 'Utsjoki'].includes(content.municipality) && content.languages.includes('se'));
    expect(sami.length).toBeGreaterThanOrEqual(2);
  });

  it('has free weekday activities for the elderly in Sodankylä, one by the parish', () => {
    const catalog = catalogOf('lappi');
    const organisations = new Map(catalog.organisations.map((organisation) => [organisation.id, organisation]));
    const matches = catalog.activities.filter(({ content, status }) => {
      const weekly = content.schedule.weekly;
      return (
        (status ?? 'published') === 'published' &&
        content.municipality === 'Sodankylä' &&
        content.cost.free &&
        content.targetGroups.includes('elderly') &&
        weekly.length > 0 &&
        weekly.every((slot) => slot.weekday >= 1 && slot.weekday <= 5) &&
        Boolean(organisations.get(content.organisationId)?.contact.email)
      );
    });
    expect(matches.length).toBeGreaterThanOrEqual(2);
    expect(matches.some(({ content }) => content.organisationId === 'la-sodankylan-seurakunta')).toBe(true);
  });

  it('has the Kuopio diabetes association walking group', () => {
    const catalog = catalogOf('pohjois-savo');
    const association = catalog.organisations.find((organisation) => organisation.name.fi.startsWith('Kuopion Diabetesyhdistys'));
    expect(association).toBeDefined();
    const walking = catalog.activities.filter(
      ({ content }) => content.organisationId === association?.id && content.municipality === 'Kuopio' && content.themes.includes('diabetes') && content.themes.includes('exercise'),
    );
    expect(walking.length).toBeGreaterThanOrEqual(1);
  });
});

describe('generateCatalog', () => {
  const municipalities = municipalitiesOf('pohjois-savo');
  const generated = generateCatalog('pohjois-savo', municipalities, 2000);

  it('builds about twenty organisations and the requested number of published activities', () => {
    expect(generated.tenant).toBe('pohjois-savo');
    expect(generated.organisations.length).toBeGreaterThanOrEqual(15);
    expect(generated.organisations.length).toBeLessThanOrEqual(20);
    expect(generated.activities).toHaveLength(2000);
    expect(generated.activities.every((activity) => activity.status === 'published')).toBe(true);
  });

  it('produces content that parses with the domain schemas', () => {
    expectValidCatalog(generated);
  });

  it('is deterministic for the same arguments and varies with the seed', () => {
    expect(generateCatalog('pohjois-savo', municipalities, 2000)).toEqual(generated);
    const other = generateCatalog('pohjois-savo', municipalities, 50, 2);
    expect(other.activities.map((activity) => activity.content.title.fi)).not.toEqual(generated.activities.slice(0, 50).map((activity) => activity.content.title.fi));
  });

  it('varies the text and spreads listings over the municipalities', () => {
    const titles = new Set(generated.activities.map((activity) => activity.content.title.fi));
    expect(titles.size).toBeGreaterThan(500);
    const used = new Set(generated.activities.map((activity) => activity.content.municipality));
    expect(used.size).toBe(municipalities.length);
    const kuopio = generated.activities.filter((activity) => activity.content.municipality === 'Kuopio').length;
    const vesanto = generated.activities.filter((activity) => activity.content.municipality === 'Vesanto').length;
    expect(kuopio).toBeGreaterThan(vesanto);
  });

  it.each(['keski-pohjanmaa', 'lappi'])('works for %s too', (tenant) => {
    expectValidCatalog(generateCatalog(tenant, municipalitiesOf(tenant), 300, 7));
  });
});
