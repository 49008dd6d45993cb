import { z } from 'zod';
import { localizedTextSchema } from '../shared/localized-text.schema';

/** A tenant id is the county's slug: lower-case letters, digits and single hyphens. */
export const tenantIdSchema = z
  .string()
  .min(2)
  .max(40)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lower-case slug such as pohjois-savo');
export type TenantId = z.infer<typeof tenantIdSchema>;

/**
 * Where a county stands on the platform: `registered` (known, not taken into use), `onboarding`
 * (its first coordinator invited), `active` (that coordinator has signed in), `suspended` (residents
 * see a notice, staff are refused).
 */
export const tenantStatusSchema = z.enum(['registered', 'onboarding', 'active', 'suspended']);
export type TenantStatus = z.infer<typeof tenantStatusSchema>;

export const tenantSchema = z.object({
  slug: tenantIdSchema,
  /** Statistics Finland's code of the wellbeing services county. */
  code: z.string().regex(/^\d{2}$/),
  name: localizedTextSchema,
  municipalities: z.array(z.string().min(1)),
  status: tenantStatusSchema,
  /** Sámi languages the county offers besides Finnish, Swedish and English (the Sámi Language Act applies in Lappi). */
  extraLanguages: z.array(z.enum(['se', 'smn', 'sms'])).optional(),
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
