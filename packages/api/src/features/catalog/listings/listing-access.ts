import { createOrganisationRepository, type TableGateway } from '@linkki/db';
import { type Organisation, OrganisationNotEditableError, OrganisationNotFoundError, type Role } from '@linkki/domain';

export interface ListingActor {
  tenantId: string;
  userId: string;
  roles: readonly Role[];
  gateway: TableGateway;
}

export const isCoordinator = (actor: ListingActor): boolean => actor.roles.includes('coordinator');

/**
 * The one rule of who edits what: coordinators any organisation of their county, editors only
 * the organisations they are editors of.
 */
export const requireEditableOrganisation = async (actor: ListingActor, organisationId: string): Promise<Organisation> => {
  const organisations = createOrganisationRepository({ gateway: actor.gateway, tenantId: actor.tenantId });
  const [organisation, edited] = await Promise.all([organisations.byId(organisationId), isCoordinator(actor) ? Promise.resolve(null) : organisations.idsEditedBy(actor.userId)]);
  if (!organisation) throw isCoordinator(actor) ? new OrganisationNotFoundError(organisationId) : new OrganisationNotEditableError(organisationId);
  if (edited && !edited.includes(organisationId)) throw new OrganisationNotEditableError(organisationId);
  return organisation;
};
