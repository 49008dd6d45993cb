import { createOrganisationRepository, ItemAlreadyExistsError } from '@linkki/db';
import { type OrganisationInput, requireCountyMunicipalities, requireOrganisationChangeAllowed, type Tenant } from '@linkki/domain';
import { idempotentId } from '../../../idempotent-id';
import { type ListingActor, loadEditableOrganisation } from '../listings/listing-access';

/** The same request id always names the same organisation, so a retried create cannot make two. */
export const organisationIdFor = (tenantId: string, requestId: string): string => idempotentId([tenantId, requestId], { prefix: 'o-' });

/**
 * The county's register of organisations: coordinators keep it, editors keep their own details
 * current. Each change reads what it needs once and answers with what its write left.
 */
export const createOrganisationsService = (actor: ListingActor & { tenant: Tenant; now: () => Date }) => {
  const organisations = createOrganisationRepository({ gateway: actor.gateway, tenantId: actor.tenantId });
  const loaded = (id: string) => loadEditableOrganisation(actor, id);

  return {
    page: (cursor?: string) => organisations.page(cursor),

    async create({ requestId, organisation, editors }: { requestId: string; organisation: OrganisationInput; editors: string[] }) {
      requireCountyMunicipalities(actor.tenant.municipalities, organisation.municipalities, 'organisation.municipalities');
      const id = organisationIdFor(actor.tenantId, requestId);
      const created = await organisations.register({ ...organisation, id, editors: [...new Set(editors)], createdBy: actor.userId }, actor.now().toISOString());
      if (created) return created;
      // A retry finds the organisation its first attempt created and returns it as it is now; the
      // same request id from anyone else is a conflict, never a way to read another's organisation.
      const existing = await organisations.withCreator(id);
      if (!existing || existing.createdBy !== actor.userId) throw new ItemAlreadyExistsError();
      return existing.organisation;
    },

    async update({ id, expectedVersion, organisation }: { id: string; expectedVersion: number; organisation: OrganisationInput }) {
      const current = await loaded(id);
      requireOrganisationChangeAllowed(actor.roles, current, organisation);
      requireCountyMunicipalities(actor.tenant.municipalities, organisation.municipalities, 'organisation.municipalities');
      return organisations.update(current, expectedVersion, organisation, actor.now().toISOString());
    },

    async setEditors({ id, expectedVersion, editors }: { id: string; expectedVersion: number; editors: string[] }) {
      const current = await loaded(id);
      return organisations.setEditors({ ...current, version: expectedVersion }, [...new Set(editors)], actor.now().toISOString());
    },
  };
};
