import { z } from 'zod';
import { localizedTextSchema } from '../shared/localized-text.schema';

/** A tenant id is the county's slug: lower-case letters, digits and single hyphens. */
export const tenantIdSchema = z
  .string()
  .min(2)
  .max(40)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lower-case slug such as pohjois-savo');
export type TenantId = z.infer<typeof tenantIdSchema>;

export const tenantStatusSchema = z.enum(['active', 'registered']);
export type TenantStatus = z.infer<typeof tenantStatusSchema>;

export const tenantSchema = z.object({
  slug: tenantIdSchema,
  /** Statistics Finland's code of the wellbeing services county. */
  code: z.string().regex(/^\d{2}$/),
  name: localizedTextSchema,
  municipalities: z.array(z.string().min(1)),
  status: tenantStatusSchema,
});
export type Tenant = z.infer<typeof tenantSchema>;

/** What a county's coordinators decide for their own county. */
export const tenantSettingsSchema = z
  .object({
    /** How long residents' contact requests are kept before their personal data is deleted. */
    contactRequestRetentionDays: z.number().int().min(7).max(730),
  })
  .strict();
export type TenantSettings = z.infer<typeof tenantSettingsSchema>;
