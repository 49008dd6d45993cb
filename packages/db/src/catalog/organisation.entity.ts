import { organisationSchema } from '@linkki/domain';
import { z } from 'zod';
import { sortKey, tenantKey } from '../keys';

export const organisationKeyOf = (tenantId: string, organisationId: string) => ({
  pk: tenantKey(tenantId, 'ORG', organisationId),
  sk: sortKey('ORG'),
});

/** All organisations of a tenant, by Finnish name, for listings and the coordinator's pages. */
export const organisationIndexOf = (tenantId: string, organisation: { id: string; name: { fi: string } }) => ({
  gsi1pk: tenantKey(tenantId, 'ORGS'),
  gsi1sk: `${organisation.name.fi.toLocaleLowerCase('fi')}#${organisation.id}`,
});

/** Which organisations a user edits: one membership item per editor, reachable from the user. */
export const editorMembershipKeyOf = (tenantId: string, organisationId: string, userId: string) => ({
  pk: tenantKey(tenantId, 'ORG', organisationId),
  sk: sortKey('EDITOR', userId),
  gsi1pk: tenantKey(tenantId, 'USER', userId, 'ORGS'),
  gsi1sk: organisationId,
});

export const organisationItemSchema = organisationSchema.extend({ entity: z.literal('organisation') });
export const editorMembershipItemSchema = z.object({ entity: z.literal('organisationEditor'), organisationId: z.string(), userId: z.string() });
