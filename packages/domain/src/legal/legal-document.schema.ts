import * as z from 'zod';
import { phoneSchema } from '../catalog/contact.schema';

/** The registers of personal data each county keeps on the platform, each with its own privacy notice (GDPR Art. 13–14). */
export const privacyRegisters = ['referrals', 'contact-requests', 'staff-accounts', 'developer-network'] as const;
export const privacyRegisterSchema = z.enum(privacyRegisters);
export type PrivacyRegister = z.infer<typeof privacyRegisterSchema>;

/** How far the service meets WCAG 2.1 AA, in the words of the EU model statement (2018/1523). */
export const conformanceStatuses = ['full', 'partial', 'none'] as const;
export const conformanceStatusSchema = z.enum(conformanceStatuses);
export type ConformanceStatus = z.infer<typeof conformanceStatusSchema>;

const isoDateSchema = z.iso.date();

/** A legal text that coordinators edit: long, so its own limit, but never empty in any language. */
const legalTextSchema = z.object({
  fi: z.string().trim().min(1).max(5000),
  sv: z.string().trim().min(1).max(5000),
  en: z.string().trim().min(1).max(5000),
});

/** Who residents reach at the county (the controller) about their data and about accessibility. */
export const countyContactSchema = z
  .object({
    email: z.email().max(200),
    phone: phoneSchema.optional(),
    address: z.string().trim().min(1).max(300),
    dataProtectionOfficerEmail: z.email().max(200),
  })
  .strict();
export type CountyContact = z.infer<typeof countyContactSchema>;

/**
 * The county's accessibility statement (Act 306/2019, section 15). The feedback channel and the
 * supervisory authority are the same for every county, so they are not part of what is edited.
 */
export const accessibilityStatementSchema = z
  .object({
    conformance: conformanceStatusSchema,
    preparedOn: isoDateSchema,
    reviewedOn: isoDateSchema.optional(),
    /** What the statement covers and how its assessment was made. */
    scope: legalTextSchema,
    /** Content that is not yet accessible, why, and what a resident can use instead. */
    knownGaps: legalTextSchema,
  })
  .strict()
  .refine((statement) => !statement.reviewedOn || statement.reviewedOn >= statement.preparedOn, { message: 'must not be before the date prepared', path: ['reviewedOn'] });
export type AccessibilityStatement = z.infer<typeof accessibilityStatementSchema>;

/**
 * One register's privacy notice. The controller's contact details, the processor and the data
 * subject's rights are the same in every notice, so they are shown from one place, not edited here.
 */
export const privacyNoticeSchema = z
  .object({
    purpose: legalTextSchema,
    legalBasis: legalTextSchema,
    /** What data is kept and where it comes from. */
    data: legalTextSchema,
    /** Who the data is disclosed to, transfers outside the EU/EEA included. */
    recipients: legalTextSchema,
    retention: legalTextSchema,
  })
  .strict();
export type PrivacyNotice = z.infer<typeof privacyNoticeSchema>;

/** The version a save starts from: 0 when nothing was saved yet and the template is shown. */
const expectedVersionSchema = z.number().int().min(0);

export const updateCountyContactInputSchema = z.object({ expectedVersion: expectedVersionSchema, contact: countyContactSchema }).strict();
export const updateAccessibilityStatementInputSchema = z.object({ expectedVersion: expectedVersionSchema, statement: accessibilityStatementSchema }).strict();
export const updatePrivacyNoticeInputSchema = z.object({ register: privacyRegisterSchema, expectedVersion: expectedVersionSchema, notice: privacyNoticeSchema }).strict();
export const privacyNoticeInputSchema = z.object({ register: privacyRegisterSchema }).strict();
