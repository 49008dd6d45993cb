import {
  consentSchema,
  measureFillerSchema,
  measurePhaseSchema,
  pathwayStageRefSchema,
  referralClientSchema,
  referralConfigIdSchema,
  referralContactSchema,
  referralHistoryEntrySchema,
  referralNeedSchema,
  referralOutcomeSchema,
  referralStateSchema,
} from '@linkki/domain';
import * as z from 'zod';
import { sortKey, tenantKey } from '../keys';
import { storedItemSchema } from '../stored-item.schema';

export const referralPartition = (tenantId: string, referralId: string) => tenantKey(tenantId, 'REF', referralId);
export const referralKeyOf = (tenantId: string, referralId: string) => ({ pk: referralPartition(tenantId, referralId), sk: sortKey('REF') });
/** History steps sort by the version they produced, so two writers of the same version collide. */
export const historyKeyOf = (tenantId: string, referralId: string, version: number) => ({ pk: referralPartition(tenantId, referralId), sk: sortKey('HIST', String(version).padStart(6, '0')) });
export const contactKeyOf = (tenantId: string, referralId: string, version: number) => ({ pk: referralPartition(tenantId, referralId), sk: sortKey('CONTACT', String(version).padStart(6, '0')) });
export const measureKeyOf = (tenantId: string, referralId: string, instrument: string, phase: string) => ({ pk: referralPartition(tenantId, referralId), sk: sortKey('MEASURE', instrument, phase) });

export const referrerPartition = (tenantId: string, userId: string) => tenantKey(tenantId, 'REFERRER', userId);
export const caseloadPartition = (tenantId: string, userId: string) => tenantKey(tenantId, 'CASELOAD', userId);
export const queuePartition = (tenantId: string, municipality: string) => tenantKey(tenantId, 'REF-QUEUE', municipality);
export const allReferralsPartition = (tenantId: string) => tenantKey(tenantId, 'REFERRALS');
/** Closed referrals by closing time, which the retention run reads oldest first. */
export const closedReferralsPartition = (tenantId: string) => tenantKey(tenantId, 'REFERRALS-CLOSED');
export const closedMarkerKeyOf = (tenantId: string, closedAt: string, referralId: string) => ({ pk: closedReferralsPartition(tenantId), sk: `${closedAt}#${referralId}` });

const swemwbsResultSchema = z.object({ raw: z.number().int(), metric: z.number(), filledBy: measureFillerSchema, recordedAt: z.string() });
const participationResultSchema = z.object({ filledBy: measureFillerSchema, recordedAt: z.string() });

/** Measure results kept on the referral; the participation score is deliberately not among them. */
export const referralMeasuresSchema = z.object({
  swemwbs: z.object({ start: swemwbsResultSchema.nullable(), end: swemwbsResultSchema.nullable() }),
  participation: z.object({ start: participationResultSchema.nullable(), end: participationResultSchema.nullable() }),
});
export type ReferralMeasures = z.infer<typeof referralMeasuresSchema>;
export const noMeasures: ReferralMeasures = { swemwbs: { start: null, end: null }, participation: { start: null, end: null } };

export const suggestedActivitySchema = z.object({
  id: z.string(),
  title: z.object({ fi: z.string(), sv: z.string().optional(), en: z.string().optional() }),
  municipality: z.string(),
});

export const referralRecordSchema = z.object({
  id: z.string(),
  state: referralStateSchema,
  typeId: referralConfigIdSchema,
  unitId: referralConfigIdSchema,
  municipality: z.string(),
  referrerId: z.string(),
  referrerName: z.string(),
  assignedLinkWorkerId: z.string().optional(),
  /** Removed with the rest of the personal data when the retention period has passed. */
  client: referralClientSchema.optional(),
  needs: z.array(referralNeedSchema),
  needsOther: z.string().optional(),
  suggestedActivities: z.array(suggestedActivitySchema),
  /** Absent on referrals made before pathway stages could be suggested. */
  suggestedPathwayStages: z.array(pathwayStageRefSchema).optional(),
  linkWorkerWanted: z.boolean(),
  note: z.string().optional(),
  consent: consentSchema.optional(),
  outcome: referralOutcomeSchema.optional(),
  measures: referralMeasuresSchema,
  requestedAt: z.string().optional(),
  firstContactAt: z.string().optional(),
  closedAt: z.string().optional(),
  personalDataRemoved: z.boolean(),
  /**
   * Participation scores, kept only for the anonymous statistics: THL advises against judging one
   * client by them, so no view of a referral ever copies this attribute.
   */
  hiddenScores: z.object({ participationStart: z.number().optional(), participationEnd: z.number().optional() }).optional(),
});
export type ReferralRecord = z.infer<typeof referralRecordSchema>;

export const referralItemSchema = storedItemSchema.extend(referralRecordSchema.shape).extend({ entity: z.literal('referral') });
export type ReferralItem = z.infer<typeof referralItemSchema>;

export const historyItemSchema = storedItemSchema.extend(referralHistoryEntrySchema.shape).extend({ entity: z.literal('referralHistory') });
export const contactItemSchema = storedItemSchema.extend(referralContactSchema.shape).extend({ entity: z.literal('referralContact') });
export const measureItemSchema = storedItemSchema.extend({
  entity: z.literal('referralMeasure'),
  instrument: z.enum(['swemwbs', 'participation']),
  phase: measurePhaseSchema,
  items: z.array(z.number().int()),
  score: z.number(),
  filledBy: measureFillerSchema,
  recordedAt: z.string(),
});

/** Any item of a referral's partition, told apart by `entity`. */
export const referralPartitionItemSchema = z.discriminatedUnion('entity', [referralItemSchema, historyItemSchema, contactItemSchema, measureItemSchema]);
export type ReferralPartitionItem = z.infer<typeof referralPartitionItemSchema>;

const orderKey = (createdAt: string, id: string) => `${createdAt}#${id}`;

/**
 * The index attributes a referral carries in `state`: referrer's list (gsi1), the link worker's
 * caseload or, while unassigned and requested, the municipality queue (gsi2), the coordinators'
 * list grouped by state (gsi3). Undefined removes an attribute, so the item leaves that index.
 */
export const referralIndexesOf = (
  tenantId: string,
  referral: Pick<ReferralRecord, 'id' | 'state' | 'referrerId' | 'assignedLinkWorkerId' | 'municipality' | 'linkWorkerWanted'>,
  createdAt: string,
) => {
  const key = orderKey(createdAt, referral.id);
  const queued = !referral.assignedLinkWorkerId && referral.linkWorkerWanted && referral.state === 'requested';
  const gsi2pk = referral.assignedLinkWorkerId ? caseloadPartition(tenantId, referral.assignedLinkWorkerId) : queued ? queuePartition(tenantId, referral.municipality) : undefined;
  return {
    gsi1pk: referrerPartition(tenantId, referral.referrerId),
    gsi1sk: key,
    gsi2pk,
    gsi2sk: gsi2pk ? key : undefined,
    gsi3pk: allReferralsPartition(tenantId),
    gsi3sk: `${referral.state}#${key}`,
  };
};
