import { accessPurposeSchema, measureTotalsSchema, referralConfigSchema, referralStateSchema } from '@linkki/domain';
import * as z from 'zod';
import { sortKey, tenantKey } from '../keys';
import { storedItemSchema } from '../stored-item.schema';

/** The append-only audit trail of one referral; no code path updates or deletes these items. */
export const auditPartition = (tenantId: string, referralId: string) => tenantKey(tenantId, 'REF', referralId, 'AUDIT');
/** Access records that name no client: report exports, access-log exports by user or by day. */
export const noClientAccessPartition = (tenantId: string) => tenantKey(tenantId, 'ACCESS', 'NO-CLIENT');
/** Everything one user looked at or changed, newest first (index gsi1). */
export const accessByUserPartition = (tenantId: string, userId: string) => tenantKey(tenantId, 'ACCESS-USER', userId);
/** Everything looked at or changed in a county on one day (index gsi2): one partition a day keeps the writes of a busy county spread. */
export const accessByDayPartition = (tenantId: string, day: string) => tenantKey(tenantId, 'ACCESS-DAY', day);

export const auditActions = ['create', 'read', 'print', 'list', 'audit-read', 'transition', 'assign', 'take', 'contact', 'measure', 'retention', 'report-export', 'access-log-export'] as const;

/**
 * One record of the county's access log (Client Data Act 703/2023): who, in which unit, which
 * client, what, when and why. Records about a client sit in that referral's audit trail; the
 * others (report exports) in a partition of their own. `unitId` and `purpose` are absent only on
 * records written before the access log named them.
 */
export const accessRecordSchema = z.object({
  at: z.string(),
  userId: z.string(),
  role: z.string(),
  referralId: z.string().optional(),
  unitId: z.string().optional(),
  purpose: accessPurposeSchema.optional(),
  action: z.enum(auditActions),
  detail: z.string().optional(),
  reason: z.string().optional(),
});
export type AccessRecord = z.infer<typeof accessRecordSchema>;
/** A record in one referral's audit trail. */
export const auditRecordSchema = accessRecordSchema.extend({ referralId: z.string() });
export type AuditRecord = z.infer<typeof auditRecordSchema>;
export const auditItemSchema = storedItemSchema.extend(auditRecordSchema.shape).extend({ entity: z.literal('referralAudit') });
export const accessItemSchema = storedItemSchema.extend(accessRecordSchema.shape).extend({ entity: z.literal('referralAudit') });

/** Where a record is stored and indexed: by client (its partition), by user (gsi1) and by day (gsi2), each newest first by `<at>#<unique>`. */
export const accessKeysOf = (tenantId: string, record: AccessRecord, unique: string) => {
  const order = `${record.at}#${unique}`;
  return {
    pk: record.referralId ? auditPartition(tenantId, record.referralId) : noClientAccessPartition(tenantId),
    sk: order,
    gsi1pk: accessByUserPartition(tenantId, record.userId),
    gsi1sk: order,
    gsi2pk: accessByDayPartition(tenantId, record.at.slice(0, 10)),
    gsi2sk: order,
  };
};

/**
 * One anonymous statistics item per referral: no name, contact, birth year or free text, so it
 * stays when the personal data goes, and the reports read one partition instead of every referral.
 */
export const statisticsPartition = (tenantId: string) => tenantKey(tenantId, 'REF-STATS');
export const statisticsKeyOf = (tenantId: string, month: string, referralId: string) => ({ pk: statisticsPartition(tenantId), sk: `${month}#${referralId}` });

export const referralStatisticsSchema = z.object({
  referralId: z.string(),
  month: z.string(),
  typeId: z.string(),
  unitId: z.string(),
  municipality: z.string(),
  state: referralStateSchema,
  requestedAt: z.string().optional(),
  firstContactAt: z.string().optional(),
  closedAt: z.string().optional(),
  swemwbsStart: z.number().optional(),
  swemwbsEnd: z.number().optional(),
  participationStart: z.number().optional(),
  participationEnd: z.number().optional(),
});
export type ReferralStatistics = z.infer<typeof referralStatisticsSchema>;
export const statisticsItemSchema = storedItemSchema.extend(referralStatisticsSchema.shape).extend({ entity: z.literal('referralStatistics') });

/**
 * Measure scores of referrals whose personal data is gone, as per-month sums (one item a month).
 * A person's SWEMWBS and participation scores are health data about them: while they sit next to
 * a referral id (which keeps its dates, unit and audit trail) they can be traced back to the
 * client, so the retention run moves them out of the referral's statistics into these sums,
 * which name nobody and still give the reports every figure they show.
 */
export const measureTotalsPartition = (tenantId: string) => tenantKey(tenantId, 'REF-MEASURE-TOTALS');
export const measureTotalsKeyOf = (tenantId: string, month: string) => ({ pk: measureTotalsPartition(tenantId), sk: month });
export const monthMeasureTotalsSchema = z.object({ month: z.string(), swemwbs: measureTotalsSchema, participation: measureTotalsSchema });
export type MonthMeasureTotals = z.infer<typeof monthMeasureTotalsSchema>;
export const measureTotalsItemSchema = storedItemSchema.extend(monthMeasureTotalsSchema.shape).extend({ entity: z.literal('referralMeasureTotals') });

export const closedMarkerItemSchema = storedItemSchema.extend({ entity: z.literal('referralClosed'), referralId: z.string(), closedAt: z.string() });

export const referralConfigKeyOf = (tenantId: string) => ({ pk: tenantKey(tenantId, 'SETTINGS'), sk: sortKey('REFERRAL-CONFIG') });
export const referralConfigItemSchema = storedItemSchema.extend(referralConfigSchema.shape).extend({ entity: z.literal('referralConfig') });
