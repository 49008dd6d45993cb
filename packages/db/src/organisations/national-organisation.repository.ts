import type { NationalOrganisation } from '@linkki/domain';
import { withoutStorageAndMeta } from '../stored-item.schema';
import type { TableGateway } from '../table-gateway';
import { nationalOrganisationItemSchema, nationalOrganisationKeyOf } from './national-organisation.entity';

export const createNationalOrganisationRepository = (gateway: TableGateway) => ({
  async byId(id: string): Promise<NationalOrganisation | null> {
    const item = await gateway.get(nationalOrganisationKeyOf(id), nationalOrganisationItemSchema);
    return item ? withoutStorageAndMeta(item) : null;
  },

  register(organisation: NationalOrganisation): Promise<boolean> {
    return gateway.putIfAbsent({ ...nationalOrganisationKeyOf(organisation.id), entity: 'nationalOrganisation', ...organisation });
  },
});
