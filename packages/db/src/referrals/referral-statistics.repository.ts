import { withoutStorageAndMeta } from '../stored-item.schema';
import type { TableGateway } from '../table-gateway';
import { measureTotalsItemSchema, measureTotalsPartition, type MonthMeasureTotals, type ReferralStatistics, statisticsItemSchema, statisticsPartition } from './referral-records.entity';

/** The anonymous statistics of a tenant's referrals, read from one partition in month order. */
export const createReferralStatisticsRepository = ({ gateway, tenantId }: { gateway: TableGateway; tenantId: string }) => ({
  /** Every statistics item from `fromMonth` through `toMonth` (YYYY-MM), paging until past the range. */
  async between(fromMonth: string, toMonth: string): Promise<ReferralStatistics[]> {
    const found: ReferralStatistics[] = [];
    let cursor: string | undefined;
    do {
      const page = await gateway.queryPage({ schema: statisticsItemSchema, partition: statisticsPartition(tenantId), sortKeyAfter: fromMonth, limit: 500, cursor });
      const inRange = page.items.filter((item) => item.month <= toMonth);
      found.push(...inRange.map((item) => withoutStorageAndMeta(item) as ReferralStatistics));
      cursor = inRange.length === page.items.length ? (page.nextCursor ?? undefined) : undefined;
    } while (cursor);
    return found;
  },

  /** The monthly score totals of referrals whose personal data is gone, `fromMonth` through `toMonth` (at most one item a month). */
  async retainedMeasures(fromMonth: string, toMonth: string): Promise<MonthMeasureTotals[]> {
    const page = await gateway.queryPage({ schema: measureTotalsItemSchema, partition: measureTotalsPartition(tenantId), sortKeyBetween: [fromMonth, toMonth], limit: 1000 });
    return page.items.map((item) => withoutStorageAndMeta(item) as MonthMeasureTotals);
  },
});
