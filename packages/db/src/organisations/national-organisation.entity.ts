import { nationalOrganisationSchema } from '@linkki/domain';
import * as z from 'zod';
import { nationalKey, sortKey } from '../keys';
import { storedItemSchema } from '../stored-item.schema';

export const nationalOrganisationPartition = nationalKey('ORGANISATIONS');

export const nationalOrganisationKeyOf = (id: string) => ({ pk: nationalOrganisationPartition, sk: sortKey('ORG', id) });

export const nationalOrganisationItemSchema = storedItemSchema.extend(nationalOrganisationSchema.shape).extend({ entity: z.literal('nationalOrganisation') });
