import { type CountyUsage, nextUsageDay } from '@linkki/domain';
import type { z } from 'zod';
import { withoutStorageAndMeta } from '../stored-item.schema';
import type { QueryPageInput, TableGateway } from '../table-gateway';
import {
  requestCounterItemSchema,
  requestCounterKeyOf,
  requestCounterRetentionDays,
  requestCountersOfDay,
  usageDayStart,
  usageItemSchema,
  usagePartition,
  usageRecordKeyOf,
  usageRecordsOfDay,
} from './usage.entity';

export type StoredCountyUsage = CountyUsage & { version: number };

const dayMs = 24 * 60 * 60 * 1000;

/** Every item of a range of the usage partition; a day of 22 counties is one page, a quarter a few. */
const readAll = async <T>(gateway: TableGateway, query: Omit<QueryPageInput<T>, 'partition' | 'limit' | 'cursor'>): Promise<T[]> => {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await gateway.queryPage({ ...query, partition: usagePartition, limit: 1000, cursor });
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
};

const toUsage = (item: z.infer<typeof usageItemSchema>): StoredCountyUsage => ({ ...(withoutStorageAndMeta(item) as CountyUsage), version: item.version });

/** The counties' usage, in the platform's partition; reached with the platform's own credentials. */
export const createUsageRepository = (gateway: TableGateway) => ({
  /** Adds `count` requests to the county's counter of `day` (one ADD, never conflicting). */
  async addRequests(day: string, tenantId: string, count: number, now: Date): Promise<void> {
    const expiresAt = Math.floor((now.getTime() + requestCounterRetentionDays * dayMs) / 1000);
    await gateway.addCounters(requestCounterKeyOf(day, tenantId), { count }, { entity: 'usageRequests', tenantId, day, expiresAt });
  },

  /** The day's request count of every county that had any. */
  async requestsOn(day: string): Promise<Map<string, number>> {
    const counters = await readAll(gateway, { schema: requestCounterItemSchema, sortKeyBeginsWith: requestCountersOfDay(day) });
    return new Map(counters.map((counter) => [counter.tenantId, counter.count]));
  },

  /** The records of one day, with the versions a rerun must name. */
  async recordsOn(day: string): Promise<StoredCountyUsage[]> {
    return (await readAll(gateway, { schema: usageItemSchema, sortKeyBeginsWith: usageRecordsOfDay(day) })).map(toUsage);
  },

  /** Every county's records from `fromDay` through `toDay`, by day. */
  async between(fromDay: string, toDay: string): Promise<StoredCountyUsage[]> {
    // The next day's start sorts after every record of `toDay` and before any of the next day's.
    return (await readAll(gateway, { schema: usageItemSchema, sortKeyBetween: [usageDayStart(fromDay), usageDayStart(nextUsageDay(toDay))] })).map(toUsage);
  },

  /**
   * Writes the county's record of its day: new at version 1, or over the one a previous run wrote
   * if that is still at `storedVersion`, so a rerun replaces the figures instead of adding to them.
   */
  async save(usage: CountyUsage, storedVersion: number | null): Promise<void> {
    const key = usageRecordKeyOf(usage.day, usage.tenantId);
    if (storedVersion === null) await gateway.putNew({ ...key, entity: 'countyUsage', ...usage });
    else await gateway.updateVersioned(key, storedVersion, { ...usage }, usageItemSchema, { now: usage.measuredAt });
  },
});

export type UsageRepository = ReturnType<typeof createUsageRepository>;
