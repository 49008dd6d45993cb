import { createReferralConfigRepository, createReferralRetentionRepository, createTenantRepository, type TableAccess } from '@linkki/db';

const dayMs = 24 * 60 * 60 * 1000;

export interface RetentionReport {
  tenants: number;
  removed: number;
}

/** One county: its closed referrals older than its own retention period lose their personal data. */
const removeInTenant = async (tables: TableAccess, tenantId: string, now: Date): Promise<number> => {
  const gateway = tables.tenant(tenantId);
  const { config } = await createReferralConfigRepository({ gateway, tenantId }).get();
  const retention = createReferralRetentionRepository({ gateway, tenantId });
  const cutoff = new Date(now.getTime() - config.retentionDays * dayMs).toISOString();
  let removed = 0;
  // The closed index holds only referrals not yet cleaned, oldest first, so each round starts over at its head.
  for (let due = await retention.closedBefore(cutoff); due.length > 0; due = await retention.closedBefore(cutoff)) {
    for (const closed of due) await retention.removePersonalData(closed, now.toISOString());
    removed += due.length;
  }
  return removed;
};

/**
 * Run daily: in every active county, removes the client's personal data from referrals closed
 * longer ago than the county's retention period. Reads each county's closed index, never scans;
 * the anonymous statistics and the audit trail stay.
 */
export const removeExpiredReferralData = async ({ tables, now }: { tables: TableAccess; now: Date }): Promise<RetentionReport> => {
  const tenants = (await createTenantRepository(tables.platform).list()).filter((tenant) => tenant.status === 'active');
  const removed = await Promise.all(tenants.map((tenant) => removeInTenant(tables, tenant.slug, now)));
  return { tenants: tenants.length, removed: removed.reduce((total, count) => total + count, 0) };
};
