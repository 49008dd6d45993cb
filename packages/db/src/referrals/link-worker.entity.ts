import { linkWorkerProfileSchema, linkWorkerSurveyInputSchema, trainingRecordSchema } from '@linkki/domain';
import * as z from 'zod';
import { sortKey, tenantKey } from '../keys';
import { storedItemSchema } from '../stored-item.schema';

export const linkWorkerPartition = (tenantId: string, userId: string) => tenantKey(tenantId, 'LW', userId);
export const linkWorkerProfileKeyOf = (tenantId: string, userId: string) => ({ pk: linkWorkerPartition(tenantId, userId), sk: sortKey('PROFILE') });
/** How many open referrals the link worker has; every assignment and closure changes it under its version. */
export const linkWorkerLoadKeyOf = (tenantId: string, userId: string) => ({ pk: linkWorkerPartition(tenantId, userId), sk: sortKey('LOAD') });
export const trainingKeyOf = (tenantId: string, userId: string) => ({ pk: linkWorkerPartition(tenantId, userId), sk: sortKey('TRAINING') });
export const linkWorkersPartition = (tenantId: string) => tenantKey(tenantId, 'LINKWORKERS');
export const surveyPartition = (tenantId: string) => tenantKey(tenantId, 'LW-SURVEY');
export const surveyKeyOf = (tenantId: string, userId: string) => ({ pk: surveyPartition(tenantId), sk: sortKey('ANSWER', userId) });

export const linkWorkerProfileItemSchema = storedItemSchema.extend(linkWorkerProfileSchema.shape).extend({ entity: z.literal('linkWorkerProfile'), userId: z.string() });
export const linkWorkerLoadItemSchema = storedItemSchema.extend({ entity: z.literal('linkWorkerLoad'), activeCount: z.number().int().min(0) });
export const trainingItemSchema = storedItemSchema.extend(trainingRecordSchema.shape).extend({ entity: z.literal('trainingRecord') });
export const surveyItemSchema = storedItemSchema.extend(linkWorkerSurveyInputSchema.shape).extend({ entity: z.literal('linkWorkerSurvey'), submittedAt: z.string() });
