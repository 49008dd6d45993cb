import { useQuery } from '@tanstack/react-query';
import { type ApiQueries, type RouterOutputs, useTRPC } from '../../../lib/trpc';

export type ActivityDetail = RouterOutputs['catalog']['byId'];

/** A published listing with everything a resident may read about it. */
export const activityQuery = (trpc: ApiQueries, id: string) => trpc.catalog.byId.queryOptions({ id }, { staleTime: 30_000 });

export const useActivity = (id: string) => useQuery(activityQuery(useTRPC(), id));
