import { useQuery } from '@tanstack/react-query';
import { type RouterOutputs, useTRPC } from '../../../lib/trpc';

export type Organisation = RouterOutputs['catalog']['myOrganisations'][number];

/** The organisations whose listings the signed-in user maintains (a coordinator: all of the county's). */
export const useMyOrganisations = () => {
  const trpc = useTRPC();
  return useQuery(trpc.catalog.myOrganisations.queryOptions(undefined, { staleTime: 60_000 }));
};
