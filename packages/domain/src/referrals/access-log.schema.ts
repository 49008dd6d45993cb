import * as z from 'zod';
import { userIdSchema } from '../identity/identity.schema';
import { referralIdSchema } from './referral.schema';
import type { ReferralRelation } from './referral-state';

/**
 * Why client data was looked at or changed: the purpose the Client Data Act (703/2023) asks every
 * access log record to name. It follows from how the actor stands to the data, never from input.
 */
export const accessPurposes = ['referring', 'link-work', 'coordination', 'statistics', 'log-monitoring', 'retention'] as const;
export const accessPurposeSchema = z.enum(accessPurposes);
export type AccessPurpose = z.infer<typeof accessPurposeSchema>;

const purposeOfRelation: Record<ReferralRelation, AccessPurpose> = { referrer: 'referring', assignedLinkWorker: 'link-work', coordinator: 'coordination' };

/** The purpose of an access through the caller's closest relation to the referral. */
export const accessPurposeOf = (relations: readonly ReferralRelation[]): AccessPurpose => purposeOfRelation[relations[0] ?? 'coordinator'];

const daySchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be a date (YYYY-MM-DD)');

/**
 * Whose accesses to look at: a client's (the platform keeps no client register, so a client is
 * the referral that holds their data), a user's, or everyone's on one day (the county's log monitoring).
 */
export const accessLogQuerySchema = z.discriminatedUnion('by', [
  z.object({ by: z.literal('client'), referralId: referralIdSchema }).strict(),
  z.object({ by: z.literal('user'), userId: userIdSchema }).strict(),
  z.object({ by: z.literal('day'), day: daySchema }).strict(),
]);
export type AccessLogQuery = z.infer<typeof accessLogQuerySchema>;

export const searchAccessLogInputSchema = z.object({ query: accessLogQuerySchema, cursor: z.string().max(1000).optional() }).strict();
export type SearchAccessLogInput = z.infer<typeof searchAccessLogInputSchema>;

export const exportAccessLogInputSchema = z.object({ query: accessLogQuerySchema }).strict();
export type ExportAccessLogInput = z.infer<typeof exportAccessLogInputSchema>;
