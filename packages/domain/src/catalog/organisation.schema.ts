import * as z from 'zod';
import { userIdSchema } from '../identity/identity.schema';
import { businessIdSchema } from './business-id';
import { contactSchema } from './contact.schema';
import { listingTextSchema } from './listing-text.schema';
import { codesOf, organisationKinds } from './vocabularies';

export const entityIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{1,63}$/, 'must be a lower-case id');

/** What an organisation (or a coordinator for it) may set. */
export const organisationInputSchema = z.object({
  kind: z.enum(codesOf(organisationKinds)),
  name: listingTextSchema(200),
  description: listingTextSchema(2000).optional(),
  businessId: businessIdSchema.optional(),
  contact: contactSchema,
  municipalities: z.array(z.string().trim().min(1)).min(1).max(50),
});
export type OrganisationInput = z.infer<typeof organisationInputSchema>;

export const organisationSchema = organisationInputSchema.extend({
  id: entityIdSchema,
  /** The users who may maintain this organisation's listings. */
  editors: z.array(userIdSchema),
  version: z.number().int().positive(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Organisation = z.infer<typeof organisationSchema>;
