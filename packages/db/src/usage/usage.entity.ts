import { countyUsageSchema, tenantIdSchema, usageDaySchema } from '@linkki/domain';
import * as z from 'zod';
import { platformKey, sortKey } from '../keys';
import { storedItemSchema } from '../stored-item.schema';

/**
 * Usage is the operator's data about the counties, not a county's own: one platform partition
 * holds every county's daily records and the API's request counters, so the operator reads a
 * month of every county in one Query and the daily job writes nowhere under a county's prefix.
 */
export const usagePartition = platformKey('USAGE');

const usageSortKey = (kind: 'DAY' | 'REQUESTS', day: string, tenantId?: string) => sortKey(kind, usageDaySchema.parse(day), ...(tenantId === undefined ? [] : [tenantIdSchema.parse(tenantId)]));

/** A county's figures for one day: `sk = DAY#<day>#<tenant>`, so a period of all counties is one range. */
export const usageRecordKeyOf = (day: string, tenantId: string) => ({ pk: usagePartition, sk: usageSortKey('DAY', day, tenantId) });
export const usageRecordsOfDay = (day: string) => `${usageSortKey('DAY', day)}#`;
/** The first sort key of `day`'s records; nothing sorts between it and them. */
export const usageDayStart = (day: string) => usageSortKey('DAY', day);

/** The API's running count of one county's requests on one day: `sk = REQUESTS#<day>#<tenant>`. */
export const requestCounterKeyOf = (day: string, tenantId: string) => ({ pk: usagePartition, sk: usageSortKey('REQUESTS', day, tenantId) });
export const requestCountersOfDay = (day: string) => `${usageSortKey('REQUESTS', day)}#`;

/** The daily record copies the day's total, so the counters need not outlive the job's retries by much. */
export const requestCounterRetentionDays = 40;

export const usageItemSchema = storedItemSchema.extend(countyUsageSchema.shape).extend({ entity: z.literal('countyUsage') });

export const requestCounterItemSchema = storedItemSchema.extend({
  entity: z.literal('usageRequests'),
  tenantId: tenantIdSchema,
  day: usageDaySchema,
  count: z.number().int().min(0),
});
