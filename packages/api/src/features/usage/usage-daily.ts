import { countStoredItemsByTenant, createCountyFiguresRepository, createTenantRepository, createUsageRepository, type StoredItemsOptions, type TableAccess } from '@linkki/db';
import { type CountyUsage, lastEndedUsageDay } from '@linkki/domain';

export interface UsageDailyReport {
  /** The day counted: the last one that had ended when the job ran. */
  day: string;
  counties: number;
  /** Records that replaced an earlier run's record of the same day. */
  replaced: number;
  /** Items of no county (platform, national pathways, network). */
  sharedItems: number;
  storageComplete: boolean;
}

export interface UsageDailyContext {
  tables: TableAccess;
  now: Date;
  /** The bounds of the stored-items scan; the defaults suit the deployed function. */
  storage?: StoredItemsOptions;
}

/** The figures the county's own indexes give: staff, listings and the day's new referrals. */
const countedFigures = async (tables: TableAccess, tenantId: string, day: string) => {
  const figures = createCountyFiguresRepository({ gateway: tables.tenant(tenantId), tenantId });
  const [activeStaff, listings, referralsOpened] = await Promise.all([figures.activeStaff(), figures.listings(), figures.referralsCreatedOn(day)]);
  return { activeStaff, listings, referralsOpened };
};

/**
 * Run daily: writes each registered county's usage of the day that has just ended (UTC), one
 * record per county and day. Staff, listings and stored items are as they are when the job runs;
 * referrals and API requests are the day's. A rerun of the same day replaces its records.
 */
export const recordDailyUsage = async ({ tables, now, storage }: UsageDailyContext): Promise<UsageDailyReport> => {
  const day = lastEndedUsageDay(now);
  const usage = createUsageRepository(tables.platform);
  const [counties, stored, tableSize, requests, earlier] = await Promise.all([
    createTenantRepository(tables.platform).list(),
    countStoredItemsByTenant(tables.platform, storage),
    tables.platform.tableSize(),
    usage.requestsOn(day),
    usage.recordsOn(day),
  ]);
  // DynamoDB reports size only for the whole table: a county is attributed its share by item count.
  const averageItemBytes = tableSize.items > 0 ? tableSize.bytes / tableSize.items : 0;
  const versions = new Map(earlier.map((record) => [record.tenantId, record.version]));
  for (const { slug: tenantId } of counties) {
    const itemsStored = stored.byTenant.get(tenantId) ?? 0;
    const record: CountyUsage = {
      tenantId,
      day,
      measuredAt: now.toISOString(),
      ...(await countedFigures(tables, tenantId, day)),
      apiRequests: requests.get(tenantId) ?? 0,
      itemsStored,
      approxBytes: Math.round(itemsStored * averageItemBytes),
      storageComplete: stored.complete,
    };
    await usage.save(record, versions.get(tenantId) ?? null);
  }
  return { day, counties: counties.length, replaced: counties.filter((county) => versions.has(county.slug)).length, sharedItems: stored.shared, storageComplete: stored.complete };
};
