import { useQuery } from '@tanstack/react-query';
import { type RouterOutputs, useTRPC } from '../../../lib/trpc';

export type ActivityDetail = RouterOutputs['catalog']['byId'];

/** A published listing with everything a resident may read about it. */
export const useActivity = (id: string) => {
  const trpc = useTRPC();
  return useQuery(trpc.catalog.byId.queryOptions({ id }, { staleTime: 30_000 }));
};
