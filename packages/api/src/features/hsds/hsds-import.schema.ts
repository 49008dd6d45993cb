import * as z from 'zod';

const text = (max: number) => z.string().trim().min(1).max(max);

const hsdsOrganizationSchema = z.object({
  id: text(200),
  name: text(200),
  description: z.string().max(2000).optional(),
  email: z.email().optional(),
  website: z.url().optional(),
  tax_id: z.string().optional(),
});

const hsdsLocationSchema = z.object({
  name: z.string().max(200).optional(),
  latitude: z.number().optional(),
  longitude: z.number().optional(),
  addresses: z.array(z.object({ address_1: z.string().max(200).optional(), city: z.string().max(100).optional(), postal_code: z.string().max(20).optional() })).optional(),
});

/** The part of an HSDS 3.0 service (`service_full`) that Linkki reads; other fields are ignored. */
export const hsdsImportServiceSchema = z.object({
  id: text(200),
  name: text(140),
  alternate_name: z.string().max(300).optional(),
  description: text(4000),
  url: z.url().optional(),
  email: z.email().optional(),
  status: z.enum(['active', 'inactive', 'defunct', 'temporarily closed']).optional(),
  fees_description: z.string().max(300).optional(),
  application_process: z.string().max(500).optional(),
  organization: hsdsOrganizationSchema,
  service_at_locations: z.array(z.object({ location: hsdsLocationSchema.optional() })).optional(),
  service_areas: z.array(z.object({ name: z.string().max(200).optional() })).optional(),
  languages: z.array(z.object({ code: z.string().max(10).optional(), name: z.string().max(60).optional() })).optional(),
  attributes: z.array(z.object({ taxonomy_term: z.object({ code: z.string().max(100).optional(), name: z.string().max(200).optional() }).optional() })).optional(),
});
export type HsdsImportService = z.infer<typeof hsdsImportServiceSchema>;
export type HsdsImportOrganization = z.infer<typeof hsdsOrganizationSchema>;

/** The upload: the services of an HSDS list page (`contents`) or a plain array, each checked on its own. */
export const hsdsImportInputSchema = z.object({ services: z.array(z.unknown()).min(1).max(500) }).strict();
