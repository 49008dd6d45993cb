import * as z from 'zod';
import { roleSchema } from './role.schema';
import { tenantIdSchema } from '../tenants/tenant.schema';

export const userIdSchema = z
  .string()
  .trim()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9._@-]+$/, 'may contain letters, digits and . _ @ - only');

/** Who is calling, as established from a verified token. A tenant-less identity acts platform-wide. */
export const identitySchema = z.object({
  userId: userIdSchema,
  tenantId: tenantIdSchema.nullable(),
  roles: z.array(roleSchema).min(1),
  displayName: z.string().min(1).max(200).optional(),
});
export type Identity = z.infer<typeof identitySchema>;
