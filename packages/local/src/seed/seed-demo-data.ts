import { diabetesliitto, wellbeingCounties } from '@linkki/domain';
import { createNationalOrganisationRepository, createTenantRepository, createUserRepository, type TableAccess } from '@linkki/db';
import { demoPersonas } from './demo-personas';

export interface SeedReport {
  created: number;
  existing: number;
}

/**
 * Registers every county, Diabetesliitto and the demo users. Idempotent: each item is created
 * only if absent, so a restart neither duplicates nor overwrites what people changed.
 */
export const seedDemoData = async (tables: TableAccess): Promise<SeedReport> => {
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
  ]);
  const created = outcomes.filter(Boolean).length;
  return { created, existing: outcomes.length - created };
};
