import { randomUUID } from 'node:crypto';
import { createOrganisationRepository, type TableAccess } from '@linkki/db';
import type { ActivityContent } from '@linkki/domain';

export const fixtureOrganisation = {
  id: 'la-testiyhdistys',
  kind: 'association' as const,
  name: { fi: 'Sodankylän Testiyhdistys ry' },
  businessId: '0201256-6',
  contact: { email: 'info@testiyhdistys.example', phone: '040 123 4567' },
  municipalities: ['Sodankylä'],
  editors: ['demo-editor'],
};

export const otherOrganisation = { ...fixtureOrganisation, id: 'la-toinen', name: { fi: 'Toinen yhdistys ry' }, editors: ['someone-else'] };

export const registerFixtureOrganisations = async (tables: TableAccess, tenantId = 'lappi') => {
  const organisations = createOrganisationRepository({ gateway: tables.tenant(tenantId), tenantId });
  await organisations.register(fixtureOrganisation);
  await organisations.register(otherOrganisation);
};

/** A valid listing for the fixture organisation; override what a test is about. */
export const activityContent = (overrides: Partial<ActivityContent> = {}): ActivityContent => ({
  organisationId: fixtureOrganisation.id,
  title: { fi: 'Ikäihmisten liikuntaryhmä', sv: 'Motionsgrupp för äldre' },
  description: { fi: 'Kevyttä liikuntaa ja kahvit seurakuntatalolla. Tule sellaisena kuin olet.' },
  themes: ['exercise', 'loneliness-community'],
  targetGroups: ['elderly'],
  municipality: 'Sodankylä',
  location: { name: 'Seurakuntatalo', address: 'Jäämerentie 1', postalCode: '99600', city: 'Sodankylä' },
  schedule: { weekly: [{ weekday: 2, start: '10:00', end: '11:30' }], dates: [] },
  cost: { free: true },
  languages: ['fi'],
  accessibility: ['step-free'],
  accompanimentWelcome: true,
  registrationRequired: false,
  contact: { email: 'liikunta@testiyhdistys.example' },
  ...overrides,
});

export const newRequestId = () => randomUUID();
