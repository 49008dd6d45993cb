import type { Organisation, OrganisationInput } from '@linkki/domain';
import { z } from 'zod';
import { withoutStorageAttributes } from '../stored-item.schema';
import type { TableGateway, TransactOperation } from '../table-gateway';
import { ItemAlreadyExistsError } from '../errors';
import { tenantKey } from '../keys';
import { editorMembershipItemSchema, editorMembershipKeyOf, organisationIndexOf, organisationItemSchema, organisationKeyOf } from './organisation.entity';

const toOrganisation = (item: z.infer<typeof organisationItemSchema>): Organisation => {
  const { entity: _entity, ...organisation } = withoutStorageAttributes(item) as z.infer<typeof organisationItemSchema>;
  return organisation;
};

/** A tenant's organisations and who edits them. */
export const createOrganisationRepository = ({ gateway, tenantId }: { gateway: TableGateway; tenantId: string }) => ({
  async byId(id: string): Promise<Organisation | null> {
    const item = await gateway.get(organisationKeyOf(tenantId, id), organisationItemSchema);
    return item ? toOrganisation(item) : null;
  },

  async list(): Promise<Organisation[]> {
    const organisations: Organisation[] = [];
    let cursor: string | undefined;
    do {
      const page = await gateway.queryPage({ schema: organisationItemSchema, index: 'gsi1', partition: tenantKey(tenantId, 'ORGS'), limit: 200, cursor });
      organisations.push(...page.items.map(toOrganisation));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return organisations;
  },

  /** The organisations a user may edit. */
  async idsEditedBy(userId: string): Promise<string[]> {
    const page = await gateway.queryPage({ schema: editorMembershipItemSchema, index: 'gsi1', partition: tenantKey(tenantId, 'USER', userId, 'ORGS'), limit: 100 });
    return page.items.map((item) => item.organisationId);
  },

  /** The writes that create an organisation with its editor memberships, for a transaction. */
  creationOf(organisation: OrganisationInput & { id: string; editors: string[] }, now: string): TransactOperation[] {
    return [
      { kind: 'create', now, item: { ...organisationKeyOf(tenantId, organisation.id), entity: 'organisation', ...organisation, ...organisationIndexOf(tenantId, organisation) } },
      ...organisation.editors.map((userId) => ({
        kind: 'create' as const,
        now,
        item: { ...editorMembershipKeyOf(tenantId, organisation.id, userId), entity: 'organisationEditor', organisationId: organisation.id, userId },
      })),
    ];
  },

  /** Creates the organisation and its editor memberships in one transaction; false if it already exists. */
  async register(organisation: OrganisationInput & { id: string; editors: string[] }, now = new Date().toISOString()): Promise<boolean> {
    try {
      await gateway.transact(this.creationOf(organisation, now));
      return true;
    } catch (error) {
      if (error instanceof ItemAlreadyExistsError) return false;
      throw error;
    }
  },
});

export type OrganisationRepository = ReturnType<typeof createOrganisationRepository>;
