import * as z from 'zod';
import { localizedTextSchema } from '../shared/localized-text.schema';

/** An organisation that acts for the whole country rather than inside one county. */
export const nationalOrganisationSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: localizedTextSchema,
  publishesPathways: z.boolean(),
});
export type NationalOrganisation = z.infer<typeof nationalOrganisationSchema>;

export const diabetesliitto: NationalOrganisation = {
  id: 'diabetesliitto',
  name: { fi: 'Diabetesliitto', sv: 'Diabetesförbundet i Finland', en: 'Finnish Diabetes Association' },
  publishesPathways: true,
};
