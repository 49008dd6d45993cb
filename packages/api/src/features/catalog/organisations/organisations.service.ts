import { createOrganisationRepository, ItemAlreadyExistsError } from '@linkki/db';
import { type OrganisationInput, requireCountyMunicipalities, requireOrganisationChangeAllowed, type Tenant } from '@linkki/domain';
import { idempotentId } from '../../../idempotent-id';
import { type ListingActor, requireEditableOrganisation } from '../listings/listing-access';

/** The same request id always names the same organisation, so a retried create cannot make two. */
export const organisationIdFor = (tenantId: string, requestId: string): string => idempotentId([tenantId, requestId], { prefix: 'o-' });

/** The county's register of organisations: coordinators keep it, editors keep their own details current. */
export const createOrganisationsService = (actor: ListingActor & { tenant: Tenant; now: () => Date }) => {
  const organisations = createOrganisationRepository({ gateway: actor.gateway, tenantId: actor.tenantId });
  const loaded = (id: string) => requireEditableOrganisation(actor, id);

  return {
    page: (cursor?: string) => organisations.page(cursor),

    async create({ requestId, organisation, editors }: { requestId: string; organisation: OrganisationInput; editors: string[] }) {
      requireCountyMunicipalities(actor.tenant.municipalities, organisation.municipalities, 'organisation.municipalities');
      const id = organisationIdFor(actor.tenantId, requestId);
      const created = await organisations.register({ ...organisation, id, editors: [...new Set(editors)], createdBy: actor.userId }, actor.now().toISOString());
      // A retry finds the organisation its first attempt created and returns it unchanged; the same
      // request id from anyone else is a conflict, never a way to read another's organisation.
      if (!created && (await organisations.creatorOf(id)) !== actor.userId) throw new ItemAlreadyExistsError();
      return loaded(id);
    },

    async update({ id, expectedVersion, organisation }: { id: string; expectedVersion: number; organisation: OrganisationInput }) {
      const current = await loaded(id);
      requireOrganisationChangeAllowed(actor.roles, current, organisation);
      requireCountyMunicipalities(actor.tenant.municipalities, organisation.municipalities, 'organisation.municipalities');
      return organisations.update(current, expectedVersion, organisation, actor.now().toISOString());
    },

    async setEditors({ id, expectedVersion, editors }: { id: string; expectedVersion: number; editors: string[] }) {
      const current = await loaded(id);
      await organisations.setEditors({ ...current, version: expectedVersion }, [...new Set(editors)], actor.now().toISOString());
      return loaded(id);
    },
  };
};
