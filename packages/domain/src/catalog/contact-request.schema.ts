import * as z from 'zod';
import { phoneSchema } from './contact.schema';
import { entityIdSchema } from './organisation.schema';

/** What a resident sends to the organiser of an activity (yhteydenottopyyntö). */
export const contactRequestInputSchema = z
  .object({
    /** Chosen by the client once per form; a retry with the same id is answered, not sent twice. */
    requestId: z.uuid(),
    activityId: entityIdSchema,
    name: z.string().trim().min(1).max(120),
    phone: phoneSchema.optional(),
    email: z.email().max(200).optional(),
    message: z.string().trim().min(1).max(1000),
    /** The resident's explicit consent to pass these details to the organiser. */
    consent: z.literal(true, { error: 'consent is needed to send your details to the organiser' }),
  })
  .strict()
  .refine((input) => input.phone || input.email, { message: 'give a phone number or an email address', path: ['phone'] });
export type ContactRequestInput = z.infer<typeof contactRequestInputSchema>;

export const contactRequestStatusSchema = z.enum(['new', 'handled']);

export const defaultContactRequestRetentionDays = 90;
