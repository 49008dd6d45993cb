import * as z from 'zod';
import { localizedTextSchema } from '../shared/localized-text.schema';

/** The archive of all of a county's data, made when it starts leaving. */
export const countyExportSchema = z.object({
  /** Where the archive is kept (an S3 key in AWS, a file under the local data folder). */
  key: z.string(),
  at: z.string(),
  items: z.number().int().min(0),
  bytes: z.number().int().min(0),
});
export type CountyExport = z.infer<typeof countyExportSchema>;

/** What the deletion job removed: every item of the county, by kind. */
export const countyDeletionReportSchema = z.object({
  at: z.string(),
  removed: z.number().int().min(0),
  byEntity: z.record(z.string(), z.number().int().min(0)),
});
export type CountyDeletionReport = z.infer<typeof countyDeletionReportSchema>;

export const countyOffboardingSchema = z.object({
  startedAt: z.string(),
  startedBy: z.string(),
  /** The end of the grace period: the deletion can be confirmed from then on, not before. */
  deleteFrom: z.string(),
  export: countyExportSchema.optional(),
  deletionConfirmedAt: z.string().optional(),
  deletionConfirmedBy: z.string().optional(),
  deletion: countyDeletionReportSchema.optional(),
});
export type CountyOffboarding = z.infer<typeof countyOffboardingSchema>;

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
 * see a notice, staff are refused), `offboarding` (leaving: exported, waiting out its grace period
 * before its data is deleted), `offboarded` (its data deleted; the registry keeps the report).
 */
export const tenantStatusSchema = z.enum(['registered', 'onboarding', 'active', 'suspended', 'offboarding', 'offboarded']);
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
  /** How the county's leaving goes, from the operator's decision to the deletion report. */
  offboarding: countyOffboardingSchema.optional(),
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
