import { createActivityRepository, createOrganisationRepository, ItemAlreadyExistsError, type TableAccess } from '@linkki/db';
import type { DemoCatalog } from './catalog/demo-catalog.types';

const dayMs = 24 * 60 * 60 * 1000;

/** The user the demo listings say created them. */
const seedUser = 'demo-coordinator';

/**
 * Registers a county's demo organisations and listings. Each is created only if absent, so a
 * restart neither duplicates them nor undoes what people changed. Returns how many were created.
 */
export const seedCatalog = async (tables: TableAccess, catalog: DemoCatalog, now = new Date()): Promise<{ created: number; existing: number }> => {
  const gateway = tables.tenant(catalog.tenant);
  const organisations = createOrganisationRepository({ gateway, tenantId: catalog.tenant });
  const activities = createActivityRepository({ gateway, tenantId: catalog.tenant });
  const outcomes = await Promise.all([
    ...catalog.organisations.map((organisation) => organisations.register(organisation)),
    ...catalog.activities.map(async (activity) => {
      try {
        await activities.create({
          id: activity.id,
          status: activity.status ?? 'published',
          content: activity.content,
          userId: seedUser,
          lastVerifiedAt: new Date(now.getTime() - (activity.lastVerifiedDaysAgo ?? 30) * dayMs).toISOString(),
        });
        return true;
      } catch (error) {
        if (error instanceof ItemAlreadyExistsError) return false;
        throw error;
      }
    }),
  ]);
  const created = outcomes.filter(Boolean).length;
  return { created, existing: outcomes.length - created };
};
