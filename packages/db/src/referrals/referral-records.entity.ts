import { referralConfigSchema, referralStateSchema } from '@linkki/domain';
import { z } from 'zod';
import { sortKey, tenantKey } from '../keys';
import { storedItemSchema } from '../stored-item.schema';

/** The append-only audit trail of one referral; no code path updates or deletes these items. */
export const auditPartition = (tenantId: string, referralId: string) => tenantKey(tenantId, 'REF', referralId, 'AUDIT');
export const auditKeyOf = (tenantId: string, referralId: string, at: string, unique: string) => ({ pk: auditPartition(tenantId, referralId), sk: `${at}#${unique}` });

export const auditActions = ['create', 'read', 'print', 'transition', 'assign', 'take', 'contact', 'measure', 'retention'] as const;
export const auditRecordSchema = z.object({
  at: z.string(),
  userId: z.string(),
  role: z.string(),
  referralId: z.string(),
  action: z.enum(auditActions),
  detail: z.string().optional(),
  reason: z.string().optional(),
});
export type AuditRecord = z.infer<typeof auditRecordSchema>;
export const auditItemSchema = storedItemSchema.extend(auditRecordSchema.shape).extend({ entity: z.literal('referralAudit') });

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

export const closedMarkerItemSchema = storedItemSchema.extend({ entity: z.literal('referralClosed'), referralId: z.string(), closedAt: z.string() });

export const referralConfigKeyOf = (tenantId: string) => ({ pk: tenantKey(tenantId, 'SETTINGS'), sk: sortKey('REFERRAL-CONFIG') });
export const referralConfigItemSchema = storedItemSchema.extend(referralConfigSchema.shape).extend({ entity: z.literal('referralConfig') });
