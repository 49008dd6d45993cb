import { contactRequestStatusSchema, entityIdSchema, phoneSchema, userIdSchema } from '@linkki/domain';
import * as z from 'zod';
import { sortKey, tenantKey } from '../keys';
import { storedItemSchema } from '../stored-item.schema';

export const contactQueuePartition = (tenantId: string, organisationId: string) => tenantKey(tenantId, 'ORG', organisationId, 'CONTACTS');

/** A request's id starts with its arrival time, so the queue sorts by arrival and reads newest first. */
export const contactRequestIdOf = (receivedAt: string, uniquePart: string): string => `${receivedAt}_${uniquePart}`;

export const contactRequestKeyOf = (tenantId: string, organisationId: string, id: string) => ({
  pk: contactQueuePartition(tenantId, organisationId),
  sk: sortKey('CR', id),
});

/** Marks a client request id as done, so a retry is recognised; expires after a week. */
export const requestMarkerKeyOf = (tenantId: string, requestHash: string) => ({
  pk: tenantKey(tenantId, 'REQUEST', requestHash),
  sk: sortKey('REQUEST'),
});

export const contactRequestSchema = z.object({
  id: z.string(),
  organisationId: entityIdSchema,
  activityId: entityIdSchema,
  activityTitle: z.string(),
  name: z.string(),
  phone: phoneSchema.optional(),
  email: z.email().optional(),
  message: z.string(),
  consentAt: z.string(),
  receivedAt: z.string(),
  status: contactRequestStatusSchema,
  handledBy: userIdSchema.optional(),
  handledAt: z.string().optional(),
  /** Epoch seconds after which DynamoDB deletes the personal data (the tenant's retention period). */
  expiresAt: z.number().int(),
});
export type ContactRequest = z.infer<typeof contactRequestSchema>;

export const contactRequestItemSchema = storedItemSchema.extend(contactRequestSchema.shape).extend({ entity: z.literal('contactRequest') });
