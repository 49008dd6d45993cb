import { associationRegistrationSchema, type RegistrationStatus } from '@linkki/domain';
import * as z from 'zod';
import { sortKey, tenantKey } from '../keys';
import { storedItemSchema } from '../stored-item.schema';

/** A county's association registrations: `pk = T#<t>#ASSOC-REGS`, `sk = REG#<id>`. */
export const registrationPartition = (tenantId: string): string => tenantKey(tenantId, 'ASSOC-REGS');

export const registrationKeyOf = (tenantId: string, id: string) => ({ pk: registrationPartition(tenantId), sk: sortKey('REG', id) });

/** The coordinators' queue per status, oldest first: `gsi1pk = T#<t>#ASSOC-QUEUE#<status>`, `gsi1sk = <submittedAt>#<id>`. */
export const registrationQueuePartition = (tenantId: string, status: RegistrationStatus): string => tenantKey(tenantId, 'ASSOC-QUEUE', status);

export const registrationQueueIndexOf = (tenantId: string, { status, submittedAt, id }: { status: RegistrationStatus; submittedAt: string; id: string }) => ({
  gsi1pk: registrationQueuePartition(tenantId, status),
  gsi1sk: `${submittedAt}#${id}`,
});

/**
 * One registration per business id and county in the coordinators' queue: taken when the email is
 * verified (an unverified submission holds nothing, so nobody can block an association by
 * submitting its business id), released by the decision.
 */
export const openRegistrationMarkerKeyOf = (tenantId: string, businessId: string) => ({ pk: registrationPartition(tenantId), sk: sortKey('OPEN', businessId) });

export const openRegistrationMarkerItemSchema = storedItemSchema.extend({
  entity: z.literal('openRegistration'),
  registrationId: z.string(),
});

export const registrationItemSchema = storedItemSchema.extend(associationRegistrationSchema.omit({ version: true }).shape).extend({
  entity: z.literal('associationRegistration'),
  /** SHA-256 of the one-time token the verification email carries; the token itself is never stored. */
  verificationHash: z.string(),
  /** Until when the verification link works. */
  verifyBy: z.string(),
  expiresAt: z.number().optional(),
});
export type RegistrationItem = z.infer<typeof registrationItemSchema>;
