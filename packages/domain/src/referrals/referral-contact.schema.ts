import * as z from 'zod';
import { entityIdSchema } from '../catalog/organisation.schema';
import { versionedReferralSchema } from './referral.schema';

/** How the link worker met the client; an accompanied visit means going with them to the activity. */
export const referralContactKinds = ['phone', 'meeting', 'accompanied-visit'] as const;
export const referralContactKindSchema = z.enum(referralContactKinds);

export const recordContactInputSchema = z
  .object({
    ...versionedReferralSchema,
    kind: referralContactKindSchema,
    at: z.iso.datetime({ offset: true }),
    /** The catalog activity attended or discussed. */
    activityId: entityIdSchema.optional(),
    note: z.string().trim().max(1000).optional(),
  })
  .strict();
export type RecordContactInput = z.infer<typeof recordContactInputSchema>;

export const referralContactSchema = z.object({
  id: z.string(),
  kind: referralContactKindSchema,
  at: z.string(),
  activityId: entityIdSchema.optional(),
  note: z.string().optional(),
  recordedBy: z.string(),
  recordedAt: z.string(),
});
export type ReferralContact = z.infer<typeof referralContactSchema>;
