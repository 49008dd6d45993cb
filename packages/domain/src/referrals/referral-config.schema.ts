import * as z from 'zod';
import { localizedTextSchema } from '../shared/localized-text.schema';

/** Ids of referral types and sending units: short lower-case slugs chosen by the county. */
export const referralConfigIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{1,39}$/, 'must be a lower-case id such as senior-clinic');

export const sendingUnitSchema = z.object({ id: referralConfigIdSchema, name: localizedTextSchema, active: z.boolean() }).strict();
export type SendingUnit = z.infer<typeof sendingUnitSchema>;

export const referralTypeSchema = z
  .object({
    id: referralConfigIdSchema,
    name: localizedTextSchema,
    active: z.boolean(),
    units: z.array(sendingUnitSchema).min(1).max(30),
  })
  .strict()
  // Referrals name their unit by id within their type, so two units of a type may not share one.
  .refine((type) => new Set(type.units.map((unit) => unit.id)).size === type.units.length, { message: 'unit ids must be unique within a type', path: ['units'] });
export type ReferralType = z.infer<typeof referralTypeSchema>;

/** What a county decides about its referrals: the types, their sending units, and how long closed ones keep personal data. */
export const referralConfigSchema = z
  .object({
    types: z
      .array(referralTypeSchema)
      .min(1)
      .max(20)
      .refine((types) => new Set(types.map((type) => type.id)).size === types.length, 'type ids must be unique')
      // Otherwise no professional of the county could send a referral at all.
      .refine((types) => types.some((type) => type.active && type.units.some((unit) => unit.active)), 'at least one type in use must have a unit in use'),
    /** Days after closure before the client's personal data is removed. */
    retentionDays: z.number().int().min(30).max(3650),
  })
  .strict();
export type ReferralConfig = z.infer<typeof referralConfigSchema>;

export const saveReferralConfigInputSchema = z.object({ expectedVersion: z.number().int().min(0), config: referralConfigSchema }).strict();
export type SaveReferralConfigInput = z.infer<typeof saveReferralConfigInputSchema>;

export const defaultReferralRetentionDays = 365;

/** Every county starts with the wellbeing referral sent by the three units of the seeds. */
export const defaultReferralConfig: ReferralConfig = {
  retentionDays: defaultReferralRetentionDays,
  types: [
    {
      id: 'wellbeing',
      name: { fi: 'Hyvinvointilähete', sv: 'Välfärdsremiss', en: 'Wellbeing referral' },
      active: true,
      units: [
        { id: 'senior-clinic', name: { fi: 'Seniorineuvola', sv: 'Seniorrådgivning', en: 'Senior clinic' }, active: true },
        { id: 'family-carer-check', name: { fi: 'Omaishoitajien terveystarkastus', sv: 'Hälsokontroll för närståendevårdare', en: 'Family carer health check' }, active: true },
        { id: 'unemployed-check', name: { fi: 'Työttömien terveystarkastus', sv: 'Hälsokontroll för arbetslösa', en: 'Health check for the unemployed' }, active: true },
      ],
    },
  ],
};

/** The type and unit of a referral must both exist and be in use. */
export const isActiveTypeAndUnit = (config: ReferralConfig, typeId: string, unitId: string): boolean => {
  const type = config.types.find((candidate) => candidate.id === typeId && candidate.active);
  return Boolean(type?.units.some((unit) => unit.id === unitId && unit.active));
};
