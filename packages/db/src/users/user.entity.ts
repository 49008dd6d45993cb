import { membershipStatusSchema, roleSchema, tenantIdSchema, userIdSchema } from '@linkki/domain';
import * as z from 'zod';
import { platformKey, sortKey, tenantKey } from '../keys';
import { storedItemSchema } from '../stored-item.schema';

/**
 * A person's membership: their county (null for platform-wide people), roles and status. The one
 * source of truth for authorization; tokens carry a copy of it made at sign-in.
 */
export const userProfileSchema = z.object({
  userId: userIdSchema,
  tenantId: tenantIdSchema.nullable(),
  displayName: z.string().min(1).max(200),
  /** Job title or position, e.g. "Sairaanhoitaja, seniorineuvola". */
  title: z.string().max(200).optional(),
  organisation: z.string().max(200).optional(),
  /** Where the platform writes to the user (e.g. the network's weekly digest). */
  email: z.email().optional(),
  roles: z.array(roleSchema).min(1),
  /** Memberships from before statuses existed were all in use. */
  status: membershipStatusSchema.default('active'),
});
export type UserProfile = z.infer<typeof userProfileSchema>;

/** A county's users live in its own partition; platform-wide users (national, operators) in the platform's. */
export const userPartitionOf = (tenantId: string | null): string => (tenantId ? tenantKey(tenantId, 'USERS') : platformKey('USERS'));

export const userKeyOf = (tenantId: string | null, userId: string) => ({
  pk: userPartitionOf(tenantId),
  sk: sortKey('USER', userId),
});

export const userItemSchema = storedItemSchema.extend(userProfileSchema.shape).extend({ entity: z.literal('user') });
