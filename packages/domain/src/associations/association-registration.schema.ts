import * as z from 'zod';
import { businessIdSchema } from '../catalog/business-id';
import { listingTextSchema } from '../catalog/listing-text.schema';
import { entityIdSchema } from '../catalog/organisation.schema';
import { staffEmailSchema } from '../staff/staff.schema';

/** The languages an applicant can be written to in. */
export const applicantLanguages = ['fi', 'sv', 'en'] as const;
export type ApplicantLanguage = (typeof applicantLanguages)[number];

/** What an association fills in to join its county's catalog (yhdistyksen rekisteröityminen). */
export const associationRegistrationInputSchema = z
  .object({
    /** Finnish name required; the Swedish name where the association has one. */
    name: listingTextSchema(200).omit({ en: true }).strict(),
    businessId: businessIdSchema,
    municipality: z.string().trim().min(1).max(100),
    contactName: z.string().trim().min(2).max(200),
    contactEmail: staffEmailSchema,
    /** The language the applicant reads the emails in. */
    language: z.enum(applicantLanguages).default('fi'),
    /** Consent to keep the contact person's details for handling the registration. */
    consent: z.literal(true, { error: 'consent is needed to handle the registration' }),
  })
  .strict();
export type AssociationRegistrationInput = z.infer<typeof associationRegistrationInputSchema>;

/**
 * Where a registration stands: `unverified` until the one-time link in the email is opened,
 * `pending` in the coordinators' queue, then `approved` or `rejected`.
 */
export const registrationStatuses = ['unverified', 'pending', 'approved', 'rejected'] as const;
export const registrationStatusSchema = z.enum(registrationStatuses);
export type RegistrationStatus = z.infer<typeof registrationStatusSchema>;

/** What coordinators see of a registration. */
export const associationRegistrationSchema = z.object({
  id: entityIdSchema,
  name: z.object({ fi: z.string(), sv: z.string().optional() }),
  businessId: z.string(),
  municipality: z.string(),
  contactName: z.string(),
  contactEmail: z.string(),
  language: z.enum(applicantLanguages),
  status: registrationStatusSchema,
  submittedAt: z.string(),
  verifiedAt: z.string().optional(),
  decidedAt: z.string().optional(),
  decidedBy: z.string().optional(),
  decidedByName: z.string().optional(),
  rejectionReason: z.string().optional(),
  /** The organisation an approval created or joined. */
  organisationId: z.string().optional(),
  version: z.number().int().positive(),
});
export type AssociationRegistration = z.infer<typeof associationRegistrationSchema>;

/** How long the verification link in the email works. */
export const verificationLinkHours = 48;

export const rejectionReasonSchema = z.string().trim().min(5, { error: 'tell the applicant why, in a sentence' }).max(1000);
