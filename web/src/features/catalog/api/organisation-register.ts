import { useMutation } from '@tanstack/react-query';
import { useCursorQuery } from '../../../lib/cursor-query';
import { type RouterInputs, type RouterOutputs, useTRPC, useTRPCClient } from '../../../lib/trpc';
import { useRefreshCatalog } from './listings';

export type RegisteredOrganisation = RouterOutputs['catalog']['organisations']['items'][number];
export type OrganisationDetails = RouterInputs['catalog']['createOrganisation']['organisation'];

/** The county's organisations by Finnish name, page by page (coordinators). */
export const useOrganisationRegister = () => {
  const trpc = useTRPC();
  const client = useTRPCClient();
  return useCursorQuery({
    queryKey: trpc.catalog.organisations.infiniteQueryKey({}),
    fetchPage: (cursor, signal) => client.catalog.organisations.query(cursor ? { cursor } : {}, { signal }),
  });
};

// Afterwards every catalog view may show the organisation (names on listings, the editor's picker), so all are read again.
export const useCreateOrganisation = () => useMutation(useTRPC().catalog.createOrganisation.mutationOptions(useRefreshCatalog()));
export const useUpdateOrganisation = () => useMutation(useTRPC().catalog.updateOrganisation.mutationOptions(useRefreshCatalog()));
export const useSetOrganisationEditors = () => useMutation(useTRPC().catalog.setOrganisationEditors.mutationOptions(useRefreshCatalog()));
