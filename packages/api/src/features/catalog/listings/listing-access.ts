import { createOrganisationRepository, type TableGateway, type TransactOperation } from '@linkki/db';
import { type Organisation, OrganisationNotEditableError, OrganisationNotFoundError, type Role } from '@linkki/domain';

export interface ListingActor {
  tenantId: string;
  userId: string;
  roles: readonly Role[];
  gateway: TableGateway;
}

export const isCoordinator = (actor: ListingActor): boolean => actor.roles.includes('coordinator');

/*
 * The one rule of who edits what: coordinators any organisation of their county, editors only the
 * organisations they are editors of. One item answers it: for a coordinator the organisation
 * itself, for an editor their membership item of it (created and removed with the organisation's
 * editor list). A read checks it with one GetItem; a write carries it as a condition of its own
 * transaction, so the check costs no request of its own and cannot go stale before the write.
 */

const organisationsOf = (actor: ListingActor) => createOrganisationRepository({ gateway: actor.gateway, tenantId: actor.tenantId });

/** What a refused actor is told: a coordinator that the organisation does not exist, an editor only that it is not theirs. */
const refusalOf = (actor: ListingActor, organisationId: string): Error => (isCoordinator(actor) ? new OrganisationNotFoundError(organisationId) : new OrganisationNotEditableError(organisationId));

/** Throws unless the actor may edit the organisation: one GetItem. */
export const requireEditableOrganisation = async (actor: ListingActor, organisationId: string): Promise<void> => {
  const organisations = organisationsOf(actor);
  const allowed = isCoordinator(actor) ? (await organisations.byId(organisationId)) !== null : await organisations.isEditor(organisationId, actor.userId);
  if (!allowed) throw refusalOf(actor, organisationId);
};

/** The organisation, if the actor may edit it: one GetItem for a coordinator, one BatchGetItem of it and the membership for an editor. */
export const loadEditableOrganisation = async (actor: ListingActor, organisationId: string): Promise<Organisation> => {
  const organisations = organisationsOf(actor);
  const { organisation, isEditor } = isCoordinator(actor) ? { organisation: await organisations.byId(organisationId), isEditor: true } : await organisations.withEditor(organisationId, actor.userId);
  if (!organisation || !isEditor) throw refusalOf(actor, organisationId);
  return organisation;
};

/**
 * The same rule as conditions for a write's transaction, one per organisation the write touches;
 * put them first, so a refused actor hears of the refusal before any version conflict.
 */
export const editableOrganisationConditions = (actor: ListingActor, organisationIds: readonly string[]): TransactOperation[] => {
  const organisations = organisationsOf(actor);
  return [...new Set(organisationIds)].map((organisationId) =>
    isCoordinator(actor)
      ? organisations.existenceCondition(organisationId, refusalOf(actor, organisationId))
      : organisations.editorCondition(organisationId, actor.userId, refusalOf(actor, organisationId)),
  );
};

/**
 * Runs a read beside the access check, so a read costs one round trip; the refusal wins over
 * anything the read would have answered, and a refused actor never sees the read's result.
 */
export const readIfEditable = async <T>(actor: ListingActor, organisationId: string, read: () => Promise<T>): Promise<T> => {
  const result = read();
  // Settled here, so a read that fails while the check refuses is no unhandled rejection.
  result.catch(() => undefined);
  await requireEditableOrganisation(actor, organisationId);
  return result;
};
