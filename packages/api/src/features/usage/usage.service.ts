import { createTenantRepository, createUsageRepository, type StoredCountyUsage, type TableAccess } from '@linkki/db';
import { type CountyUsage, type CountyUsageQuery, lastEndedUsageDay, type Tenant, usagePeriodStart } from '@linkki/domain';

export interface CountyUsageRow {
  slug: string;
  name: Tenant['name'];
  status: Tenant['status'];
  /** The county's newest record in the period; null when the job has written none yet. */
  latest: CountyUsage | null;
  /** Sums over the period's records: what the county opened and requested in those days. */
  period: { days: number; referralsOpened: number; apiRequests: number };
}

export interface UsageOverview {
  /** The period, `YYYY-MM-DD` through `YYYY-MM-DD`, ending with the last day that has ended. */
  from: string;
  to: string;
  counties: CountyUsageRow[];
  /** Each day's record of the county the input named, oldest first; empty when none was named. */
  daily: CountyUsage[];
}

const withoutVersion = ({ version: _version, ...usage }: StoredCountyUsage): CountyUsage => usage;

const rowOf = (county: Tenant, records: readonly StoredCountyUsage[]): CountyUsageRow => {
  const newest = records.at(-1);
  return {
    slug: county.slug,
    name: county.name,
    status: county.status,
    latest: newest ? withoutVersion(newest) : null,
    period: {
      days: records.length,
      referralsOpened: records.reduce((total, record) => total + record.referralsOpened, 0),
      apiRequests: records.reduce((total, record) => total + record.apiRequests, 0),
    },
  };
};

/**
 * The operator's view of what each county uses: one Query of the usage partition for the whole
 * period, whatever the number of counties, and one of the registry for their names.
 */
export const readUsageOverview = async ({ tables, now }: { tables: TableAccess; now: Date }, { days, county }: CountyUsageQuery): Promise<UsageOverview> => {
  const to = lastEndedUsageDay(now);
  const from = usagePeriodStart(to, days);
  const [counties, records] = await Promise.all([createTenantRepository(tables.platform).list(), createUsageRepository(tables.platform).between(from, to)]);
  const byCounty = new Map<string, StoredCountyUsage[]>();
  for (const record of records) byCounty.set(record.tenantId, [...(byCounty.get(record.tenantId) ?? []), record]);
  return {
    from,
    to,
    counties: counties.map((tenant) => rowOf(tenant, byCounty.get(tenant.slug) ?? [])).sort((a, b) => a.name.fi.localeCompare(b.name.fi, 'fi')),
    daily: county ? (byCounty.get(county) ?? []).map(withoutVersion) : [],
  };
};
