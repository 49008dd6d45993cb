import { accessibilityFeedbackStatusSchema, userIdSchema } from '@linkki/domain';
import * as z from 'zod';
import { sortKey, tenantKey } from '../keys';
import { storedItemSchema } from '../stored-item.schema';

export const accessibilityFeedbackPartition = (tenantId: string) => tenantKey(tenantId, 'A11YFEEDBACK');

/** An id starts with its arrival time, so the queue sorts by arrival and reads newest first. */
export const accessibilityFeedbackIdOf = (receivedAt: string, uniquePart: string): string => `${receivedAt}_${uniquePart}`;

export const accessibilityFeedbackKeyOf = (tenantId: string, id: string) => ({ pk: accessibilityFeedbackPartition(tenantId), sk: sortKey('FB', id) });

export const accessibilityFeedbackSchema = z.object({
  id: z.string(),
  problem: z.string(),
  location: z.string(),
  email: z.email().optional(),
  consentAt: z.string().optional(),
  receivedAt: z.string(),
  /** The day the answer is due (14 days from receipt). */
  dueOn: z.iso.date(),
  status: accessibilityFeedbackStatusSchema,
  answeredBy: userIdSchema.optional(),
  answeredAt: z.string().optional(),
  /** Set once answered: epoch seconds after which DynamoDB deletes the feedback and its email. */
  expiresAt: z.number().int().optional(),
});
export type AccessibilityFeedback = z.infer<typeof accessibilityFeedbackSchema>;

export const accessibilityFeedbackItemSchema = storedItemSchema.extend(accessibilityFeedbackSchema.shape).extend({ entity: z.literal('accessibilityFeedback') });
