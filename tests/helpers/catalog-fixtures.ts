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

export const otherOrganisation = { ...fixtureOrganisation, id: 'la-toinen', name: { fi: 'Toinen yhdistys ry' }, businessId: '1572860-0', editors: ['someone-else'] };

const businessIdWeights = [7, 9, 10, 5, 8, 4, 2];
let businessIdSerial = Math.floor(Math.random() * 4_000_000) + 5_000_000;

/** A valid Y-tunnus no other call of this run returns: a county holds each business id once. */
export const uniqueBusinessId = (): string => {
  for (;;) {
    const digits = String((businessIdSerial += 1)).padStart(7, '0');
    const remainder = [...digits].reduce((sum, digit, index) => sum + Number(digit) * (businessIdWeights[index] ?? 0), 0) % 11;
    if (remainder !== 1) return `${digits}-${remainder === 0 ? 0 : 11 - remainder}`;
  }
};

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
