import { type Organisation, OrganisationBusinessIdTakenError, type OrganisationInput } from '@linkki/domain';
import * as z from 'zod';
import { withoutStorageAttributes } from '../stored-item.schema';
import type { Page, TableGateway, TransactOperation } from '../table-gateway';
import { ItemAlreadyExistsError } from '../errors';
import { tenantKey } from '../keys';
import {
  businessIdMarkerItemSchema,
  businessIdMarkerKeyOf,
  editorMembershipItemSchema,
  editorMembershipKeyOf,
  organisationCreatorSchema,
  organisationIndexOf,
  organisationItemSchema,
  organisationKeyOf,
  organisationNamePosition,
} from './organisation.entity';

const toOrganisation = (item: z.infer<typeof organisationItemSchema>): Organisation => {
  const { entity: _entity, ...organisation } = withoutStorageAttributes(item) as z.infer<typeof organisationItemSchema>;
  return organisation;
};

/**
 * The organisation as a write that succeeded left it: `changes` applied (undefined removes), the
 * version one past the expected one. Parsed by the item schema, so it reads as a GetItem would.
 */
const organisationAfter = (current: Organisation, changes: Record<string, unknown>, expectedVersion: number, now: string): Organisation => {
  const kept = Object.fromEntries(Object.entries({ ...current, ...changes }).filter(([, value]) => value !== undefined));
  return toOrganisation(organisationItemSchema.parse({ ...kept, entity: 'organisation', version: expectedVersion + 1, updatedAt: now }));
};

/** A membership item's table key alone (its index keys are no part of a GetItem's or a condition's key). */
const membershipKeyOf = (tenantId: string, organisationId: string, userId: string) => {
  const { pk, sk } = editorMembershipKeyOf(tenantId, organisationId, userId);
  return { pk, sk };
};

/** The items that say who may edit an organisation: the organisation itself, or one editor's membership. */
const organisationOrEditorSchema = z.discriminatedUnion('entity', [organisationItemSchema, editorMembershipItemSchema]);

/** By Finnish name, then id: the by-name index's order, which compares code units as DynamoDB compares bytes. */
const byName = (left: Organisation, right: Organisation): number => {
  const [a, b] = [organisationNamePosition(left), organisationNamePosition(right)];
  return a < b ? -1 : a > b ? 1 : 0;
};

const businessIdMarkerOf = (tenantId: string, organisationId: string, businessId: string) => ({
  ...businessIdMarkerKeyOf(tenantId, businessId),
  entity: 'organisationBusinessId',
  organisationId,
});

const membershipItemOf = (tenantId: string, organisationId: string, userId: string) => ({
  ...editorMembershipKeyOf(tenantId, organisationId, userId),
  entity: 'organisationEditor',
  organisationId,
  userId,
});

/** A new organisation; `createdBy` is the coordinator whose request created it. */
export type NewOrganisation = OrganisationInput & { id: string; editors: string[]; createdBy?: string };

const organisationItemOf = (tenantId: string, organisation: NewOrganisation) => ({
  ...organisationKeyOf(tenantId, organisation.id),
  entity: 'organisation',
  ...organisation,
  ...organisationIndexOf(tenantId, organisation),
});

/** A tenant's organisations and who edits them. */
export const createOrganisationRepository = ({ gateway, tenantId }: { gateway: TableGateway; tenantId: string }) => ({
  async byId(id: string): Promise<Organisation | null> {
    const item = await gateway.get(organisationKeyOf(tenantId, id), organisationItemSchema);
    return item ? toOrganisation(item) : null;
  },

  /** The organisations of `ids` that exist, by Finnish name, in one read per hundred. */
  async byIds(ids: readonly string[]): Promise<Organisation[]> {
    const items = ids.length
      ? await gateway.batchGet(
          [...new Set(ids)].map((id) => organisationKeyOf(tenantId, id)),
          organisationItemSchema,
        )
      : [];
    return items.map(toOrganisation).sort(byName);
  },

  /** Whether `userId` is an editor of the organisation: one GetItem of their membership item. */
  async isEditor(organisationId: string, userId: string): Promise<boolean> {
    return (await gateway.get(membershipKeyOf(tenantId, organisationId, userId), editorMembershipItemSchema)) !== null;
  },

  /** The organisation and whether `userId` is one of its editors, in one BatchGetItem. */
  async withEditor(id: string, userId: string): Promise<{ organisation: Organisation | null; isEditor: boolean }> {
    const items = await gateway.batchGet([organisationKeyOf(tenantId, id), membershipKeyOf(tenantId, id, userId)], organisationOrEditorSchema);
    const organisation = items.find((item) => item.entity === 'organisation');
    return { organisation: organisation ? toOrganisation(organisation) : null, isEditor: items.some((item) => item.entity === 'organisationEditor') };
  },

  /** A condition for a transaction: it goes through only while the organisation exists, and throws `otherwise` when it does not. */
  existenceCondition(id: string, otherwise: Error): TransactOperation {
    return { kind: 'requireExists', key: organisationKeyOf(tenantId, id), otherwise };
  },

  /** A condition for a transaction: it goes through only while `userId` is an editor of the organisation, and throws `otherwise` when not. */
  editorCondition(organisationId: string, userId: string, otherwise: Error): TransactOperation {
    return { kind: 'requireExists', key: membershipKeyOf(tenantId, organisationId, userId), otherwise };
  },

  /** The organisation with who created it (`createdBy` absent on older items), read strongly consistently. */
  async withCreator(id: string): Promise<{ organisation: Organisation; createdBy: string | null } | null> {
    const item = await gateway.get(organisationKeyOf(tenantId, id), organisationItemSchema.extend(organisationCreatorSchema.shape), { consistent: true });
    if (!item) return null;
    const { createdBy, ...organisation } = item;
    return { organisation: toOrganisation(organisation), createdBy: createdBy ?? null };
  },

  /** The organisation of the county that holds `businessId`, with its marker's version. */
  async holderOf(businessId: string): Promise<{ organisationId: string; version: number } | null> {
    const marker = await gateway.get(businessIdMarkerKeyOf(tenantId, businessId), businessIdMarkerItemSchema, { consistent: true });
    return marker ? { organisationId: marker.organisationId, version: marker.version } : null;
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

  /**
   * Saves new details if the stored version is `expectedVersion`; a new Finnish name moves it in
   * the by-name index. A new business id moves its marker in the same transaction; one another
   * organisation holds throws `OrganisationBusinessIdTakenError`.
   */
  async update(current: Organisation, expectedVersion: number, details: OrganisationInput, now = new Date().toISOString()): Promise<Organisation> {
    const { id } = current;
    const key = organisationKeyOf(tenantId, id);
    const changes = { description: undefined, businessId: undefined, ...details, ...organisationIndexOf(tenantId, { id, name: details.name }) };
    if (current.businessId === details.businessId) return toOrganisation(await gateway.updateVersioned(key, expectedVersion, changes, organisationItemSchema, { now }));
    const released = current.businessId ? await this.holderOf(current.businessId) : null;
    try {
      await gateway.transact([
        { kind: 'update', key, expectedVersion, changes, now },
        // Organisations older than the markers may hold no marker of their own to release.
        ...(current.businessId && released?.organisationId === id ? [{ kind: 'delete' as const, key: businessIdMarkerKeyOf(tenantId, current.businessId), expectedVersion: released.version }] : []),
        ...(details.businessId ? [{ kind: 'create' as const, now, item: businessIdMarkerOf(tenantId, id, details.businessId) }] : []),
      ]);
    } catch (error) {
      if (error instanceof ItemAlreadyExistsError && details.businessId) throw new OrganisationBusinessIdTakenError(details.businessId);
      throw error;
    }
    return organisationAfter(current, changes, expectedVersion, now);
  },

  /**
   * Replaces the editors: the memberships added and removed and the organisation's own list move
   * together, conditioned on its version, so of two concurrent changes only one can win.
   */
  async setEditors(organisation: Organisation, editors: readonly string[], now = new Date().toISOString()): Promise<Organisation> {
    const added = editors.filter((userId) => !organisation.editors.includes(userId));
    const removed = organisation.editors.filter((userId) => !editors.includes(userId));
    await gateway.transact([
      { kind: 'update', key: organisationKeyOf(tenantId, organisation.id), expectedVersion: organisation.version, changes: { editors: [...editors] }, now },
      ...added.map((userId) => ({ kind: 'create' as const, now, item: membershipItemOf(tenantId, organisation.id, userId) })),
      ...removed.map((userId) => {
        return { kind: 'delete' as const, key: membershipKeyOf(tenantId, organisation.id, userId) };
      }),
    ]);
    return organisationAfter(organisation, { editors: [...editors] }, organisation.version, now);
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

  /** The writes that create an organisation with its business id's marker and its editor memberships, for a transaction. */
  creationOf(organisation: NewOrganisation, now: string): TransactOperation[] {
    return [
      { kind: 'create', now, item: organisationItemOf(tenantId, organisation) },
      ...(organisation.businessId ? [{ kind: 'create' as const, now, item: businessIdMarkerOf(tenantId, organisation.id, organisation.businessId) }] : []),
      ...organisation.editors.map((userId) => ({
        kind: 'create' as const,
        now,
        item: membershipItemOf(tenantId, organisation.id, userId),
      })),
    ];
  },

  /**
   * Creates the organisation and its editor memberships in one transaction and returns it; null if
   * it already exists. Throws `OrganisationBusinessIdTakenError` if another organisation holds its business id.
   */
  async register(organisation: NewOrganisation, now = new Date().toISOString()): Promise<Organisation | null> {
    try {
      await gateway.transact(this.creationOf(organisation, now));
    } catch (error) {
      if (!(error instanceof ItemAlreadyExistsError)) throw error;
      await this.requireBusinessIdFree(organisation.businessId, organisation.id);
      return null;
    }
    return toOrganisation(organisationItemSchema.parse({ ...organisationItemOf(tenantId, organisation), version: 1, createdAt: now, updatedAt: now }));
  },

  /** Throws `OrganisationBusinessIdTakenError` if an organisation other than `organisationId` holds `businessId`. */
  async requireBusinessIdFree(businessId: string | undefined, organisationId: string): Promise<void> {
    if (!businessId) return;
    const holder = await this.holderOf(businessId);
    if (holder && holder.organisationId !== organisationId) throw new OrganisationBusinessIdTakenError(businessId);
  },
});

export type OrganisationRepository = ReturnType<typeof createOrganisationRepository>;
