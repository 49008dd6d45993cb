import * as z from 'zod';
import { entityIdSchema } from '../catalog/organisation.schema';
import { phoneSchema } from '../catalog/contact.schema';
import { userIdSchema } from '../identity/identity.schema';
import { pathwayStageRefSchema } from '../pathways/pathway.schema';
import { referralConfigIdSchema } from './referral-config.schema';
import { referralStateSchema } from './referral-state';

/** A referral id: `ref-` and 22 url-safe characters derived from the creating request. */
export const referralIdSchema = z.string().regex(/^ref-[a-z0-9]{10,40}$/, 'must be a referral id');

export const referralNeeds = ['loneliness', 'physical-activity', 'lifestyle-change', 'grief', 'caregiving-burden', 'unemployment', 'other'] as const;
export const referralNeedSchema = z.enum(referralNeeds);
export type ReferralNeed = z.infer<typeof referralNeedSchema>;

export const clientLanguages = ['fi', 'sv', 'en', 'other'] as const;
export const clientLanguageSchema = z.enum(clientLanguages);
export type ClientLanguage = z.infer<typeof clientLanguageSchema>;

/** What the client agreed to; processing the referral itself is always among them. */
export const consentScopes = ['referral-processing', 'link-worker-contact', 'share-with-organiser', 'measures'] as const;
export const consentScopeSchema = z.enum(consentScopes);

export const consentInputSchema = z
  .object({
    givenBy: z.enum(['client', 'legal-representative']),
    givenAt: z.iso.datetime({ offset: true }),
    scopes: z
      .array(consentScopeSchema)
      .min(1)
      .max(consentScopes.length)
      .refine((scopes) => scopes.includes('referral-processing'), 'consent must cover processing the referral'),
  })
  .strict();
export type ConsentInput = z.infer<typeof consentInputSchema>;

/** The consent as a fact of its own: who gave it, when, to what, and who recorded it. */
export const consentSchema = consentInputSchema.extend({ recordedBy: userIdSchema, recordedAt: z.string() });
export type Consent = z.infer<typeof consentSchema>;

const currentYear = new Date().getUTCFullYear();

export const referralClientSchema = z
  .object({
    name: z.string().trim().min(1).max(120),
    birthYear: z.number().int().min(1900).max(currentYear),
    municipality: z.string().trim().min(1).max(60),
    phone: phoneSchema.optional(),
    email: z.email().max(200).optional(),
    language: clientLanguageSchema,
    /** The language's name when `language` is other. */
    otherLanguage: z.string().trim().min(1).max(60).optional(),
  })
  .strict();
export type ReferralClient = z.infer<typeof referralClientSchema>;

/** Red flags: either one means the client needs care, not a wellbeing referral. */
export const referralSafetySchema = z.object({ acuteCrisis: z.boolean(), needsProfessionalCare: z.boolean() }).strict();

export const createReferralInputSchema = z
  .object({
    /** Chosen by the client once per form; a retry with the same id returns the same referral. */
    requestId: z.uuid(),
    typeId: referralConfigIdSchema,
    unitId: referralConfigIdSchema,
    client: referralClientSchema,
    needs: z
      .array(referralNeedSchema)
      .min(1)
      .max(referralNeeds.length)
      .refine((needs) => new Set(needs).size === needs.length, 'needs must not repeat'),
    needsOther: z.string().trim().min(1).max(200).optional(),
    suggestedActivityIds: z.array(entityIdSchema).max(10).default([]),
    /** National pathway stages the professional suggests alongside the activities. */
    suggestedPathwayStages: z.array(pathwayStageRefSchema).max(5).optional(),
    linkWorkerWanted: z.boolean(),
    note: z.string().trim().max(1000).optional(),
    consent: consentInputSchema,
    safety: referralSafetySchema,
    /** false keeps it a draft the professional can still send; true sends it (requested). */
    submit: z.boolean().default(true),
  })
  .strict()
  .refine((input) => !input.needs.includes('other') || input.needsOther, { message: 'describe the other need', path: ['needsOther'] });
export type CreateReferralInput = z.infer<typeof createReferralInputSchema>;

export const referralByIdInputSchema = z.object({ id: referralIdSchema }).strict();

export const listReferralsInputSchema = z.object({ state: referralStateSchema.optional(), cursor: z.string().max(1000).optional() }).strict();
export type ListReferralsInput = z.infer<typeof listReferralsInputSchema>;

export const versionedReferralSchema = { id: referralIdSchema, expectedVersion: z.number().int().positive() };

export const assignReferralInputSchema = z.object({ ...versionedReferralSchema, linkWorkerId: userIdSchema }).strict();
export type AssignReferralInput = z.infer<typeof assignReferralInputSchema>;

export const takeReferralInputSchema = z.object(versionedReferralSchema).strict();
