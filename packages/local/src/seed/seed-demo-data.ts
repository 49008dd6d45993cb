import { diabetesliitto, wellbeingCounties } from '@linkki/domain';
import { createNationalOrganisationRepository, createStaffRepository, createTenantRepository, createUserRepository, type TableAccess } from '@linkki/db';
import { demoCatalogs } from './catalog';
import { demoPersonas } from './demo-personas';
import { seedCatalog } from './seed-catalog';
import { seedReferrals } from './referrals/seed-referrals';
import { seedNetwork } from './network/seed-network';
import { seedPathways } from './pathways/seed-pathways';
import { seedLegalContacts } from './legal/seed-legal-contacts';

/** How many coordinators each demo county starts with: the guard against removing the last one counts from here. */
const coordinatorCounts = (): [string, number][] => {
  const counts = new Map<string, number>();
  for (const { tenant, role } of demoPersonas) if (tenant && role === 'coordinator') counts.set(tenant, (counts.get(tenant) ?? 0) + 1);
  return [...counts];
};

export interface SeedReport {
  created: number;
  existing: number;
}

/**
 * Registers every county, Diabetesliitto, the demo users, the demo catalogs and the demo counties' contact details. Idempotent: each item is created
 * only if absent, so a restart neither duplicates nor overwrites what people changed.
 */
export const seedDemoData = async (tables: TableAccess, { catalogs = true }: { catalogs?: boolean } = {}): Promise<SeedReport> => {
  const tenants = createTenantRepository(tables.platform);
  const outcomes = await Promise.all([
    ...wellbeingCounties.map((county) => tenants.register(county)),
    createNationalOrganisationRepository(tables.platform).register(diabetesliitto),
    ...demoPersonas.map(({ tenant, user, role, displayName, title, organisation }) =>
      createUserRepository({ gateway: tenant ? tables.tenant(tenant) : tables.platform, tenantId: tenant }).register({
        userId: user,
        displayName,
        title,
        organisation,
        roles: [role],
      }),
    ),
    ...coordinatorCounts().map(([tenant, count]) => createStaffRepository({ gateway: tables.tenant(tenant), tenantId: tenant }).seedCoordinatorCount(count)),
  ]);
  const catalogReports = catalogs ? await Promise.all(demoCatalogs.map((catalog) => seedCatalog(tables, catalog))) : [];
  if (catalogs) catalogReports.push(await seedReferrals(tables));
  catalogReports.push(await seedNetwork(tables));
  catalogReports.push(await seedPathways(tables, { catalogs }));
  catalogReports.push(await seedLegalContacts(tables));
  const created = outcomes.filter(Boolean).length + catalogReports.reduce((sum, report) => sum + report.created, 0);
  const total = outcomes.length + catalogReports.reduce((sum, report) => sum + report.created + report.existing, 0);
  return { created, existing: total - created };
};
