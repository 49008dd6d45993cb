import { organisationSchema } from '@linkki/domain';
import * as z from 'zod';
import { sortKey, tenantKey } from '../keys';
import { storedItemSchema } from '../stored-item.schema';

export const organisationKeyOf = (tenantId: string, organisationId: string) => ({
  pk: tenantKey(tenantId, 'ORG', organisationId),
  sk: sortKey('ORG'),
});

/** Where an organisation sorts among the county's: by Finnish name, then id. */
export const organisationNamePosition = (organisation: { id: string; name: { fi: string } }) => `${organisation.name.fi.toLocaleLowerCase('fi')}#${organisation.id}`;

/** All organisations of a tenant, by Finnish name, for listings and the coordinator's pages. */
export const organisationIndexOf = (tenantId: string, organisation: { id: string; name: { fi: string } }) => ({
  gsi1pk: tenantKey(tenantId, 'ORGS'),
  gsi1sk: organisationNamePosition(organisation),
});

/** Which organisations a user edits: one membership item per editor, reachable from the user. */
export const editorMembershipKeyOf = (tenantId: string, organisationId: string, userId: string) => ({
  pk: tenantKey(tenantId, 'ORG', organisationId),
  sk: sortKey('EDITOR', userId),
  gsi1pk: tenantKey(tenantId, 'USER', userId, 'ORGS'),
  gsi1sk: organisationId,
});

/**
 * The organisation that holds a business id in the county. Written and removed in the same
 * transaction as the id itself, so two organisations of one county never share one.
 */
export const businessIdMarkerKeyOf = (tenantId: string, businessId: string) => ({
  pk: tenantKey(tenantId, 'ORG-BUSINESS-ID', businessId),
  sk: sortKey('ORG-BUSINESS-ID'),
});

export const businessIdMarkerItemSchema = storedItemSchema.extend({ entity: z.literal('organisationBusinessId'), organisationId: z.string() });

export const organisationItemSchema = organisationSchema.extend({ entity: z.literal('organisation') });
/** Who created it, for telling a retried create from another coordinator's reuse of the request id; absent on older items. */
export const organisationCreatorSchema = z.object({ entity: z.literal('organisation'), createdBy: z.string().optional() });
export const editorMembershipItemSchema = z.object({ entity: z.literal('organisationEditor'), organisationId: z.string(), userId: z.string() });
