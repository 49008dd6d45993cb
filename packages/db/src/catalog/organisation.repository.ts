import type { Organisation, OrganisationInput } from '@linkki/domain';
import type { z } from 'zod';
import { withoutStorageAttributes } from '../stored-item.schema';
import type { Page, TableGateway, TransactOperation } from '../table-gateway';
import { ItemAlreadyExistsError } from '../errors';
import { tenantKey } from '../keys';
import { editorMembershipItemSchema, editorMembershipKeyOf, organisationIndexOf, organisationItemSchema, organisationKeyOf } from './organisation.entity';

const toOrganisation = (item: z.infer<typeof organisationItemSchema>): Organisation => {
  const { entity: _entity, ...organisation } = withoutStorageAttributes(item) as z.infer<typeof organisationItemSchema>;
  return organisation;
};

const membershipItemOf = (tenantId: string, organisationId: string, userId: string) => ({
  ...editorMembershipKeyOf(tenantId, organisationId, userId),
  entity: 'organisationEditor',
  organisationId,
  userId,
});

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

  /** One page of the tenant's organisations, by Finnish name. */
  async page(cursor?: string, limit = 50): Promise<Page<Organisation>> {
    const page = await gateway.queryPage({ schema: organisationItemSchema, index: 'gsi1', partition: tenantKey(tenantId, 'ORGS'), limit, cursor });
    return { ...page, items: page.items.map(toOrganisation) };
  },

  /** Saves new details if the stored version is `expectedVersion`; a new Finnish name moves it in the by-name index. */
  async update(id: string, expectedVersion: number, details: OrganisationInput, now = new Date().toISOString()): Promise<Organisation> {
    const changes = { description: undefined, businessId: undefined, ...details, ...organisationIndexOf(tenantId, { id, name: details.name }) };
    return toOrganisation(await gateway.updateVersioned(organisationKeyOf(tenantId, id), expectedVersion, changes, organisationItemSchema, { now }));
  },

  /**
   * Replaces the editors: the memberships added and removed and the organisation's own list move
   * together, conditioned on its version, so of two concurrent changes only one can win.
   */
  async setEditors(organisation: Pick<Organisation, 'id' | 'editors' | 'version'>, editors: readonly string[], now = new Date().toISOString()): Promise<void> {
    const added = editors.filter((userId) => !organisation.editors.includes(userId));
    const removed = organisation.editors.filter((userId) => !editors.includes(userId));
    await gateway.transact([
      { kind: 'update', key: organisationKeyOf(tenantId, organisation.id), expectedVersion: organisation.version, changes: { editors: [...editors] }, now },
      ...added.map((userId) => ({ kind: 'create' as const, now, item: membershipItemOf(tenantId, organisation.id, userId) })),
      ...removed.map((userId) => {
        const { pk, sk } = editorMembershipKeyOf(tenantId, organisation.id, userId);
        return { kind: 'delete' as const, key: { pk, sk } };
      }),
    ]);
  },

  /** The writes that add one editor to an organisation, for a transaction with the editor's invitation. */
  editorAdditionOf(organisation: Pick<Organisation, 'id' | 'editors' | 'version'>, userId: string, now: string): TransactOperation[] {
    return [
      { kind: 'update', key: organisationKeyOf(tenantId, organisation.id), expectedVersion: organisation.version, changes: { editors: [...organisation.editors, userId] }, now },
      { kind: 'create', now, item: membershipItemOf(tenantId, organisation.id, userId) },
    ];
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
        item: membershipItemOf(tenantId, organisation.id, userId),
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
